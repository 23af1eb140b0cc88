// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/ReportDocument.h"

QList<QPair<QString, QString>> ReportDocument::titlePageFacts() const
{
    const ReportStrings &s = strings;
    QList<QPair<QString, QString>> facts = {
        { s.text(ReportStrings::Session), info.name + QStringLiteral(" (") + sessionFile + QLatin1Char(')') },
        { s.text(ReportStrings::Mode), modeText() },
        { s.text(ReportStrings::Template),
            info.templateName.isEmpty() ? QStringLiteral("–") : info.templateName },
        { s.text(ReportStrings::Created), ReportStrings::dateTime(info.createdAt) },
        { s.text(ReportStrings::Started), ReportStrings::dateTime(startedAt) },
        { s.text(ReportStrings::Ended), ReportStrings::dateTime(endedAt) },
        { s.text(ReportStrings::Lead), lead },
        { s.text(ReportStrings::Outcome), outcome },
    };
    if (!info.goal.isEmpty())
        facts.append({ s.text(ReportStrings::SessionGoal), info.goal });
    facts += titleFacts;
    facts.append({ s.text(ReportStrings::Generated), ReportStrings::dateTime(generatedAt) });
    facts.append({ s.text(ReportStrings::HeadHash), headWithCount() });
    return facts;
}

QString ReportDocument::headWithCount() const
{
    return integrity.headHash + QStringLiteral(" (")
        + strings.pick(QStringLiteral("%1 records"), QStringLiteral("%1 Einträge")).arg(integrity.recordCount)
        + QLatin1Char(')');
}

ReportBlock ReportDocument::approvalTable() const
{
    const ReportStrings &s = strings;
    const QStringList empty = { QString(), QString(), QString(), QString() };
    return ReportBlock::table({ s.text(ReportStrings::Name), s.text(ReportStrings::Role),
                                  s.text(ReportStrings::Date), s.text(ReportStrings::Signature) },
        { empty, empty }, s.text(ReportStrings::Approval));
}
