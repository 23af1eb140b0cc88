// SPDX-License-Identifier: GPL-3.0-or-later
#include "stakeholder/StatusSnapshotBuilder.h"

#include "audit/AuditChain.h"
#include "checklist/CutoverSession.h"
#include "core/Timestamps.h"
#include "incidents/IncidentLog.h"
#include "signing/SignatureAct.h"
#include "signing/SignaturePolicy.h"
#include "signing/SignatureStore.h"
#include "traffic/TrafficStatusSource.h"

#include <QTimer>

StatusSnapshotBuilder::StatusSnapshotBuilder(CutoverSession *session, IncidentLog *log, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_log(log)
    , m_coalesce(new QTimer(this))
    , m_poll(new QTimer(this))
{
    m_coalesce->setSingleShot(true);
    m_coalesce->setInterval(100);
    connect(m_coalesce, &QTimer::timeout, this, &StatusSnapshotBuilder::update);
    m_poll->setInterval(2000);
    connect(m_poll, &QTimer::timeout, this, &StatusSnapshotBuilder::update);
    connect(session, &CutoverSession::itemChanged, this, &StatusSnapshotBuilder::scheduleUpdate);
    connect(session, &CutoverSession::reloaded, this, &StatusSnapshotBuilder::scheduleUpdate);
    if (log) {
        connect(log, &IncidentLog::entryAdded, this, &StatusSnapshotBuilder::scheduleUpdate);
        connect(log, &IncidentLog::entryChanged, this, &StatusSnapshotBuilder::scheduleUpdate);
        connect(log, &IncidentLog::reloaded, this, &StatusSnapshotBuilder::scheduleUpdate);
    }
    m_current = build();
}

void StatusSnapshotBuilder::setTrafficSource(TrafficStatusSource *source)
{
    m_traffic = source;
    if (source)
        m_poll->start();
    else
        m_poll->stop();
    scheduleUpdate();
}

void StatusSnapshotBuilder::setResultStatementProvider(std::function<QString()> provider)
{
    m_resultStatement = std::move(provider);
    scheduleUpdate();
}

void StatusSnapshotBuilder::setPaused(bool paused)
{
    m_paused = paused;
    if (!paused)
        scheduleUpdate();
}

void StatusSnapshotBuilder::scheduleUpdate()
{
    if (!m_coalesce->isActive())
        m_coalesce->start();
}

void StatusSnapshotBuilder::update()
{
    if (m_paused)
        return;
    m_current = build();
    Q_EMIT snapshotChanged(m_current);
}

TrafficStatus StatusSnapshotBuilder::stakeholderView(TrafficStatus status)
{
    // A backend's own error text (a script's output, a host name, a stack trace) is for the lead, not for
    // stakeholders, and nobody has checked it: they learn that there is a problem and that it is handled.
    if (!status.problem.trimmed().isEmpty())
        status.problem = tr("Traffic backend: a problem is reported; the cutover lead is on it.");
    for (TrafficStatus::Gate &g : status.gates) {
        if (g.verdict != QLatin1String("pass") && g.verdict != QLatin1String("fail"))
            g.detail = tr("no conclusive measurement yet");
    }
    return status;
}

StatusSnapshot StatusSnapshotBuilder::build() const
{
    StatusSnapshot s;
    s.generatedAt = Timestamps::now();
    if (!m_session)
        return s;
    s.valid = true;
    s.sessionName = m_session->info().name;
    s.rehearsal = m_session->info().rehearsal;
    for (const Phase &phase : m_session->phases()) {
        StatusSnapshot::PhaseProgress p;
        p.name = phase.name;
        for (const ChecklistItem &item : m_session->items(phase.id)) {
            ++p.total;
            if (item.status == ItemStatus::Done || item.status == ItemStatus::Skipped)
                ++p.finished;
            if (item.status == ItemStatus::Failed)
                ++p.failed;
        }
        s.phases.append(p);
    }
    if (m_traffic)
        s.traffic = stakeholderView(m_traffic->trafficStatus());
    const QSqlDatabase db = m_session->store()->database();
    s.signaturesRequired = SignaturePolicyText::read(db) == SignaturePolicy::Required;
    const bool hasSignatures = SignatureStore::existsIn(db);
    if (m_log) {
        for (const IncidentEntry &e : m_log->stakeholderEntries(m_entryLimit)) {
            StatusSnapshot::Entry out;
            out.id = e.id;
            out.occurredAt = e.occurredAt;
            out.severity = IncidentEntry::severityKey(e.severity);
            out.text = e.text;
            out.author = e.author;
            out.verifiedBy = e.verifiedBy;
            out.corrects = e.kind == IncidentEntry::Kind::Correction ? e.refersTo : 0;
            // The latest verification signature of the entry (a withdrawn and repeated one leaves two).
            const QList<SignatureRecord> signatures = hasSignatures
                ? SignatureStore::forEntity(db, QStringLiteral("incident"), e.id)
                : QList<SignatureRecord> {};
            for (const SignatureRecord &sig : signatures) {
                if (sig.act != SignatureAct::incidentVerify)
                    continue;
                out.verifierName = sig.displayName;
                out.verifierPrincipal = sig.principal;
                out.verifiedAt = sig.at;
                out.verificationDeclared = sig.isDeclared();
            }
            s.entries.append(out);
        }
    }
    if (m_resultStatement)
        s.resultStatement = m_resultStatement().trimmed();
    // Read last, so the head covers everything the snapshot shows (one indexed row).
    const AuditChain::Head head = AuditChain::head(db);
    s.auditHead = head.hash;
    s.auditRecords = head.seq;
    return s;
}
