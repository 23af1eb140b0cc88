// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "traffic/StepPlan.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

// Edits the step plan: the percentages, one hold for every step, the gates (JSON, as for
// `cutoverctl plan --gates`) and the old path's health URL. Problems are named before OK is possible.
class PlanEditDialog : public QDialog {
    Q_OBJECT
public:
    explicit PlanEditDialog(const StepPlan &plan, QWidget *parent = nullptr);
    StepPlan plan() const { return m_plan; }
    QString reason() const;
    QString problem() const { return m_problem; }

    // Test hooks for the fields.
    void setSteps(const QString &percents, const QString &hold, const QString &gatesJson);

private:
    void validate();

    QLineEdit *m_steps;
    QLineEdit *m_hold;
    QLineEdit *m_healthUrl;
    QPlainTextEdit *m_gates;
    QLineEdit *m_reason;
    QLabel *m_error;
    QPushButton *m_ok;
    StepPlan m_plan;
    QString m_problem;
};
