// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditChain.h"
#include "incidents/IncidentLog.h"
#include "stakeholder/StatusPageServer.h"
#include "stakeholder/StatusSnapshotBuilder.h"
#include "support/IncidentTestSession.h"
#include "traffic/TrafficStatusSource.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
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

// A backend that failed with a long, raw error (a script's stderr with a host name and a path).
class FailingTrafficStatus : public TrafficStatusSource {
public:
    TrafficStatus trafficStatus() const override
    {
        TrafficStatus t;
        t.configured = true;
        t.percentNew = 10;
        t.step = 1;
        t.stepCount = 4;
        t.stepLabel = QStringLiteral("holding");
        t.problem
            = QStringLiteral("RAWBACKENDERROR ssh lb-prod-7.internal: /opt/lb/apply.sh: permission denied ")
            + QString(400, QLatin1Char('x'));
        t.gates = { { QStringLiteral("Data check"), QStringLiteral("inconclusive"),
            QStringLiteral("RAWGATEERROR connection to db-7.internal refused") } };
        return t;
    }
};

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

    // Each call starts without cookies; follow=false shows a redirect as it is.
    QNetworkReply *get(const QString &pathAndQuery, const QByteArray &bearer = {}, bool follow = true,
        const QByteArray &cookie = {})
    {
        static QNetworkAccessManager nam;
        nam.setCookieJar(new QNetworkCookieJar);
        QNetworkRequest request(
            QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server->port()).arg(pathAndQuery)));
        if (!bearer.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + bearer);
        if (!cookie.isEmpty())
            request.setRawHeader("Cookie", cookie);
        if (!follow)
            request.setAttribute(
                QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
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
        QCOMPARE(statusOf(QStringLiteral("/?token=") + m_token), 200); // through the redirect, by the cookie
        QCOMPARE(statusOf(QStringLiteral("/api/status?token=") + m_token), 200);
        QCOMPARE(statusOf(QStringLiteral("/api/status"), m_token.toUtf8()), 200);
        QCOMPARE(statusOf(QStringLiteral("/"), m_token.toUtf8()), 200);
        QCOMPARE(statusOf(QStringLiteral("/secret.txt"), m_token.toUtf8()), 404);
        QCOMPARE(statusOf(QStringLiteral("/api/status/extra"), m_token.toUtf8()), 404);

        std::unique_ptr<QNetworkReply> denied(get(QStringLiteral("/api/status")));
        QVERIFY(!denied->readAll().contains("Cutover window"));
        QVERIFY(denied->rawHeader("WWW-Authenticate").startsWith("Bearer"));
    }

    void theLinkMovesTheTokenIntoACookie()
    {
        for (const QString &path : { QStringLiteral("/"), QStringLiteral("/api/status") }) {
            std::unique_ptr<QNetworkReply> link(get(path + QStringLiteral("?token=") + m_token, {}, false));
            QCOMPARE(link->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 303);
            QCOMPARE(link->rawHeader("Location"), path.toUtf8()); // the address without the token
            const QByteArray setCookie = link->rawHeader("Set-Cookie");
            QVERIFY2(setCookie.startsWith("cutover_status=" + m_token.toUtf8() + ";"), setCookie.constData());
            QVERIFY(setCookie.contains("HttpOnly"));
            QVERIFY(setCookie.contains("SameSite=Strict"));
            QVERIFY(setCookie.contains("Path=/"));
            QVERIFY(!link->readAll().contains("Cutover window"));
        }
        // Other query items survive the redirect.
        std::unique_ptr<QNetworkReply> more(get(QStringLiteral("/?lang=de&token=") + m_token, {}, false));
        QCOMPARE(more->rawHeader("Location"), QByteArray("/?lang=de"));
        // The cookie opens the page; a wrong one does not; a wrong token in the link sets nothing.
        std::unique_ptr<QNetworkReply> page(
            get(QStringLiteral("/"), {}, false, "cutover_status=" + m_token.toUtf8()));
        QCOMPARE(page->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QVERIFY(page->readAll().contains("Cutover window"));
        std::unique_ptr<QNetworkReply> wrong(
            get(QStringLiteral("/api/status"), {}, false, "other=1; cutover_status=wrong-token-xxxxxxxxxx"));
        QCOMPARE(wrong->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
        std::unique_ptr<QNetworkReply> bad(get(QStringLiteral("/?token=wrong-token-xxxxxxxx"), {}, false));
        QCOMPARE(bad->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
        QVERIFY(bad->rawHeader("Set-Cookie").isEmpty());
    }

    void backendErrorsReachNoStakeholder()
    {
        FailingTrafficStatus failing;
        m_builder->setTrafficSource(&failing);
        QSignalSpy updated(m_builder.get(), &StatusSnapshotBuilder::snapshotChanged);
        QVERIFY(updated.wait(10000));
        std::unique_ptr<QNetworkReply> api(get(QStringLiteral("/api/status"), m_token.toUtf8()));
        const QByteArray json = api->readAll();
        std::unique_ptr<QNetworkReply> page(get(QStringLiteral("/"), m_token.toUtf8()));
        const QByteArray html = page->readAll();
        m_builder->setTrafficSource(nullptr);
        for (const QByteArray &body : { json, html }) {
            QVERIFY2(!body.contains("RAWBACKENDERROR"), body.constData());
            QVERIFY(!body.contains("lb-prod-7"));
            QVERIFY(!body.contains("RAWGATEERROR"));
        }
        const QJsonObject traffic
            = QJsonDocument::fromJson(json).object().value(QStringLiteral("traffic")).toObject();
        QVERIFY2(traffic.value(QStringLiteral("problem"))
                     .toString()
                     .contains(QStringLiteral("the cutover lead is on it")),
            json.constData());
        QVERIFY(html.contains("the cutover lead is on it"));
    }

    // One raw request on its own connection; returns the status line (empty when the server closed first).
    QByteArray rawStatusLine(const QByteArray &request)
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_server->port());
        if (!socket.waitForConnected(5000))
            return "no connection";
        socket.write(request);
        QByteArray answer;
        QElapsedTimer t;
        t.start();
        while (!answer.contains("\r\n") && t.elapsed() < 10000
            && socket.state() == QAbstractSocket::ConnectedState) {
            QTest::qWait(20);
            answer += socket.readAll();
        }
        answer += socket.readAll();
        return answer.left(answer.indexOf("\r\n"));
    }

    void requestsAreLimitedInSize()
    {
        const QByteArray auth = "Authorization: Bearer " + m_token.toUtf8() + "\r\n";
        QCOMPARE(rawStatusLine("GET /api/status HTTP/1.1\r\nHost: x\r\n" + auth + "\r\n"),
            QByteArray("HTTP/1.1 200 OK"));
        const QByteArray huge = "X-Filler: " + QByteArray(20000, 'a') + "\r\n";
        QCOMPARE(rawStatusLine("GET /api/status HTTP/1.1\r\nHost: x\r\n" + auth + huge + "\r\n"),
            QByteArray("HTTP/1.1 431 Request Header Fields Too Large"));
        QCOMPARE(rawStatusLine("POST /api/status HTTP/1.1\r\nHost: x\r\n" + auth
                     + "Content-Length: 10000000\r\n\r\n" + QByteArray(4096, 'b')),
            QByteArray("HTTP/1.1 413 Content Too Large"));
        // A header that never ends is cut off as soon as it passes the limit, without waiting for its end.
        QCOMPARE(rawStatusLine("GET / HTTP/1.1\r\nX-Slow: " + QByteArray(17000, 'c')),
            QByteArray("HTTP/1.1 431 Request Header Fields Too Large"));
    }

    void connectionsAreLimitedInNumberAndIdleTime()
    {
        StatusPageServer limited;
        LimitedTcpServer::Limits limits;
        limits.maxConnections = 3;
        limits.idleTimeoutMs = 800;
        limited.setLimits(limits);
        const quint16 port = limited.start(m_token);
        QVERIFY(port > 0);
        std::vector<std::unique_ptr<QTcpSocket>> open;
        for (int i = 0; i < 3; ++i) {
            open.push_back(std::make_unique<QTcpSocket>());
            open.back()->connectToHost(QHostAddress::LocalHost, port);
            QVERIFY(open.back()->waitForConnected(5000));
        }
        QTest::qWait(100);
        QTcpSocket extra;
        extra.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(extra.waitForConnected(5000));
        extra.write("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(
            extra.bytesAvailable() > 0 || extra.state() != QAbstractSocket::ConnectedState, 5000);
        QVERIFY(extra.readAll().startsWith("HTTP/1.1 503"));
        // The idle ones are closed by the server after the idle time; then a new one is served again.
        for (auto &s : open)
            QTRY_COMPARE_WITH_TIMEOUT(s->state(), QAbstractSocket::UnconnectedState, 5000);
        QTcpSocket later;
        later.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(later.waitForConnected(5000));
        later.write(
            "GET /api/status HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + m_token.toUtf8() + "\r\n\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(later.bytesAvailable() > 0, 5000);
        QVERIFY(later.readAll().startsWith("HTTP/1.1 200"));
    }

    void chromiumKeepsNoTokenInTheAddress()
    {
        if (!QFileInfo::exists(QStringLiteral("/usr/bin/chromium")))
            QSKIP("/usr/bin/chromium is not installed");
        quint16 debugPort = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            debugPort = probe.serverPort();
        }
        QTemporaryDir profile;
        QProcess chromium;
        chromium.start(QStringLiteral("/usr/bin/chromium"),
            { QStringLiteral("--headless"), QStringLiteral("--no-sandbox"), QStringLiteral("--disable-gpu"),
                QStringLiteral("--no-first-run"), QStringLiteral("--disable-background-networking"),
                QStringLiteral("--disable-component-update"), QStringLiteral("--disable-sync"),
                QStringLiteral("--user-data-dir=") + profile.path(),
                QStringLiteral("--remote-debugging-address=127.0.0.1"),
                QStringLiteral("--remote-debugging-port=%1").arg(debugPort),
                QStringLiteral("http://127.0.0.1:%1/?token=%2").arg(m_server->port()).arg(m_token) });
        QVERIFY(chromium.waitForStarted(10000));
        // The browser's own list of open pages (DevTools HTTP endpoint) tells its address and title.
        QNetworkAccessManager nam;
        QString url;
        QString title;
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 90000 && !title.contains(QStringLiteral("Core banking adapter"))) {
            QTest::qWait(300);
            QNetworkReply *reply = nam.get(
                QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/json/list").arg(debugPort))));
            QSignalSpy done(reply, &QNetworkReply::finished);
            if (!reply->isFinished())
                done.wait(5000);
            for (const QJsonValue &v : QJsonDocument::fromJson(reply->readAll()).array()) {
                const QJsonObject page = v.toObject();
                if (page.value(QStringLiteral("type")).toString() == QLatin1String("page")) {
                    url = page.value(QStringLiteral("url")).toString();
                    title = page.value(QStringLiteral("title")).toString();
                }
            }
            reply->deleteLater();
        }
        chromium.kill();
        chromium.waitForFinished(10000);
        QVERIFY2(title.contains(QStringLiteral("Core banking adapter")),
            qPrintable(title + QLatin1Char(' ') + url));
        QCOMPARE(url, QStringLiteral("http://127.0.0.1:%1/").arg(m_server->port()));
        QVERIFY(!url.contains(m_token));
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

    // The page and its JSON carry the audit head, so whoever watches the page holds a copy of it; it follows
    // the trail as records are added.
    void showsTheAuditHead()
    {
        const AuditChain::Head head = AuditChain::head(m_session->store()->database());
        QVERIFY(head.seq > 5);
        QCOMPARE(head.hash.size(), 64);
        std::unique_ptr<QNetworkReply> api(get(QStringLiteral("/api/status"), m_token.toUtf8()));
        const QJsonObject o = QJsonDocument::fromJson(api->readAll()).object();
        QCOMPARE(o.value(QStringLiteral("audit_head")).toString(), head.hash);
        QCOMPARE(o.value(QStringLiteral("audit_records")).toInteger(), head.seq);
        std::unique_ptr<QNetworkReply> page(get(QStringLiteral("/"), m_token.toUtf8()));
        const QString html = QString::fromUtf8(page->readAll());
        QVERIFY2(html.contains(QStringLiteral("Audit trail head: <code>%1</code> (%2 records)")
                                   .arg(head.hash)
                                   .arg(head.seq)),
            qPrintable(html.right(600)));

        QVERIFY(m_session->setStatus(3, ItemStatus::Done, QStringLiteral("alice")));
        const AuditChain::Head later = AuditChain::head(m_session->store()->database());
        QVERIFY(later.seq > head.seq);
        QTRY_COMPARE_WITH_TIMEOUT(m_builder->current().auditHead, later.hash, 10000);
        std::unique_ptr<QNetworkReply> again(get(QStringLiteral("/api/status"), m_token.toUtf8()));
        QCOMPARE(
            QJsonDocument::fromJson(again->readAll()).object().value(QStringLiteral("audit_head")).toString(),
            later.hash);
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
