// SPDX-License-Identifier: GPL-3.0-or-later
#include "traffic/SwitchedPanes.h"

#include <QVBoxLayout>

SwitchedPanes::SwitchedPanes(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
}

int SwitchedPanes::addWidget(QWidget *pane)
{
    pane->setParent(this);
    layout()->addWidget(pane);
    m_panes << pane;
    if (m_current < 0)
        m_current = 0;
    pane->setVisible(m_panes.size() - 1 == m_current);
    return int(m_panes.size()) - 1;
}

void SwitchedPanes::setCurrentIndex(int index)
{
    if (index < 0 || index >= m_panes.size() || index == m_current)
        return;
    m_panes.at(m_current)->hide();
    m_current = index;
    m_panes.at(index)->show();
    Q_EMIT currentChanged(index);
}
