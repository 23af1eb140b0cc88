// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklist/CutoverSession.h"
#include "runbook/RunbookTemplates.h"

#include <QDebug>

// A real session with the built-in checklist for the incident-log tests. The template name is left
// empty on purpose: an empty (null) QString must still be stored as '' in a NOT NULL column.
// signatures: "" = the default of the kind (required for live), or "declared" / "required".
inline std::unique_ptr<CutoverSession> createIncidentTestSession(
    const QString &path, bool rehearsal = true, const QString &signatures = {})
{
    SessionInfo info;
    info.signatures = signatures;
    info.name = QStringLiteral("Core banking adapter");
    info.goal = QStringLiteral("Move payment flows to the new adapter");
    info.rehearsal = rehearsal;
    // People act under typed names here: a declared session, also when live (signed acts: tst_auditevidence).
    info.signatures = QStringLiteral("declared");
    QString error;
    auto s = CutoverSession::create(
        path, info, RunbookTemplates::defaultRunbook(QStringLiteral("en")), QStringLiteral("alice"), &error);
    if (!s)
        qWarning() << "cannot create the test session:" << error;
    return s;
}
