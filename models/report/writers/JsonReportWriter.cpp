// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/writers/JsonReportWriter.h"

#include "core/AtomicFile.h"
#include "core/Timestamps.h"
#include "report/ReportEscaping.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("JsonReportWriter", text);
}

QJsonValue time(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(Timestamps::toText(t)) : QJsonValue(QJsonValue::Null);
}

QJsonArray pairs(const QList<QPair<QString, QString>> &list)
{
    QJsonArray a;
    for (const auto &p : list)
        a.append(QJsonObject { { QStringLiteral("label"), p.first }, { QStringLiteral("value"), p.second } });
    return a;
}

QJsonObject block(const ReportBlock &b, const QByteArray &png)
{
    switch (b.kind) {
    case ReportBlock::Kind::Heading:
        return { { QStringLiteral("type"), QStringLiteral("heading") }, { QStringLiteral("level"), b.level },
            { QStringLiteral("text"), b.text } };
    case ReportBlock::Kind::Paragraph:
        return { { QStringLiteral("type"), QStringLiteral("paragraph") }, { QStringLiteral("text"), b.text },
            { QStringLiteral("monospace"), b.monospace } };
    case ReportBlock::Kind::KeyValues:
        return { { QStringLiteral("type"), QStringLiteral("key_values") },
            { QStringLiteral("pairs"), pairs(b.pairs) } };
    case ReportBlock::Kind::Table: {
        QJsonArray rows;
        for (const QStringList &r : b.rows)
            rows.append(QJsonArray::fromStringList(r));
        return { { QStringLiteral("type"), QStringLiteral("table") },
            { QStringLiteral("caption"), b.caption },
            { QStringLiteral("header"), QJsonArray::fromStringList(b.header) },
            { QStringLiteral("rows"), rows } };
    }
    case ReportBlock::Kind::Figure:
        return { { QStringLiteral("type"), QStringLiteral("figure") },
            { QStringLiteral("caption"), b.caption },
            { QStringLiteral("media_type"), QStringLiteral("image/png") },
            { QStringLiteral("width"), b.image.width() }, { QStringLiteral("height"), b.image.height() },
            { QStringLiteral("data_base64"), QString::fromLatin1(png.toBase64()) } };
    }
    return {};
}

}

QJsonObject JsonReportWriter::toJson(const ReportDocument &doc, const ReportProgress &progress)
{
    QJsonObject root;
    root.insert(QStringLiteral("$schema"),
        QStringLiteral("https://cutover-cockpit.invalid/schema/report.schema.json"));
    root.insert(QStringLiteral("format_version"), formatVersion);
    root.insert(QStringLiteral("language"), doc.strings.language());
    root.insert(QStringLiteral("generated_at"), time(doc.generatedAt));
    root.insert(QStringLiteral("title"), doc.title());
    root.insert(QStringLiteral("session"),
        QJsonObject { { QStringLiteral("name"), doc.info.name }, { QStringLiteral("file"), doc.sessionFile },
            { QStringLiteral("mode"),
                doc.info.rehearsal ? QStringLiteral("rehearsal") : QStringLiteral("live") },
            { QStringLiteral("language"), doc.info.language },
            { QStringLiteral("template"), doc.info.templateName }, { QStringLiteral("goal"), doc.info.goal },
            { QStringLiteral("created_at"), time(doc.info.createdAt) },
            { QStringLiteral("started_at"), time(doc.startedAt) },
            { QStringLiteral("ended_at"), time(doc.endedAt) }, { QStringLiteral("lead"), doc.lead },
            { QStringLiteral("outcome"), doc.outcomeKey }, { QStringLiteral("outcome_text"), doc.outcome },
            { QStringLiteral("facts"), pairs(doc.titleFacts) } });
    root.insert(QStringLiteral("result"),
        QJsonObject { { QStringLiteral("goal"), doc.result.goal },
            { QStringLiteral("went_well"), doc.result.wentWell },
            { QStringLiteral("open"), doc.result.openPoints },
            { QStringLiteral("updated_by"), doc.result.updatedBy },
            { QStringLiteral("updated_at"), time(doc.result.updatedAt) } });
    QJsonArray phases;
    for (const Phase &p : doc.phases) {
        QJsonArray items;
        for (const ChecklistItem &it : doc.items) {
            if (it.phaseId != p.id)
                continue;
            items.append(QJsonObject { { QStringLiteral("id"), double(it.id) },
                { QStringLiteral("task"), it.task }, { QStringLiteral("expected"), it.expected },
                { QStringLiteral("owner"), it.owner },
                { QStringLiteral("status"), ItemStatusText::key(it.status) },
                { QStringLiteral("skip_reason"), it.skipReason },
                { QStringLiteral("planned_start"), time(it.plannedStart) },
                { QStringLiteral("planned_minutes"), it.plannedMinutes },
                { QStringLiteral("actual_start"), time(it.actualStart) },
                { QStringLiteral("actual_end"), time(it.actualEnd) }, { QStringLiteral("notes"), it.notes },
                { QStringLiteral("evidence"), QJsonArray::fromStringList(it.evidence) },
                { QStringLiteral("signoff_required"), it.signOffRequired },
                { QStringLiteral("completed_by"), it.completedBy },
                { QStringLiteral("signed_off_by"), it.signedOffBy } });
        }
        phases.append(QJsonObject { { QStringLiteral("name"), p.name }, { QStringLiteral("items"), items } });
    }
    root.insert(QStringLiteral("checklist"), QJsonObject { { QStringLiteral("phases"), phases } });

    QJsonArray timeline;
    for (const ReportTimelineEvent &e : doc.timeline)
        timeline.append(QJsonObject { { QStringLiteral("at"), time(e.at) },
            { QStringLiteral("kind"), e.kind }, { QStringLiteral("text"), e.text },
            { QStringLiteral("actor"), e.actor }, { QStringLiteral("source"), e.source } });
    root.insert(QStringLiteral("timeline"), timeline);

    QJsonArray lessons;
    for (const Lesson &l : doc.lessons) {
        QJsonValue change = QJsonValue::Null;
        if (!l.change.isNone()) {
            change = QJsonObject { { QStringLiteral("kind"), RunbookChange::kindKey(l.change.kind) },
                { QStringLiteral("target"), RunbookChange::targetKey(l.change.target) },
                { QStringLiteral("phase"), l.change.phase }, { QStringLiteral("task"), l.change.task },
                { QStringLiteral("new_text"), l.change.newText },
                { QStringLiteral("expected"), l.change.expected },
                { QStringLiteral("description"), doc.strings.describe(l.change) } };
        }
        lessons.append(QJsonObject { { QStringLiteral("id"), double(l.id) },
            { QStringLiteral("text"), l.text }, { QStringLiteral("action"), l.action },
            { QStringLiteral("owner"), l.owner }, { QStringLiteral("created_by"), l.createdBy },
            { QStringLiteral("created_at"), time(l.createdAt) }, { QStringLiteral("change"), change } });
    }
    root.insert(QStringLiteral("lessons"), lessons);

    const QList<QByteArray> pngs = ReportEscaping::figurePngs(doc.sections);
    int figure = 0;
    QJsonArray sections;
    for (const ReportSection &sec : doc.sections) {
        if (progress.isCanceled())
            return {};
        QJsonArray blocks;
        for (const ReportBlock &b : sec.blocks)
            blocks.append(
                block(b, b.kind == ReportBlock::Kind::Figure ? pngs.value(figure++) : QByteArray()));
        sections.append(
            QJsonObject { { QStringLiteral("id"), sec.id }, { QStringLiteral("title"), sec.title },
                { QStringLiteral("order"), sec.order }, { QStringLiteral("blocks"), blocks } });
    }
    root.insert(QStringLiteral("sections"), sections);
    root.insert(QStringLiteral("contributions"), doc.contributionData);
    root.insert(QStringLiteral("problems"), QJsonArray::fromStringList(doc.problems));
    root.insert(QStringLiteral("integrity"),
        QJsonObject { { QStringLiteral("head_hash"), doc.integrity.headHash },
            { QStringLiteral("record_count"), double(doc.integrity.recordCount) },
            { QStringLiteral("intact"), doc.integrity.intact },
            { QStringLiteral("problem"), doc.integrity.problem },
            { QStringLiteral("verify_command"), doc.integrity.verifyCommand } });
    QJsonArray audit;
    for (const AuditRecord &r : doc.audit) {
        QJsonObject record { { QStringLiteral("seq"), double(r.seq) }, { QStringLiteral("at"), time(r.at) },
            { QStringLiteral("actor"), r.actor }, { QStringLiteral("action"), r.action },
            { QStringLiteral("entity"), r.entity }, { QStringLiteral("entity_id"), double(r.entityId) },
            { QStringLiteral("field"), r.field }, { QStringLiteral("old_value"), r.oldValue },
            { QStringLiteral("new_value"), r.newValue }, { QStringLiteral("reason"), r.reason },
            { QStringLiteral("prev_hash"), r.prevHash }, { QStringLiteral("hash"), r.hash } };
        if (r.withheld)
            record.insert(QStringLiteral("withheld"), true);
        audit.append(record);
    }
    root.insert(QStringLiteral("audit"), audit);
    return root;
}

ActionResult JsonReportWriter::write(
    const ReportDocument &doc, const QString &path, const ReportProgress &progress)
{
    const QJsonObject root = toJson(doc, progress);
    if (progress.isCanceled())
        return ActionResult::failure(tr("The export was cancelled; nothing was written."));
    progress.set(90);
    if (QString error; !AtomicFile::write(path, QJsonDocument(root).toJson(QJsonDocument::Indented), &error))
        return ActionResult::failure(tr("Cannot write %1: %2").arg(path, error));
    progress.set(100);
    return ActionResult::success();
}
