// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/ReportStrings.h"

#include "report/ReportPhrasebook.h"

#include <QDateTime>

namespace {

struct Pair {
    const char *en;
    const char *de;
};

// In the order of ReportStrings::Key.
const Pair table[] = {
    { "Cutover report", "Cutover-Bericht" },
    { "Rehearsal", "Probelauf" },
    { "Live", "Produktiv" },
    { "Session", "Sitzung" },
    { "Mode", "Modus" },
    { "Runbook template", "Runbook-Vorlage" },
    { "Created", "Angelegt" },
    { "Started", "Begonnen" },
    { "Ended", "Beendet" },
    { "Lead", "Leitung" },
    { "Outcome", "Ergebnis" },
    { "Report generated", "Bericht erstellt" },
    { "Goal of the session", "Ziel der Sitzung" },
    { "Contents", "Inhalt" },
    { "Result statement", "Ergebnisaussage" },
    { "Goal", "Ziel" },
    { "What went well", "Was gut lief" },
    { "What is open", "Was offen ist" },
    { "(not written yet)", "(noch nicht geschrieben)" },
    { "Last edited by", "Zuletzt bearbeitet von" },
    { "Timeline", "Zeitleiste" },
    { "Time", "Zeit" },
    { "Event", "Ereignis" },
    { "Who", "Wer" },
    { "Source", "Quelle" },
    { "No events were recorded.", "Es wurden keine Ereignisse aufgezeichnet." },
    { "Checklist", "Checkliste" },
    { "Task", "Aufgabe" },
    { "Expected result", "Erwartetes Ergebnis" },
    { "Owner", "Verantwortlich" },
    { "Status", "Status" },
    { "Planned (min)", "Geplant (min)" },
    { "Actual start", "Tatsächlicher Beginn" },
    { "Actual end", "Tatsächliches Ende" },
    { "Actual (min)", "Tatsächlich (min)" },
    { "Done by", "Erledigt von" },
    { "Signed off by", "Abgenommen von" },
    { "Remarks", "Anmerkungen" },
    { "Phase summary", "Phasenübersicht" },
    { "Items finished", "Erledigte Punkte" },
    { "Lessons learned", "Lessons Learned" },
    { "Lesson", "Erkenntnis" },
    { "Action", "Maßnahme" },
    { "Runbook change", "Runbook-Änderung" },
    { "No lessons have been recorded.", "Es wurden keine Erkenntnisse festgehalten." },
    { "none", "keine" },
    { "Integrity", "Integrität" },
    { "Audit trail head", "Kopf des Audit-Trails" },
    { "Audit records", "Audit-Einträge" },
    { "Audit chain", "Audit-Kette" },
    { "intact", "intakt" },
    { "BROKEN", "GEBROCHEN" },
    { "How to verify", "Prüfung" },
    { "Every action in this session is recorded in a SHA-256 hash chain. To confirm that the session file "
      "still matches this report, run the following command; it fails if any record was changed or removed, "
      "or if records were added after this report was generated.",
        "Jede Aktion dieser Sitzung ist in einer SHA-256-Hash-Kette festgehalten. Um zu bestätigen, dass die "
        "Sitzungsdatei noch zu diesem Bericht passt, führen Sie den folgenden Befehl aus; er schlägt fehl, "
        "wenn "
        "ein Eintrag geändert oder entfernt wurde oder nach Erstellung dieses Berichts Einträge "
        "hinzukamen." },
    { "Completed", "Abgeschlossen" },
    { "Completed with failures", "Abgeschlossen mit Fehlern" },
    { "Incomplete", "Nicht abgeschlossen" },
    { "Page", "Seite" },
    { "Reason for skipping", "Grund für das Überspringen" },
    { "Notes", "Notizen" },
    { "Evidence", "Nachweise" },
    { "This part of the report could not be produced",
        "Dieser Teil des Berichts konnte nicht erstellt werden" },
    { "No.", "Nr." },
    { "Review and approval", "Prüfung und Freigabe" },
    { "Name", "Name" },
    { "Role", "Rolle" },
    { "Date", "Datum" },
    { "Signature", "Unterschrift" },
    { "Traffic shift", "Umschaltung des Datenverkehrs" },
    { "Metrics", "Metriken" },
    { "Incident log", "Ereignisprotokoll" },
    { "Id", "Id" },
    { "Time (UTC)", "Zeit (UTC)" },
    { "Done by / Signed off by", "Erledigt von / Abgenommen von" },
};
static_assert(sizeof(table) / sizeof(table[0]) == ReportStrings::KeyCount, "one entry per key");

}

ReportStrings::ReportStrings(const QString &language)
    : m_german(language == QLatin1String("de"))
{
}

bool ReportStrings::isSupported(const QString &language)
{
    return language == QLatin1String("en") || language == QLatin1String("de");
}

QString ReportStrings::text(Key key) const
{
    if (key < 0 || key >= KeyCount)
        return QString();
    return QString::fromUtf8(m_german ? table[key].de : table[key].en);
}

QString ReportStrings::status(ItemStatus s) const
{
    switch (s) {
    case ItemStatus::Open:
        return pick(QStringLiteral("open"), QStringLiteral("offen"));
    case ItemStatus::InProgress:
        return pick(QStringLiteral("in progress"), QStringLiteral("in Arbeit"));
    case ItemStatus::AwaitingSignOff:
        return pick(QStringLiteral("awaiting sign-off"), QStringLiteral("wartet auf Abnahme"));
    case ItemStatus::Done:
        return pick(QStringLiteral("done"), QStringLiteral("erledigt"));
    case ItemStatus::Failed:
        return pick(QStringLiteral("failed"), QStringLiteral("fehlgeschlagen"));
    case ItemStatus::Skipped:
        return pick(QStringLiteral("skipped"), QStringLiteral("übersprungen"));
    }
    return QString();
}

QString ReportStrings::describe(const ::RunbookChange &c) const
{
    using K = ::RunbookChange::Kind;
    const QString phase = c.phase;
    if (c.kind == K::None)
        return text(NoChange);
    if (c.target == ::RunbookChange::Target::Task) {
        switch (c.kind) {
        case K::Add:
            return pick(QStringLiteral("Add task \"%1\" to phase \"%2\"%3"),
                QStringLiteral("Aufgabe \"%1\" in Phase \"%2\" ergänzen%3"))
                .arg(c.newText, phase,
                    c.expected.isEmpty()
                        ? QString()
                        : pick(QStringLiteral(" (expected: %1)"), QStringLiteral(" (erwartet: %1)"))
                              .arg(c.expected));
        case K::Change:
            return pick(QStringLiteral("Change task \"%1\" in phase \"%2\" to \"%3\""),
                QStringLiteral("Aufgabe \"%1\" in Phase \"%2\" ändern in \"%3\""))
                .arg(c.task, phase, c.newText);
        case K::Remove:
            return pick(QStringLiteral("Remove task \"%1\" from phase \"%2\""),
                QStringLiteral("Aufgabe \"%1\" aus Phase \"%2\" entfernen"))
                .arg(c.task, phase);
        case K::None:
            break;
        }
    } else {
        switch (c.kind) {
        case K::Add:
        case K::Change:
            return pick(QStringLiteral("Set the expected result of \"%1\" in phase \"%2\" to \"%3\""),
                QStringLiteral("Erwartetes Ergebnis von \"%1\" in Phase \"%2\" auf \"%3\" setzen"))
                .arg(c.task, phase, c.expected);
        case K::Remove:
            return pick(QStringLiteral("Remove the expected result of \"%1\" in phase \"%2\""),
                QStringLiteral("Erwartetes Ergebnis von \"%1\" in Phase \"%2\" entfernen"))
                .arg(c.task, phase);
        case K::None:
            break;
        }
    }
    return QString();
}

QString ReportStrings::recorded(const QString &text) const
{
    return m_german ? ReportPhrasebook::forLanguage(language()).translate(text) : text;
}

QString ReportStrings::actor(const QString &actor) const
{
    if (isGateActor(actor))
        return pick(QStringLiteral("the gate %1"), QStringLiteral("das Gate %1")).arg(actor.mid(5));
    return actor;
}

QString ReportStrings::byActor(const QString &actor) const
{
    if (isGateActor(actor))
        return pick(QStringLiteral("by the gate %1"), QStringLiteral("durch das Gate %1")).arg(actor.mid(5));
    return pick(QStringLiteral("by %1"), QStringLiteral("von %1")).arg(actor);
}

QString ReportStrings::dateTime(const QDateTime &time)
{
    if (!time.isValid())
        return QStringLiteral("–");
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" UTC");
}
