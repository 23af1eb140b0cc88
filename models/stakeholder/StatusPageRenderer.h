// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stakeholder/StatusSnapshot.h"

#include <QByteArray>

// The stakeholder status page as one self-contained HTML document (inline CSS, no script; it refreshes
// itself with a meta refresh). Every user-written text is HTML-escaped.
class StatusPageRenderer {
public:
    static QByteArray html(const StatusSnapshot &snapshot, int refreshSeconds = 5);
};
