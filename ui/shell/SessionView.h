// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <memory>

class ChecklistActions;
class IncidentLogPanel;
class MetricsDashboard;
class ResultPanel;
class RuntimeIndicators;
class SessionCommands;
class SessionRuntime;
class TrafficPanel;
class TrustBanner;
class QVBoxLayout;
class ChecklistModel;
class ChecklistPanel;
class CutoverSession;
class PhaseListModel;
class PhaseListPanel;
class QLabel;
class QTabWidget;
class SessionStatusStrip;
class UserIdentity;

// One open session: the status strip above, the phases on the left and the panels (tabs) on the right:
// Checklist, Traffic, Metrics, Incident log, Result & report. Owns the session, its item models, its
// undoable actions and its runtime (engine, metrics, log, status page), which it starts.
class SessionView : public QWidget {
    Q_OBJECT
public:
    enum class Tab { Checklist, Traffic, Metrics, Log, Result, Count };

    SessionView(std::unique_ptr<CutoverSession> session, UserIdentity *identity, bool demo,
        QWidget *parent = nullptr);
    ~SessionView() override;

    CutoverSession *session() const { return m_session.get(); }
    bool isDemo() const { return m_demo; }
    ChecklistActions *actions() const { return m_actions; }
    ChecklistPanel *checklistPanel() const { return m_checklist; }
    SessionStatusStrip *statusStrip() const { return m_strip; }
    QTabWidget *tabs() const { return m_tabs; }
    SessionRuntime *runtime() const { return m_runtime.get(); }
    SessionCommands *commands() const { return m_commands; }
    RuntimeIndicators *indicators() const { return m_indicators; }
    TrafficPanel *trafficPanel() const { return m_traffic; }
    MetricsDashboard *metricsDashboard() const { return m_metrics; }
    IncidentLogPanel *incidentLogPanel() const { return m_log; }
    ResultPanel *resultPanel() const { return m_result; }
    void showChecklist();
    void showTab(Tab tab);
    // Nothing of this session runs until this user trusts it: the banner saying so (nullptr when trusted).
    TrustBanner *trustBanner() const { return m_trustBanner; }
    // Shows what the session would run; trusting it announces trustGranted() (the window reopens it).
    void reviewTrust();
    // Changing the session's signature policy (required <-> declared): itself a signed act (responsible for).
    void changeSignaturePolicy();

    // A team session whose server is lost: the view shows the last state read, greyed, and changes nothing
    // until the server is back (then reopenRequested).
    bool isConnectionLost() const { return m_lostBanner != nullptr; }

Q_SIGNALS:
    // The person trusted what the session runs: it is to be opened again, writable and running.
    void trustGranted(const QString &path);
    // The lost server answers again: the session is to be opened again (read anew from the server).
    void reopenRequested(const QString &path, const QString &message);
    void connectionLostChanged(bool lost);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateLogTabTitle();
    void addRuntimePanels(UserIdentity *identity);
    void showUntrusted();
    void showConnectionLost(const QString &message);

    std::unique_ptr<CutoverSession> m_session;
    std::unique_ptr<SessionRuntime> m_runtime;
    bool m_demo;
    UserIdentity *m_identity;
    ChecklistActions *m_actions;
    PhaseListModel *m_phaseModel;
    ChecklistModel *m_checklistModel;
    SessionStatusStrip *m_strip;
    PhaseListPanel *m_phasePanel;
    ChecklistPanel *m_checklist;
    QTabWidget *m_tabs;
    TrafficPanel *m_traffic = nullptr;
    MetricsDashboard *m_metrics = nullptr;
    IncidentLogPanel *m_log = nullptr;
    ResultPanel *m_result = nullptr;
    RuntimeIndicators *m_indicators = nullptr;
    SessionCommands *m_commands = nullptr;
    QLabel *m_goalTitle = nullptr;
    QLabel *m_goal = nullptr;
    QVBoxLayout *m_layout = nullptr;
    TrustBanner *m_trustBanner = nullptr;
    QLabel *m_lostBanner = nullptr;
    QString m_lostSince;
};
