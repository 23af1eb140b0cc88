// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/SourceCredentials.h"

#include <QCoreApplication>
#include <QTimer>
#include <qt6keychain/keychain.h>

void SourceCredentials::resolve(std::function<void(const QString &, const QString &)> done) const
{
    const QString envName = environmentVariable;
    auto fromEnvironment = [envName](const QString &keychainProblem) {
        const QString value
            = envName.isEmpty() ? QString() : qEnvironmentVariable(envName.toLocal8Bit().constData());
        if (!value.isEmpty())
            return std::make_pair(value, QString());
        if (!keychainProblem.isEmpty())
            return std::make_pair(QString(), keychainProblem);
        if (!envName.isEmpty())
            return std::make_pair(QString(),
                QCoreApplication::translate("SourceCredentials", "The environment variable %1 is not set.")
                    .arg(envName));
        return std::make_pair(QString(), QString());
    };
    if (keychainKey.isEmpty()) {
        const auto r = fromEnvironment(QString());
        QTimer::singleShot(0, QCoreApplication::instance(), [done, r] { done(r.first, r.second); });
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(keychainService());
    job->setAutoDelete(true);
    job->setKey(keychainKey);
    const QString key = keychainKey;
    QObject::connect(
        job, &QKeychain::Job::finished, job, [job, done, fromEnvironment, key](QKeychain::Job *) {
            if (job->error() == QKeychain::NoError && !job->textData().isEmpty()) {
                done(job->textData(), QString());
                return;
            }
            const auto r = fromEnvironment(QCoreApplication::translate(
                "SourceCredentials", "The keychain entry \"%1\" could not be read: %2")
                                               .arg(key, job->errorString()));
            done(r.first, r.second);
        });
    job->start();
}
