// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class CutoverSession;

// The traffic and incident-log part of the demo (DemoSession builds the checklist): the simulated
// backend (its split kept in a file beside the demo session, so every engine on the session reads the
// same split back), the default plan run through the engine to 25 % — each step confirmed by the
// backend — and a few incident log entries, one still a draft and two verified by a second person.
// Needs the built-in backends linked (the cockpit and cutoverctl have them).
class DemoCutover {
public:
    static int demoPercent() { return 25; }
    // Runs the engine in a local event loop (the simulated backend answers in milliseconds; bounded by
    // a timeout). False with *error when a step was not confirmed.
    static bool prepare(CutoverSession *session, const QString &directory, QString *error);
};
