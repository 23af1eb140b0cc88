// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/BodyCap.h"

#include <QCoreApplication>
#include <QNetworkReply>

namespace {

const char *const cutOffProperty = "cockpitBodyCutOff";

QString sizeText(qint64 bytes)
{
    if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0)
        return QCoreApplication::translate("BodyCap", "%1 MiB").arg(bytes / (1024 * 1024));
    if (bytes >= 1024 && bytes % 1024 == 0)
        return QCoreApplication::translate("BodyCap", "%1 KiB").arg(bytes / 1024);
    return QCoreApplication::translate("BodyCap", "%1 bytes").arg(bytes);
}

void cut(QNetworkReply *reply)
{
    if (reply->property(cutOffProperty).toBool())
        return;
    reply->setProperty(cutOffProperty, true);
    reply->abort();
}

}

void BodyCap::limit(QNetworkReply *reply, qint64 maxBytes)
{
    QObject::connect(reply, &QNetworkReply::metaDataChanged, reply, [reply, maxBytes]() {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > maxBytes)
            cut(reply);
    });
    QObject::connect(reply, &QNetworkReply::readyRead, reply, [reply, maxBytes]() {
        if (reply->bytesAvailable() > maxBytes)
            cut(reply);
    });
    QObject::connect(
        reply, &QNetworkReply::downloadProgress, reply, [reply, maxBytes](qint64 received, qint64) {
            if (received > maxBytes)
                cut(reply);
        });
}

bool BodyCap::cutOff(const QNetworkReply *reply)
{
    return reply->property(cutOffProperty).toBool();
}

QString BodyCap::cutOffMessage(qint64 maxBytes)
{
    return QCoreApplication::translate("BodyCap", "response larger than %1 — cut off")
        .arg(sizeText(maxBytes));
}

QString BodyCap::outputCutOffNote(qint64 maxBytes)
{
    return QCoreApplication::translate("BodyCap", "(output larger than %1 — cut off)")
        .arg(sizeText(maxBytes));
}
