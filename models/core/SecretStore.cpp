// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/SecretStore.h"

#include <QEventLoop>
#include <QTimer>

#include <memory>

#include <qt6keychain/keychain.h>

namespace {

const char *const keychainService = "cutover-cockpit";

QString keychainKey(const QString &channel)
{
    return QStringLiteral("webhook/") + channel;
}

}

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{
}

QString SecretStore::environmentVariable(const QString &channel)
{
    return QStringLiteral("COCKPIT_") + channel.toUpper() + QStringLiteral("_WEBHOOK");
}

bool SecretStore::keychainAvailable()
{
    return qEnvironmentVariableIntValue("COCKPIT_NO_KEYCHAIN") == 0;
}

void SecretStore::lookupWebhook(const QString &channel)
{
    const QByteArray env = qgetenv(environmentVariable(channel).toLatin1().constData());
    if (!env.trimmed().isEmpty()) {
        const QUrl url(QString::fromUtf8(env.trimmed()), QUrl::StrictMode);
        if (url.isValid()
            && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")))
            Q_EMIT webhookFound(channel, url, QStringLiteral("environment"));
        else
            Q_EMIT webhookMissing(
                channel, tr("%1 is set but is not an http(s) URL.").arg(environmentVariable(channel)));
        return;
    }
    if (!keychainAvailable()) {
        Q_EMIT webhookMissing(channel,
            tr("no webhook URL for %1: set %2 (no system keychain is available)")
                .arg(channel, environmentVariable(channel)));
        return;
    }
    // No parent: a job outlives this object until the keychain answers (it deletes itself then); deleting
    // it earlier leaves libsecret calling back into a freed job.
    auto *job = new QKeychain::ReadPasswordJob(QLatin1String(keychainService));
    job->setAutoDelete(true);
    job->setKey(keychainKey(channel));
    auto answered = std::make_shared<bool>(false);
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, channel, answered, timer] {
        timer->deleteLater();
        if (*answered)
            return;
        *answered = true;
        Q_EMIT webhookMissing(channel,
            tr("the system keychain did not answer in time; set %1 instead")
                .arg(environmentVariable(channel)));
    });
    connect(job, &QKeychain::Job::finished, this, [this, channel, answered, timer](QKeychain::Job *finished) {
        if (*answered)
            return;
        *answered = true;
        timer->stop();
        timer->deleteLater();
        auto *read = static_cast<QKeychain::ReadPasswordJob *>(finished);
        if (read->error() != QKeychain::NoError) {
            Q_EMIT webhookMissing(channel,
                tr("no webhook URL for %1 in the system keychain (%2); set %3 instead")
                    .arg(channel, read->errorString(), environmentVariable(channel)));
            return;
        }
        const QUrl url(read->textData().trimmed(), QUrl::StrictMode);
        if (!url.isValid())
            Q_EMIT webhookMissing(channel, tr("the keychain entry for %1 is not a URL").arg(channel));
        else
            Q_EMIT webhookFound(channel, url, QStringLiteral("keychain"));
    });
    timer->start(m_timeoutMs);
    job->start();
}

void SecretStore::saveWebhook(const QString &channel, const QUrl &url)
{
    if (!keychainAvailable()) {
        Q_EMIT saved(channel, false,
            tr("No system keychain is available; set %1 in the environment instead.")
                .arg(environmentVariable(channel)));
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(QLatin1String(keychainService)); // no parent: see above
    job->setAutoDelete(true);
    job->setKey(keychainKey(channel));
    job->setTextData(url.toString(QUrl::FullyEncoded));
    connect(job, &QKeychain::Job::finished, this, [this, channel](QKeychain::Job *finished) {
        const bool ok = finished->error() == QKeychain::NoError;
        Q_EMIT saved(channel, ok, ok ? QString() : finished->errorString());
    });
    job->start();
}

QUrl SecretStore::lookupWebhookBlocking(const QString &channel, QString *source)
{
    QEventLoop loop;
    QUrl result;
    bool done = false;
    auto found = connect(
        this, &SecretStore::webhookFound, &loop, [&](const QString &c, const QUrl &url, const QString &from) {
            if (c != channel)
                return;
            result = url;
            if (source)
                *source = from;
            done = true;
            loop.quit();
        });
    auto missing
        = connect(this, &SecretStore::webhookMissing, &loop, [&](const QString &c, const QString &reason) {
              if (c != channel)
                  return;
              if (source)
                  *source = reason;
              done = true;
              loop.quit();
          });
    lookupWebhook(channel);
    if (!done) {
        QTimer::singleShot(m_timeoutMs + 500, &loop, &QEventLoop::quit);
        loop.exec();
    }
    disconnect(found);
    disconnect(missing);
    return result;
}
