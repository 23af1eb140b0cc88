// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class CutoverSession;
class PhaseListModel;
class QHBoxLayout;
class QAction;
class QLabel;
class QTimer;
class QToolButton;
class UserIdentity;

// The always-visible answer to "where are we?": session name, LIVE (red) or REHEARSAL (blue), DEMO,
// elapsed time since the session was created, who is at the keyboard (principal@host and display name),
// the signing key (fingerprint) and whether identities are proven or only declared, phase N/M, checklist
// progress and the audit chain's head hash (short; full in the tooltip, copyable). Later features add their
// own indicators with addIndicator().
class SessionStatusStrip : public QWidget {
    Q_OBJECT
public:
    SessionStatusStrip(CutoverSession *session, PhaseListModel *phases, UserIdentity *identity, bool demo,
        QWidget *parent = nullptr);

    void addIndicator(QWidget *indicator);
    // The window's Sign in… and Sign out as buttons beside the identities (shown in a session that
    // requires signatures: Sign in… always, to sign in or switch keys; Sign out when someone is proven).
    void setSignInActions(QAction *signIn, QAction *signOut);
    QString headHash() const { return m_hash; }
    // A team session whose server cannot be reached: a red badge with the message as its tooltip; empty
    // clears it.
    void setConnectionLost(const QString &message);
    bool isConnectionLost() const;
    // Re-reads the audit head and the signature policy (after any commit, by anyone).
    void updateHash();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateElapsed();
    void updateProgress();
    void updateUser();

    CutoverSession *m_session;
    PhaseListModel *m_phases;
    UserIdentity *m_identity;
    bool m_demo;
    QString m_hash;
    QLabel *m_name;
    QLabel *m_mode;
    QLabel *m_demoBadge;
    QLabel *m_readOnlyBadge;
    QLabel *m_lostBadge;
    QLabel *m_elapsed;
    QLabel *m_user;
    QLabel *m_key;
    QLabel *m_identities;
    QLabel *m_phase;
    QLabel *m_checklist;
    QLabel *m_hashLabel;
    QToolButton *m_copyHash;
    QToolButton *m_signIn;
    QToolButton *m_signOut;
    QHBoxLayout *m_indicators;
    QTimer *m_timer;
};
