// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

class CutoverSession;

// The traffic and incident-log part of the demo (DemoSession builds the checklist): the simulated
// backend (its split kept in a file beside the demo session, so every engine on the session reads the
// same split back), the article's plan with two gates per step run through the engine to 25 % — each
// step confirmed by the backend, 12, 8 and 4 minutes ago — where one gate passed and one is
// inconclusive, so the plan waits for the lead's decision; and a few incident log entries, one still a
// draft and two verified by a second person. Every record carries the time of the demo's story.
// Needs the built-in backends linked (the cockpit and cutoverctl have them).
class DemoCutover {
public:
    static int demoPercent() { return 25; }
    // When each confirmed step of the demo happened, in minutes before the demo was built (1 %, 5 %, 25 %).
    static QList<int> stepMinutesAgo() { return { 12, 8, 4 }; }
    // Runs the engine in a local event loop (the simulated backend answers in milliseconds; bounded by
    // a timeout). False with *error when a step was not confirmed.
    static bool prepare(CutoverSession *session, const QString &directory, QString *error);
};
