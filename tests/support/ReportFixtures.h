// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Fixtures shared by the report tests: a real session file with a checklist in a known state, and a test
// double for a contributor that holds both verified and draft entries (the incident log is another
// branch; the double stands in for it so the contract can be tested here).

#include "checklist/CutoverSession.h"
#include "lessons/LessonsLearned.h"
#include "report/ReportContributor.h"

#include <QProcess>
#include <QStandardPaths>
#include <QString>

#include <memory>

namespace ReportFixtures {

// A session with `itemCount` tasks over three phases; the first `doneCount` are done by bob, the ones
// that need a sign-off signed off by carol. Created by alice.
inline std::unique_ptr<CutoverSession> makeSession(const QString &path, int itemCount, int doneCount,
    bool rehearsal = true, const QString &language = QStringLiteral("en"))
{
    Runbook rb;
    rb.name = QStringLiteral("Test runbook");
    rb.language = language;
    const QStringList phases = language == QLatin1String("de")
        ? QStringList { QStringLiteral("Vorbereitung"), QStringLiteral("Cutover"),
              QStringLiteral("Nach dem Cutover") }
        : QStringList { QStringLiteral("Preparation"), QStringLiteral("Cutover"),
              QStringLiteral("After the cutover") };
    for (const QString &p : phases)
        rb.phases.append(RunbookPhase { p, {} });
    for (int i = 0; i < itemCount; ++i) {
        RunbookTask t;
        t.task = QStringLiteral("Task number %1").arg(i + 1);
        t.expected = QStringLiteral("Result %1 confirmed").arg(i + 1);
        t.owner = QStringLiteral("alice");
        t.signOffRequired = i % 3 == 0;
        t.plannedMinutes = 5;
        rb.phases[i * 3 / qMax(1, itemCount)].tasks.append(t);
    }
    SessionInfo info;
    info.name = QStringLiteral("Core banking adapter");
    info.goal = QStringLiteral("Move payments to the new adapter without downtime");
    info.templateName = QStringLiteral("default");
    info.language = language;
    info.rehearsal = rehearsal;
    info.signatures = QStringLiteral("declared"); // names typed by the test, also in a live session
    QString error;
    auto session = CutoverSession::create(path, info, rb, QStringLiteral("alice"), &error);
    if (!session) {
        qWarning("makeSession: %s", qPrintable(error));
        return nullptr;
    }
    int n = 0;
    for (const ChecklistItem &it : session->allItems()) {
        if (n++ >= doneCount)
            break;
        session->setStatus(it.id, ItemStatus::Done, QStringLiteral("bob"));
        if (it.signOffRequired)
            session->signOff(it.id, QStringLiteral("carol"));
    }
    return session;
}

// Test double: a contributor over an in-memory log with verified and draft entries. It keeps the contract
// (sections hold verified entries only) and, to exercise the builder's second line of defence, also hands
// over a timeline event for the draft marked published = false.
class FakeIncidentLogContributor : public ReportContributor {
public:
    struct Entry {
        QString text;
        bool verified;
    };
    explicit FakeIncidentLogContributor(QList<Entry> entries)
        : m_entries(std::move(entries))
    {
    }
    QString id() const override { return QStringLiteral("incident-log"); }
    bool contribute(const ReportContext &ctx, ReportContribution *out, QString *) const override
    {
        ReportSection section;
        section.id = QStringLiteral("incident-log");
        section.title = ctx.strings.pick(QStringLiteral("Incident log"), QStringLiteral("Vorfallsprotokoll"));
        section.order = 60;
        QList<QStringList> rows;
        QDateTime at = ctx.session->info().createdAt;
        for (const Entry &e : m_entries) {
            at = at.addSecs(60);
            ReportTimelineEvent ev { at, QStringLiteral("incident.entry"), e.text, QStringLiteral("dave"),
                id(), e.verified };
            out->timeline.append(ev);
            if (e.verified)
                rows.append({ at.toString(Qt::ISODate), e.text });
        }
        section.blocks.append(ReportBlock::table({ QStringLiteral("Time"), QStringLiteral("Entry") }, rows));
        out->sections.append(section);
        out->data.insert(QStringLiteral("verified_entries"), int(rows.size()));
        return true;
    }

private:
    QList<Entry> m_entries;
};

// Runs a poppler tool (pdftotext, pdfinfo) and returns its stdout; empty with a warning if it fails.
inline QString poppler(const QString &tool, const QStringList &args)
{
    QProcess p;
    p.start(tool, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        qWarning("%s failed: %s", qPrintable(tool), p.readAllStandardError().constData());
        return QString();
    }
    return QString::fromUtf8(p.readAllStandardOutput());
}

}
