// SPDX-License-Identifier: GPL-3.0-or-later
#include "notify/WebhookPayload.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

QString WebhookPayload::slackEscaped(const QString &text)
{
    // Slack reads <…> as a link or a mention (<!channel>, <@U123>, <http://x|label>) and & as the start of
    // an entity; it asks for exactly these three to be escaped in message text.
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == QLatin1Char('&'))
            out += QLatin1String("&amp;");
        else if (c == QLatin1Char('<'))
            out += QLatin1String("&lt;");
        else if (c == QLatin1Char('>'))
            out += QLatin1String("&gt;");
        else
            out += c;
    }
    return out;
}

QString WebhookPayload::mattermostEscaped(const QString &text)
{
    // Mattermost renders Markdown (links, images that load from anywhere, headings) and notifies on
    // @channel, @all, @here and @name. Markdown punctuation gets a backslash (CommonMark escapes); an @ gets
    // a word joiner after it, so it reads the same but mentions no one.
    static const QString markdown = QStringLiteral("\\`*_~[]()<>#!|&");
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (markdown.contains(c)) {
            out += QLatin1Char('\\');
            out += c;
        } else if (c == QLatin1Char('@')) {
            out += c;
            out += QChar(0x2060);
        } else {
            out += c;
        }
    }
    return out;
}

QByteArray WebhookPayload::build(
    const QString &channel, const QString &title, const QString &text, bool attention)
{
    if (channel == teams()) {
        // RichTextBlock/TextRun: Teams shows a TextRun as plain text (a TextBlock would read Markdown, so a
        // [link](…) in an entry would become a link).
        QJsonObject headingRun { { QStringLiteral("type"), QStringLiteral("TextRun") },
            { QStringLiteral("text"), title }, { QStringLiteral("weight"), QStringLiteral("Bolder") } };
        if (attention)
            headingRun.insert(QStringLiteral("color"), QStringLiteral("Attention"));
        const QJsonObject heading { { QStringLiteral("type"), QStringLiteral("RichTextBlock") },
            { QStringLiteral("inlines"), QJsonArray { headingRun } } };
        const QJsonObject bodyRun { { QStringLiteral("type"), QStringLiteral("TextRun") },
            { QStringLiteral("text"), text } };
        const QJsonObject body { { QStringLiteral("type"), QStringLiteral("RichTextBlock") },
            { QStringLiteral("inlines"), QJsonArray { bodyRun } } };
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
    // Slack and Mattermost: plain text with their shared *bold* markup for the title line; what the
    // session wrote is escaped for the receiver, so it cannot mention, link or format.
    const bool isSlack = channel == slack();
    const QString safeTitle = isSlack ? slackEscaped(title) : mattermostEscaped(title);
    const QString safeText = isSlack ? slackEscaped(text) : mattermostEscaped(text);
    const QString line = (attention ? QStringLiteral(":rotating_light: ") : QString()) + QStringLiteral("*")
        + safeTitle + QStringLiteral("*\n") + safeText;
    return QJsonDocument(QJsonObject { { QStringLiteral("text"), line } }).toJson(QJsonDocument::Compact);
}
