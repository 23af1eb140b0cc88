// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidents/StatusPageControl.h"
#include "stakeholder/StatusPageServer.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QUrlQuery>
#include <QtTest>

class TestStatusPageControl : public QObject {
    Q_OBJECT

    static int statusOf(const QUrl &url)
    {
        QNetworkAccessManager nam;
        std::unique_ptr<QNetworkReply> reply(nam.get(QNetworkRequest(url)));
        QSignalSpy done(reply.get(), &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(20000);
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }

private Q_SLOTS:
    void startHandOutAndStop()
    {
        StatusPageServer server;
        StatusSnapshot snapshot;
        snapshot.valid = true;
        snapshot.sessionName = QStringLiteral("Demo");
        server.setSnapshot(snapshot);
        StatusPageControl control(&server);
        QVERIFY(control.link().isEmpty());
        QVERIFY(control.startPage());
        const QUrl url(control.link());
        QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
        const QString token = QUrlQuery(url).queryItemValue(QStringLiteral("token"));
        QVERIFY(token.size() >= 32);
        QCOMPARE(statusOf(url), 200);
        QUrl withoutToken = url;
        withoutToken.setQuery(QString());
        QCOMPARE(statusOf(withoutToken), 401);

        control.stopPage();
        QVERIFY(control.link().isEmpty());
        QVERIFY(!server.isRunning());
        QCOMPARE(statusOf(url), 0); // nothing listens any more

        QVERIFY(control.startPage());
        QVERIFY(QUrlQuery(QUrl(control.link())).queryItemValue(QStringLiteral("token")) != token);
        QCOMPARE(statusOf(QUrl(control.link())), 200);
    }
};

QTEST_MAIN(TestStatusPageControl)
#include "tst_statuspagecontrol.moc"
