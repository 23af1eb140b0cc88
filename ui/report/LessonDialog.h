// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lessons/Lesson.h"
#include "runbook/Runbook.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

// Writes or edits one lesson: what we learned, the action, its owner, and the runbook change it makes
// (none, or add / change / remove a task or an expected result). The phase and task lists come from the
// session's runbook; both stay editable so a new phase can be named.
class LessonDialog : public QDialog {
    Q_OBJECT
public:
    explicit LessonDialog(const Runbook &runbook, QWidget *parent = nullptr);

    void setLesson(const Lesson &lesson);
    // The lesson as entered (id and creation fields of the lesson given to setLesson are kept).
    Lesson lesson() const;

    void accept() override;

private:
    void updateFields();
    void fillTasks();

    Runbook m_runbook;
    Lesson m_lesson;
    QPlainTextEdit *m_text;
    QLineEdit *m_action;
    QLineEdit *m_owner;
    QComboBox *m_kind;
    QComboBox *m_target;
    QComboBox *m_phase;
    QComboBox *m_task;
    QLineEdit *m_newText;
    QLineEdit *m_expected;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};
