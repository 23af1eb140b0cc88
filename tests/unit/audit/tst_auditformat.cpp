// SPDX-License-Identifier: GPL-3.0-or-later
// docs/audit-format.md is what an auditor re-implements: the program must hash exactly as it says.
#include "audit/AuditChain.h"
#include "checklist/CutoverSession.h"
#include "core/Timestamps.h"
#include "runbook/RunbookTemplates.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestAuditFormat : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // The worked example of section 3, byte for byte.
    void documentedExample()
    {
        AuditRecord r;
        r.prevHash = AuditChain::genesisHash();
        r.seq = 1;
        r.at = Timestamps::fromText(QStringLiteral("2026-11-26T10:00:00.000Z"));
        r.actor = QStringLiteral("alice");
        r.action = QStringLiteral("session.create");
        r.entity = QStringLiteral("session");
        r.entityId = 1;
        r.newValue = QStringLiteral("Demo");
        const QByteArray bytes = "64:" + QByteArray(64, '0')
            + "|1:1|24:2026-11-26T10:00:00.000Z|5:alice|14:session.create|7:session|1:1|0:|0:|4:Demo|0:|";
        const QString fromBytes
            = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        QCOMPARE(AuditChain::computeHash(r), fromBytes);
        QCOMPARE(
            fromBytes, QStringLiteral("2471aac53a6fca30ad757cbff633cd42023a0e1a4018b6e9dcefdc835d0e28a8"));
    }

    // The length counts UTF-8 bytes, not characters.
    void lengthsAreUtf8Bytes()
    {
        AuditRecord r;
        r.prevHash = AuditChain::genesisHash();
        r.seq = 7;
        r.at = Timestamps::fromText(QStringLiteral("2026-11-26T10:00:00.000Z"));
        r.actor = QStringLiteral("jürgen");
        r.action = QStringLiteral("item.status");
        r.entity = QStringLiteral("item");
        r.entityId = 42;
        r.field = QStringLiteral("status");
        r.oldValue = QStringLiteral("open");
        r.newValue = QStringLiteral("done");
        r.reason = QStringLiteral("Grüße");
        const QByteArray bytes = "64:" + QByteArray(64, '0')
            + "|1:7|24:2026-11-26T10:00:00.000Z|7:j\xc3\xbcrgen|11:item.status|4:item|2:42|6:status|4:open|4:"
              "done|7:Gr\xc3\xbc\xc3\x9f"
              "e|";
        QCOMPARE(AuditChain::computeHash(r),
            QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    }

    // head(): the last record's seq and hash, (0, genesis) for an empty trail.
    void headIsTheLastRecord()
    {
        QTemporaryDir dir;
        SessionInfo info;
        info.name = QStringLiteral("Head");
        QString error;
        auto session = CutoverSession::create(dir.filePath(QStringLiteral("h.cutover")), info,
            RunbookTemplates::defaultRunbook(QStringLiteral("en")), QStringLiteral("alice"), &error);
        QVERIFY2(session, qPrintable(error));
        const QSqlDatabase db = session->store()->database();
        const AuditChain::Head head = AuditChain::head(db);
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), MAX(seq) FROM audit")) && q.next());
        QCOMPARE(head.seq, q.value(0).toLongLong());
        QCOMPARE(head.seq, q.value(1).toLongLong());
        QCOMPARE(head.hash, AuditChain::headHash(db));
        QCOMPARE(head.shortHash(), head.hash.left(16));
        QVERIFY(session->setStatus(1, ItemStatus::Done, QStringLiteral("alice")));
        QVERIFY(AuditChain::head(db).seq > head.seq);
        QCOMPARE(AuditChain::head(db).hash, AuditChain::headHash(db));
    }
};

QTEST_GUILESS_MAIN(TestAuditFormat)
#include "tst_auditformat.moc"
