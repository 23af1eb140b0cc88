// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "traffic/StepPlan.h"

#include <QDialog>
#include <QHash>

class GateEditor;
class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTabWidget;
class QTableWidget;

// Edits the step plan as a value: the steps (share on the new path, hold for a duration or until
// promoted) in a table, the gates of the selected step, and the selected gate in a GateEditor; a JSON
// tab shows the same plan for experts (StepPlan::formatHelp() documents it) and takes edits back.
// Every problem is marked at its field and said in words below; OK stays disabled while there is one.
// Shortcuts: Ctrl+N / Ctrl+Shift+N add / remove a step, Ctrl+G / Ctrl+Shift+G add / remove a gate,
// Delete removes the selected step or gate in its list; Enter is OK, Escape cancels.
class PlanEditDialog : public QDialog {
    Q_OBJECT
public:
    explicit PlanEditDialog(const StepPlan &plan, QWidget *parent = nullptr);
    StepPlan plan() const { return m_plan; }
    QString reason() const;
    // Every problem, one per line; empty when the plan can be used.
    QString problem() const { return m_problems.join(QLatin1Char('\n')); }

    void addStep();
    void removeStep();
    void addGate();
    void removeGate();
    void copyGatesToEveryStep();
    int currentStep() const { return m_step; }
    int currentGate() const { return m_gate; }
    GateEditor *gateEditor() const { return m_gateEditor; }
    // Replaces the JSON tab's text as if typed there (a test and automation hook).
    void setPlanJson(const QString &json);

private:
    void loadForm();
    void fillStepRow(int row);
    void fillGateList();
    void selectStep(int index);
    void selectGate(int index);
    void stepFieldsEdited();
    void gateEdited();
    void jsonEdited();
    void tabChanged(int index);
    void validate();

    StepPlan m_plan;
    int m_step = -1;
    int m_gate = -1;
    bool m_loading = false;
    QHash<int, QString> m_holdProblems;
    QString m_jsonProblem;
    QStringList m_problems;

    QTabWidget *m_tabs;
    QTableWidget *m_stepTable;
    QPushButton *m_addStep;
    QPushButton *m_removeStep;
    QLabel *m_stepTitle;
    QSpinBox *m_percent;
    QLineEdit *m_hold;
    QCheckBox *m_untilPromoted;
    QLabel *m_gatesTitle;
    QListWidget *m_gateList;
    QPushButton *m_addGate;
    QPushButton *m_removeGate;
    QPushButton *m_copyGates;
    QStackedWidget *m_editorStack;
    GateEditor *m_gateEditor;
    QLineEdit *m_healthUrl;
    QPlainTextEdit *m_json;
    QLineEdit *m_reason;
    QLabel *m_error;
    QPushButton *m_ok;
};
