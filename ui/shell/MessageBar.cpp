// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/MessageBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("messageBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_text, 1);
    auto *close = new QToolButton(this);
    close->setText(QStringLiteral("\u2715"));
    close->setAutoRaise(true);
    close->setAccessibleName(tr("Close message"));
    layout->addWidget(close, 0, Qt::AlignTop);
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void MessageBar::showError(const QString &what, const QString &next)
{
    showMessage(next.isEmpty() ? what : what + QStringLiteral("\n") + next, true);
}

void MessageBar::showInfo(const QString &text)
{
    showMessage(text, false);
}

QString MessageBar::text() const
{
    return m_text->text();
}

void MessageBar::showMessage(const QString &text, bool error)
{
    setStyleSheet(error ? QStringLiteral("#messageBar { background: #fde8e8; border: 1px solid #c81e1e; "
                                         "border-radius: 4px; } QLabel { color: #771d1d; }")
                        : QStringLiteral("#messageBar { background: #e1effe; border: 1px solid #1c64f2; "
                                         "border-radius: 4px; } QLabel { color: #1e429f; }"));
    m_text->setText(text);
    show();
}
