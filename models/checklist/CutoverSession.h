// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklist/ChecklistItem.h"
#include "core/ActionResult.h"
#include "runbook/Runbook.h"
#include "signing/ElectronicSignature.h"
#include "signing/SignaturePolicy.h"
#include "store/SessionInfo.h"
#include "store/SessionStore.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <functional>
#include <memory>

// The domain facade of one cutover session: every front end (GUI, cutoverctl) changes a session only
// through these actions. Each action checks the rules (a name is given, skipping has a reason, a
// sign-off comes from a second person), writes the change and its audit records in one transaction,
// and only then updates the in-memory copy and emits itemChanged.
class SessionTrust;

class CutoverSession : public QObject {
    Q_OBJECT
public:
    ~CutoverSession() override;

    static std::unique_ptr<CutoverSession> create(const QString &path, const SessionInfo &info,
        const Runbook &runbook, const QString &actor, QString *error);
    static std::unique_ptr<CutoverSession> open(const QString &path, SessionStore::Mode mode, QString *error);

    const SessionInfo &info() const { return m_info; }
    QString path() const { return m_store->path(); }
    bool isReadOnly() const { return m_store->isReadOnly(); }
    SessionStore *store() const { return m_store.get(); }
    // In a team session: the role the server authenticated this connection as, the actor of everything
    // done through it (the server's rules insist); empty for a file.
    QString serverRole() const { return m_serverRole; }
    // Whether this user trusts what the session would run (see SessionTrust); changes this process
    // commits to a trusted session are trusted with it.
    SessionTrust *trust() const { return m_trust.get(); }

    const QList<Phase> &phases() const { return m_phases; }
    QList<ChecklistItem> items(qint64 phaseId) const;
    QList<ChecklistItem> allItems() const;
    bool hasItem(qint64 id) const { return m_items.contains(id); }
    ChecklistItem item(qint64 id) const { return m_items.value(id); }
    QString headHash() const;
    qint64 auditRecordCount() const;

    // The current checklist as a runbook (for export and templates).
    Runbook toRunbook() const;

    // Checked against the item's row as it is inside the write transaction (not against this copy), so a
    // change another process committed meanwhile is judged, not overwritten. A precondition returns an
    // error message when the current item is not as the caller expects (e.g. the status the user saw).
    using Precondition = std::function<QString(const ChecklistItem &current)>;
    ActionResult setStatus(qint64 id, ItemStatus status, const QString &actor, const QString &reason = {},
        const Precondition &precondition = {});
    // Declared sign-off (actor = the declared principal); refused in sessions whose policy is Required.
    ActionResult signOff(qint64 id, const QString &actor, const QString &reason = {});

    // --- Electronic signatures (issue 12) ---
    SignaturePolicy signaturePolicy() const;
    // The statement of signing item id off (act item.signoff), to be signed by the caller.
    SignatureStatement signOffStatement(
        qint64 id, const QString &principal, const QString &displayName) const;
    // The signed sign-off: refused when the chain head moved since the statement, when the signature does
    // not verify (Required) or when the signer's principal is the completer's (exact comparison).
    // items.signed_off_by receives the principal.
    ActionResult signOff(qint64 id, const ElectronicSignature &signature, const QString &reason = {});
    // Whether skipping the item is a signed act (it needs a sign-off).
    bool skipNeedsSignature(qint64 id) const;
    // The statement of skipping an item that needs sign-off (act item.skip, meaning responsible for).
    SignatureStatement skipStatement(
        qint64 id, const QString &reason, const QString &principal, const QString &displayName) const;
    // Skips the item with a signature (the statement's record names the reason, which must match).
    ActionResult skip(qint64 id, const ElectronicSignature &signature, const QString &reason,
        const Precondition &precondition = {});
    // Changing the session's signature policy (act policy.change, responsible for).
    SignatureStatement policyChangeStatement(
        SignaturePolicy policy, const QString &principal, const QString &displayName) const;
    ActionResult setSignaturePolicy(SignaturePolicy policy, const ElectronicSignature &signature);
    // The signer takes their own sign-off back (recorded as item.signoff.withdraw): the item awaits a
    // sign-off again. Nobody else can withdraw it, and it needs a reason.
    ActionResult withdrawSignOff(qint64 id, const QString &actor, const QString &reason);
    ActionResult setNotes(qint64 id, const QString &notes, const QString &actor, const QString &reason = {});
    // Adds `line` to the item's notes as they are inside the write (a note another writer added meanwhile
    // is kept).
    ActionResult addNote(qint64 id, const QString &line, const QString &actor, const QString &reason = {});
    // Adds the links the item does not hold yet, to the evidence as it is inside the write.
    ActionResult addEvidence(
        qint64 id, const QStringList &links, const QString &actor, const QString &reason = {});
    ActionResult setEvidence(
        qint64 id, const QStringList &links, const QString &actor, const QString &reason = {});
    ActionResult setOwner(qint64 id, const QString &owner, const QString &actor, const QString &reason = {});

    // Re-reads everything from the file (a viewer following another process's changes).
    ActionResult reload();

Q_SIGNALS:
    void itemChanged(qint64 id);
    void reloaded();

private:
    explicit CutoverSession(std::unique_ptr<SessionStore> store);
    bool load(QString *error);

    struct FieldChange {
        QString field;
        QVariant value;
    };
    // Decides the changes from the item as stored now (read inside the write transaction); a failure
    // from it rolls back and is returned.
    using Decision = std::function<ActionResult(const ChecklistItem &current, QList<FieldChange> *changes)>;
    ActionResult apply(qint64 id, const QString &action, const Decision &decide, const QString &actor,
        const QString &reason, const ElectronicSignature *signature = nullptr);
    void indexPhases();
    ActionResult checkWritable(qint64 id, const QString &actor) const;
    // Why an act of a second person on the same item changed nothing: whose state the item is in now.
    static QString completedFirst(const ChecklistItem &item);

    std::unique_ptr<SessionStore> m_store;
    QString m_serverRole;
    std::unique_ptr<SessionTrust> m_trust; // observes m_store: goes first
    SessionInfo m_info;
    QList<Phase> m_phases;
    QHash<qint64, ChecklistItem> m_items;
    QHash<qint64, QList<qint64>> m_phaseItems; // phase id -> its item ids in checklist order
};
