// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ActionResult.h"

#include <QStringList>

class SessionStore;

// Which notification channels (slack, teams, mattermost) this session posts to. The choice is stored in
// the session (it is not a secret); the webhook URLs are not (keychain or environment). A session without
// a stored choice posts to every channel that has a URL; once the lead chooses, only the chosen ones.
class NotificationChannelSettings {
public:
    explicit NotificationChannelSettings(SessionStore *store);

    bool hasChoice() const;
    bool isEnabled(const QString &channel) const;
    QStringList chosenChannels() const; // empty when there is no choice, or none is chosen
    // Records the choice for one channel (audited). Unknown channels are refused.
    ActionResult setEnabled(const QString &channel, bool enabled, const QString &actor);

private:
    QStringList read(bool *present) const;
    SessionStore *m_store;
};
