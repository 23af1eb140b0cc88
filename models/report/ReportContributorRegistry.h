// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/ReportContributor.h"

#include <QList>

#include <memory>

// The contributors every report includes besides the built-in ones (checklist, audit). Features register
// theirs once at start-up (GUI and cutoverctl main); thread-safe.
class ReportContributorRegistry {
public:
    // Replaces a contributor with the same id.
    static void add(std::shared_ptr<const ReportContributor> contributor);
    static void remove(const QString &id);
    static QList<std::shared_ptr<const ReportContributor>> all();
};
