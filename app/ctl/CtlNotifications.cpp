// SPDX-License-Identifier: GPL-3.0-or-later
#include "CtlNotifications.h"

#include "notify/Outbox.h"
#include "notify/OutboxMessage.h"

#include <QEventLoop>
#include <QTimer>

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
