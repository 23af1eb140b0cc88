// SPDX-License-Identifier: GPL-3.0-or-later
// The figures of the checklist foundation: how fast the cockpit shows a large runbook, and how fast one
// status change is committed (with its audit record) to the session file.
#include "ChecklistFigures.h"

#include "BenchContext.h"
#include "BenchNotes.h"
#include "FirstPaintProbe.h"

#include "checklist/CutoverSession.h"
#include "runbook/TemplateLibrary.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <algorithm>

namespace {
const QString startupName = QStringLiteral("startup_first_paint_ms");
const QString statusName = QStringLiteral("status_commit_ms");
const QString importName = QStringLiteral("import_100k_rows_ms");
constexpr int importRows = 100000;
constexpr int runbookItems = 500;
constexpr int startupRuns = 5;
constexpr int startupTimeoutMs = 20000;
constexpr int statusCommits = 500;

QString spread(const QList<double> &samples)
{
    const auto [lo, hi] = std::minmax_element(samples.cbegin(), samples.cend());
    return QStringLiteral("median of %1; min %2, max %3")
        .arg(samples.size())
        .arg(*lo, 0, 'f', 3)
        .arg(*hi, 0, 'f', 3);
}

// From QProcess::start of `cutover-cockpit --exit-after-first-paint` on a 500-item session to the
// "first-paint" line on its stdout; the median of five starts.
std::optional<double> startupFirstPaint(QString *error)
{
    BenchContext context;
    if (!context.isValid()) {
        *error = QStringLiteral("cannot create a temporary folder: %1").arg(context.errorString());
        return std::nullopt;
    }
    const QString program = QDir(context.binDir()).filePath(QStringLiteral("cutover-cockpit"));
    if (!QFileInfo(program).isExecutable()) {
        *error = QStringLiteral("%1 is not built").arg(program);
        return std::nullopt;
    }
    const QString session = context.createSession(QStringLiteral("startup.cutover"), runbookItems, error);
    if (session.isEmpty())
        return std::nullopt;

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (env.value(QStringLiteral("DISPLAY")).isEmpty()
        && env.value(QStringLiteral("WAYLAND_DISPLAY")).isEmpty()
        && !env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // Keep the user's settings and recent sessions out of it, and the run independent of them.
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), context.tempPath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), context.tempPath(QStringLiteral("data")));

    const FirstPaintProbe probe(program,
        { QStringLiteral("--exit-after-first-paint"), QStringLiteral("--user"), QStringLiteral("bench"),
            session },
        env);
    QTextStream err(stderr);
    QList<double> samples;
    for (int i = 0; i < startupRuns; ++i) {
        const FirstPaintProbe::Sample sample = probe.run(startupTimeoutMs);
        if (sample.outcome != FirstPaintProbe::Outcome::Painted) {
            *error = sample.message;
            return std::nullopt;
        }
        if (!sample.message.isEmpty())
            err << "cockpit-bench: warning: " << sample.message << Qt::endl;
        samples.append(sample.milliseconds);
    }
    BenchNotes::set(startupName,
        spread(samples)
            + QStringLiteral("; %1 items; QT_QPA_PLATFORM=%2")
                  .arg(runbookItems)
                  .arg(env.value(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("(default)"))));
    return BenchContext::median(samples);
}

// The median of 500 CutoverSession::setStatus calls on a 500-item session, each timed on its own.
std::optional<double> statusCommit(QString *error)
{
    BenchContext context;
    if (!context.isValid()) {
        *error = QStringLiteral("cannot create a temporary folder: %1").arg(context.errorString());
        return std::nullopt;
    }
    const QString path = context.createSession(QStringLiteral("status.cutover"), runbookItems, error);
    if (path.isEmpty())
        return std::nullopt;
    std::unique_ptr<CutoverSession> session
        = CutoverSession::open(path, SessionStore::Mode::ReadWrite, error);
    if (!session)
        return std::nullopt;

    const QList<ChecklistItem> items = session->allItems();
    if (items.size() < statusCommits) {
        *error = QStringLiteral("the benchmark session has only %1 items").arg(items.size());
        return std::nullopt;
    }
    // Every call changes another item, all of which start open, so no call is a no-op. In progress and
    // done alternate, so plain changes and "done" with its completion fields (or awaiting sign-off) are
    // timed.
    QList<double> samples;
    samples.reserve(statusCommits);
    QElapsedTimer clock;
    for (int i = 0; i < statusCommits; ++i) {
        const ChecklistItem &item = items.at(i);
        const ItemStatus target = i % 2 ? ItemStatus::Done : ItemStatus::InProgress;
        clock.start();
        const ActionResult result = session->setStatus(item.id, target, QStringLiteral("bench"));
        const qint64 ns = clock.nsecsElapsed();
        if (!result) {
            *error = QStringLiteral("setStatus on item %1 failed: %2").arg(item.id).arg(result.error);
            return std::nullopt;
        }
        samples.append(double(ns) / 1e6);
    }
    BenchNotes::set(statusName, spread(samples) + QStringLiteral("; %1-item session").arg(items.size()));
    return BenchContext::median(samples);
}
// `cutoverctl new --template FILE.csv` in process: a generated CSV runbook of 100,000 one-task phases is read
// (TemplateLibrary::load, as cutoverctl does) and a session is created from it (CutoverSession::create),
// from reading the file to the session being open. Goal: at most 5000 ms.
std::optional<double> importRunbook(QString *error)
{
    BenchContext context;
    if (!context.isValid()) {
        *error = QStringLiteral("cannot create a temporary folder: %1").arg(context.errorString());
        return std::nullopt;
    }
    const QString csvPath = context.tempPath(QStringLiteral("runbook.csv"));
    {
        QFile csv(csvPath);
        if (!csv.open(QIODevice::WriteOnly)) {
            *error = QStringLiteral("cannot write %1: %2").arg(csvPath, csv.errorString());
            return std::nullopt;
        }
        QByteArray text = "phase,task,expected,owner,signoff,minutes\n";
        for (int i = 1; i <= importRows; ++i)
            text += QStringLiteral("Phase %1,Task %1 of the runbook,Result %1,owner-%2,%3,%4\n")
                        .arg(i)
                        .arg(i % 17)
                        .arg(i % 5 == 0 ? QStringLiteral("yes") : QStringLiteral("no"))
                        .arg(i % 30)
                        .toUtf8();
        csv.write(text);
    }
    SessionInfo info;
    info.name = QStringLiteral("Import bench");
    QElapsedTimer clock;
    clock.start();
    const RunbookCodec::ParseResult loaded = TemplateLibrary().load(csvPath, QStringLiteral("en"));
    if (!loaded.ok) {
        *error = loaded.error;
        return std::nullopt;
    }
    const std::unique_ptr<CutoverSession> session
        = CutoverSession::create(context.tempPath(QStringLiteral("import.cutover")), info, loaded.runbook,
            QStringLiteral("bench"), error);
    if (!session)
        return std::nullopt;
    const qint64 items = session->allItems().size();
    const double ms = double(clock.nsecsElapsed()) / 1e6;
    if (items != importRows) {
        *error = QStringLiteral("the imported session has %1 items, not %2").arg(items).arg(importRows);
        return std::nullopt;
    }
    BenchNotes::set(importName,
        QStringLiteral("one run; %1 rows of one-task phases read from CSV and written to a new session (goal "
                       "at most 5000 ms)")
            .arg(importRows));
    return ms;
}
}

QList<BenchFigure> checklistFigures()
{
    return {
        { startupName, QStringLiteral("ms"), startupFirstPaint },
        { statusName, QStringLiteral("ms"), statusCommit },
        { importName, QStringLiteral("ms"), importRunbook },
    };
}
