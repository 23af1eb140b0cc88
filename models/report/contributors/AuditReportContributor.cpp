// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/contributors/AuditReportContributor.h"

#include "audit/AuditChain.h"
#include "checklist/CutoverSession.h"
#include "session/TrailReplayers.h"

#include <QFileInfo>
#include <QMap>

namespace {

// Quotes a path for a POSIX shell when it needs quoting.
QString shellQuoted(const QString &text)
{
    static const QString safe = QStringLiteral("-_./:=@%+,");
    bool plain = !text.isEmpty();
    for (const QChar c : text) {
        if (!c.isLetterOrNumber() && !safe.contains(c))
            plain = false;
    }
    if (plain)
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

}

ReportIntegrity AuditReportContributor::integrity(const CutoverSession &session)
{
    registerTrailReplayers(); // the report's verdict covers every feature's tables, built or not
    const AuditChain::Verification v = AuditChain::verify(session.store()->database());
    ReportIntegrity i;
    i.headHash = v.headHash;
    i.recordCount = v.recordCount;
    i.intact = v.intact && v.stateMismatches.isEmpty();
    i.problem = v.problem;
    if (i.problem.isEmpty() && !v.stateMismatches.isEmpty())
        i.problem = v.stateMismatches.join(QStringLiteral("; "));
    i.verifyCommand = QStringLiteral("cutoverctl audit verify %1 --expect-head %2")
                          .arg(shellQuoted(QFileInfo(session.path()).fileName()), i.headHash);
    return i;
}

bool AuditReportContributor::contribute(const ReportContext &ctx, ReportContribution *out, QString *) const
{
    const ReportStrings &s = ctx.strings;
    const ReportIntegrity i = integrity(*ctx.session);
    ReportSection section;
    section.id = QStringLiteral("integrity");
    section.title = s.text(ReportStrings::Integrity);
    section.order = 90;
    QList<QPair<QString, QString>> facts = {
        { s.text(ReportStrings::HeadHash), i.headHash },
        { s.text(ReportStrings::RecordCount), QString::number(i.recordCount) },
        { s.text(ReportStrings::ChainState),
            i.intact ? s.text(ReportStrings::ChainIntact)
                     : s.text(ReportStrings::ChainBroken) + QStringLiteral(": ") + i.problem },
    };
    section.blocks.append(ReportBlock::keyValues(facts));
    section.blocks.append(ReportBlock::heading(s.text(ReportStrings::VerifyHow)));
    section.blocks.append(ReportBlock::paragraph(s.text(ReportStrings::VerifyExplanation)));
    // Split before the hash so the command fits a printed page and still pastes into a shell.
    section.blocks.append(ReportBlock::code(
        QString(i.verifyCommand)
            .replace(QStringLiteral(" --expect-head "), QStringLiteral(" \\\n    --expect-head "))));

    // Which kinds of action the trail holds, so a reader sees what was recorded.
    QMap<QString, int> byAction;
    for (const AuditRecord &r : AuditChain::readAll(ctx.session->store()->database()))
        ++byAction[r.action];
    QList<QStringList> rows;
    for (auto it = byAction.constBegin(); it != byAction.constEnd(); ++it)
        rows.append({ it.key(), QString::number(it.value()) });
    section.blocks.append(ReportBlock::table(
        { s.pick(QStringLiteral("Recorded action"), QStringLiteral("Aufgezeichnete Aktion")),
            s.pick(QStringLiteral("Records"), QStringLiteral("Einträge")) },
        rows));
    out->sections.append(section);
    out->data = QJsonObject { { QStringLiteral("head_hash"), i.headHash },
        { QStringLiteral("record_count"), double(i.recordCount) }, { QStringLiteral("intact"), i.intact } };
    return true;
}
