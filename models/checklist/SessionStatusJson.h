// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>

class CutoverSession;

// The state of a session as one JSON object: header, audit head, progress overall and per phase, and every
// checklist item. Shared by `cutoverctl status --json` and the stakeholder status page, so both show the
// same.
class SessionStatusJson {
public:
    // {name, goal, rehearsal, language, template, created_at, audit_head, audit_records,
    //  progress {done, skipped, finished, total}, phases [{id, name, progress, items [...]}]}
    static QJsonObject build(const CutoverSession &session);
};
