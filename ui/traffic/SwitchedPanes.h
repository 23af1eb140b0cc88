// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QWidget>

// Shows one of several panes, and is exactly as large as the pane shown (a QStackedWidget is as large
// as its largest page, which clips forms inside a scroll area). The API follows QStackedWidget.
class SwitchedPanes : public QWidget {
    Q_OBJECT
public:
    explicit SwitchedPanes(QWidget *parent = nullptr);
    int addWidget(QWidget *pane);
    void setCurrentIndex(int index);
    int currentIndex() const { return m_current; }
    int count() const { return int(m_panes.size()); }
    QWidget *widget(int index) const { return m_panes.value(index); }

Q_SIGNALS:
    void currentChanged(int index);

private:
    QList<QWidget *> m_panes;
    int m_current = -1;
};
