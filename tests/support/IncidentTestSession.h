// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklist/CutoverSession.h"
#include "runbook/RunbookTemplates.h"

#include <QDebug>

// A real session with the built-in checklist for the incident-log tests. The template name is left
// empty on purpose: an empty (null) QString must still be stored as '' in a NOT NULL column.
inline std::unique_ptr<CutoverSession> createIncidentTestSession(const QString &path, bool rehearsal = true)
{
    SessionInfo info;
    info.name = QStringLiteral("Core banking adapter");
    info.goal = QStringLiteral("Move payment flows to the new adapter");
    info.rehearsal = rehearsal;
    info.signatures = QStringLiteral("declared"); // names typed by the test, also in a live session
    QString error;
    auto s = CutoverSession::create(
        path, info, RunbookTemplates::defaultRunbook(QStringLiteral("en")), QStringLiteral("alice"), &error);
    if (!s)
        qWarning() << "cannot create the test session:" << error;
    return s;
}
