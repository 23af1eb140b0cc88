// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/contributors/ChecklistReportContributor.h"

#include "audit/AuditChain.h"
#include "checklist/ChecklistProgress.h"
#include "checklist/CutoverSession.h"

#include <QHash>

namespace {

QString minutes(qint64 secs)
{
    return QString::number(double(secs) / 60.0, 'f', secs < 600 ? 1 : 0);
}

}

bool ChecklistReportContributor::contribute(
    const ReportContext &ctx, ReportContribution *out, QString *error) const
{
    const ReportStrings &s = ctx.strings;
    const CutoverSession *session = ctx.session;

    ReportSection section;
    section.id = QStringLiteral("checklist");
    section.title = s.text(ReportStrings::Checklist);
    section.order = 30;

    // Summary over all phases, counted as `cutoverctl status` counts (ChecklistProgress).
    QList<QStringList> summary;
    for (const Phase &phase : session->phases()) {
        const QList<ChecklistItem> items = session->items(phase.id);
        ChecklistProgress progress;
        int planned = 0;
        qint64 actualSecs = 0;
        for (const ChecklistItem &it : items) {
            progress.add(it.status);
            planned += it.plannedMinutes;
            if (it.actualStart.isValid() && it.actualEnd.isValid())
                actualSecs += it.actualStart.secsTo(it.actualEnd);
        }
        summary.append({ phase.name, QStringLiteral("%1 / %2").arg(progress.finished()).arg(progress.total()),
            QString::number(progress.failed()), planned > 0 ? QString::number(planned) : QStringLiteral("–"),
            minutes(actualSecs) });
    }
    section.blocks.append(ReportBlock::table(
        { s.text(ReportStrings::Session), s.text(ReportStrings::ItemsFinished), s.status(ItemStatus::Failed),
            s.text(ReportStrings::PlannedMinutes), s.text(ReportStrings::ActualMinutes) },
        summary, s.text(ReportStrings::PhaseSummary)));
    section.blocks.first().header[0] = s.pick(QStringLiteral("Phase"), QStringLiteral("Phase"));

    // Six columns, so the task (with its expected result) gets the room: the id is the one `cutoverctl
    // status` shows and takes (`cutoverctl item SESSION ID`), the times and minutes share a column, and
    // so do the person who did the work and the one who signed it off.
    const QStringList header = { s.text(ReportStrings::ItemId), s.text(ReportStrings::Task),
        s.text(ReportStrings::Status), s.text(ReportStrings::Owner), s.text(ReportStrings::ActualTime),
        s.text(ReportStrings::DoneAndSignedOffBy) };
    int phaseNumber = 0;
    for (const Phase &phase : session->phases()) {
        if (ctx.isCanceled())
            return false;
        ++phaseNumber;
        section.blocks.append(
            ReportBlock::heading(QStringLiteral("%1. %2").arg(phaseNumber).arg(phase.name)));
        QList<QStringList> rows;
        QList<QStringList> remarks;
        for (const ChecklistItem &it : session->items(phase.id)) {
            const QString number = QString::number(it.id);
            QString task = it.task;
            if (!it.expected.isEmpty())
                task += QStringLiteral("\n→ ") + it.expected;
            const QString clock = QStringLiteral("HH:mm:ss");
            QString time;
            if (it.actualStart.isValid() && it.actualEnd.isValid())
                time = it.actualStart.toUTC().toString(clock) + QStringLiteral("–")
                    + it.actualEnd.toUTC().toString(clock);
            else if (it.actualStart.isValid())
                time = s.pick(QStringLiteral("since %1"), QStringLiteral("seit %1"))
                           .arg(it.actualStart.toUTC().toString(clock));
            else if (it.actualEnd.isValid())
                time = s.pick(QStringLiteral("until %1"), QStringLiteral("bis %1"))
                           .arg(it.actualEnd.toUTC().toString(clock));
            else
                time = QStringLiteral("–");
            QString took;
            if (it.actualStart.isValid() && it.actualEnd.isValid())
                took = minutes(it.actualStart.secsTo(it.actualEnd)) + QStringLiteral(" min");
            if (it.plannedMinutes > 0)
                took += (took.isEmpty() ? QString() : QStringLiteral(" "))
                    + s.pick(QStringLiteral("(planned %1)"), QStringLiteral("(geplant %1)"))
                          .arg(it.plannedMinutes);
            if (!took.isEmpty())
                time += QLatin1Char('\n') + took;
            QString who = it.completedBy.isEmpty() ? QStringLiteral("–") : it.completedBy;
            if (!it.signedOffBy.isEmpty())
                who += QLatin1Char('\n')
                    + s.pick(QStringLiteral("signed off: %1"), QStringLiteral("abgenommen: %1"))
                          .arg(it.signedOffBy);
            else if (it.signOffRequired)
                who += QLatin1Char('\n')
                    + s.pick(QStringLiteral("(sign-off required)"), QStringLiteral("(Abnahme erforderlich)"));
            rows.append({ number, task, s.status(it.status), it.owner, time, who });
            if (!it.skipReason.isEmpty())
                remarks.append({ number, s.text(ReportStrings::SkipReason), it.skipReason });
            if (!it.notes.isEmpty())
                remarks.append({ number, s.text(ReportStrings::Notes), it.notes });
            if (!it.evidence.isEmpty())
                remarks.append(
                    { number, s.text(ReportStrings::Evidence), it.evidence.join(QLatin1Char('\n')) });
        }
        section.blocks.append(ReportBlock::table(header, rows, 1, QString()));
        if (!remarks.isEmpty()) {
            section.blocks.append(ReportBlock::table(
                { s.text(ReportStrings::ItemId), s.pick(QStringLiteral("Kind"), QStringLiteral("Art")),
                    s.text(ReportStrings::Remarks) },
                remarks, 2, s.text(ReportStrings::Remarks)));
        }
    }
    out->sections.append(section);

    // Timeline: what the trail says happened to the items.
    QString readError;
    const QList<AuditRecord> records = AuditChain::readAll(session->store()->database(), &readError);
    if (!readError.isEmpty()) {
        *error = readError;
        return false;
    }
    for (const AuditRecord &r : records) {
        if (r.entity != QLatin1String("item"))
            continue;
        const ChecklistItem item = session->item(r.entityId);
        ReportTimelineEvent e;
        e.at = r.at;
        e.actor = r.actor;
        e.source = id();
        if (r.action == QLatin1String("item.signoff") && r.field == QLatin1String("signed_off_by")) {
            e.kind = QStringLiteral("checklist.signoff");
            e.text
                = s.pick(QStringLiteral("Signed off: %1"), QStringLiteral("Abgenommen: %1")).arg(item.task);
        } else if (r.action == QLatin1String("item.status") && r.field == QLatin1String("status")) {
            ItemStatus st;
            if (!ItemStatusText::fromKey(r.newValue, &st) || st == ItemStatus::Open)
                continue;
            e.kind = QStringLiteral("checklist.") + r.newValue;
            switch (st) {
            case ItemStatus::InProgress:
                e.text = s.pick(QStringLiteral("Started: %1"), QStringLiteral("Begonnen: %1")).arg(item.task);
                break;
            case ItemStatus::AwaitingSignOff:
            case ItemStatus::Done:
                e.kind = QStringLiteral("checklist.done");
                e.text = s.pick(QStringLiteral("Done: %1"), QStringLiteral("Erledigt: %1")).arg(item.task);
                break;
            case ItemStatus::Failed:
                e.text = s.pick(QStringLiteral("FAILED: %1"), QStringLiteral("FEHLGESCHLAGEN: %1"))
                             .arg(item.task);
                break;
            case ItemStatus::Skipped:
                e.text = s.pick(QStringLiteral("Skipped: %1 (%2)"), QStringLiteral("Übersprungen: %1 (%2)"))
                             .arg(item.task, r.reason);
                break;
            case ItemStatus::Open:
                break;
            }
        } else {
            continue;
        }
        out->timeline.append(e);
    }
    return true;
}
