// SPDX-License-Identifier: GPL-3.0-or-later
#include "CtlNotifications.h"

#include "CtlSupport.h"

#include "notify/Outbox.h"
#include "notify/OutboxMessage.h"

#include <QEventLoop>
#include <QTimer>

bool CtlNotifications::deliver(Outbox &outbox, int seconds)
{
    auto pending = [&outbox]() {
        const QStringList channels = outbox.enabledChannels();
        for (const OutboxMessage &m : outbox.messages())
            if (m.isWaitingForDelivery() && channels.contains(m.channel))
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

void CtlNotifications::reportParkedAsErrors(Outbox &outbox, const QString &sessionPath)
{
    QObject::connect(&outbox, &Outbox::parked, &outbox,
        [sessionPath](qint64 id, const QString &channel, const QString &why) {
            reportParked(sessionPath, id, channel, why);
        });
}

void CtlNotifications::reportParked(
    const QString &sessionPath, qint64 id, const QString &channel, const QString &why)
{
    CtlSupport::err() << tr("error: notification %1 to %2 is parked (%3); later ones go on. Send it again "
                            "with `cutoverctl log outbox %4 --retry %1` or give it up with "
                            "`--drop %1 --reason TEXT`.")
                             .arg(id)
                             .arg(channel, why, sessionPath)
                      << '\n';
}
