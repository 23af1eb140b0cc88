// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLineEdit;

// Asks "are you sure?" for an action that changes traffic, with a reason that must be given.
class ActionReasonDialog : public QDialog {
    Q_OBJECT
public:
    ActionReasonDialog(
        const QString &title, const QString &question, const QString &confirmText, QWidget *parent = nullptr);
    // An optional choice shown as a checkbox (e.g. ramp-down for a rollback).
    void addOption(const QString &text);
    // An example reason for this action (the default is one for a rollback).
    void setReasonPlaceholder(const QString &text);
    QString reason() const;
    bool optionChecked() const;

private:
    QLineEdit *m_reason;
    QCheckBox *m_option = nullptr;
    QDialogButtonBox *m_buttons;
};
