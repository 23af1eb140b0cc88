// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <memory>

class CutoverSession;
class SessionRuntime;

// A session file for a figure, opened as every face opens one: through the composition root
// (SessionRuntime), with its record loaded and no backend call, no metric source and no webhooks.
class BenchSession {
public:
    ~BenchSession();
    // A new session file at path (no checklist); nullptr and *error when it cannot be created or opened.
    static std::unique_ptr<BenchSession> create(const QString &path, QString *error);

    CutoverSession *session() const { return m_session.get(); }
    SessionRuntime *runtime() const { return m_runtime.get(); }

private:
    BenchSession() = default;

    std::unique_ptr<CutoverSession> m_session;
    std::unique_ptr<SessionRuntime> m_runtime;
};
