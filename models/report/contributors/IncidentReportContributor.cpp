// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/contributors/IncidentReportContributor.h"

#include "checklist/CutoverSession.h"
#include "core/Timestamps.h"
#include "incidents/IncidentLog.h"
#include "store/SessionStore.h"

#include <QJsonArray>

namespace {

QString severityText(const ReportStrings &s, IncidentEntry::Severity v)
{
    switch (v) {
    case IncidentEntry::Severity::Info:
        return s.pick(QStringLiteral("info"), QStringLiteral("Info"));
    case IncidentEntry::Severity::Warning:
        return s.pick(QStringLiteral("warning"), QStringLiteral("Warnung"));
    case IncidentEntry::Severity::Critical:
        return s.pick(QStringLiteral("CRITICAL"), QStringLiteral("KRITISCH"));
    }
    return {};
}

// A time in UTC; the date only when it differs from `sameDayAs` (or that is not given).
QString stamp(const QDateTime &t, const QDateTime &sameDayAs)
{
    if (!t.isValid())
        return QStringLiteral("–");
    const QDateTime u = t.toUTC();
    if (sameDayAs.isValid() && sameDayAs.toUTC().date() == u.date())
        return u.toString(QStringLiteral("HH:mm:ss"));
    return u.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

// Whether stakeholders ever saw the entry: a second person verified it (it may have been taken back
// since). Drafts, and corrections or retractions nobody verified, never count.
bool wasVerified(const IncidentEntry &e)
{
    return !e.verifiedBy.isEmpty() && e.state != IncidentEntry::State::Draft;
}

}

bool IncidentReportContributor::contribute(
    const ReportContext &ctx, ReportContribution *out, QString *error) const
{
    const ReportStrings &s = ctx.strings;
    SessionStore *store = ctx.session->store();
    if (!IncidentLog::existsIn(store))
        return true; // a session from before the incident log
    IncidentLog log(store);
    if (const ActionResult r = log.reload(); !r) {
        *error = r.error;
        return false;
    }

    QList<IncidentEntry> shown;
    for (const IncidentEntry &e : log.entries())
        if (wasVerified(e))
            shown.append(e);
    if (shown.isEmpty() && log.entries().isEmpty())
        return true; // nothing was ever written

    ReportSection section;
    section.id = QStringLiteral("incident-log");
    section.title = s.text(ReportStrings::IncidentLog);
    section.order = 60;
    section.blocks.append(ReportBlock::paragraph(s.pick(
        QStringLiteral("Only entries verified by a second person are shown. Entries withdrawn or corrected "
                       "later stay in the log and are marked. Times in UTC."),
        QStringLiteral("Gezeigt werden nur Einträge, die eine zweite Person bestätigt hat. Später "
                       "zurückgezogene oder korrigierte Einträge bleiben im Protokoll und sind markiert. "
                       "Zeiten in UTC."))));

    QList<QStringList> rows;
    QJsonArray json;
    int critical = 0, takenBack = 0;
    for (const IncidentEntry &e : std::as_const(shown)) {
        if (ctx.isCanceled())
            return false;
        QString text;
        switch (e.kind) {
        case IncidentEntry::Kind::Report:
            text = e.text;
            break;
        case IncidentEntry::Kind::Correction:
            text = s.pick(QStringLiteral("Correction of #%1: %2\n(reason: %3)"),
                        QStringLiteral("Korrektur von #%1: %2\n(Grund: %3)"))
                       .arg(e.refersTo)
                       .arg(e.text, e.reason);
            break;
        case IncidentEntry::Kind::Retraction:
            text = s.pick(QStringLiteral("Retraction of #%1 (reason: %2)"),
                        QStringLiteral("Rücknahme von #%1 (Grund: %2)"))
                       .arg(e.refersTo)
                       .arg(e.reason);
            break;
        }
        QString state;
        switch (e.state) {
        case IncidentEntry::State::Retracted:
            state = s.pick(QStringLiteral("retracted by #%1"), QStringLiteral("zurückgezogen durch #%1"))
                        .arg(e.replacedBy);
            ++takenBack;
            break;
        case IncidentEntry::State::Superseded:
            state = s.pick(QStringLiteral("corrected by #%1"), QStringLiteral("korrigiert durch #%1"))
                        .arg(e.replacedBy);
            ++takenBack;
            break;
        case IncidentEntry::State::Published:
            state = s.pick(QStringLiteral("published"), QStringLiteral("veröffentlicht"));
            break;
        default:
            state = s.pick(QStringLiteral("verified"), QStringLiteral("bestätigt"));
            break;
        }
        if (e.severity == IncidentEntry::Severity::Critical)
            ++critical;
        QStringList links;
        if (e.trafficStep > 0)
            links
                << s.pick(QStringLiteral("traffic step %1"), QStringLiteral("Schritt %1")).arg(e.trafficStep);
        if (e.itemId > 0) {
            const QString task = ctx.session->item(e.itemId).task;
            if (!task.isEmpty())
                links << s.pick(QStringLiteral("task: %1"), QStringLiteral("Aufgabe: %1")).arg(task);
        }
        if (!links.isEmpty())
            text += QStringLiteral("\n[") + links.join(QStringLiteral("; ")) + QLatin1Char(']');
        // Few, wide columns: the entry's text gets the room. Times in UTC (said above the table).
        const QString when = s.pick(QStringLiteral("%1\nrecorded %2"), QStringLiteral("%1\nerfasst %2"))
                                 .arg(stamp(e.occurredAt, QDateTime()), stamp(e.recordedAt, e.occurredAt));
        const QString people
            = s.pick(QStringLiteral("%1\nverified: %2 %3"), QStringLiteral("%1\nbestätigt: %2 %3"))
                  .arg(e.author, e.verifiedBy, stamp(e.verifiedAt, e.occurredAt));
        rows.append(
            { QStringLiteral("#%1").arg(e.id), when, severityText(s, e.severity), text, people, state });
        json.append(QJsonObject {
            { QStringLiteral("id"), e.id },
            { QStringLiteral("kind"), IncidentEntry::kindKey(e.kind) },
            { QStringLiteral("severity"), IncidentEntry::severityKey(e.severity) },
            { QStringLiteral("text"), e.text },
            { QStringLiteral("reason"), e.reason },
            { QStringLiteral("refersTo"), e.refersTo },
            { QStringLiteral("occurredAt"), Timestamps::toText(e.occurredAt) },
            { QStringLiteral("recordedAt"), Timestamps::toText(e.recordedAt) },
            { QStringLiteral("author"), e.author },
            { QStringLiteral("verifiedBy"), e.verifiedBy },
            { QStringLiteral("verifiedAt"), Timestamps::toText(e.verifiedAt) },
            { QStringLiteral("state"), IncidentEntry::stateKey(e.state) },
            { QStringLiteral("replacedBy"), e.replacedBy },
        });

        ReportTimelineEvent ev;
        ev.at = e.occurredAt.isValid() ? e.occurredAt : e.recordedAt;
        ev.kind = QStringLiteral("incident.entry");
        ev.text = QStringLiteral("[%1] %2").arg(
            severityText(s, e.severity), text.section(QLatin1Char('\n'), 0, 0));
        if (e.state == IncidentEntry::State::Retracted || e.state == IncidentEntry::State::Superseded)
            ev.text += QStringLiteral(" (") + state + QLatin1Char(')');
        ev.actor = e.author;
        ev.source = id();
        ev.published = true; // verified by a second person
        out->timeline.append(ev);
    }

    if (rows.isEmpty()) {
        section.blocks.append(
            ReportBlock::paragraph(s.pick(QStringLiteral("No entry of the incident log was verified."),
                QStringLiteral("Kein Eintrag des Ereignisprotokolls wurde bestätigt."))));
    } else {
        section.blocks.append(ReportBlock::keyValues(
            { { s.pick(QStringLiteral("Verified entries"), QStringLiteral("Bestätigte Einträge")),
                  QString::number(rows.size()) },
                { s.pick(QStringLiteral("Critical"), QStringLiteral("Kritisch")), QString::number(critical) },
                { s.pick(QStringLiteral("Withdrawn or corrected later"),
                      QStringLiteral("Später zurückgezogen oder korrigiert")),
                    QString::number(takenBack) } }));
        section.blocks.append(ReportBlock::table(
            { s.text(ReportStrings::Number), s.pick(QStringLiteral("Happened"), QStringLiteral("Geschehen")),
                s.pick(QStringLiteral("Severity"), QStringLiteral("Schwere")),
                s.pick(QStringLiteral("Entry"), QStringLiteral("Eintrag")),
                s.pick(QStringLiteral("Author"), QStringLiteral("Verfasst von")),
                s.text(ReportStrings::Status) },
            rows));
    }
    out->sections.append(section);
    out->data = QJsonObject { { QStringLiteral("entries"), json } };
    return true;
}
