// SPDX-License-Identifier: GPL-3.0-or-later
// The user's trust decisions: kept in the user's settings (isolated here by the test mode), per session
// id and manifest hash; an own change to a trusted session is trusted, a change behind its back is not.
#include "checklist/CutoverSession.h"
#include "store/SessionStore.h"
#include "traffic/TrafficStore.h"
#include "trust/SessionManifest.h"
#include "trust/SessionTrust.h"
#include "trust/TrustStore.h"

#include "support/RawSqliteConnection.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

class TestTrustStore : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<CutoverSession> newSession()
    {
        SessionInfo info;
        info.name = QStringLiteral("s");
        QString error;
        auto s = CutoverSession::create(m_dir.filePath(QStringLiteral("s%1.cutover").arg(++m_n)), info,
            Runbook {}, QStringLiteral("alice"), &error);
        if (!s)
            qFatal("%s", qPrintable(error));
        return s;
    }
    static QJsonObject command(const QString &program)
    {
        return { { QStringLiteral("apply_command"), program }, { QStringLiteral("read_command"), program } };
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void trustIsPerSessionAndManifest()
    {
        auto session = newSession();
        TrustStore decisions;
        QVERIFY(decisions.isTrusted(SessionManifest::read(session->store()))); // runs nothing
        QString error;
        QVERIFY(TrafficStore(session->store())
                    .saveBackend(QStringLiteral("command"), command(QStringLiteral("/opt/a")),
                        QStringLiteral("x"), {}, &error));
        const SessionManifest m = SessionManifest::read(session->store());
        decisions.revoke(m);
        QVERIFY(!decisions.isTrusted(m));
        decisions.trust(m);
        QVERIFY(decisions.isTrusted(m));
        QVERIFY(TrustStore().isTrusted(m)); // kept in the settings, not in this object
        // Another session with the same backend is another decision.
        auto other = newSession();
        QVERIFY(TrafficStore(other->store())
                    .saveBackend(QStringLiteral("command"), command(QStringLiteral("/opt/a")),
                        QStringLiteral("x"), {}, &error));
        const SessionManifest otherManifest = SessionManifest::read(other->store());
        QCOMPARE(otherManifest.text(), m.text());
        QVERIFY(otherManifest.sessionId() != m.sessionId());
        decisions.revoke(otherManifest);
        QVERIFY(!decisions.isTrusted(otherManifest));
        QVERIFY(decisions.isTrusted(m));
        decisions.revoke(m);
        QVERIFY(!decisions.isTrusted(m));
        // Nothing about the decision is written to the session file.
        RawSqliteConnection raw(session->path(), true);
        QSqlQuery q(raw.database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM meta WHERE value LIKE '%") + m.hash()
            + QStringLiteral("%'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void ownChangeIsTrustedAChangeBehindItsBackIsNot()
    {
        auto session = newSession();
        SessionTrust *trust = session->trust();
        QVERIFY(trust->isTrusted());
        QString error;
        // Configured through this process on a trusted session: trusted.
        QVERIFY(TrafficStore(session->store())
                    .saveBackend(QStringLiteral("command"), command(QStringLiteral("/opt/mine")),
                        QStringLiteral("x"), {}, &error));
        QVERIFY(trust->isTrusted());
        QVERIFY(trust->refusal().isEmpty());
        // Changed with sqlite3 behind its back: refused, and the refusal names the program.
        QSignalSpy changed(trust, &SessionTrust::trustChanged);
        {
            RawSqliteConnection raw(session->path());
            QVERIFY(raw.exec(
                QStringLiteral("INSERT INTO traffic_backend (id, backend_id, config, set_at, set_by) "
                               "VALUES (99, 'command', '{\"apply_command\": \"/opt/evil\", "
                               "\"read_command\": \"/opt/evil\"}', 'now', 'mallory')")));
        }
        const QString refusal = trust->refusal();
        QVERIFY2(refusal.contains(QStringLiteral("/opt/evil")), qPrintable(refusal));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toBool(), false);
        // A later own commit of something else does not launder it.
        QVERIFY(TrafficStore(session->store()).saveState({}, QStringLiteral("x"), {}, &error));
        QVERIFY(!trust->isTrusted());
        trust->trust();
        QVERIFY(trust->isTrusted());
    }
};

QTEST_GUILESS_MAIN(TestTrustStore)
#include "tst_truststore.moc"
