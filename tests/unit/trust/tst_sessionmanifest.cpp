// SPDX-License-Identifier: GPL-3.0-or-later
// What a session would run, read from its rows: programs with their arguments, SQL connections without
// passwords, URLs; the hash follows every change of them.
#include "checklist/CutoverSession.h"
#include "metrics/SessionMetricSources.h"
#include "store/SessionStore.h"
#include "traffic/TrafficStore.h"
#include "trust/SessionIdentity.h"
#include "trust/SessionManifest.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

class TestSessionManifest : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<SessionStore> newStore()
    {
        QString error;
        auto store = SessionStore::create(m_dir.filePath(QStringLiteral("s%1.cutover").arg(++m_n)), &error);
        if (!store)
            qFatal("%s", qPrintable(error));
        return store;
    }
    static void setBackend(SessionStore *store, const QJsonObject &config)
    {
        QString error;
        QVERIFY2(TrafficStore(store).saveBackend(QStringLiteral("command"), config, QStringLiteral("alice"),
                     QStringLiteral("test"), &error),
            qPrintable(error));
    }

private Q_SLOTS:
    void emptySessionRunsNothing()
    {
        auto store = newStore();
        const SessionManifest m = SessionManifest::read(store.get());
        QVERIFY(m.isEmpty());
        QCOMPARE(m.text(), QString());
    }

    void commandBackendIsListedWithItsArguments()
    {
        auto store = newStore();
        setBackend(store.get(),
            { { QStringLiteral("apply_command"), QStringLiteral("/opt/split") },
                { QStringLiteral("read_command"), QStringLiteral("/bin/sh") },
                { QStringLiteral("old"), QStringLiteral("-c") },
                { QStringLiteral("new"), QStringLiteral("touch /tmp/x; echo 0") } });
        const SessionManifest m = SessionManifest::read(store.get());
        const QStringList programs = [&] {
            QStringList out;
            for (const SessionManifest::Entry &e : m.entries(SessionManifest::Kind::Program))
                out << e.what;
            return out;
        }();
        QCOMPARE(programs,
            QStringList({ QStringLiteral("/opt/split PERCENT -c 'touch /tmp/x; echo 0'"),
                QStringLiteral("/bin/sh -c 'touch /tmp/x; echo 0'") }));
        QVERIFY(m.text().contains(QStringLiteral(
            "program: /bin/sh -c 'touch /tmp/x; echo 0'  [backend \"command\" read_command]")));
        QVERIFY(m.wouldRun().contains(QStringLiteral("run /bin/sh -c 'touch /tmp/x; echo 0'")));
    }

    void hashChangesWhenAProgramChanges()
    {
        auto store = newStore();
        const QJsonObject base { { QStringLiteral("apply_command"), QStringLiteral("/opt/split") },
            { QStringLiteral("read_command"), QStringLiteral("/opt/read") } };
        setBackend(store.get(), base);
        const QString before = SessionManifest::read(store.get()).hash();
        QCOMPARE(before.size(), 64);
        QCOMPARE(SessionManifest::read(store.get()).hash(), before); // stable
        QJsonObject changed = base;
        changed.insert(QStringLiteral("new"), QStringLiteral("other"));
        setBackend(store.get(), changed);
        QVERIFY(SessionManifest::read(store.get()).hash() != before);
    }

    void gatesAndSourcesAreListedWithoutSecrets()
    {
        auto store = newStore();
        QString error;
        const StepPlan plan = StepPlan::fromJson(
            QJsonDocument::fromJson(
                "{ \"old_health_url\": \"http://old.internal:8080/health\", \"steps\": "
                "[{\"percent\": 5, \"gates\": [ {\"kind\": \"http\", \"name\": \"health\", "
                "\"url\": \"http://bob:hunter2@new.internal/health\"}, {\"kind\": \"business\", "
                "\"name\": \"trip\", \"command\": \"/opt/checks/trip\", \"args\": [\"--amount\", "
                "\"1 EUR\"]}, {\"kind\": \"consistency\", \"name\": \"backfill\", \"old\": "
                "{\"sql\": {\"driver\": \"QPSQL\", \"host\": \"old-db\", \"port\": 5433, "
                "\"database\": \"pay\", \"user\": \"cockpit\", \"password_env\": "
                "\"COCKPIT_OLD_DB_PASSWORD\", \"query\": \"SELECT 1\"}}, \"new\": {\"http\": "
                "\"http://new.internal/stats\", \"pointer\": \"/n\"}}]}, {\"percent\": 100}]}")
                .object(),
            &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(
            TrafficStore(store.get()).savePlan(plan, QStringLiteral("alice"), {}, &error), qPrintable(error));
        MetricSourceSettings source;
        source.kind = MetricSourceSettings::Kind::Prometheus;
        source.prometheus.baseUrl = QUrl(QStringLiteral("http://prom.internal:9090"));
        QVERIFY(SessionMetricSources(store.get()).save(source, QStringLiteral("alice")));
        qputenv("COCKPIT_OLD_DB_PASSWORD", "s3cret-pw");
        const SessionManifest m = SessionManifest::read(store.get());
        const QString text = m.text();
        QVERIFY2(
            text.contains(QStringLiteral("url: GET http://old.internal:8080/health  [plan old_health_url]")),
            qPrintable(text));
        QVERIFY2(
            text.contains(QStringLiteral("program: /opt/checks/trip --amount '1 EUR'")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral(
                     "sql: QPSQL cockpit@old-db:5433 database pay  [step 1 gate 3 \"backfill\" old]")),
            qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("url: GET http://new.internal/stats")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("url: http://prom.internal:9090  [metric source prometheus]")),
            qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("GET http://bob@new.internal/health")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("hunter2")));
        QVERIFY(!text.contains(QStringLiteral("s3cret-pw")));
        QVERIFY(!text.contains(QStringLiteral("OLD_DB_PASSWORD")));
        QCOMPARE(m.entries(SessionManifest::Kind::Sql).size(), 1);
    }

    void sessionIdIsStoredAtCreationElseTheFirstRecord()
    {
        auto bare = newStore();
        setBackend(bare.get(), { { QStringLiteral("apply_command"), QStringLiteral("/a") } });
        const QString fromRecord = SessionIdentity::of(bare.get());
        QVERIFY2(fromRecord.startsWith(QStringLiteral("audit:")), qPrintable(fromRecord));
        setBackend(bare.get(), { { QStringLiteral("apply_command"), QStringLiteral("/b") } });
        QCOMPARE(SessionIdentity::of(bare.get()), fromRecord); // the first record: stable

        SessionInfo info;
        info.name = QStringLiteral("trusted");
        QString error;
        auto session = CutoverSession::create(m_dir.filePath(QStringLiteral("created.cutover")), info,
            Runbook {}, QStringLiteral("alice"), &error);
        QVERIFY2(session, qPrintable(error));
        const QString id = SessionIdentity::of(session->store());
        QVERIFY2(!QUuid::fromString(id).isNull(), qPrintable(id));
    }
};

QTEST_GUILESS_MAIN(TestSessionManifest)
#include "tst_sessionmanifest.moc"
