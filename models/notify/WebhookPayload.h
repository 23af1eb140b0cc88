// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditChain.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

// The JSON bodies of the chat webhooks a message is posted to: Slack and Mattermost incoming webhooks
// take {"text": …}; Microsoft Teams Workflows webhooks take a message with an Adaptive Card (plain TextRuns).
class WebhookPayload {
public:
    static QString slack() { return QStringLiteral("slack"); }
    static QString mattermost() { return QStringLiteral("mattermost"); }
    static QString teams() { return QStringLiteral("teams"); }
    static QStringList channels() { return { mattermost(), slack(), teams() }; }
    static bool isKnownChannel(const QString &channel) { return channels().contains(channel); }

    // title: one line (session and what happened); text: the message body; attention marks a critical
    // message (red in Teams, a siren prefix in Slack/Mattermost).
    // Title and text are the session's words, never markup: they are escaped so that they cannot mention
    // (<!channel>, @all), link or format in the receiver.
    // auditHead: the session's audit chain head when the message was written. Every payload carries it in
    // full ("audit_head", "audit_head_record") and its text ends with a short form, so each chat message is
    // a copy of the head outside the session file. An empty head (hash "") leaves both out.
    static QByteArray build(const QString &channel, const QString &title, const QString &text, bool attention,
        const AuditChain::Head &auditHead = {});

    // The line a message ends with: "Audit trail head 1a2b3c4d5e6f7a8b… (record 812)".
    static QString anchorLine(const AuditChain::Head &auditHead);

    static QString slackEscaped(const QString &text);
    static QString mattermostEscaped(const QString &text);
};
