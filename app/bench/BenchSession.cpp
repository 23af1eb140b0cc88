// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchSession.h"

#include "checklist/CutoverSession.h"
#include "session/SessionRuntime.h"
#include "store/SessionStore.h"

BenchSession::~BenchSession()
{
    m_runtime.reset(); // refers to the session: goes first
}

std::unique_ptr<BenchSession> BenchSession::create(const QString &path, QString *error)
{
    if (!SessionStore::create(path, error))
        return nullptr;
    std::unique_ptr<BenchSession> s(new BenchSession);
    s->m_session = CutoverSession::open(path, SessionStore::Mode::ReadWrite, error);
    if (!s->m_session)
        return nullptr;
    SessionRuntime::Options options;
    options.webhooksFromKeychain = false; // no keychain prompt, and no channel unless the environment has one
    options.deliverContinuously = false;
    s->m_runtime = std::make_unique<SessionRuntime>(s->m_session.get(), options);
    s->m_runtime->setActor(QStringLiteral("bench"));
    s->m_runtime->load(); // the record only: no reconcile with a backend, no drift checks
    return s;
}
