// SPDX-License-Identifier: GPL-3.0-or-later
#include "CtlNotifications.h"

#include "core/SecretStore.h"
#include "notify/Outbox.h"
#include "notify/OutboxMessage.h"
#include "notify/WebhookPayload.h"

#include <QEventLoop>
#include <QTimer>
#include <QUrl>

int CtlNotifications::endpointsFromEnvironment(Outbox &outbox, QStringList *problems)
{
    int enabled = 0;
    for (const QString &channel : WebhookPayload::channels()) {
        const QString variable = SecretStore::environmentVariable(channel);
        const QUrl url(qEnvironmentVariable(variable.toUtf8().constData()).trimmed());
        if (url.isEmpty())
            continue;
        if (!url.isValid()
            || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
            // The value is a secret: name the variable, never print it.
            problems->append(tr("%1 is not an http(s) URL; nothing is sent to %2.").arg(variable, channel));
            continue;
        }
        outbox.setEndpoint(channel, url);
        ++enabled;
    }
    return enabled;
}

bool CtlNotifications::deliver(Outbox &outbox, int seconds)
{
    auto pending = [&outbox]() {
        const QStringList channels = outbox.enabledChannels();
        for (const OutboxMessage &m : outbox.messages())
            if (m.state != OutboxMessage::State::Sent && channels.contains(m.channel))
                return true;
        return false;
    };
    if (!pending())
        return true;
    outbox.start();
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&]() {
        if (!pending())
            loop.quit();
    });
    QTimer::singleShot(seconds * 1000, &loop, &QEventLoop::quit);
    poll.start(50);
    loop.exec();
    outbox.stop();
    return !pending();
}
