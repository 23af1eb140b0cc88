// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class MetricSourcesDialog;
class QAction;
class QMenu;
class QWidget;
class SessionView;

// The window-level actions of an open session, for the menus: the tabs (Ctrl+1..5), Status page…,
// Notification channels…, Metric sources…, Traffic backend…, Roll back (Ctrl+Shift+B, from any tab) and
// Export report…. Each one goes to the panel that does the work; the dialogs only host the existing widgets.
class SessionCommands : public QObject {
    Q_OBJECT
public:
    explicit SessionCommands(SessionView *view);
    ~SessionCommands() override;

    QList<QAction *> tabActions() const { return m_tabs; }
    QList<QAction *> sessionActions() const;
    QAction *rollbackAction() const { return m_rollback; }
    QAction *metricSourcesAction() const { return m_metricSources; }
    QAction *exportReportAction() const { return m_exportReport; }
    void retranslate();
    // Puts the actions into the window's menus: Export report before `beforeInFile`, the tabs at the top
    // of View, the rest in Session. removeFromMenus() takes them out again.
    void addToMenus(QMenu *file, QAction *beforeInFile, QMenu *view, QMenu *session);
    void removeFromMenus(QMenu *file, QMenu *view, QMenu *session);

private:
    void showStatusPage();
    void showChannels();
    void showMetricSources();
    QAction *makeAction(const QKeySequence &keys);

    SessionView *m_view;
    QList<QAction *> m_tabs;
    QAction *m_statusPage;
    QAction *m_channels;
    QAction *m_metricSources;
    QAction *m_backend;
    QAction *m_rollback;
    QAction *m_exportReport;
    QPointer<QAction> m_separator; // the Session menu's, before Roll back
    QWidget *m_statusDialog = nullptr;
    QWidget *m_channelsDialog = nullptr;
    MetricSourcesDialog *m_metricSourcesDialog = nullptr;
};
