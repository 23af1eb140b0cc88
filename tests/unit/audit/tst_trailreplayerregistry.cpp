// SPDX-License-Identifier: GPL-3.0-or-later
// TrailReplayerRegistry: AuditChain::verify runs every registered replayer, one per name, in name order,
// and registerTrailReplayers registers the features' replayers without constructing a feature.
#include "audit/AuditChain.h"
#include "audit/TrailReplayerRegistry.h"
#include "session/TrailReplayers.h"
#include "store/SessionStore.h"

#include <QTemporaryDir>
#include <QTest>

namespace {

class FakeReplayer : public TrailReplayer {
public:
    FakeReplayer(const QString &name, const QString &says)
        : m_name(name)
        , m_says(says)
    {
    }
    QString name() const override { return m_name; }
    QStringList mismatches(const QSqlDatabase &, const QList<AuditRecord> &) const override
    {
        return { m_says };
    }

private:
    QString m_name;
    QString m_says;
};

}

class TestTrailReplayerRegistry : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void featuresRegisterWithoutBeingConstructed()
    {
        registerTrailReplayers();
        registerTrailReplayers(); // idempotent
        const QStringList names = TrailReplayerRegistry::names();
        QCOMPARE(names,
            (QStringList { QStringLiteral("checklist"), QStringLiteral("incidents"),
                QStringLiteral("lessons"), QStringLiteral("metric-samples"), QStringLiteral("metrics"),
                QStringLiteral("notify"), QStringLiteral("notify-settings"), QStringLiteral("session"),
                QStringLiteral("template-versions"), QStringLiteral("traffic") }));
    }

    void verifyRunsEveryReplayerOncePerName()
    {
        TrailReplayerRegistry::add(
            std::make_shared<FakeReplayer>(QStringLiteral("zz-fake"), QStringLiteral("second")));
        TrailReplayerRegistry::add(
            std::make_shared<FakeReplayer>(QStringLiteral("zz-fake"), QStringLiteral("ignored")));
        TrailReplayerRegistry::add(
            std::make_shared<FakeReplayer>(QStringLiteral("aa-fake"), QStringLiteral("first")));
        QCOMPARE(TrailReplayerRegistry::names().count(QStringLiteral("zz-fake")), 1);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QString error;
        auto store = SessionStore::create(dir.filePath(QStringLiteral("s.cutover")), &error);
        QVERIFY2(store, qPrintable(error));
        const AuditChain::Verification v = AuditChain::verify(store->database());
        QCOMPARE(v.firstBrokenSeq, 0);
        QVERIFY(!v.intact); // a replayer's mismatch makes the trail not intact
        QCOMPARE(v.stateMismatches, (QStringList { QStringLiteral("first"), QStringLiteral("second") }));
    }
};

QTEST_GUILESS_MAIN(TestTrailReplayerRegistry)
#include "tst_trailreplayerregistry.moc"
