// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/DemoSession.h"

#include "core/Timestamps.h"
#include "runbook/RunbookTemplates.h"

#include <QCoreApplication>
#include <QDir>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DemoSession", text);
}

bool check(const ActionResult &r, QString *error)
{
    if (!r)
        *error = QCoreApplication::translate("DemoSession", "The demo session could not be built: %1")
                     .arg(r.error);
    return r.ok;
}

}

std::unique_ptr<CutoverSession> DemoSession::create(
    const QString &directory, const QString &language, QString *error)
{
    const QString alice = firstPerson();
    const QString bob = secondPerson();
    Runbook runbook = RunbookTemplates::defaultRunbook(language);
    // Owners alternate within each phase so that the "mine" filter has something to show.
    for (RunbookPhase &phase : runbook.phases) {
        for (int i = 0; i < phase.tasks.size(); ++i)
            phase.tasks[i].owner = i % 2 == 0 ? alice : bob;
    }

    SessionInfo info;
    info.name = tr("DEMO: Core banking adapter");
    info.goal = tr("Move the payment flow to the new integration platform without downtime (demo data).");
    info.rehearsal = true;
    info.language = runbook.language;
    info.templateName = QStringLiteral("default");
    // Started a while ago, so the elapsed time shows a cutover under way.
    info.createdAt = Timestamps::now().addSecs(-(2 * 3600 + 14 * 60));

    const QString path = QDir(directory).filePath(fileName());
    std::unique_ptr<CutoverSession> session = CutoverSession::create(path, info, runbook, alice, error);
    if (!session)
        return nullptr;

    const QList<Phase> phases = session->phases();
    if (phases.size() < 2) {
        *error = tr("The demo template has fewer than two phases.");
        return nullptr;
    }
    // The story's clock: preparation done over the first hour and a half, one task after another, each
    // signed off a little later where it needs it; the cutover phase opened 46 minutes ago.
    const auto minutesAgo
        = [](int minutes) { return Timestamps::ScopedOffset(-qint64(minutes) * 60 * 1000); };
    int minute = 130;
    for (const ChecklistItem &item : session->items(phases.at(0).id)) {
        {
            const auto clock = minutesAgo(minute);
            if (!check(session->setStatus(item.id, ItemStatus::InProgress, alice), error))
                return nullptr;
        }
        {
            const auto clock = minutesAgo(minute - 11);
            if (!check(session->setStatus(item.id, ItemStatus::Done, alice), error))
                return nullptr;
        }
        if (item.signOffRequired) {
            const auto clock = minutesAgo(minute - 13);
            if (!check(session->signOff(item.id, bob, tr("checked in the demo")), error))
                return nullptr;
        }
        minute -= 16;
    }
    const QList<ChecklistItem> cutover = session->items(phases.at(1).id);
    if (!cutover.isEmpty()) {
        const auto clock = minutesAgo(46);
        const qint64 id = cutover.first().id;
        if (!check(session->setStatus(id, ItemStatus::InProgress, alice), error)
            || !check(
                session->setNotes(id, tr("Change CHG-4711 approved; bridge call open. (demo)"), alice), error)
            || !check(
                session->setEvidence(id, { QStringLiteral("https://change.example.com/CHG-4711") }, alice),
                error))
            return nullptr;
    }
    return session;
}
