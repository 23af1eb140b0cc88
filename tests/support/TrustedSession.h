// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/CtlProcess.h"

// A session a test built behind the core's back (raw SQL, a copied file, a bare store) is not trusted:
// cutoverctl refuses to run it. The test trusts it as its user would, with `cutoverctl trust`. The test
// and its cutoverctl share the test's own settings folder (XDG_CONFIG_HOME, set by cockpit_add_test).
inline bool trustSession(const QString &path)
{
    const CtlResult r = runCtl({ QStringLiteral("trust"), path });
    if (r.code != 0)
        qWarning("cutoverctl trust %s failed: %s", qPrintable(path), qPrintable(r.err));
    return r.code == 0;
}
