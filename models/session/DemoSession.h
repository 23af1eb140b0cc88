// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklist/CutoverSession.h"

#include <memory>

// A demo session mid-cutover, built from the default template through the ordinary (audited) actions:
// preparation done by "alice" and signed off by "bob", the cutover phase under way (its first item in
// progress, with a note and an evidence link), after-the-cutover still open. It is labelled as a demo
// in its name and stored in the given (temporary) directory, never among the user's sessions.
class DemoSession {
public:
    static QString fileName() { return QStringLiteral("demo.cutover"); }
    static QString firstPerson() { return QStringLiteral("alice"); }
    static QString secondPerson() { return QStringLiteral("bob"); }

    static std::unique_ptr<CutoverSession> create(
        const QString &directory, const QString &language, QString *error);
};
