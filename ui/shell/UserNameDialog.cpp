// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/UserNameDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

UserNameDialog::UserNameDialog(QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
{
    setObjectName(QStringLiteral("userNameDialog"));
    setWindowTitle(tr("Your name"));
    auto *layout = new QVBoxLayout(this);
    auto *text
        = new QLabel(tr("Every change in a cutover session is recorded with the name of the person who "
                        "made it. Which name should the cockpit record for you?"),
            this);
    text->setWordWrap(true);
    layout->addWidget(text);
    m_name->setObjectName(QStringLiteral("userNameEdit"));
    m_name->setPlaceholderText(tr("e.g. Alice Meyer"));
    layout->addWidget(m_name);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setEnabled(false);
    layout->addWidget(buttons);
    connect(m_name, &QLineEdit::textChanged, this,
        [this](const QString &t) { m_ok->setEnabled(!t.trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(420, sizeHint().height());
}

QString UserNameDialog::name() const
{
    return m_name->text().trimmed();
}
