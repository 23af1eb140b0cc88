// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidents/IncidentLog.h"
#include "stakeholder/StatusPageServer.h"
#include "stakeholder/StatusSnapshotBuilder.h"
#include "support/IncidentTestSession.h"
#include "traffic/TrafficStatusSource.h"

#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

namespace {

// The traffic state as the traffic engine would report it mid-cutover.
class FixedTrafficStatus : public TrafficStatusSource {
public:
    TrafficStatus trafficStatus() const override
    {
        TrafficStatus t;
        t.configured = true;
        t.percentNew = 25;
        t.step = 3;
        t.stepCount = 4;
        t.stepLabel = QStringLiteral("holding 10 min");
        t.gates = { { QStringLiteral("Health check /ready"), QStringLiteral("pass"),
                        QStringLiteral("200 in 12 ms") },
            { QStringLiteral("Error rate new path"), QStringLiteral("pass"), QStringLiteral("0.2 % < 1 %") },
            { QStringLiteral("p95 latency"), QStringLiteral("inconclusive"),
                QStringLiteral("no samples yet") } };
        return t;
    }
};

const char *const scriptText = "<script>document.title='PWNED'</script><b>bold?</b>";

}

class TestStatusPageServer : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CutoverSession> m_session;
    std::unique_ptr<IncidentLog> m_log;
    std::unique_ptr<StatusSnapshotBuilder> m_builder;
    std::unique_ptr<StatusPageServer> m_server;
    FixedTrafficStatus m_traffic;
    const QString m_token = QStringLiteral("s3cr3t-t0ken-for-tests");

    QNetworkReply *get(const QString &pathAndQuery, const QByteArray &bearer = {})
    {
        static QNetworkAccessManager nam;
        QNetworkRequest request(
            QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server->port()).arg(pathAndQuery)));
        if (!bearer.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + bearer);
        QNetworkReply *reply = nam.get(request);
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(20000);
        return reply;
    }

    int statusOf(const QString &pathAndQuery, const QByteArray &bearer = {})
    {
        std::unique_ptr<QNetworkReply> r(get(pathAndQuery, bearer));
        return r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }

    QByteArray runChromium(const QStringList &extra, int *exitCode)
    {
        QTemporaryDir profile;
        QProcess chromium;
        QStringList args { QStringLiteral("--headless"), QStringLiteral("--no-sandbox"),
            QStringLiteral("--disable-gpu"), QStringLiteral("--no-first-run"),
            QStringLiteral("--disable-background-networking"), QStringLiteral("--disable-component-update"),
            QStringLiteral("--disable-sync"), QStringLiteral("--user-data-dir=") + profile.path(),
            QStringLiteral("--window-size=1280,900") };
        args += extra;
        args << QStringLiteral("http://127.0.0.1:%1/?token=%2").arg(m_server->port()).arg(m_token);
        QSignalSpy finished(&chromium, &QProcess::finished);
        chromium.start(QStringLiteral("/usr/bin/chromium"), args);
        // Our server answers from this thread's event loop, so wait with the loop running.
        if (!finished.wait(120000)) {
            chromium.kill();
            chromium.waitForFinished(5000);
        }
        *exitCode = chromium.exitStatus() == QProcess::NormalExit ? chromium.exitCode() : -1;
        return chromium.readAllStandardOutput();
    }

    static bool hasColourNear(const QImage &image, QColor wanted)
    {
        for (int y = 0; y < std::min(image.height(), 200); ++y) {
            const QColor c = image.pixelColor(4, y);
            if (std::abs(c.red() - wanted.red()) < 12 && std::abs(c.green() - wanted.green()) < 12
                && std::abs(c.blue() - wanted.blue()) < 12)
                return true;
        }
        return false;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_session = createIncidentTestSession(m_dir->filePath(QStringLiteral("s.cutover")), false);
        QVERIFY(m_session);
        m_log = std::make_unique<IncidentLog>(m_session->store());
        for (qint64 item : { 1, 2 }) {
            QVERIFY(m_session->setStatus(item, ItemStatus::Done, QStringLiteral("alice")));
            if (m_session->item(item).status == ItemStatus::AwaitingSignOff)
                QVERIFY(m_session->signOff(item, QStringLiteral("bob")));
        }
        QVERIFY(m_log->add(QStringLiteral("Cutover window opened, change freeze in force"),
            IncidentEntry::Severity::Info, QStringLiteral("alice")));
        QVERIFY(m_log->verify(1, QStringLiteral("bob")));
        QVERIFY(m_log->add(
            QString::fromLatin1(scriptText), IncidentEntry::Severity::Warning, QStringLiteral("alice")));
        QVERIFY(m_log->verify(2, QStringLiteral("bob")));
        QVERIFY(m_log->add(QStringLiteral("DRAFT-NEVER-SHOWN maybe the DB is down"),
            IncidentEntry::Severity::Critical, QStringLiteral("carol")));
        QVERIFY(m_log->add(QStringLiteral("Error rate on new path 0.2 %, within the gate"),
            IncidentEntry::Severity::Info, QStringLiteral("carol")));
        QVERIFY(m_log->verify(4, QStringLiteral("alice")));
        m_builder = std::make_unique<StatusSnapshotBuilder>(m_session.get(), m_log.get());
        m_server = std::make_unique<StatusPageServer>();
        connect(m_builder.get(), &StatusSnapshotBuilder::snapshotChanged, m_server.get(),
            &StatusPageServer::setSnapshot);
        m_server->setSnapshot(m_builder->current());
        QString error;
        QVERIFY2(m_server->start(m_token, 0, QHostAddress::LocalHost, &error) > 0, qPrintable(error));
    }

    void cleanup()
    {
        m_server.reset();
        m_builder.reset();
        m_log.reset();
        m_session.reset();
    }

    void offUntilStartedAndLoopbackByDefault()
    {
        StatusPageServer idle;
        QVERIFY(!idle.isRunning());
        QCOMPARE(idle.port(), quint16(0));
        QString error;
        QVERIFY(idle.start(QStringLiteral("long-enough-token")) > 0);
        QCOMPARE(idle.address(), QHostAddress(QHostAddress::LocalHost));
        idle.stop();
        QVERIFY(!idle.isRunning());
        QCOMPARE(idle.start(QStringLiteral("short"), 0, QHostAddress::LocalHost, &error), quint16(0));
        QVERIFY(error.contains(QStringLiteral("token")));
        StatusPageServer clash;
        QCOMPARE(clash.start(
                     QStringLiteral("long-enough-token"), m_server->port(), QHostAddress::LocalHost, &error),
            quint16(0));
        QVERIFY(error.contains(QString::number(m_server->port())));
    }

    void everyRequestNeedsTheToken()
    {
        QCOMPARE(statusOf(QStringLiteral("/")), 401);
        QCOMPARE(statusOf(QStringLiteral("/api/status")), 401);
        QCOMPARE(statusOf(QStringLiteral("/?token=wrong-token-xxxxxxxx")), 401);
        QCOMPARE(statusOf(QStringLiteral("/?token=") + m_token.left(m_token.size() - 1)), 401);
        QCOMPARE(statusOf(QStringLiteral("/api/status"), "wrong-token-xxxxxxxx"), 401);
        QCOMPARE(statusOf(QStringLiteral("/?token=") + m_token), 200);
        QCOMPARE(statusOf(QStringLiteral("/api/status?token=") + m_token), 200);
        QCOMPARE(statusOf(QStringLiteral("/api/status"), m_token.toUtf8()), 200);
        QCOMPARE(statusOf(QStringLiteral("/"), m_token.toUtf8()), 200);
        QCOMPARE(statusOf(QStringLiteral("/secret.txt"), m_token.toUtf8()), 404);
        QCOMPARE(statusOf(QStringLiteral("/api/status/extra"), m_token.toUtf8()), 404);

        std::unique_ptr<QNetworkReply> denied(get(QStringLiteral("/api/status")));
        QVERIFY(!denied->readAll().contains("Cutover window"));
        QVERIFY(denied->rawHeader("WWW-Authenticate").startsWith("Bearer"));
    }

    void tokenComparison()
    {
        QVERIFY(StatusPageServer::tokensEqual("abcdefgh", "abcdefgh"));
        QVERIFY(!StatusPageServer::tokensEqual("abcdefgh", "abcdefgi"));
        QVERIFY(!StatusPageServer::tokensEqual("abcdefg", "abcdefgh"));
        QVERIFY(!StatusPageServer::tokensEqual("", ""));
        QVERIFY(StatusPageServer::generateToken().size() >= 32);
        QVERIFY(StatusPageServer::generateToken() != StatusPageServer::generateToken());
    }

    void apiStatusShape()
    {
        std::unique_ptr<QNetworkReply> reply(get(QStringLiteral("/api/status"), m_token.toUtf8()));
        QCOMPARE(
            reply->header(QNetworkRequest::ContentTypeHeader).toString(), QStringLiteral("application/json"));
        const QByteArray raw = reply->readAll();
        QVERIFY(!raw.contains("DRAFT-NEVER-SHOWN"));
        const QJsonObject o = QJsonDocument::fromJson(raw).object();
        QCOMPARE(o.value(QStringLiteral("session")).toString(), QStringLiteral("Core banking adapter"));
        QCOMPARE(o.value(QStringLiteral("mode")).toString(), QStringLiteral("live"));
        const QJsonObject checklist = o.value(QStringLiteral("checklist")).toObject();
        QCOMPARE(checklist.value(QStringLiteral("finished")).toInt(), 2);
        QCOMPARE(checklist.value(QStringLiteral("total")).toInt(), m_session->allItems().size());
        QCOMPARE(checklist.value(QStringLiteral("phases")).toArray().size(), m_session->phases().size());
        QCOMPARE(o.value(QStringLiteral("traffic")).toObject().value(QStringLiteral("configured")).toBool(),
            false);
        QVERIFY(o.value(QStringLiteral("result_statement")).isNull());
        const QJsonArray entries = o.value(QStringLiteral("entries")).toArray();
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries.at(0).toObject().value(QStringLiteral("id")).toInt(), 4); // newest first
        QCOMPARE(entries.at(1).toObject().value(QStringLiteral("text")).toString(),
            QString::fromLatin1(scriptText));
        QCOMPARE(entries.at(0).toObject().value(QStringLiteral("verified_by")).toString(),
            QStringLiteral("alice"));

        // With the traffic engine connected and a result statement written.
        m_builder->setTrafficSource(&m_traffic);
        m_builder->setResultStatementProvider([] { return QStringLiteral("All flows on the new adapter."); });
        QSignalSpy updated(m_builder.get(), &StatusSnapshotBuilder::snapshotChanged);
        QVERIFY(updated.wait(10000));
        std::unique_ptr<QNetworkReply> again(get(QStringLiteral("/api/status"), m_token.toUtf8()));
        const QJsonObject o2 = QJsonDocument::fromJson(again->readAll()).object();
        const QJsonObject traffic = o2.value(QStringLiteral("traffic")).toObject();
        QCOMPARE(traffic.value(QStringLiteral("configured")).toBool(), true);
        QCOMPARE(traffic.value(QStringLiteral("percent_new")).toInt(), 25);
        QCOMPARE(traffic.value(QStringLiteral("percent_old")).toInt(), 75);
        QCOMPARE(traffic.value(QStringLiteral("step")).toInt(), 3);
        QCOMPARE(traffic.value(QStringLiteral("gates")).toArray().size(), 3);
        QCOMPARE(o2.value(QStringLiteral("result_statement")).toString(),
            QStringLiteral("All flows on the new adapter."));
        m_builder->setTrafficSource(nullptr);
    }

    void followsTheLogAsItChanges()
    {
        QVERIFY(m_log->add(
            QStringLiteral("Step 3 promoted"), IncidentEntry::Severity::Info, QStringLiteral("carol")));
        QSignalSpy updated(m_builder.get(), &StatusSnapshotBuilder::snapshotChanged);
        QVERIFY(m_log->verify(5, QStringLiteral("bob")));
        QTRY_VERIFY_WITH_TIMEOUT(m_builder->current().entries.value(0).id == 5, 10000);
        std::unique_ptr<QNetworkReply> reply(get(QStringLiteral("/api/status"), m_token.toUtf8()));
        QVERIFY(reply->readAll().contains("Step 3 promoted"));
    }

    void htmlEscapesAndNeverShowsDrafts()
    {
        std::unique_ptr<QNetworkReply> reply(get(QStringLiteral("/"), m_token.toUtf8()));
        QVERIFY(reply->header(QNetworkRequest::ContentTypeHeader)
                    .toString()
                    .startsWith(QStringLiteral("text/html")));
        QVERIFY(reply->rawHeader("Content-Security-Policy").contains("default-src 'none'"));
        const QByteArray html = reply->readAll();
        QVERIFY(!html.contains("DRAFT-NEVER-SHOWN"));
        QVERIFY(!html.contains("<script"));
        QVERIFY(html.contains("&lt;script&gt;document.title="));
        QVERIFY(html.contains("not configured"));
        QVERIFY(html.contains("LIVE"));
    }

    void headlessChromiumShowsThePage()
    {
        if (!QFileInfo::exists(QStringLiteral("/usr/bin/chromium")))
            QSKIP("/usr/bin/chromium is not installed");
        m_builder->setTrafficSource(&m_traffic);
        QSignalSpy updated(m_builder.get(), &StatusSnapshotBuilder::snapshotChanged);
        QVERIFY(updated.wait(10000));

        int exitCode = 0;
        const QString dom = QString::fromUtf8(runChromium({ QStringLiteral("--dump-dom") }, &exitCode));
        QCOMPARE(exitCode, 0);
        QVERIFY2(dom.contains(QStringLiteral("Core banking adapter")), qPrintable(dom.left(500)));
        QVERIFY(!dom.contains(QStringLiteral("DRAFT-NEVER-SHOWN")));
        QVERIFY(dom.contains(QStringLiteral("&lt;script&gt;document.title='PWNED'&lt;/script&gt;")));
        QVERIFY(!dom.contains(QStringLiteral("<title>PWNED")));
        QVERIFY(dom.contains(QStringLiteral("<title>Core banking adapter · cutover status</title>")));
        QVERIFY(!dom.contains(QStringLiteral("<b>bold?</b>")));
        QVERIFY(dom.contains(QStringLiteral("75 %")));
        QVERIFY(dom.contains(QStringLiteral("25 %")));
        QVERIFY(dom.contains(QStringLiteral("Step 3 of 4")));

        // Kept beside the test binary so a person can look at it.
        const QString shot = QDir::current().absoluteFilePath(QStringLiteral("statuspage-live.png"));
        QFile::remove(shot);
        runChromium({ QStringLiteral("--screenshot=") + shot }, &exitCode);
        QCOMPARE(exitCode, 0);
        QVERIFY(QFileInfo(shot).size() > 20000);
        const QImage image(shot);
        QCOMPARE(image.size(), QSize(1280, 900));
        QSet<QRgb> colours;
        for (int x = 0; x < image.width(); x += 16)
            for (int y = 0; y < image.height(); y += 16)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 5, "the screenshot is blank");
        QVERIFY2(hasColourNear(image, QColor(0xd3, 0x2f, 0x2f)), "no red LIVE line under the header");
    }

    void rehearsalIsBlueAndTheResultLeads()
    {
        if (!QFileInfo::exists(QStringLiteral("/usr/bin/chromium")))
            QSKIP("/usr/bin/chromium is not installed");
        auto rehearsal = createIncidentTestSession(m_dir->filePath(QStringLiteral("r.cutover")), true);
        QVERIFY(rehearsal);
        IncidentLog log(rehearsal->store());
        QVERIFY(log.add(QStringLiteral("Rollback drill: old path back in 40 s"),
            IncidentEntry::Severity::Info, QStringLiteral("alice")));
        QVERIFY(log.verify(1, QStringLiteral("bob")));
        StatusSnapshotBuilder builder(rehearsal.get(), &log);
        builder.setResultStatementProvider(
            [] { return QStringLiteral("Rehearsal passed: all gates green, rollback in 40 s."); });
        m_server->setSnapshot(builder.build());

        int exitCode = 0;
        const QString dom = QString::fromUtf8(runChromium({ QStringLiteral("--dump-dom") }, &exitCode));
        QCOMPARE(exitCode, 0);
        QVERIFY(dom.contains(QStringLiteral("REHEARSAL")));
        QVERIFY(dom.contains(QStringLiteral("Rehearsal passed: all gates green")));
        QVERIFY(dom.indexOf(QStringLiteral("id=\"result\"")) < dom.indexOf(QStringLiteral("id=\"traffic\"")));
        const QString shot = QDir::current().absoluteFilePath(QStringLiteral("statuspage-rehearsal.png"));
        QFile::remove(shot);
        runChromium({ QStringLiteral("--screenshot=") + shot }, &exitCode);
        const QImage image(shot);
        QVERIFY(!image.isNull());
        QVERIFY2(hasColourNear(image, QColor(0x1e, 0x6f, 0xd9)), "no blue REHEARSAL line under the header");
        QVERIFY(!hasColourNear(image, QColor(0xd3, 0x2f, 0x2f)));
    }
};

QTEST_GUILESS_MAIN(TestStatusPageServer)
#include "tst_statuspageserver.moc"
