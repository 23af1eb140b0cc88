// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CtlSigning.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class CutoverEngine;
class QCommandLineParser;
class CutoverSession;
class SessionRuntime;

// One session opened for a cutoverctl command through the composition root (SessionRuntime): the same
// engine, metric source and outbox as the GUI's, with webhook URLs from the environment only and the
// announcements delivered for a bounded time before the command exits. With Echo::Events, the engine's
// state changes, the split in force (once per change), gate measurements and errors are printed.
class CtlSession {
    Q_DECLARE_TR_FUNCTIONS(CtlSession)
public:
    enum class Echo { Events, Quiet };
    // Whether the command runs what the session configures (a backend call, a gate, a metric source):
    // such a command is refused on a session whose manifest this user has not trusted.
    enum class Runs { Backend, Nothing };

    ~CtlSession();
    // For a command that changes the session: who acts is found once, from the parser's signing options
    // and the session's policy (CtlSigning::actingPrincipal; `signer` and `signing` as there), before
    // anything runs. nullptr (and the reason printed, nothing changed) when the file cannot be opened for
    // writing, when who acts cannot be proven, or when the command runs things and this user has not
    // trusted what the session would run.
    static std::unique_ptr<CtlSession> open(const QString &path, const QCommandLineParser &parser,
        Echo echo = Echo::Events, Runs runs = Runs::Backend, CtlSigning::Signer *signer = nullptr,
        bool signing = false);
    // For a command that only looks (reads the split, shows the state): nobody acts.
    static std::unique_ptr<CtlSession> look(const QString &path, Echo echo = Echo::Events);

    // Who acts in this command (empty for look()): what the audit trail records.
    QString actor() const { return m_actor; }
    CutoverSession *session() const { return m_session.get(); }
    SessionRuntime *runtime() const { return m_runtime.get(); }
    CutoverEngine *engine() const;

    // Reconciles with the backend, starts the session's metric source and waits (bounded) for its first
    // answer, so that a gate judges data and not the source's start-up.
    void start();
    // Only the record: no backend call, no metric source.
    void load();
    // Runs the event loop until the engine no longer moves traffic or runs gates (untilPlanStops: also
    // through timed holds).
    void settle(bool untilPlanStops);
    // Delivers the announcements written by this command, for a bounded time; what is left stays pending
    // in the session and goes out with the cockpit (or the next command that delivers).
    void deliverAnnouncements();

private:
    CtlSession() = default;
    static std::unique_ptr<CtlSession> openAs(const QString &path, const QCommandLineParser *parser,
        Echo echo, Runs runs, CtlSigning::Signer *signer, bool signing);

    std::unique_ptr<CutoverSession> m_session;
    std::unique_ptr<SessionRuntime> m_runtime;
    QString m_actor;
    int m_printedSplit = -1;
};
