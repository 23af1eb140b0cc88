// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// The outcome of an action on a session: ok, or refused/failed with a message for the person.
struct ActionResult {
    bool ok = true;
    QString error;

    static ActionResult success() { return {}; }
    static ActionResult failure(const QString &message) { return { false, message }; }
    explicit operator bool() const { return ok; }
};
