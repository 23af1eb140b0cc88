// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/ActionReasonDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

ActionReasonDialog::ActionReasonDialog(
    const QString &title, const QString &question, const QString &confirmText, QWidget *parent)
    : QDialog(parent)
    , m_reason(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(question, this);
    label->setWordWrap(true);
    layout->addWidget(label);
    layout->addWidget(new QLabel(tr("Reason (required, kept in the audit trail):"), this));
    m_reason->setPlaceholderText(tr("e.g. error rate on the new path above 1 %"));
    layout->addWidget(m_reason);
    QPushButton *confirm = m_buttons->addButton(confirmText, QDialogButtonBox::AcceptRole);
    confirm->setEnabled(false);
    connect(m_reason, &QLineEdit::textChanged, confirm,
        [confirm](const QString &t) { confirm->setEnabled(!t.trimmed().isEmpty()); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
}

void ActionReasonDialog::addOption(const QString &text)
{
    m_option = new QCheckBox(text, this);
    static_cast<QVBoxLayout *>(layout())->insertWidget(layout()->count() - 1, m_option);
}

void ActionReasonDialog::setReasonPlaceholder(const QString &text)
{
    m_reason->setPlaceholderText(text);
}

QString ActionReasonDialog::reason() const
{
    return m_reason->text().trimmed();
}

bool ActionReasonDialog::optionChecked() const
{
    return m_option && m_option->isChecked();
}
