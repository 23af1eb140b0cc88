// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QTreeWidget;
class QPushButton;

// Shown while no session is open: start a new session, open one, look at the demo, or pick a recent one.
class StartPage : public QWidget {
    Q_OBJECT
public:
    explicit StartPage(QWidget *parent = nullptr);

    // Re-reads the recent sessions.
    void refresh();

Q_SIGNALS:
    void newRequested();
    void openRequested();
    void openTeamRequested();
    void demoRequested();
    void recentRequested(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_title;
    QLabel *m_subtitle;
    QPushButton *m_new;
    QPushButton *m_open;
    QPushButton *m_openTeam;
    QPushButton *m_demo;
    QLabel *m_recentTitle;
    QTreeWidget *m_recent;
    QLabel *m_noRecent;
};
