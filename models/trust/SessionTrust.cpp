// SPDX-License-Identifier: GPL-3.0-or-later
#include "trust/SessionTrust.h"

#include "store/SessionStore.h"

#include <QSqlQuery>

SessionTrust::SessionTrust(SessionStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    m_trusted = m_decisions.isTrusted(manifest());
    if (!store->isReadOnly())
        m_observer = store->addCommitObserver([this] { onCommit(); });
}

SessionTrust::~SessionTrust()
{
    if (m_observer)
        m_store->removeCommitObserver(m_observer);
}

SessionManifest SessionTrust::manifest() const
{
    return SessionManifest::read(m_store);
}

bool SessionTrust::isTrusted()
{
    setTrusted(m_decisions.isTrusted(manifest()));
    return m_trusted;
}

QString SessionTrust::refusal()
{
    const SessionManifest m = manifest();
    setTrusted(m_decisions.isTrusted(m));
    if (m_trusted)
        return {};
    return tr("This session %1; nothing runs until you trust it.").arg(m.wouldRun());
}

void SessionTrust::trust()
{
    m_decisions.trust(manifest());
    setTrusted(true);
}

// Called right after this process committed: when the commit set what the session runs (the newest audit
// record is a backend, plan or metric source change) and the session was trusted before, the user made
// this change here, so its manifest is theirs.
void SessionTrust::onCommit()
{
    QSqlQuery q(m_store->database());
    const bool ownManifestChange
        // The metric sample writer appends metrics.batch records from its own connection at any moment.
        = q.exec(QStringLiteral(
              "SELECT action FROM audit WHERE action <> 'metrics.batch' ORDER BY seq DESC LIMIT 1"))
        && q.next()
        && QStringList { QStringLiteral("traffic.backend"), QStringLiteral("traffic.plan"),
               QStringLiteral("metrics.source") }
               .contains(q.value(0).toString());
    const SessionManifest m = manifest();
    if (ownManifestChange && m_trusted && !m_decisions.isTrusted(m)) {
        m_decisions.trust(m);
        return;
    }
    setTrusted(m_decisions.isTrusted(m));
}

void SessionTrust::setTrusted(bool trusted)
{
    if (trusted == m_trusted)
        return;
    m_trusted = trusted;
    Q_EMIT trustChanged(trusted);
}
