// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/ReportContributorRegistry.h"

#include <QMutex>
#include <QMutexLocker>

namespace {
QMutex mutex;
QList<std::shared_ptr<const ReportContributor>> &registered()
{
    static QList<std::shared_ptr<const ReportContributor>> list;
    return list;
}
}

void ReportContributorRegistry::add(std::shared_ptr<const ReportContributor> contributor)
{
    if (!contributor)
        return;
    QMutexLocker lock(&mutex);
    auto &list = registered();
    for (int i = 0; i < list.size(); ++i) {
        if (list.at(i)->id() == contributor->id()) {
            list[i] = std::move(contributor);
            return;
        }
    }
    list.append(std::move(contributor));
}

void ReportContributorRegistry::remove(const QString &id)
{
    QMutexLocker lock(&mutex);
    auto &list = registered();
    list.erase(
        std::remove_if(list.begin(), list.end(), [&](const auto &c) { return c->id() == id; }), list.end());
}

QList<std::shared_ptr<const ReportContributor>> ReportContributorRegistry::all()
{
    QMutexLocker lock(&mutex);
    return registered();
}
