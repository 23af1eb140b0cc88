// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/ReportBuilder.h"

#include "audit/AuditChain.h"
#include "checklist/ChecklistProgress.h"
#include "checklist/CutoverSession.h"
#include "lessons/LessonsLearned.h"
#include "report/ReportContributorRegistry.h"
#include "report/contributors/AuditReportContributor.h"
#include "report/contributors/ChecklistReportContributor.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ReportBuilder", text);
}

ReportSection resultSection(const ReportDocument &doc)
{
    const ReportStrings &s = doc.strings;
    ReportSection section;
    section.id = QStringLiteral("result");
    section.title = s.text(ReportStrings::ResultStatement);
    section.order = 10;
    auto part = [&](ReportStrings::Key key, const QString &text) {
        section.blocks.append(ReportBlock::heading(s.text(key)));
        section.blocks.append(
            ReportBlock::paragraph(text.trimmed().isEmpty() ? s.text(ReportStrings::NotWritten) : text));
    };
    part(ReportStrings::Goal, doc.result.goal);
    part(ReportStrings::WentWell, doc.result.wentWell);
    part(ReportStrings::OpenPoints, doc.result.openPoints);
    if (!doc.result.updatedBy.isEmpty()) {
        section.blocks.append(ReportBlock::keyValues({ { s.text(ReportStrings::LastEditedBy),
            QStringLiteral("%1, %2").arg(
                doc.result.updatedBy, ReportStrings::dateTime(doc.result.updatedAt)) } }));
    }
    return section;
}

ReportSection timelineSection(const ReportDocument &doc)
{
    const ReportStrings &s = doc.strings;
    ReportSection section;
    section.id = QStringLiteral("timeline");
    section.title = s.text(ReportStrings::Timeline);
    section.order = 20;
    if (doc.timeline.isEmpty()) {
        section.blocks.append(ReportBlock::paragraph(s.text(ReportStrings::NoEvents)));
        return section;
    }
    QList<QStringList> rows;
    rows.reserve(doc.timeline.size());
    // Date and time joined by a no-break space: one line per time, so short rows never split across pages.
    for (const ReportTimelineEvent &e : doc.timeline)
        rows.append({ e.at.toUTC().toString(QStringLiteral("yyyy-MM-dd")) + QChar(0x00A0)
                + e.at.toUTC().toString(QStringLiteral("HH:mm:ss")),
            e.text, e.actor, e.source });
    section.blocks.append(ReportBlock::table(
        { s.text(ReportStrings::Time) + QStringLiteral(" (UTC)"), s.text(ReportStrings::Event),
            s.text(ReportStrings::Actor), s.text(ReportStrings::Source) },
        rows, 1, QString()));
    return section;
}

ReportSection lessonsSection(const ReportDocument &doc)
{
    const ReportStrings &s = doc.strings;
    ReportSection section;
    section.id = QStringLiteral("lessons");
    section.title = s.text(ReportStrings::LessonsLearned);
    section.order = 80;
    if (doc.lessons.isEmpty()) {
        section.blocks.append(ReportBlock::paragraph(s.text(ReportStrings::NoLessons)));
        return section;
    }
    QList<QStringList> rows;
    int n = 0;
    for (const Lesson &l : doc.lessons)
        rows.append({ QString::number(++n), l.text, l.action, l.owner, s.describe(l.change) });
    section.blocks.append(ReportBlock::table(
        { s.text(ReportStrings::Number), s.text(ReportStrings::Lesson), s.text(ReportStrings::Action),
            s.text(ReportStrings::Owner), s.text(ReportStrings::RunbookChange) },
        rows));
    return section;
}

}

ReportBuilder::ReportBuilder(const QString &language)
    : m_language(language)
    , m_contributors(ReportContributorRegistry::all())
{
}

void ReportBuilder::setContributors(const QList<std::shared_ptr<const ReportContributor>> &contributors)
{
    m_contributors = contributors;
}

bool ReportBuilder::build(
    const CutoverSession &session, ReportDocument *doc, QString *error, const ReportProgress &progress) const
{
    *doc = ReportDocument();
    doc->strings = ReportStrings(m_language);
    const ReportStrings &s = doc->strings;
    doc->info = session.info();
    doc->sessionFile = QFileInfo(session.path()).fileName();
    doc->generatedAt = QDateTime::currentDateTimeUtc();
    doc->phases = session.phases();
    doc->items = session.allItems();

    QString readError;
    doc->audit = AuditChain::readAll(session.store()->database(), &readError);
    if (!readError.isEmpty()) {
        *error = tr("Cannot read the audit trail: %1").arg(readError);
        return false;
    }
    // Drafts never reach a report, not even through the trail: the text of an incident entry that no second
    // person verified is withheld (the record, its actor and its hash stay, so the chain can still be
    // followed and verified against the session file).
    QSet<qint64> verifiedEntries;
    for (const AuditRecord &r : std::as_const(doc->audit)) {
        if (r.entity == QLatin1String("incident") && r.action == QLatin1String("incident.verified"))
            verifiedEntries.insert(r.entityId);
    }
    for (AuditRecord &r : doc->audit) {
        if (r.entity == QLatin1String("incident") && !verifiedEntries.contains(r.entityId)) {
            r.oldValue.clear();
            r.newValue.clear();
            r.reason.clear();
            r.withheld = true;
        }
    }
    for (const AuditRecord &r : std::as_const(doc->audit)) {
        if (r.action == QLatin1String("session.create")) {
            doc->lead = r.actor;
            break;
        }
    }

    // The result statement and lessons are read through the same class that writes them.
    {
        LessonsLearned notes(const_cast<CutoverSession *>(&session));
        if (!notes.load(&readError)) {
            *error = readError;
            return false;
        }
        doc->result = notes.resultStatement();
        doc->lessons = notes.lessons();
    }
    progress.set(5, tr("Checklist and lessons read"));

    ReportContext ctx;
    ctx.session = &session;
    ctx.strings = s;
    ctx.figureSize = m_figureSize;
    ctx.canceled = progress.canceled;

    QList<std::shared_ptr<const ReportContributor>> contributors;
    contributors.append(std::make_shared<ChecklistReportContributor>());
    for (const auto &c : m_contributors) {
        if (c && c->id() != QLatin1String("checklist") && c->id() != QLatin1String("audit"))
            contributors.append(c);
    }
    contributors.append(std::make_shared<AuditReportContributor>());

    QList<ReportSection> sections;
    int done = 0;
    for (const auto &c : std::as_const(contributors)) {
        if (progress.isCanceled()) {
            *error = tr("The report was cancelled.");
            return false;
        }
        ReportContribution part;
        QString message;
        const bool ok = c->contribute(ctx, &part, &message);
        if (progress.isCanceled()) {
            *error = tr("The report was cancelled.");
            return false;
        }
        if (!ok) {
            const QString problem = QStringLiteral("%1: %2").arg(c->id(), message);
            doc->problems.append(problem);
            ReportSection failed;
            failed.id = c->id();
            failed.title = c->id();
            failed.order = 85;
            failed.blocks.append(ReportBlock::paragraph(
                s.text(ReportStrings::ContributorFailed) + QStringLiteral(": ") + message));
            sections.append(failed);
        } else {
            sections += part.sections;
            for (const ReportTimelineEvent &e : std::as_const(part.timeline)) {
                if (!e.published) {
                    ++doc->droppedDrafts;
                    continue;
                }
                ReportTimelineEvent copy = e;
                if (copy.source.isEmpty())
                    copy.source = c->id();
                doc->timeline.append(copy);
            }
            doc->titleFacts += part.titleFacts;
            if (!part.outcomeNote.isEmpty())
                doc->outcome += QStringLiteral(" · ") + part.outcomeNote;
            if (!part.data.isEmpty())
                doc->contributionData.insert(c->id(), part.data);
        }
        ++done;
        progress.set(5 + 30 * done / int(contributors.size()), c->id());
    }
    std::stable_sort(doc->timeline.begin(), doc->timeline.end(),
        [](const ReportTimelineEvent &a, const ReportTimelineEvent &b) { return a.at < b.at; });

    // Outcome and dates from the checklist, counted as `cutoverctl status` counts them (ChecklistProgress):
    // finished = done + skipped; a failed item or one awaiting its sign-off is not finished.
    ChecklistProgress progressCount;
    QDateTime first, last;
    for (const ChecklistItem &it : std::as_const(doc->items)) {
        progressCount.add(it.status);
        if (it.actualStart.isValid() && (!first.isValid() || it.actualStart < first))
            first = it.actualStart;
        if (it.actualEnd.isValid() && (!last.isValid() || it.actualEnd > last))
            last = it.actualEnd;
    }
    if (!doc->timeline.isEmpty()) {
        if (!first.isValid() || doc->timeline.constFirst().at < first)
            first = doc->timeline.constFirst().at;
        if (!last.isValid() || doc->timeline.constLast().at > last)
            last = doc->timeline.constLast().at;
    }
    const QString notes = doc->outcome;
    const int failed = progressCount.failed();
    QString counts
        = s.pick(QStringLiteral("%1 of %2 tasks finished"), QStringLiteral("%1 von %2 Aufgaben erledigt"))
              .arg(progressCount.finished())
              .arg(progressCount.total());
    if (failed > 0)
        counts += s.pick(QStringLiteral(", %1 failed"), QStringLiteral(", %1 fehlgeschlagen")).arg(failed);
    if (progressCount.awaitingSignOff() > 0)
        counts += s.pick(QStringLiteral(", %1 awaiting sign-off"), QStringLiteral(", Abnahme ausstehend: %1"))
                      .arg(progressCount.awaitingSignOff());
    if (progressCount.unfinishedWork() > 0 || progressCount.awaitingSignOff() > 0) {
        doc->outcomeKey = QStringLiteral("incomplete");
        doc->outcome
            = s.text(ReportStrings::OutcomeIncomplete) + QStringLiteral(" (") + counts + QLatin1Char(')');
    } else if (failed > 0) {
        // Every item has ended, some of them failed.
        doc->outcomeKey = QStringLiteral("completed-with-failures");
        doc->outcome = s.text(ReportStrings::OutcomeCompletedWithFailures) + QStringLiteral(" (") + counts
            + QLatin1Char(')');
        doc->endedAt = last;
    } else {
        doc->outcomeKey = QStringLiteral("completed");
        doc->outcome = s.text(ReportStrings::OutcomeCompleted);
        doc->endedAt = last;
    }
    doc->outcome += notes;
    doc->startedAt = first;
    doc->integrity = AuditReportContributor::integrity(session);

    sections.append(resultSection(*doc));
    sections.append(timelineSection(*doc));
    sections.append(lessonsSection(*doc));
    std::stable_sort(sections.begin(), sections.end(),
        [](const ReportSection &a, const ReportSection &b) { return a.order < b.order; });
    doc->sections = sections;
    progress.set(40, tr("Report gathered"));
    return true;
}
