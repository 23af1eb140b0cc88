// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class CutoverEngine;
class GateMeasurementModel;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTreeView;

// The traffic panel: the split in force (old | new, large), the plan with the current step, the hold
// countdown, every gate measurement, and the actions (run, promote, hold, roll back — each confirmed
// with a reason). Drift, backend errors, a pending reconcile and a reopening after an interruption show
// in a red banner. Who controls the session's traffic (the lease) is shown; while another cockpit drives,
// this one only looks, and "Take over…" (with a reason, audited) makes it the controller. The panel only
// talks to the engine; it never calls a backend or the database.
class TrafficPanel : public QWidget {
    Q_OBJECT
public:
    TrafficPanel(CutoverEngine *engine, QWidget *parent = nullptr);
    // The person acting (from the main window's "you: NAME").
    void setActor(const QString &actor) { m_actor = actor; }
    void setReadOnly(bool readOnly);

    // Test and automation hooks: perform an action as if confirmed with the given reason.
    bool promote(const QString &reason);
    bool hold(const QString &reason);
    bool rollback(const QString &reason, bool rampDown = false);
    bool takeOver(const QString &reason);
    QString controllerText() const;
    bool takeOverVisible() const;
    QString bannerText() const;
    bool bannerVisible() const;
    // The confirmed actions behind the buttons (they ask for the reason first); for the window's menu.
    void askRollback();
    void configureBackend();

private:
    void askPromote();
    void askHold();
    void askRun();
    void askResume();
    void askTakeOver();
    void refreshController();
    void editPlan();
    void refresh();
    void refreshPlan();
    void refreshRuns();
    void showBanner(const QString &text);
    void act(bool ok, const QString &error);

    CutoverEngine *m_engine;
    GateMeasurementModel *m_model;
    QString m_actor;
    bool m_readOnly = false;
    bool m_stickyWarning = false;
    QLabel *m_banner;
    QPushButton *m_resume;
    QLabel *m_controller;
    QPushButton *m_takeOver;
    QLabel *m_old;
    QLabel *m_new;
    QProgressBar *m_bar;
    QLabel *m_state;
    QLabel *m_countdown;
    QLabel *m_backend;
    QListWidget *m_plan;
    QTreeView *m_table;
    bool m_followNewest = true;
    QPushButton *m_run;
    QPushButton *m_promoteButton;
    QPushButton *m_holdButton;
    QPushButton *m_rollbackButton;
    QPushButton *m_backendButton;
    QPushButton *m_planButton;
    QPushButton *m_readBack;
};
