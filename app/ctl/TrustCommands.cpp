// SPDX-License-Identifier: GPL-3.0-or-later
// cutoverctl trust: what a session would run, and this user's decision to let it.
#include "CtlCommand.h"
#include "CtlSupport.h"

#include "store/SessionStore.h"
#include "trust/SessionManifest.h"
#include "trust/TrustStore.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("TrustCommands", text);
}

void printManifest(const QString &path, const SessionManifest &m)
{
    CtlSupport::print(tr("Session %1 (id %2)\n").arg(path, m.sessionId()));
    if (m.isEmpty()) {
        CtlSupport::print(tr("It runs nothing and connects to nothing.\n"));
        return;
    }
    CtlSupport::print(tr("It would run or connect to:\n"));
    CtlSupport::print(m.text());
    CtlSupport::print(tr("Manifest SHA-256: %1\n").arg(m.hash()));
}

int trustCommand(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Show every program, SQL connection, URL and file the session would use, and trust it for you "
           "(kept in your settings, never in the session file). Commands that run things refuse a session "
           "until you trusted what it runs; any change to it needs a new decision."));
    p.addOption(
        { QStringLiteral("show"), tr("Only show it and whether you trust it (exit 0 trusted, 1 not).") });
    p.addOption({ QStringLiteral("revoke"), tr("Forget your trust in this session.") });
    p.addOption({ QStringLiteral("json"), tr("Print one JSON object: session_id, hash, trusted, entries.") });
    p.addPositionalArgument(QStringLiteral("SESSION"), tr("The session file."));
    if (const int rc = CtlSupport::parse(
            p, args, QStringLiteral("cutoverctl trust SESSION [--show | --revoke] [--json]"), 1, 1);
        rc != CtlSupport::Continue)
        return rc;
    const QString path = p.positionalArguments().constFirst();
    QString error;
    // Read-only when it can be (an archived file); a session of an older schema is upgraded first.
    std::unique_ptr<SessionStore> store = SessionStore::open(path, SessionStore::Mode::ReadOnly, &error);
    if (!store)
        store = SessionStore::open(path, SessionStore::Mode::ReadWrite, &error);
    if (!store)
        return CtlSupport::refused(error);
    QString problem;
    const SessionManifest manifest = SessionManifest::read(store.get(), &problem);
    if (!problem.isEmpty())
        CtlSupport::printError(
            tr("Part of the session cannot be read (%1); it does not run.\n").arg(problem));
    TrustStore decisions;
    if (p.isSet(QStringLiteral("revoke")))
        decisions.revoke(manifest);
    else if (!p.isSet(QStringLiteral("show")))
        decisions.trust(manifest);
    const bool trusted = decisions.isTrusted(manifest);
    if (p.isSet(QStringLiteral("json"))) {
        const QJsonObject o { { QStringLiteral("session_id"), manifest.sessionId() },
            { QStringLiteral("hash"), manifest.hash() }, { QStringLiteral("trusted"), trusted },
            { QStringLiteral("entries"), manifest.toJson() } };
        CtlSupport::print(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)));
    } else {
        printManifest(path, manifest);
        if (p.isSet(QStringLiteral("revoke")))
            CtlSupport::print(manifest.isEmpty()
                    ? tr("Your trust is revoked; a session that runs nothing needs none.\n")
                    : tr("Your trust is revoked: nothing of it runs until you trust it again.\n"));
        else if (p.isSet(QStringLiteral("show")))
            CtlSupport::print(trusted ? tr("You trust it.\n")
                                      : tr("You do NOT trust it: nothing of it runs. Trust it with "
                                           "`cutoverctl trust %1`.\n")
                                            .arg(path));
        else
            CtlSupport::print(tr("Trusted: this is what it may run for you.\n"));
    }
    if (p.isSet(QStringLiteral("show")))
        return trusted ? CtlSupport::Success : CtlSupport::Refused;
    return CtlSupport::Success;
}

}

QList<CtlCommand> trustCommands()
{
    return { { QStringLiteral("trust"),
        QCoreApplication::translate("TrustCommands",
            "Show what a session would run and trust it (--show: only show, --revoke: forget)"),
        trustCommand } };
}
