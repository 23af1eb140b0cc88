// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditRecord.h"
#include "core/ActionResult.h"
#include "incidents/IncidentEntry.h"
#include "signing/ElectronicSignature.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSqlDatabase>

class Outbox;
class SessionStore;

// The session's incident log. Entries are only ever added: verification, publication, retraction and
// correction are events beside an entry (and audit records), never an edit of it. The four-eyes rule
// lives here: an entry — a report, a correction or a retraction — takes effect for stakeholders only
// when a person other than its author verifies it. Verifying writes the notification messages to the
// outbox (when one is attached) in the same transaction and marks the entry published.
class IncidentLog : public QObject {
    Q_OBJECT
public:
    explicit IncidentLog(SessionStore *store, QObject *parent = nullptr);

    // Whether the session has an incident log (a session from before the feature has not).
    static bool existsIn(SessionStore *store);
    SessionStore *store() const { return m_store; }

    // The outbox verified entries are announced through (optional; not owned).
    void setOutbox(Outbox *outbox) { m_outbox = outbox; }

    bool isReadOnly() const;
    const QList<IncidentEntry> &entries() const { return m_entries; } // in the order they were recorded
    bool hasEntry(qint64 id) const { return m_index.contains(id); }
    IncidentEntry entry(qint64 id) const;
    // Verified entries not taken back, newest first (what stakeholders see).
    QList<IncidentEntry> stakeholderEntries(int limit = -1) const;

    ActionResult add(const QString &text, IncidentEntry::Severity severity, const QString &author,
        const QDateTime &occurredAt = {}, qint64 itemId = 0, int trafficStep = 0, qint64 *newId = nullptr);
    // Declared verification (verifier = the declared principal); refused in Required sessions.
    ActionResult verify(qint64 id, const QString &verifier);
    // The statement of verifying entry id (act incident.verify, verified as accurate).
    SignatureStatement verifyStatement(qint64 id, const QString &principal, const QString &displayName) const;
    // The signed verification: four eyes on principals (author != signer), chain head unchanged, signature
    // verified in Required sessions; the event's actor is the principal.
    ActionResult verify(qint64 id, const ElectronicSignature &signature);
    // Both write a new draft entry pointing to the old one; it takes effect when another person verifies it.
    ActionResult retract(qint64 id, const QString &author, const QString &reason, qint64 *newId = nullptr);
    ActionResult correct(qint64 id, const QString &author, const QString &reason, const QString &text,
        qint64 *newId = nullptr);

    ActionResult reload();

Q_SIGNALS:
    void entryAdded(qint64 id);
    void entryChanged(qint64 id);
    void reloaded();

private:
    bool load(QString *error);
    ActionResult addEntry(IncidentEntry entry, qint64 *newId);
    bool appendEvent(QSqlDatabase &db, qint64 entryId, const QString &event, const QString &actor,
        qint64 causedBy, const QString &reason, QString *error);
    ActionResult checkActor(const QString &actor) const;
    ActionResult verifyEntry(qint64 id, const QString &verifier, const ElectronicSignature *signature);

    SessionStore *m_store;
    Outbox *m_outbox = nullptr;
    QList<IncidentEntry> m_entries;
    QHash<qint64, int> m_index;
};
