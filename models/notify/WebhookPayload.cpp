// SPDX-License-Identifier: GPL-3.0-or-later
#include "notify/WebhookPayload.h"

#include <QCoreApplication>
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

QString WebhookPayload::anchorLine(const AuditChain::Head &auditHead)
{
    if (auditHead.hash.isEmpty())
        return QString();
    return QCoreApplication::translate("WebhookPayload", "Audit trail head %1… (record %2)")
        .arg(auditHead.shortHash())
        .arg(auditHead.seq);
}

QByteArray WebhookPayload::build(const QString &channel, const QString &title, const QString &text,
    bool attention, const AuditChain::Head &auditHead)
{
    const QString anchor = anchorLine(auditHead);
    const auto withAnchor = [&auditHead](QJsonObject message) {
        if (!auditHead.hash.isEmpty()) {
            message.insert(QStringLiteral("audit_head"), auditHead.hash);
            message.insert(QStringLiteral("audit_head_record"), double(auditHead.seq));
        }
        return message;
    };
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
        QJsonArray blocks { heading, body };
        if (!anchor.isEmpty()) {
            const QJsonObject anchorRun { { QStringLiteral("type"), QStringLiteral("TextRun") },
                { QStringLiteral("text"), anchor }, { QStringLiteral("isSubtle"), true },
                { QStringLiteral("size"), QStringLiteral("Small") } };
            blocks.append(QJsonObject { { QStringLiteral("type"), QStringLiteral("RichTextBlock") },
                { QStringLiteral("inlines"), QJsonArray { anchorRun } } });
        }
        const QJsonObject card { { QStringLiteral("$schema"),
                                     QStringLiteral("http://adaptivecards.io/schemas/adaptive-card.json") },
            { QStringLiteral("type"), QStringLiteral("AdaptiveCard") },
            { QStringLiteral("version"), QStringLiteral("1.2") }, { QStringLiteral("body"), blocks } };
        const QJsonObject attachment { { QStringLiteral("contentType"),
                                           QStringLiteral("application/vnd.microsoft.card.adaptive") },
            { QStringLiteral("content"), card } };
        const QJsonObject message { { QStringLiteral("type"), QStringLiteral("message") },
            { QStringLiteral("attachments"), QJsonArray { attachment } } };
        return QJsonDocument(withAnchor(message)).toJson(QJsonDocument::Compact);
    }
    // Slack and Mattermost: plain text with their shared *bold* markup for the title line; what the
    // session wrote is escaped for the receiver, so it cannot mention, link or format.
    const bool isSlack = channel == slack();
    const QString safeTitle = isSlack ? slackEscaped(title) : mattermostEscaped(title);
    const QString safeText = isSlack ? slackEscaped(text) : mattermostEscaped(text);
    QString line = (attention ? QStringLiteral(":rotating_light: ") : QString()) + QStringLiteral("*")
        + safeTitle + QStringLiteral("*\n") + safeText;
    // The anchor is the program's own text (hex digits, a number): nothing in it to escape; in italics.
    if (!anchor.isEmpty())
        line += QStringLiteral("\n_") + anchor + QStringLiteral("_");
    return QJsonDocument(withAnchor(QJsonObject { { QStringLiteral("text"), line } }))
        .toJson(QJsonDocument::Compact);
}
