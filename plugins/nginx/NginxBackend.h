// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "traffic/TrafficBackend.h"

#include <QObject>

class QNetworkAccessManager;

// NGINX open source has no runtime weight API: the split lives in an upstream include that this backend
// writes atomically (QSaveFile, previous file kept as .bak), checks with `nginx -t`, activates with
// `nginx -s reload`, and confirms by polling the generation marker until the new generation serves.
// A failed test or reload restores the .bak, so the old configuration stays in force.
class NginxBackend : public QObject, public TrafficBackend {
    Q_OBJECT
public:
    NginxBackend();
    QStringList configure(const QJsonObject &config) override;
    void apply(int percentNew, Done done) override;
    void readSplit(Done done) override;
    void rollback(Done done) override;
    void checkOldPath(Done done) override;

    // The include for a split (0 % and 100 % leave the unused server out: nginx rejects weight=0).
    static QByteArray includeText(const QString &upstream, const QString &oldServer, const QString &newServer,
        int percentNew, qint64 generation);
    struct Parsed {
        bool ok = false;
        int oldWeight = 0;
        int newWeight = 0;
        qint64 generation = 0;
        QString error;
    };
    static Parsed parseInclude(const QByteArray &text, const QString &oldServer, const QString &newServer);

private:
    QStringList nginxArgs() const;
    bool restoreBackup(QString *error);
    void pollGeneration(qint64 generation, qint64 deadlineMs, int percent, int matches, Done done);

    QNetworkAccessManager *m_nam;
    QString m_program;
    QString m_conf;
    QString m_include;
    QString m_upstream;
    QString m_old;
    QString m_new;
    QString m_generationUrl;
    QString m_prefix;
    QString m_errorLog;
    int m_timeoutMs = 10000;
};
