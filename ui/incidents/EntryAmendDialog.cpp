// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidents/EntryAmendDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

EntryAmendDialog::EntryAmendDialog(Mode mode, qint64 entryId, const QString &currentText, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_reason(new QLineEdit(this))
{
    setWindowTitle(
        mode == Mode::Retract ? tr("Retract entry %1").arg(entryId) : tr("Correct entry %1").arg(entryId));
    auto *layout = new QVBoxLayout(this);
    auto *hint = new QLabel(mode == Mode::Retract
            ? tr("The entry stays in the log, marked as retracted, once a second person verifies "
                 "the retraction.")
            : tr("The correction is a new entry; it replaces this one once a second person "
                 "verifies it."),
        this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    auto *form = new QFormLayout;
    auto *original = new QLabel(currentText, this);
    original->setTextFormat(Qt::PlainText);
    original->setWordWrap(true);
    form->addRow(tr("Entry:"), original);
    if (mode == Mode::Correct) {
        m_text = new QPlainTextEdit(currentText, this);
        m_text->setTabChangesFocus(true);
        form->addRow(tr("Corrected &text:"), m_text);
        connect(m_text, &QPlainTextEdit::textChanged, this, &EntryAmendDialog::updateOk);
    }
    m_reason->setPlaceholderText(tr("Why is the entry wrong?"));
    form->addRow(tr("&Reason:"), m_reason);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(mode == Mode::Retract ? tr("Retract") : tr("Record correction"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QLineEdit::textChanged, this, &EntryAmendDialog::updateOk);
    updateOk();
    m_reason->setFocus();
}

QString EntryAmendDialog::text() const
{
    return m_text ? m_text->toPlainText().trimmed() : QString();
}

QString EntryAmendDialog::reason() const
{
    return m_reason->text().trimmed();
}

void EntryAmendDialog::updateOk()
{
    m_ok->setEnabled(!reason().isEmpty() && (m_mode == Mode::Retract || !text().isEmpty()));
}
