// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/SecretStore.h"

#include <QEventLoop>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <optional>

#include <qt6keychain/keychain.h>

namespace {

const char *const keychainService = "cutover-cockpit";

QString switchedOff()
{
    return SecretStore::tr("the system keychain is switched off (COCKPIT_NO_KEYCHAIN)");
}

QString webhookKey(const QString &channel)
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

void SecretStore::run(Job kind, const QString &key, const QString &secret,
    const std::function<void(bool, const QString &, const QString &)> &done)
{
    // The job is nobody's child: QtKeychain's libsecret backend calls back into it when the Secret Service
    // answers, which may be after this store is gone (a session closed during a lookup); it deletes itself
    // once finished, and the connections below end with this store.
    QKeychain::Job *job = nullptr;
    if (kind == Job::Read) {
        job = new QKeychain::ReadPasswordJob(QLatin1String(keychainService));
    } else if (kind == Job::Write) {
        auto *write = new QKeychain::WritePasswordJob(QLatin1String(keychainService));
        write->setTextData(secret);
        job = write;
    } else {
        job = new QKeychain::DeletePasswordJob(QLatin1String(keychainService));
    }
    job->setAutoDelete(true);
    job->setKey(key);
    auto answered = std::make_shared<bool>(false);
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [done, answered, timer] {
        timer->deleteLater();
        if (*answered)
            return;
        *answered = true;
        done(false, QString(), tr("the system keychain did not answer in time"));
    });
    connect(job, &QKeychain::Job::finished, this, [kind, done, answered, timer](QKeychain::Job *finished) {
        if (*answered)
            return;
        *answered = true;
        timer->stop();
        timer->deleteLater();
        if (finished->error() != QKeychain::NoError)
            done(false, QString(), finished->errorString());
        else if (kind == Job::Read)
            done(true, static_cast<QKeychain::ReadPasswordJob *>(finished)->textData(), QString());
        else
            done(true, QString(), QString());
    });
    timer->start(m_timeoutMs);
    job->start();
}

void SecretStore::lookup(const QString &key)
{
    if (!keychainAvailable()) {
        Q_EMIT secretMissing(key, switchedOff());
        return;
    }
    run(Job::Read, key, QString(), [this, key](bool ok, const QString &text, const QString &error) {
        if (ok && !text.isEmpty())
            Q_EMIT secretFound(key, text);
        else
            Q_EMIT secretMissing(key, ok ? tr("the system keychain holds an empty entry") : error);
    });
}

void SecretStore::save(const QString &key, const QString &secret)
{
    if (!keychainAvailable()) {
        Q_EMIT saved(key, false, switchedOff());
        return;
    }
    run(Job::Write, key, secret,
        [this, key](bool ok, const QString &, const QString &error) { Q_EMIT saved(key, ok, error); });
}

void SecretStore::remove(const QString &key)
{
    if (!keychainAvailable()) {
        Q_EMIT removed(key, false, switchedOff());
        return;
    }
    run(Job::Delete, key, QString(),
        [this, key](bool ok, const QString &, const QString &error) { Q_EMIT removed(key, ok, error); });
}

SecretStore::Answer SecretStore::runBlocking(Job job, const QString &key, const QString &secret)
{
    if (!keychainAvailable())
        return { false, QString(), switchedOff() };
    auto answer = std::make_shared<std::optional<Answer>>();
    QEventLoop loop;
    QPointer<QEventLoop> waiting(&loop);
    // run() answers within the timeout (its own timer), so the loop's limit is only a safety net.
    run(job, key, secret, [answer, waiting](bool ok, const QString &text, const QString &error) {
        *answer = Answer { ok, text, error };
        if (waiting)
            waiting->quit();
    });
    if (!answer->has_value()) {
        QTimer::singleShot(m_timeoutMs + 500, &loop, &QEventLoop::quit);
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    return answer->value_or(Answer { false, QString(), tr("the system keychain did not answer in time") });
}

QString SecretStore::lookupBlocking(const QString &key, QString *reason)
{
    const Answer a = runBlocking(Job::Read, key, QString());
    *reason = a.ok && a.text.isEmpty() ? tr("the system keychain holds an empty entry") : a.error;
    return a.ok ? a.text : QString();
}

bool SecretStore::saveBlocking(const QString &key, const QString &secret, QString *message)
{
    const Answer a = runBlocking(Job::Write, key, secret);
    *message = a.error;
    return a.ok;
}

bool SecretStore::removeBlocking(const QString &key, QString *message)
{
    const Answer a = runBlocking(Job::Delete, key, QString());
    *message = a.error;
    return a.ok;
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
    run(Job::Read, webhookKey(channel), QString(),
        [this, channel](bool ok, const QString &text, const QString &error) {
            if (!ok) {
                Q_EMIT webhookMissing(channel,
                    tr("no webhook URL for %1 in the system keychain (%2); set %3 instead")
                        .arg(channel, error, environmentVariable(channel)));
                return;
            }
            const QUrl url(text.trimmed(), QUrl::StrictMode);
            if (!url.isValid())
                Q_EMIT webhookMissing(channel, tr("the keychain entry for %1 is not a URL").arg(channel));
            else
                Q_EMIT webhookFound(channel, url, QStringLiteral("keychain"));
        });
}

void SecretStore::saveWebhook(const QString &channel, const QUrl &url)
{
    if (!keychainAvailable()) {
        Q_EMIT saved(channel, false,
            tr("No system keychain is available; set %1 in the environment instead.")
                .arg(environmentVariable(channel)));
        return;
    }
    run(Job::Write, webhookKey(channel), url.toString(QUrl::FullyEncoded),
        [this, channel](
            bool ok, const QString &, const QString &error) { Q_EMIT saved(channel, ok, error); });
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
