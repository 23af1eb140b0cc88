// SPDX-License-Identifier: GPL-3.0-or-later
// SessionStatusJson: the one JSON view of a session that `cutoverctl status --json` and the status page
// share.
#include "checklist/CutoverSession.h"
#include "checklist/SessionStatusJson.h"
#include "core/Timestamps.h"
#include "runbook/RunbookTemplates.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

class TestSessionStatusJson : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void reflectsTheSession()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        SessionInfo info;
        info.name = QStringLiteral("Hospital HL7 cutover");
        info.goal = QStringLiteral("ADT feed on the new engine");
        info.rehearsal = false;
        info.signatures = QStringLiteral("declared"); // a live session whose names are declared
        info.language = QStringLiteral("de");
        info.templateName = QStringLiteral("default");
        QString error;
        auto s = CutoverSession::create(dir.filePath(QStringLiteral("s.cutover")), info,
            RunbookTemplates::defaultRunbook(QStringLiteral("de")), QStringLiteral("alice"), &error);
        QVERIFY2(s, qPrintable(error));
        QVERIFY(s->setStatus(1, ItemStatus::Done, QStringLiteral("alice")).ok);
        QVERIFY(s->signOff(1, QStringLiteral("bob")).ok);
        QVERIFY(s->setStatus(2, ItemStatus::Done, QStringLiteral("alice")).ok);
        QVERIFY(
            s->setStatus(3, ItemStatus::Skipped, QStringLiteral("alice"), QStringLiteral("done last week"))
                .ok);
        QVERIFY(s->setStatus(4, ItemStatus::Failed, QStringLiteral("alice")).ok);
        QVERIFY(s->setStatus(6, ItemStatus::InProgress, QStringLiteral("alice")).ok);
        QVERIFY(s->setNotes(6, QStringLiteral("1 % live"), QStringLiteral("alice")).ok);
        QVERIFY(s->setEvidence(
                     6, { QStringLiteral("https://grafana.example.invalid/d/1") }, QStringLiteral("alice"))
                    .ok);
        QVERIFY(s->setOwner(6, QStringLiteral("Ops"), QStringLiteral("alice")).ok);

        const QJsonObject j = SessionStatusJson::build(*s);
        QCOMPARE(j.value(QStringLiteral("name")).toString(), info.name);
        QCOMPARE(j.value(QStringLiteral("goal")).toString(), info.goal);
        QCOMPARE(j.value(QStringLiteral("rehearsal")).toBool(), false);
        QCOMPARE(j.value(QStringLiteral("language")).toString(), QStringLiteral("de"));
        QCOMPARE(j.value(QStringLiteral("audit_head")).toString(), s->headHash());
        QCOMPARE(j.value(QStringLiteral("audit_records")).toInteger(), s->auditRecordCount());

        const QJsonObject overall = j.value(QStringLiteral("progress")).toObject();
        QCOMPARE(overall.value(QStringLiteral("done")).toInt(), 1);
        QCOMPARE(overall.value(QStringLiteral("skipped")).toInt(), 1);
        QCOMPARE(overall.value(QStringLiteral("finished")).toInt(), 2);
        QCOMPARE(overall.value(QStringLiteral("total")).toInt(), 10);

        const QJsonArray phases = j.value(QStringLiteral("phases")).toArray();
        QCOMPARE(phases.size(), 3);
        const QList<int> totals = { 5, 3, 2 };
        const QList<int> finished = { 2, 0, 0 };
        qint64 expectedId = 1;
        for (int p = 0; p < phases.size(); ++p) {
            const QJsonObject phase = phases.at(p).toObject();
            QCOMPARE(phase.value(QStringLiteral("name")).toString(), s->phases().at(p).name);
            const QJsonObject progress = phase.value(QStringLiteral("progress")).toObject();
            QCOMPARE(progress.value(QStringLiteral("total")).toInt(), totals.at(p));
            QCOMPARE(progress.value(QStringLiteral("finished")).toInt(), finished.at(p));
            const QJsonArray items = phase.value(QStringLiteral("items")).toArray();
            QCOMPARE(items.size(), totals.at(p));
            for (const QJsonValue &v : items) // in checklist order
                QCOMPARE(v.toObject().value(QStringLiteral("id")).toInteger(), expectedId++);
        }

        const QJsonArray prep = phases.at(0).toObject().value(QStringLiteral("items")).toArray();
        const QJsonObject one = prep.at(0).toObject();
        QCOMPARE(one.value(QStringLiteral("task")).toString(), s->item(1).task);
        QCOMPARE(
            one.value(QStringLiteral("expected")).toString(), QStringLiteral("Freigabe durch Fachbereiche"));
        QCOMPARE(one.value(QStringLiteral("status")).toString(), QStringLiteral("done"));
        QCOMPARE(one.value(QStringLiteral("signoff_required")).toBool(), true);
        QCOMPARE(one.value(QStringLiteral("completed_by")).toString(), QStringLiteral("alice"));
        QCOMPARE(one.value(QStringLiteral("signed_off_by")).toString(), QStringLiteral("bob"));
        QCOMPARE(
            Timestamps::fromText(one.value(QStringLiteral("actual_end")).toString()), s->item(1).actualEnd);
        QCOMPARE(prep.at(1).toObject().value(QStringLiteral("status")).toString(),
            QStringLiteral("awaiting-signoff"));
        QCOMPARE(prep.at(2).toObject().value(QStringLiteral("skip_reason")).toString(),
            QStringLiteral("done last week"));
        QCOMPARE(prep.at(3).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
        QCOMPARE(prep.at(4).toObject().value(QStringLiteral("actual_start")).toString(), QString());

        const QJsonObject six
            = phases.at(1).toObject().value(QStringLiteral("items")).toArray().at(0).toObject();
        QCOMPARE(six.value(QStringLiteral("status")).toString(), QStringLiteral("in-progress"));
        QCOMPARE(six.value(QStringLiteral("notes")).toString(), QStringLiteral("1 % live"));
        QCOMPARE(six.value(QStringLiteral("owner")).toString(), QStringLiteral("Ops"));
        QCOMPARE(six.value(QStringLiteral("evidence")).toArray().size(), 1);
        QCOMPARE(six.value(QStringLiteral("evidence")).toArray().at(0).toString(),
            QStringLiteral("https://grafana.example.invalid/d/1"));
        QVERIFY(Timestamps::fromText(six.value(QStringLiteral("actual_start")).toString()).isValid());
        QCOMPARE(six.value(QStringLiteral("actual_end")).toString(), QString());
        QCOMPARE(six.value(QStringLiteral("planned_minutes")).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSessionStatusJson)
#include "tst_sessionstatusjson.moc"
