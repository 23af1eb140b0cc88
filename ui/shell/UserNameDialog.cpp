// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/UserNameDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

UserNameDialog::UserNameDialog(const Principal &principal, QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
{
    setObjectName(QStringLiteral("userNameDialog"));
    setWindowTitle(tr("Your display name"));
    auto *layout = new QVBoxLayout(this);
    auto *text
        = new QLabel(tr("Every change in a cutover session is recorded as %1: that is who acts, and a name "
                        "typed here does not change it. The display name is only shown beside it. Leave it "
                        "empty to show the account alone.")
                         .arg(principal.account()),
            this);
    text->setWordWrap(true);
    layout->addWidget(text);
    m_name->setObjectName(QStringLiteral("userNameEdit"));
    m_name->setPlaceholderText(tr("e.g. Alice Meyer"));
    m_name->setText(principal.displayName);
    layout->addWidget(m_name);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(420, sizeHint().height());
}

QString UserNameDialog::name() const
{
    return m_name->text().trimmed();
}
