// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/ReportContributor.h"
#include "report/ReportDocument.h"
#include "report/ReportProgress.h"

#include <QList>

#include <memory>

class CutoverSession;

// Gathers a report from a session: the title page, the result statement and lessons, and what each
// contributor gives (the built-in checklist and audit contributors, then the registered ones). Runs on
// the thread that opened the session. A contributor that fails is named in the report; the rest is kept.
class ReportBuilder {
public:
    explicit ReportBuilder(const QString &language = QStringLiteral("en"));

    // Contributors in addition to the built-in ones; by default those in ReportContributorRegistry.
    void setContributors(const QList<std::shared_ptr<const ReportContributor>> &contributors);
    void setFigureSize(const QSize &size) { m_figureSize = size; }

    // False (with *error) when the session cannot be read or the build was cancelled.
    bool build(const CutoverSession &session, ReportDocument *document, QString *error,
        const ReportProgress &progress = {}) const;

private:
    QString m_language;
    QSize m_figureSize = QSize(2100, 960);
    QList<std::shared_ptr<const ReportContributor>> m_contributors;
};
