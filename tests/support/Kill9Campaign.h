// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/HaproxyProcess.h"
#include "support/LoopbackServers.h"

#include <QJsonObject>
#include <QMap>
#include <QStringList>
#include <QTemporaryDir>

#include <functional>
#include <memory>
#include <random>

// The kill -9 campaign behind tst_kill9 and cockpit-bench's kill9_* figures: against one real haproxy on
// loopback, each run sets up a fresh session (haproxy backend, plan 1/5/25/100 with an HTTP gate that
// passes), runs one mutating cutoverctl command and kills it with SIGKILL, either right after its Nth
// commit (COCKPIT_TEST_KILL_AT_COMMIT, a test build's hook) or after a random delay. Then it checks what a
// person would rely on after the crash:
//   a) `audit verify` passes;
//   b) `traffic --json` prints the contract's fields (state, step, intended_percent, backend_percent,
//      agrees, advice, controller);
//   c) `traffic --json` changes nothing: the audit head and haproxy's weights are the same afterwards;
//   d) backend_percent is haproxy's real split, read from its runtime API by the campaign itself;
//   e) agrees means intended == backend; rolled_back means 0 % on the new path; a last committed event
//      "confirmed X %" with haproxy at X % never comes with advice to shift elsewhere;
//   f) after `reconcile` the session agrees or asks a person to decide, and a following `run` records no
//      gate as passed for a step whose percentage was not in force.
// Every failed check is a disagreement, named with the run's seed, command and kill point.
class Kill9Campaign {
public:
    struct Report {
        int runs = 0;
        int disagreements = 0;
        QStringList findings; // one line per disagreement, with what is needed to replay the run
        QMap<QString, int> byCheck; // how many findings each check (a .. f) made
    };

    // cutoverctl: the binary to drive; seed: the campaign's seed (run i uses seed and i).
    Kill9Campaign(const QString &cutoverctl, quint64 seed);
    // The seed and run count the test and the bench use: KILL9_SEED and KILL9_RUNS, else the defaults.
    static quint64 seedFromEnvironment();
    static int runsFromEnvironment();
    ~Kill9Campaign();

    // Starts the loopback servers and haproxy; false with *error (e.g. haproxy is not installed).
    bool setUp(QString *error);
    // Where to keep a copy of each session that disagreed (for a look with sqlite3); none by default.
    void setKeepDir(const QString &dir) { m_keepDir = dir; }
    // Runs runs runs starting with run number first; progress, when set, gets one line per run.
    Report run(int runs, int first = 0, const std::function<void(const QString &)> &progress = {});

private:
    struct Ctl {
        int code = -1;
        QString out;
        QString err;
    };
    struct RunContext {
        QString session;
        QString label; // seed, run, command and kill point
        QStringList problems;
    };

    Ctl ctl(const QStringList &args, int timeoutMs = 60000) const;
    void runOne(int index, Report *report, const std::function<void(const QString &)> &progress);
    bool prepareSession(RunContext &run, std::mt19937_64 &rng);
    QString killCommand(RunContext &run, std::mt19937_64 &rng);
    void checkAfterCrash(RunContext &run);
    void checkReconcileAndRun(RunContext &run);

    // Haproxy's split as its runtime API reports it: new / (old + new) in %, -1 with *error.
    int haproxySplit(QString *error) const;
    QString haproxyWeights() const;
    bool resetHaproxy(QString *error) const;
    // The audit head that `audit verify` prints, or empty with the problem added to run.
    QString auditHead(RunContext &run, const QString &when) const;
    // `traffic --json` parsed; an empty object with the problem added to run when it is not one.
    QJsonObject trafficJson(RunContext &run, const QString &when) const;
    void checkAdvice(RunContext &run, const QJsonObject &traffic, int haproxy) const;
    void checkPassedGates(RunContext &run) const;

    QString m_ctl;
    quint64 m_seed;
    QTemporaryDir m_dir;
    std::unique_ptr<LoopbackServers> m_servers;
    std::unique_ptr<HaproxyProcess> m_haproxy;
    QString m_backendConfig;
    QString m_gates;
    QString m_keepDir;
};
