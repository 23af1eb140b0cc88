// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/Kill9Campaign.h"

#include "support/RawSqliteConnection.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>

#include <cmath>

namespace {

const QString by = QStringLiteral("kill9");
const QList<int> planSteps { 1, 5, 25, 100 };

int pick(std::mt19937_64 &rng, int lowest, int highest)
{
    return std::uniform_int_distribution<int>(lowest, highest)(rng);
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(content) == content.size();
}

QString oneLine(const QString &text)
{
    return text.simplified().left(300);
}

// The advice as text, whether the contract makes it a string or a structure.
QString adviceText(const QJsonValue &advice)
{
    if (advice.isString())
        return advice.toString();
    if (advice.isObject())
        return QString::fromUtf8(QJsonDocument(advice.toObject()).toJson(QJsonDocument::Compact));
    if (advice.isArray())
        return QString::fromUtf8(QJsonDocument(advice.toArray()).toJson(QJsonDocument::Compact));
    return {};
}

}

Kill9Campaign::Kill9Campaign(const QString &cutoverctl, quint64 seed)
    : m_ctl(cutoverctl)
    , m_seed(seed)
{
}

quint64 Kill9Campaign::seedFromEnvironment()
{
    bool ok = false;
    const quint64 seed = qEnvironmentVariable("KILL9_SEED").toULongLong(&ok);
    return ok ? seed : 20261202;
}

int Kill9Campaign::runsFromEnvironment()
{
    bool ok = false;
    const int runs = qEnvironmentVariableIntValue("KILL9_RUNS", &ok);
    return ok && runs > 0 ? runs : 40;
}

Kill9Campaign::~Kill9Campaign() = default;

bool Kill9Campaign::setUp(QString *error)
{
    if (!m_dir.isValid()) {
        *error = QStringLiteral("no temporary directory");
        return false;
    }
    if (!QFile::exists(m_ctl)) {
        *error = QStringLiteral("cutoverctl is not built: %1").arg(m_ctl);
        return false;
    }
    m_servers = std::make_unique<LoopbackServers>();
    const quint16 oldPort = m_servers->addHttp("old");
    const quint16 newPort = m_servers->addHttp("new");
    const quint16 healthPort = m_servers->addHttp("ok");
    m_haproxy = std::make_unique<HaproxyProcess>();
    if (!m_haproxy->start(oldPort, newPort, error))
        return false;
    m_backendConfig = m_dir.filePath(QStringLiteral("haproxy.json"));
    m_gates = m_dir.filePath(QStringLiteral("gates.json"));
    const QByteArray gates
        = QStringLiteral(R"([{"kind":"http","name":"health","url":"http://127.0.0.1:%1/"}])")
              .arg(healthPort)
              .toUtf8();
    if (!writeFile(m_backendConfig, QJsonDocument(m_haproxy->backendConfig()).toJson())
        || !writeFile(m_gates, gates)) {
        *error = QStringLiteral("cannot write the campaign's configuration to %1").arg(m_dir.path());
        return false;
    }
    return true;
}

Kill9Campaign::Report Kill9Campaign::run(
    int runs, int first, const std::function<void(const QString &)> &progress)
{
    Report report;
    for (int i = first; i < first + runs; ++i)
        runOne(i, &report, progress);
    return report;
}

Kill9Campaign::Ctl Kill9Campaign::ctl(const QStringList &args, int timeoutMs) const
{
    QProcess p;
    p.start(m_ctl, args);
    Ctl r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        r.err = QStringLiteral("timed out after %1 ms").arg(timeoutMs);
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

void Kill9Campaign::runOne(int index, Report *report, const std::function<void(const QString &)> &progress)
{
    // Each run has its own generator, so that one run can be replayed alone (KILL9_FIRST=i KILL9_RUNS=1).
    std::mt19937_64 rng(m_seed * 1000003ULL + quint64(index));
    RunContext run;
    run.session = m_dir.filePath(QStringLiteral("run%1.cutover").arg(index));
    run.label = QStringLiteral("seed %1 run %2").arg(m_seed).arg(index);
    if (!prepareSession(run, rng)) {
        // The set-up is not under test, but a campaign that cannot set up proves nothing: count it.
    } else {
        run.label += QStringLiteral(": ") + killCommand(run, rng);
        checkAfterCrash(run);
        checkReconcileAndRun(run);
    }
    ++report->runs;
    if (!run.problems.isEmpty()) {
        ++report->disagreements;
        for (const QString &p : std::as_const(run.problems)) {
            report->findings << QStringLiteral("%1: %2").arg(run.label, p);
            ++report->byCheck[p.section(QLatin1Char(')'), 0, 0)];
        }
    }
    if (progress)
        progress(run.label
            + (run.problems.isEmpty() ? QStringLiteral(" — ok")
                                      : QStringLiteral(" — %1 disagreement(s)").arg(run.problems.size())));
    if (!run.problems.isEmpty() && !m_keepDir.isEmpty())
        QFile::copy(run.session, QDir(m_keepDir).filePath(QFileInfo(run.session).fileName()));
    QFile::remove(run.session);
    QFile::remove(run.session + QStringLiteral("-wal"));
    QFile::remove(run.session + QStringLiteral("-shm"));
}

bool Kill9Campaign::prepareSession(RunContext &run, std::mt19937_64 &rng)
{
    QString error;
    if (!resetHaproxy(&error)) {
        run.problems << QStringLiteral("set-up: %1").arg(error);
        return false;
    }
    const QList<QStringList> setUp {
        { QStringLiteral("new"), QStringLiteral("--name"), QStringLiteral("kill9"), QStringLiteral("--out"),
            run.session, QStringLiteral("--by"), by },
        { QStringLiteral("backend"), run.session, QStringLiteral("--use"), QStringLiteral("haproxy"),
            QStringLiteral("--config"), m_backendConfig, QStringLiteral("--by"), by },
        { QStringLiteral("plan"), run.session, QStringLiteral("--steps"), QStringLiteral("1,5,25,100"),
            QStringLiteral("--hold"), QStringLiteral("1s"), QStringLiteral("--gates"), m_gates,
            QStringLiteral("--by"), by },
    };
    for (const QStringList &args : setUp) {
        const Ctl r = ctl(args);
        if (r.code != 0) {
            run.problems << QStringLiteral("set-up `cutoverctl %1` exited %2: %3")
                                .arg(args.first())
                                .arg(r.code)
                                .arg(oneLine(r.err + r.out));
            return false;
        }
    }
    // Sometimes the crash happens further on: a split already shifted by hand.
    if (const int prelude = pick(rng, 0, 2); prelude > 0) {
        const QString to = prelude == 1 ? QStringLiteral("5") : QStringLiteral("25");
        const Ctl r = ctl({ QStringLiteral("shift"), run.session, QStringLiteral("--to"), to,
            QStringLiteral("--by"), by, QStringLiteral("--reason"), QStringLiteral("kill9 prelude") });
        if (r.code != 0) {
            run.problems << QStringLiteral("set-up `cutoverctl shift --to %1` exited %2: %3")
                                .arg(to)
                                .arg(r.code)
                                .arg(oneLine(r.err + r.out));
            return false;
        }
        run.label += QStringLiteral(" (after shift --to %1)").arg(to);
    }
    return true;
}

QString Kill9Campaign::killCommand(RunContext &run, std::mt19937_64 &rng)
{
    const QString reason = QStringLiteral("kill9 campaign");
    QStringList args;
    // The kill points: by commit up to commits, by time up to maxDelayMs (about how long it runs), so
    // that most runs are really killed rather than finished first.
    int commits = 3;
    int maxDelayMs = 700;
    switch (pick(rng, 0, 7)) {
    case 0:
    case 1:
        args = { QStringLiteral("run"), run.session, QStringLiteral("--by"), by };
        commits = 10;
        maxDelayMs = 5000; // four steps with holds of 1 s
        break;
    case 2:
    case 3: {
        static const QList<int> targets { 0, 1, 5, 25, 50, 100 };
        args = { QStringLiteral("shift"), run.session, QStringLiteral("--to"),
            QString::number(targets.at(pick(rng, 0, int(targets.size()) - 1))), QStringLiteral("--by"), by,
            QStringLiteral("--reason"), reason };
        break;
    }
    case 4:
        args = { QStringLiteral("rollback"), run.session, QStringLiteral("--by"), by,
            QStringLiteral("--reason"), reason };
        break;
    case 5:
        args = { QStringLiteral("rollback"), run.session, QStringLiteral("--by"), by,
            QStringLiteral("--reason"), reason, QStringLiteral("--ramp-down") };
        commits = 6;
        maxDelayMs = 1500;
        break;
    case 6: {
        RawSqliteConnection raw(run.session, true);
        const QString item = raw.scalar(QStringLiteral("SELECT MIN(id) FROM items")).toString();
        args = { QStringLiteral("item"), run.session, item, QStringLiteral("--status"),
            QStringLiteral("in-progress"), QStringLiteral("--by"), by, QStringLiteral("--reason"), reason };
        commits = 2;
        break;
    }
    default:
        args = { QStringLiteral("log"), QStringLiteral("add"), run.session, QStringLiteral("--text"),
            QStringLiteral("kill9 note"), QStringLiteral("--by"), by };
        commits = 2;
        break;
    }
    const bool byCommit = pick(rng, 0, 1) == 0;
    const int killAt = byCommit ? pick(rng, 1, commits) : pick(rng, 0, maxDelayMs);
    QStringList shown = args;
    shown.replaceInStrings(run.session, QStringLiteral("SESSION"));
    const QString command = QStringLiteral("cutoverctl ") + shown.join(QLatin1Char(' '));

    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (byCommit)
        env.insert(QStringLiteral("COCKPIT_TEST_KILL_AT_COMMIT"), QString::number(killAt));
    p.setProcessEnvironment(env);
    p.start(m_ctl, args);
    if (!p.waitForStarted(10000)) {
        run.problems << QStringLiteral("%1 does not start: %2").arg(command, p.errorString());
        return command;
    }
    QString outcome;
    const int waitMs = byCommit ? 90000 : killAt;
    if (p.waitForFinished(waitMs)) {
        if (p.exitStatus() == QProcess::CrashExit)
            outcome = byCommit ? QStringLiteral("killed at commit %1").arg(killAt)
                               : QStringLiteral("crashed by itself before %1 ms").arg(killAt);
        else
            outcome = QStringLiteral("finished with exit %1 before %2")
                          .arg(p.exitCode())
                          .arg(byCommit ? QStringLiteral("commit %1").arg(killAt)
                                        : QStringLiteral("%1 ms").arg(killAt));
    } else {
        p.kill(); // SIGKILL
        p.waitForFinished(10000);
        outcome = byCommit
            ? QStringLiteral("did not reach commit %1 in %2 s, killed").arg(killAt).arg(waitMs / 1000)
            : QStringLiteral("killed after %1 ms").arg(killAt);
    }
    return command + QStringLiteral(", ") + outcome;
}

void Kill9Campaign::checkAfterCrash(RunContext &run)
{
    const QString head = auditHead(run, QStringLiteral("after the crash"));
    const QString weights = haproxyWeights();
    const QJsonObject traffic = trafficJson(run, QStringLiteral("after the crash"));
    // c) Looking changes nothing.
    const QString headAfter = auditHead(run, QStringLiteral("after traffic --json"));
    const QString weightsAfter = haproxyWeights();
    if (!head.isEmpty() && !headAfter.isEmpty() && head != headAfter)
        run.problems
            << QStringLiteral("c) traffic --json changed the audit head from %1 to %2").arg(head, headAfter);
    if (weights != weightsAfter)
        run.problems << QStringLiteral("c) traffic --json changed haproxy's weights from %1 to %2")
                            .arg(weights, weightsAfter);
    if (traffic.isEmpty())
        return;
    QString error;
    const int split = haproxySplit(&error);
    if (split < 0) {
        run.problems << QStringLiteral("d) haproxy's split cannot be read: %1").arg(error);
        return;
    }
    const int backend = traffic.value(QStringLiteral("backend_percent")).toInt(-1);
    const int intended = traffic.value(QStringLiteral("intended_percent")).toInt(-1);
    const bool agrees = traffic.value(QStringLiteral("agrees")).toBool();
    const QString state = traffic.value(QStringLiteral("state")).toString();
    // d) The read-back is haproxy's real split.
    if (backend != split)
        run.problems << QStringLiteral("d) backend_percent is %1 but haproxy has %2 % (%3)")
                            .arg(backend)
                            .arg(split)
                            .arg(weightsAfter);
    // e) The verdicts follow from the numbers.
    if (agrees && intended != backend)
        run.problems << QStringLiteral("e) agrees, yet intended_percent %1 != backend_percent %2")
                            .arg(intended)
                            .arg(backend);
    if (state == QLatin1String("rolled_back") && split != 0)
        run.problems
            << QStringLiteral("e) state rolled_back, yet haproxy has %1 % on the new path").arg(split);
    checkAdvice(run, traffic, split);
}

void Kill9Campaign::checkAdvice(RunContext &run, const QJsonObject &traffic, int haproxy) const
{
    RawSqliteConnection raw(run.session, true);
    QSqlQuery q(raw.database());
    if (!q.exec(QStringLiteral("SELECT kind, percent_new FROM traffic_events WHERE kind IN "
                               "('intent', 'confirmed', 'error') ORDER BY id DESC LIMIT 1"))
        || !q.next())
        return; // nothing shifted yet
    if (q.value(0).toString() != QLatin1String("confirmed") || q.value(1).toInt() != haproxy)
        return;
    const int confirmed = q.value(1).toInt();
    if (!traffic.value(QStringLiteral("agrees")).toBool())
        run.problems << QStringLiteral(
            "e) the last event confirmed %1 %, haproxy has %1 %, yet agrees is false")
                            .arg(confirmed);
    static const QRegularExpression shiftTo(QStringLiteral("shift\\b.*?--to[ =](\\d+)"));
    const QString advice = adviceText(traffic.value(QStringLiteral("advice")));
    for (auto it = shiftTo.globalMatch(advice); it.hasNext();) {
        const int to = it.next().captured(1).toInt();
        if (to != confirmed)
            run.problems << QStringLiteral(
                "e) the last event confirmed %1 %, haproxy has %1 %, yet the advice is to "
                "shift to %2 %: %3")
                                .arg(confirmed)
                                .arg(to)
                                .arg(oneLine(advice));
    }
}

void Kill9Campaign::checkReconcileAndRun(RunContext &run)
{
    QJsonObject traffic = trafficJson(run, QStringLiteral("before reconcile"));
    if (traffic.isEmpty())
        return;
    if (!traffic.value(QStringLiteral("agrees")).toBool()) {
        const Ctl r = ctl({ QStringLiteral("reconcile"), run.session, QStringLiteral("--by"),
            QStringLiteral("t"), QStringLiteral("--reason"), QStringLiteral("r") });
        if (r.code != 0 && r.code != 4)
            run.problems
                << QStringLiteral("f) `cutoverctl reconcile` exited %1: %2").arg(r.code).arg(oneLine(r.err));
        traffic = trafficJson(run, QStringLiteral("after reconcile"));
        if (traffic.isEmpty())
            return;
        if (!traffic.value(QStringLiteral("agrees")).toBool()
            && adviceText(traffic.value(QStringLiteral("advice"))).trimmed().isEmpty())
            run.problems << QStringLiteral(
                "f) after reconcile the session neither agrees with haproxy nor asks a person to decide");
    }
    const Ctl r = ctl({ QStringLiteral("run"), run.session, QStringLiteral("--by"), by }, 60000);
    run.label += QStringLiteral("; then run exit %1").arg(r.code);
    if (r.code != 0 && r.code != 3 && r.code != 4)
        run.problems << QStringLiteral("f) the following `cutoverctl run` exited %1: %2")
                            .arg(r.code)
                            .arg(oneLine(r.err.isEmpty() ? r.out : r.err));
    auditHead(run, QStringLiteral("after the following run"));
    traffic = trafficJson(run, QStringLiteral("after the following run"));
    QString error;
    const int split = haproxySplit(&error);
    if (!traffic.isEmpty() && split != traffic.value(QStringLiteral("backend_percent")).toInt(-1))
        run.problems << QStringLiteral(
            "d) after the following run backend_percent is %1 but haproxy has %2 %")
                            .arg(traffic.value(QStringLiteral("backend_percent")).toInt(-1))
                            .arg(split);
    checkPassedGates(run);
}

void Kill9Campaign::checkPassedGates(RunContext &run) const
{
    RawSqliteConnection raw(run.session, true);
    QList<int> steps;
    QSqlQuery q(raw.database());
    if (q.exec(QStringLiteral(
            "SELECT percent FROM traffic_steps WHERE plan_id = (SELECT MAX(id) FROM traffic_plan) "
            "ORDER BY position")))
        while (q.next())
            steps << q.value(0).toInt();
    if (steps != planSteps) {
        run.problems << QStringLiteral("f) the stored plan is not 1/5/25/100 but %1")
                            .arg(QString::fromUtf8(QJsonDocument(QJsonArray::fromVariantList([&] {
                                QVariantList l;
                                for (int s : std::as_const(steps))
                                    l << s;
                                return l;
                            }()))
                                                       .toJson(QJsonDocument::Compact)));
        return;
    }
    QList<QPair<QString, int>> confirmed; // (at, percent) in the order written
    if (q.exec(QStringLiteral(
            "SELECT at, percent_new FROM traffic_events WHERE kind = 'confirmed' ORDER BY id")))
        while (q.next())
            confirmed << qMakePair(q.value(0).toString(), q.value(1).toInt());
    if (!q.exec(QStringLiteral(
            "SELECT at, step_index, gate FROM gate_measurements WHERE verdict = 'pass' ORDER BY id")))
        return;
    while (q.next()) {
        const QString at = q.value(0).toString();
        const int step = q.value(1).toInt();
        int inForce = 0; // nothing confirmed yet: the old path only
        for (const auto &c : std::as_const(confirmed))
            if (c.first <= at)
                inForce = c.second;
        const int expected = step >= 0 && step < steps.size() ? steps.at(step) : -1;
        if (inForce != expected)
            run.problems << QStringLiteral(
                "f) gate \"%1\" recorded as passed for step %2 (%3 %) at %4, but %5 % was "
                "in force (last confirmed)")
                                .arg(q.value(2).toString())
                                .arg(step + 1)
                                .arg(expected)
                                .arg(at)
                                .arg(inForce);
    }
}

int Kill9Campaign::haproxySplit(QString *error) const
{
    const QRegularExpression number(QStringLiteral("^(\\d+)"));
    int weights[2] = { -1, -1 };
    const QString servers[2] = { QStringLiteral("old"), QStringLiteral("new") };
    for (int i = 0; i < 2; ++i) {
        const QString answer
            = m_haproxy->runtimeCommand(QStringLiteral("get weight be_app/%1").arg(servers[i]), error)
                  .trimmed();
        const QRegularExpressionMatch m = number.match(answer);
        if (!m.hasMatch()) {
            if (error->isEmpty())
                *error = QStringLiteral("haproxy answered \"%1\" to get weight").arg(answer);
            return -1;
        }
        weights[i] = m.captured(1).toInt();
    }
    if (weights[0] + weights[1] == 0) {
        *error = QStringLiteral("both servers have weight 0");
        return -1;
    }
    return int(std::lround(100.0 * weights[1] / (weights[0] + weights[1])));
}

QString Kill9Campaign::haproxyWeights() const
{
    QString error;
    const QString old = m_haproxy->runtimeCommand(QStringLiteral("get weight be_app/old"), &error).trimmed();
    const QString neu = m_haproxy->runtimeCommand(QStringLiteral("get weight be_app/new"), &error).trimmed();
    return QStringLiteral("old %1, new %2").arg(old, neu)
        + (error.isEmpty() ? QString() : QStringLiteral(" (") + error + QLatin1Char(')'));
}

bool Kill9Campaign::resetHaproxy(QString *error) const
{
    m_haproxy->runtimeCommand(QStringLiteral("set server be_app/old weight 100"), error);
    m_haproxy->runtimeCommand(QStringLiteral("set server be_app/new weight 0"), error);
    return error->isEmpty() && haproxySplit(error) == 0;
}

QString Kill9Campaign::auditHead(RunContext &run, const QString &when) const
{
    const Ctl r = ctl({ QStringLiteral("audit"), QStringLiteral("verify"), run.session });
    static const QRegularExpression head(QStringLiteral("head (\\S+)"));
    const QRegularExpressionMatch m = head.match(r.out);
    if (r.code != 0 || !m.hasMatch()) {
        run.problems << QStringLiteral("a) %1: `audit verify` exited %2: %3")
                            .arg(when)
                            .arg(r.code)
                            .arg(oneLine(r.out + r.err));
        return {};
    }
    return m.captured(1);
}

QJsonObject Kill9Campaign::trafficJson(RunContext &run, const QString &when) const
{
    const Ctl r = ctl({ QStringLiteral("traffic"), run.session, QStringLiteral("--json") });
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &parseError);
    if ((r.code != 0 && r.code != 4) || !doc.isObject()) {
        run.problems << QStringLiteral(
            "b) %1: `traffic --json` exited %2 and printed no JSON object (%3): %4")
                            .arg(when)
                            .arg(r.code)
                            .arg(parseError.errorString(), oneLine(r.out + r.err));
        return {};
    }
    const QJsonObject o = doc.object();
    QStringList missing;
    for (const char *field :
        { "state", "step", "intended_percent", "backend_percent", "agrees", "advice", "controller" })
        if (!o.contains(QLatin1String(field)))
            missing << QLatin1String(field);
    if (!missing.isEmpty()) {
        // Reported once per run: the contract is the same each time.
        const QString problem
            = QStringLiteral("b) traffic --json lacks %1").arg(missing.join(QStringLiteral(", ")));
        if (!run.problems.contains(problem))
            run.problems << problem;
    }
    if (r.code == 0 && !o.value(QStringLiteral("agrees")).toBool())
        run.problems << QStringLiteral("b) %1: `traffic --json` exited 0 with agrees false").arg(when);
    return o;
}
