// SPDX-License-Identifier: GPL-3.0-or-later
#include "notify/WebhookPayload.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

QByteArray WebhookPayload::build(
    const QString &channel, const QString &title, const QString &text, bool attention)
{
    if (channel == teams()) {
        QJsonObject heading { { QStringLiteral("type"), QStringLiteral("TextBlock") },
            { QStringLiteral("text"), title }, { QStringLiteral("weight"), QStringLiteral("Bolder") },
            { QStringLiteral("wrap"), true } };
        if (attention)
            heading.insert(QStringLiteral("color"), QStringLiteral("Attention"));
        const QJsonObject body { { QStringLiteral("type"), QStringLiteral("TextBlock") },
            { QStringLiteral("text"), text }, { QStringLiteral("wrap"), true } };
        const QJsonObject card { { QStringLiteral("$schema"),
                                     QStringLiteral("http://adaptivecards.io/schemas/adaptive-card.json") },
            { QStringLiteral("type"), QStringLiteral("AdaptiveCard") },
            { QStringLiteral("version"), QStringLiteral("1.2") },
            { QStringLiteral("body"), QJsonArray { heading, body } } };
        const QJsonObject attachment { { QStringLiteral("contentType"),
                                           QStringLiteral("application/vnd.microsoft.card.adaptive") },
            { QStringLiteral("content"), card } };
        const QJsonObject message { { QStringLiteral("type"), QStringLiteral("message") },
            { QStringLiteral("attachments"), QJsonArray { attachment } } };
        return QJsonDocument(message).toJson(QJsonDocument::Compact);
    }
    // Slack and Mattermost: plain text with their shared *bold* markup for the title line.
    const QString line = (attention ? QStringLiteral(":rotating_light: ") : QString()) + QStringLiteral("*")
        + title + QStringLiteral("*\n") + text;
    return QJsonDocument(QJsonObject { { QStringLiteral("text"), line } }).toJson(QJsonDocument::Compact);
}
