// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runbook/Runbook.h"
#include "store/SessionInfo.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;

// Asks for what a new session needs: name, goal, rehearsal or live, the runbook template (a stored one
// or a runbook file), the language and the session file. The template is loaded when the person
// confirms; a template that cannot be read is reported here, naming the line, and the dialog stays open.
class NewSessionDialog : public QDialog {
    Q_OBJECT
public:
    explicit NewSessionDialog(const QString &language, QWidget *parent = nullptr);

    // Preselects a runbook file as the template (File > Import runbook).
    void setRunbookFile(const QString &path);

    SessionInfo info() const;
    Runbook runbook() const { return m_runbook; }
    QString path() const;

    void accept() override;

private:
    void chooseTemplateFile();
    void choosePath();
    void suggestPath();
    void validate();

    QLineEdit *m_name;
    QPlainTextEdit *m_goal;
    QRadioButton *m_rehearsal;
    QRadioButton *m_live;
    QComboBox *m_template;
    QComboBox *m_language;
    QLineEdit *m_path;
    QLabel *m_error;
    QPushButton *m_ok;
    QString m_runbookFile;
    bool m_pathEdited = false;
    Runbook m_runbook;
};
