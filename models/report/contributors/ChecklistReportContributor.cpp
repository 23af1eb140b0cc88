// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/contributors/ChecklistReportContributor.h"

#include "audit/AuditChain.h"
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

    // Summary over all phases.
    QList<QStringList> summary;
    for (const Phase &phase : session->phases()) {
        const QList<ChecklistItem> items = session->items(phase.id);
        int finished = 0, failed = 0, planned = 0;
        qint64 actualSecs = 0;
        for (const ChecklistItem &it : items) {
            if (ItemStatusText::isFinished(it.status))
                ++finished;
            if (it.status == ItemStatus::Failed)
                ++failed;
            planned += it.plannedMinutes;
            if (it.actualStart.isValid() && it.actualEnd.isValid())
                actualSecs += it.actualStart.secsTo(it.actualEnd);
        }
        summary.append(
            { phase.name, QStringLiteral("%1 / %2").arg(finished).arg(items.size()), QString::number(failed),
                planned > 0 ? QString::number(planned) : QStringLiteral("–"), minutes(actualSecs) });
    }
    section.blocks.append(ReportBlock::table(
        { s.text(ReportStrings::Session), s.text(ReportStrings::ItemsFinished), s.status(ItemStatus::Failed),
            s.text(ReportStrings::PlannedMinutes), s.text(ReportStrings::ActualMinutes) },
        summary, s.text(ReportStrings::PhaseSummary)));
    section.blocks.first().header[0] = s.pick(QStringLiteral("Phase"), QStringLiteral("Phase"));

    const QStringList header = { s.text(ReportStrings::Number), s.text(ReportStrings::Task),
        s.text(ReportStrings::Status), s.text(ReportStrings::Owner), s.text(ReportStrings::PlannedMinutes),
        s.text(ReportStrings::ActualStart), s.text(ReportStrings::ActualEnd),
        s.text(ReportStrings::ActualMinutes), s.text(ReportStrings::DoneBy),
        s.text(ReportStrings::SignedOffBy) };
    int phaseNumber = 0;
    for (const Phase &phase : session->phases()) {
        if (ctx.isCanceled())
            return false;
        ++phaseNumber;
        section.blocks.append(
            ReportBlock::heading(QStringLiteral("%1. %2").arg(phaseNumber).arg(phase.name)));
        QList<QStringList> rows;
        QList<QStringList> remarks;
        int n = 0;
        for (const ChecklistItem &it : session->items(phase.id)) {
            ++n;
            const QString number = QStringLiteral("%1.%2").arg(phaseNumber).arg(n);
            QString task = it.task;
            if (!it.expected.isEmpty())
                task += QStringLiteral("\n→ ") + it.expected;
            QString actual = QStringLiteral("–");
            if (it.actualStart.isValid() && it.actualEnd.isValid())
                actual = minutes(it.actualStart.secsTo(it.actualEnd));
            QString signedOff = it.signedOffBy;
            if (signedOff.isEmpty() && it.signOffRequired)
                signedOff = s.pick(QStringLiteral("(required)"), QStringLiteral("(erforderlich)"));
            rows.append({ number, task, s.status(it.status), it.owner,
                it.plannedMinutes > 0 ? QString::number(it.plannedMinutes) : QStringLiteral("–"),
                it.actualStart.isValid() ? it.actualStart.toUTC().toString(QStringLiteral("HH:mm:ss"))
                                         : QStringLiteral("–"),
                it.actualEnd.isValid() ? it.actualEnd.toUTC().toString(QStringLiteral("HH:mm:ss"))
                                       : QStringLiteral("–"),
                actual, it.completedBy, signedOff });
            if (!it.skipReason.isEmpty())
                remarks.append({ number, s.text(ReportStrings::SkipReason), it.skipReason });
            if (!it.notes.isEmpty())
                remarks.append({ number, s.text(ReportStrings::Notes), it.notes });
            if (!it.evidence.isEmpty())
                remarks.append(
                    { number, s.text(ReportStrings::Evidence), it.evidence.join(QLatin1Char('\n')) });
        }
        section.blocks.append(ReportBlock::table(header, rows));
        if (!remarks.isEmpty()) {
            section.blocks.append(ReportBlock::table(
                { s.text(ReportStrings::Number), s.pick(QStringLiteral("Kind"), QStringLiteral("Art")),
                    s.text(ReportStrings::Remarks) },
                remarks, s.text(ReportStrings::Remarks)));
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
