// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/LessonDialog.h"

#include "lessons/LessonsLearned.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

LessonDialog::LessonDialog(const Runbook &runbook, QWidget *parent)
    : QDialog(parent)
    , m_runbook(runbook)
    , m_text(new QPlainTextEdit(this))
    , m_action(new QLineEdit(this))
    , m_owner(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_target(new QComboBox(this))
    , m_phase(new QComboBox(this))
    , m_task(new QComboBox(this))
    , m_newText(new QLineEdit(this))
    , m_expected(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Lesson learned"));
    m_text->setPlaceholderText(tr("What did we learn?"));
    m_text->setTabChangesFocus(true);
    m_action->setPlaceholderText(tr("What we will do about it"));
    m_owner->setPlaceholderText(tr("Who owns the action"));

    m_kind->addItem(tr("No change to the runbook"), int(RunbookChange::Kind::None));
    m_kind->addItem(tr("Add"), int(RunbookChange::Kind::Add));
    m_kind->addItem(tr("Change"), int(RunbookChange::Kind::Change));
    m_kind->addItem(tr("Remove"), int(RunbookChange::Kind::Remove));
    m_target->addItem(tr("a task"), int(RunbookChange::Target::Task));
    m_target->addItem(tr("an expected result"), int(RunbookChange::Target::Expected));
    m_phase->setEditable(true);
    for (const RunbookPhase &p : m_runbook.phases)
        m_phase->addItem(p.name);
    m_task->setEditable(true);
    m_newText->setPlaceholderText(tr("The new task text"));
    m_expected->setPlaceholderText(tr("The expected result"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_problem->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Lesson:"), m_text);
    form->addRow(tr("&Action:"), m_action);
    form->addRow(tr("&Owner:"), m_owner);
    auto *changeBox = new QGroupBox(tr("Runbook change for the next cutover"), this);
    auto *changeForm = new QFormLayout(changeBox);
    auto *kindRow = new QHBoxLayout;
    kindRow->addWidget(m_kind);
    kindRow->addWidget(m_target, 1);
    changeForm->addRow(tr("&Change:"), kindRow);
    changeForm->addRow(tr("&Phase:"), m_phase);
    changeForm->addRow(tr("&Task:"), m_task);
    changeForm->addRow(tr("&New text:"), m_newText);
    changeForm->addRow(tr("&Expected result:"), m_expected);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(changeBox);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &LessonDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &LessonDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &LessonDialog::updateFields);
    connect(m_target, &QComboBox::currentIndexChanged, this, &LessonDialog::updateFields);
    connect(m_phase, &QComboBox::currentTextChanged, this, &LessonDialog::fillTasks);
    fillTasks();
    updateFields();
    resize(560, sizeHint().height());
}

void LessonDialog::fillTasks()
{
    const QString current = m_task->currentText();
    m_task->clear();
    for (const RunbookPhase &p : m_runbook.phases) {
        if (p.name.compare(m_phase->currentText().trimmed(), Qt::CaseInsensitive) != 0)
            continue;
        for (const RunbookTask &t : p.tasks)
            m_task->addItem(t.task);
    }
    m_task->setCurrentText(current);
}

void LessonDialog::updateFields()
{
    const auto kind = RunbookChange::Kind(m_kind->currentData().toInt());
    const auto target = RunbookChange::Target(m_target->currentData().toInt());
    const bool any = kind != RunbookChange::Kind::None;
    const bool addTask = kind == RunbookChange::Kind::Add && target == RunbookChange::Target::Task;
    m_target->setEnabled(any);
    m_phase->setEnabled(any);
    m_task->setEnabled(any && !addTask);
    m_newText->setEnabled(any && target == RunbookChange::Target::Task
        && (kind == RunbookChange::Kind::Add || kind == RunbookChange::Kind::Change));
    m_expected->setEnabled(any
        && (addTask || (target == RunbookChange::Target::Expected && kind != RunbookChange::Kind::Remove)));
}

void LessonDialog::setLesson(const Lesson &lesson)
{
    m_lesson = lesson;
    m_text->setPlainText(lesson.text);
    m_action->setText(lesson.action);
    m_owner->setText(lesson.owner);
    m_kind->setCurrentIndex(m_kind->findData(int(lesson.change.kind)));
    m_target->setCurrentIndex(m_target->findData(int(lesson.change.target)));
    m_phase->setCurrentText(lesson.change.phase);
    fillTasks();
    m_task->setCurrentText(lesson.change.task);
    m_newText->setText(lesson.change.newText);
    m_expected->setText(lesson.change.expected);
    updateFields();
}

Lesson LessonDialog::lesson() const
{
    Lesson l = m_lesson;
    l.text = m_text->toPlainText().trimmed();
    l.action = m_action->text().trimmed();
    l.owner = m_owner->text().trimmed();
    l.change = RunbookChange();
    l.change.kind = RunbookChange::Kind(m_kind->currentData().toInt());
    if (l.change.isNone())
        return l;
    l.change.target = RunbookChange::Target(m_target->currentData().toInt());
    l.change.phase = m_phase->currentText().trimmed();
    if (m_task->isEnabled())
        l.change.task = m_task->currentText().trimmed();
    if (m_newText->isEnabled())
        l.change.newText = m_newText->text().trimmed();
    if (m_expected->isEnabled())
        l.change.expected = m_expected->text().trimmed();
    return l;
}

void LessonDialog::accept()
{
    const Lesson l = lesson();
    QString problem = l.text.isEmpty() ? tr("Write the lesson first: what did we learn?")
                                       : LessonsLearned::checkChange(l.change);
    if (!problem.isEmpty()) {
        m_problem->setText(problem);
        m_problem->show();
        return;
    }
    QDialog::accept();
}
