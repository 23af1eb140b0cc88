// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ActionResult.h"
#include "incidents/IncidentEntry.h"

#include "signing/SignaturePolicy.h"

#include <QWidget>

class IncidentLog;
class IncidentLogModel;
class Outbox;
class OutboxPanel;
class QCheckBox;
class QTimeEdit;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class UserIdentity;
class VerifiedOnlyFilter;

// The incident log panel: write what you see in one line and press Enter (severity with Alt+1/2/3),
// verify other people's drafts, retract or correct with a reason, show only what stakeholders see, and
// watch the notifications go out. Every action goes through IncidentLog, which enforces the rules.
class IncidentLogPanel : public QWidget {
    Q_OBJECT
public:
    // outbox may be nullptr (no notification channels in this cockpit).
    IncidentLogPanel(IncidentLog *log, Outbox *outbox, QWidget *parent = nullptr);

    // Who is at the keyboard; every action is recorded with this name.
    void setUserName(const QString &name);
    QString userName() const { return m_userName; }
    // With an identity the Verify button asks for an electronic signature (verified as accurate) in the
    // session's policy; without one it verifies as declared (verifySelected).
    void setSigning(UserIdentity *identity, SignaturePolicy policy);

    // When it happened: invalid means now (the default); otherwise a time today (or yesterday when
    // that time has not come yet today), in local time.
    void setOccurredTime(const QTime &time);
    QDateTime occurredAt() const;

    void setSeverity(IncidentEntry::Severity severity);
    IncidentEntry::Severity severity() const;

    // The actions behind the buttons, without dialogs (the buttons ask for the reason first).
    ActionResult addEntry(const QString &text);
    ActionResult verifySelected();
    // The Verify button: the signature dialog when signing is set up, else verifySelected().
    void verifySelectedInteractive();
    ActionResult retractSelected(const QString &reason);
    ActionResult correctSelected(const QString &text, const QString &reason);
    qint64 selectedEntryId() const;
    OutboxPanel *outboxPanel() const { return m_outboxPanel; }

Q_SIGNALS:
    void messageShown(const QString &message, bool error);

private:
    void updateActions();
    void showResult(const ActionResult &result, const QString &success);
    void askRetract();
    void askCorrect();

    IncidentLog *m_log;
    IncidentLogModel *m_model;
    VerifiedOnlyFilter *m_filter;
    OutboxPanel *m_outboxPanel = nullptr;
    QString m_userName;
    UserIdentity *m_identity = nullptr;
    SignaturePolicy m_policy = SignaturePolicy::Declared;

    QComboBox *m_severity;
    QLineEdit *m_entry;
    QCheckBox *m_earlier;
    QTimeEdit *m_occurred;
    QPushButton *m_add;
    QTableView *m_table;
    QPushButton *m_verify;
    QPushButton *m_retract;
    QPushButton *m_correct;
    QCheckBox *m_verifiedOnly;
    QLabel *m_message;
};
