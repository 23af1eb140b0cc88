// SPDX-License-Identifier: GPL-3.0-or-later
#include "runbook/RunbookTemplates.h"

#include <iterator>

namespace {

struct Row {
    int phase;
    const char *task;
    const char *expected;
    bool signOff;
};

// Sign-off is required where a second person should confirm the result before the team moves on:
// the release by the business, the restore point, and the health and business-transaction tests.
const Row englishRows[] = {
    { 0, "Align stakeholders and define the cutover window", "Approval by the business departments", true },
    { 0, "Back up / export important data (backup runs, snapshots)", "Fast restore point", true },
    { 0, "End-to-end smoke tests & performance tests", "Baselined performance", false },
    { 0, "Feature flags and canary mechanism implemented", "Step-by-step activation possible", false },
    { 0, "Monitoring & tracing configured for the cutover", "Alerting rules in operation", false },
    { 1, "Shift traffic step by step (e.g. 1%, 5%, 25%, 100%)", "Controlled observation", false },
    { 1, "Health checks and business-transaction tests after each step", "Immediate error detection", true },
    { 1, "Monitor dual writes / backfill processes", "Data consistency ensured", false },
    { 2, "Reduce monitoring intensity, but keep continuous checks", "Stability confirmed", false },
    { 2, "Lessons learned session", "Improvements into the runbook", false },
};

const Row germanRows[] = {
    { 0, "Stakeholder\u2011Alignment und Cutover\u2011Fenster definieren", "Freigabe durch Fachbereiche",
        true },
    { 0, "Backup/Export wichtiger Daten (Sicherungsl\u00e4ufe, Snapshots)", "Schneller Restore\u2011Punkt",
        true },
    { 0, "End\u2011to\u2011end\u2011Smoke\u2011Tests & Performance\u2011Tests", "Baselined Performance",
        false },
    { 0, "Feature\u2011Flags und Canary\u2011Mechanismus implementiert",
        "Stufenweises Aktivieren m\u00f6glich", false },
    { 0, "Monitoring & Tracing final konfiguriert", "Alerting\u2011Regeln in Betrieb", false },
    { 1, "Traffic\u2011Shift schrittweise (z. B. 1%, 5%, 25%, 100%)", "Kontrollierte Beobachtung", false },
    { 1, "Health Checks und Business\u2011Transaction\u2011Tests nach jedem Schritt",
        "Sofortige Fehlererkennung", true },
    { 1, "Dual\u2011Writes / Backfill-Prozesse \u00fcberwachen", "Datenkonsistenz gew\u00e4hrleistet",
        false },
    { 2, "Monitoring\u2011Intensit\u00e4t reduzieren, aber fortlaufende Checks",
        "Stabilit\u00e4t best\u00e4tigt", false },
    { 2, "Lessons Learned Session", "Verbesserungen ins Runbook", false },
};

}

QStringList RunbookTemplates::languages()
{
    return { QStringLiteral("en"), QStringLiteral("de") };
}

Runbook RunbookTemplates::defaultRunbook(const QString &language)
{
    const bool german = language == QLatin1String("de");
    Runbook rb;
    rb.language = german ? QStringLiteral("de") : QStringLiteral("en");
    rb.name = german ? QStringLiteral("Production Cutover \u2014 Checkliste")
                     : QStringLiteral("Production cutover checklist");
    const QStringList phaseNames = german
        ? QStringList { QStringLiteral("Vorbereitung"), QStringLiteral("Cutover"),
              QStringLiteral("Nach dem Cutover") }
        : QStringList { QStringLiteral("Preparation"), QStringLiteral("Cutover"),
              QStringLiteral("After the cutover") };
    for (const QString &name : phaseNames)
        rb.phases.append(RunbookPhase { name, {} });
    static_assert(std::size(englishRows) == std::size(germanRows), "both languages have the same rows");
    const Row *rows = german ? germanRows : englishRows;
    for (size_t i = 0; i < std::size(englishRows); ++i) {
        const Row &row = rows[i];
        RunbookTask t;
        t.task = QString::fromUtf8(row.task);
        t.expected = QString::fromUtf8(row.expected);
        t.signOffRequired = row.signOff;
        rb.phases[row.phase].tasks.append(t);
    }
    return rb;
}
