// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QWidget>

class Outbox;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class SecretStore;

// Where verified entries are announced: per channel (Slack, Mattermost, Teams) whether a webhook URL is
// set (from the environment or the system keychain), and a field to store one in the keychain. The URL
// is a secret: it is entered masked, never shown again, and handed to the outbox in memory only.
class NotificationChannelsWidget : public QWidget {
    Q_OBJECT
public:
    NotificationChannelsWidget(SecretStore *secrets, Outbox *outbox, QWidget *parent = nullptr);
    // Who changes the session's channel choice (recorded in the audit trail); without a name it cannot
    // change.
    void setActor(const QString &actor);

    QString channelState(const QString &channel) const;

public Q_SLOTS:
    // Looks every channel up again (environment first, keychain with a timeout).
    void refresh();

private:
    void save(const QString &channel);

    SecretStore *m_secrets;
    Outbox *m_outbox;
    QHash<QString, QLabel *> m_states;
    QHash<QString, QLineEdit *> m_inputs;
    QHash<QString, QPushButton *> m_saveButtons;
    QHash<QString, QCheckBox *> m_useBoxes;
    QString m_actor;
};
