// SPDX-License-Identifier: GPL-3.0-or-later
// A team session on PostgreSQL against a session file, in the same run and measured the same way:
//
// - *_commit_ms: the median time of CutoverSession::setStatus for one status change (item 1 between
//   in-progress and open, its field records and their audit records in one write), 200 changes, through
//   the server (team) or into the file (file).
// - *_propagation_p50_ms / *_p99_ms: 1,000 notes added one after the other by this process (alice), each at a
//   random moment 0-99 ms after the previous one was seen; a second process, `cutoverctl watch SESSION
//   --json`, follows the session (LISTEN/NOTIFY on the server, PRAGMA data_version every 100 ms for a file)
//   and prints one JSON line per audit record. Measured: from the call of CutoverSession::addNote (so the
//   writer's own write and commit are included: the server notifies the watcher at the commit, often
//   before the writer has its acknowledgement) until this process has read that note's line from the
//   watcher's stdout, i.e. the second process's feed has re-read the record.
// - *_writers_10_changes_per_s: ten threads, each with its own connection (alternately alice and bob), add
//   50 notes each to five items at once; acknowledged changes per second of wall time. Checked afterwards:
//   every acknowledged note is in its item and has exactly one audit record, and `cutoverctl audit verify`
//   passes; otherwise the figure is not reported.
// The team figures need PostgreSQL's server binaries and Qt's PostgreSQL driver; without them they are
// skipped with the reason, never guessed. The bench starts its own server (tests/support/TeamServer).
#include "BenchContext.h"
#include "BenchFigure.h"
#include "BenchNotes.h"

#include "checklist/CutoverSession.h"
#include "support/TeamServer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>
#include <memory>

namespace {

constexpr int commitChanges = 200;
constexpr int propagationChanges = 1000;
constexpr int writerThreads = 10;
constexpr int changesPerWriter = 50;
constexpr int writerItems = 5;
constexpr int watchTimeoutMs = 10000;

struct Figures {
    double commitMs = 0;
    double propagationP50 = 0;
    double propagationP99 = 0;
    double writersPerSecond = 0;
    QString commitNote;
    QString propagationNote;
    QString writersNote;
    QString error;
};

double percentile(QList<double> samples, double p)
{
    std::sort(samples.begin(), samples.end());
    const qsizetype at = std::min<qsizetype>(samples.size() - 1, qsizetype(p * double(samples.size())));
    return samples.value(at);
}

QString cutoverctl()
{
    return QCoreApplication::applicationDirPath() + QStringLiteral("/cutoverctl");
}

// Runs cutoverctl to its end; false with *error (its stderr) when it fails.
bool runCtl(const QStringList &args, const QProcessEnvironment &env, QString *error, QString *out = nullptr)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(cutoverctl(), args);
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = QStringLiteral("cutoverctl %1: %2")
                     .arg(args.value(0), QString::fromUtf8(p.readAllStandardError()).trimmed());
        return false;
    }
    if (out)
        *out = QString::fromUtf8(p.readAllStandardOutput());
    return true;
}

bool measureCommit(CutoverSession *session, const QString &actor, Figures *f)
{
    QList<double> samples;
    for (int i = 0; i < commitChanges; ++i) {
        const ItemStatus to = i % 2 == 0 ? ItemStatus::InProgress : ItemStatus::Open;
        QElapsedTimer t;
        t.start();
        const ActionResult r = session->setStatus(1, to, actor);
        samples << double(t.nsecsElapsed()) / 1e6;
        if (!r) {
            f->error = QStringLiteral("status change %1: %2").arg(i).arg(r.error);
            return false;
        }
    }
    f->commitMs = BenchContext::median(samples);
    f->commitNote = QStringLiteral("median of %1 status changes of one item; p99 %2 ms")
                        .arg(samples.size())
                        .arg(percentile(samples, 0.99), 0, 'f', 3);
    return true;
}

bool measurePropagation(CutoverSession *session, const QString &address, const QString &actor,
    const QProcessEnvironment &env, Figures *f)
{
    QProcess watch;
    watch.setProcessEnvironment(env);
    watch.start(cutoverctl(), { QStringLiteral("watch"), address, QStringLiteral("--json") });
    QByteArray said;
    QElapsedTimer started;
    started.start();
    while (!said.contains("Watching")) {
        if (started.elapsed() > 30000 || watch.state() == QProcess::NotRunning) {
            f->error = QStringLiteral("cutoverctl watch did not start: %1").arg(QString::fromUtf8(said));
            return false;
        }
        watch.waitForReadyRead(100);
        said += watch.readAllStandardError();
    }
    QList<double> samples;
    QByteArray buffer;
    // Each change at a random moment (0 to 99 ms after the last one was seen), so that the writes are not in
    // step with a watcher that polls (a file's watcher looks every 100 ms).
    QRandomGenerator pause(13);
    for (int i = 0; i < propagationChanges && f->error.isEmpty(); ++i) {
        QThread::msleep(pause.bounded(100));
        const QString note = QStringLiteral("[p%1]").arg(i);
        QElapsedTimer t;
        t.start();
        if (const ActionResult r = session->addNote(2, note, actor); !r) {
            f->error = QStringLiteral("note %1: %2").arg(i).arg(r.error);
            break;
        }
        // Read lines until the one for this note (each note is one audit record).
        for (;;) {
            const qsizetype end = buffer.indexOf('\n');
            if (end >= 0) {
                const QJsonObject o = QJsonDocument::fromJson(buffer.left(end)).object();
                buffer.remove(0, end + 1);
                if (o.value(QStringLiteral("new_value")).toString().endsWith(note)) {
                    samples << double(t.nsecsElapsed()) / 1e6;
                    break;
                }
                continue;
            }
            if (t.elapsed() > watchTimeoutMs || watch.state() == QProcess::NotRunning) {
                f->error = QStringLiteral("the watcher did not print note %1 within %2 ms: %3")
                               .arg(i)
                               .arg(watchTimeoutMs)
                               .arg(QString::fromUtf8(watch.readAllStandardError()));
                break;
            }
            watch.waitForReadyRead(5);
            buffer += watch.readAllStandardOutput();
        }
    }
    watch.terminate();
    if (!watch.waitForFinished(5000)) {
        watch.kill();
        watch.waitForFinished();
    }
    if (!f->error.isEmpty())
        return false;
    f->propagationP50 = percentile(samples, 0.5);
    f->propagationP99 = percentile(samples, 0.99);
    f->propagationNote = QStringLiteral("%1 notes, from the call that writes one (its commit included) until "
                                        "its line from `cutoverctl watch --json` in another process is read; "
                                        "max %2 ms")
                             .arg(samples.size())
                             .arg(*std::max_element(samples.cbegin(), samples.cend()), 0, 'f', 3);
    return true;
}

bool measureWriters(const QString &session, bool team, const QProcessEnvironment &env, Figures *f)
{
    QMutex mutex;
    QStringList acknowledged;
    QStringList problems;
    QList<QThread *> threads;
    for (int w = 0; w < writerThreads; ++w) {
        threads << QThread::create([&, w] {
            const QString who = w % 2 == 0 ? QStringLiteral("alice") : QStringLiteral("bob");
            QString address = session;
            if (team)
                address.replace(
                    QStringLiteral("postgresql://alice@"), QStringLiteral("postgresql://%1@").arg(who));
            QString error;
            std::unique_ptr<CutoverSession> s
                = CutoverSession::open(address, SessionStore::Mode::ReadWrite, &error);
            if (!s) {
                QMutexLocker lock(&mutex);
                problems << error;
                return;
            }
            for (int n = 0; n < changesPerWriter; ++n) {
                const QString note = QStringLiteral("[bw%1-%2]").arg(w).arg(n);
                const ActionResult r = s->addNote(3 + (w + n) % writerItems, note, who);
                QMutexLocker lock(&mutex);
                if (r)
                    acknowledged << note;
                else
                    problems << r.error;
            }
        });
    }
    QElapsedTimer t;
    t.start();
    for (QThread *thread : std::as_const(threads))
        thread->start();
    for (QThread *thread : std::as_const(threads)) {
        thread->wait();
        delete thread;
    }
    const double seconds = double(t.nsecsElapsed()) / 1e9;
    if (!problems.isEmpty()) {
        f->error = QStringLiteral("%1 of %2 writes were refused, e.g. %3")
                       .arg(problems.size())
                       .arg(writerThreads * changesPerWriter)
                       .arg(problems.constFirst());
        return false;
    }
    // Nothing lost: each acknowledged note is in its item and in exactly one audit record.
    QString error;
    {
        std::unique_ptr<CutoverSession> s
            = CutoverSession::open(session, SessionStore::Mode::ReadOnly, &error);
        if (!s) {
            f->error = error;
            return false;
        }
        QString notes;
        for (int item = 3; item < 3 + writerItems; ++item)
            notes += s->item(item).notes + QLatin1Char('\n');
        QSqlQuery q(s->store()->database());
        if (!q.exec(QStringLiteral("SELECT new_value, old_value FROM audit WHERE action = 'item.notes'"))) {
            f->error = QStringLiteral("cannot read the trail back");
            return false;
        }
        QStringList inTrail;
        while (q.next())
            inTrail << q.value(0).toString().mid(q.value(1).toString().size()).trimmed();
        for (const QString &note : std::as_const(acknowledged)) {
            if (!notes.contains(note + QLatin1Char('\n')) || inTrail.count(note) != 1) {
                f->error = QStringLiteral("the acknowledged note %1 was lost").arg(note);
                return false;
            }
        }
    }
    QString out;
    if (!runCtl({ QStringLiteral("audit"), QStringLiteral("verify"), session }, env, &error, &out)) {
        f->error = error;
        return false;
    }
    f->writersPerSecond = double(acknowledged.size()) / seconds;
    f->writersNote = QStringLiteral("%1 threads x %2 notes on %3 items, %4 acknowledged in %5 s; every one "
                                    "found in its item and the trail, audit verify passed")
                         .arg(writerThreads)
                         .arg(changesPerWriter)
                         .arg(writerItems)
                         .arg(acknowledged.size())
                         .arg(seconds, 0, 'f', 2);
    return true;
}

// One run of all three measurements on `address` (created here), which alice writes.
void measure(const QString &address, bool team, const QProcessEnvironment &env, Figures *f)
{
    SessionInfo info;
    info.name = team ? QStringLiteral("Team bench") : QStringLiteral("File bench");
    info.rehearsal = true;
    info.signatures = QStringLiteral("declared");
    std::unique_ptr<CutoverSession> session = CutoverSession::create(
        address, info, BenchContext::generatedRunbook(20), QStringLiteral("alice"), &f->error);
    if (!session)
        return;
    if (!measureCommit(session.get(), QStringLiteral("alice"), f)
        || !measurePropagation(session.get(), address, QStringLiteral("alice"), env, f))
        return;
    session.reset();
    measureWriters(address, team, env, f);
}

const Figures &teamRun()
{
    static const Figures figures = [] {
        Figures f;
        if (PostgresProcess::binDir().isEmpty()) {
            f.error
                = QStringLiteral("PostgreSQL's server binaries are not installed: the team figures were not "
                                 "measured");
            return f;
        }
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
            f.error = QStringLiteral(
                "Qt's PostgreSQL driver is not installed: the team figures were not measured");
            return f;
        }
        TeamServer server({ QStringLiteral("alice"), QStringLiteral("bob") });
        if (!server.start(&f.error))
            return f;
        const QProcessEnvironment env = server.environment();
        // This process logs in as alice and bob itself; the password file is the only source.
        const QByteArray pgpass = qgetenv("PGPASSFILE");
        qputenv("PGPASSFILE", env.value(QStringLiteral("PGPASSFILE")).toLocal8Bit());
        if (runCtl({ QStringLiteral("team"), QStringLiteral("init"), server.adminAddress() }, env, &f.error)
            && runCtl({ QStringLiteral("team"), QStringLiteral("grant"), server.adminAddress(),
                          QStringLiteral("alice"), QStringLiteral("--as"), QStringLiteral("lead") },
                env, &f.error)
            && runCtl({ QStringLiteral("team"), QStringLiteral("grant"), server.adminAddress(),
                          QStringLiteral("bob"), QStringLiteral("--as"), QStringLiteral("member") },
                env, &f.error))
            measure(server.address(QStringLiteral("alice"), QStringLiteral("bench")), true, env, &f);
        if (pgpass.isNull())
            qunsetenv("PGPASSFILE");
        else
            qputenv("PGPASSFILE", pgpass);
        return f;
    }();
    return figures;
}

const Figures &fileRun()
{
    static const Figures figures = [] {
        Figures f;
        BenchContext context;
        if (!context.isValid()) {
            f.error = QStringLiteral("cannot create a temporary folder: %1").arg(context.errorString());
            return f;
        }
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), context.tempPath(QStringLiteral("config")));
        measure(context.tempPath(QStringLiteral("bench.cutover")), false, env, &f);
        return f;
    }();
    return figures;
}

enum class Which { Commit, P50, P99, Writers };

BenchFigure figure(const QString &prefix, Which which, const Figures &(*source)())
{
    static const char *const suffixes[]
        = { "_commit_ms", "_propagation_p50_ms", "_propagation_p99_ms", "_writers_10_changes_per_s" };
    const QString name = prefix + QLatin1String(suffixes[int(which)]);
    return { name, which == Which::Writers ? QStringLiteral("changes/s") : QStringLiteral("ms"),
        [name, which, source](QString *error) -> std::optional<double> {
            const Figures &f = source();
            if (!f.error.isEmpty()) {
                *error = f.error;
                return std::nullopt;
            }
            switch (which) {
            case Which::Commit:
                BenchNotes::set(name, f.commitNote);
                return f.commitMs;
            case Which::P50:
                BenchNotes::set(name, f.propagationNote);
                return f.propagationP50;
            case Which::P99:
                BenchNotes::set(name, f.propagationNote);
                return f.propagationP99;
            case Which::Writers:
                BenchNotes::set(name, f.writersNote);
                return f.writersPerSecond;
            }
            return std::nullopt;
        } };
}

}

QList<BenchFigure> teamFigures()
{
    QList<BenchFigure> all;
    for (const auto &[prefix, source] :
        { std::pair { QStringLiteral("team"), &teamRun }, std::pair { QStringLiteral("file"), &fileRun } }) {
        for (Which w : { Which::P50, Which::P99, Which::Commit, Which::Writers })
            all << figure(prefix, w, source);
    }
    return all;
}
