// SPDX-License-Identifier: GPL-3.0-or-later
#include "runbook/TemplateVersions.h"

#include "core/SqlText.h"

#include "audit/AuditChain.h"
#include "checklist/CutoverSession.h"
#include "core/Timestamps.h"
#include "report/ReportStrings.h"
#include "signing/SignatureAct.h"
#include "signing/SignatureStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace {

// Qt binds a null QString as SQL NULL; the text columns are NOT NULL with '' for "empty".
QString text(const QString &value)
{
    return SqlText::notNull(value);
}

QString tr(const char *text)
{
    return QCoreApplication::translate("TemplateVersions", text);
}

QString folded(const QString &text)
{
    return text.trimmed().toCaseFolded();
}

int findPhase(const Runbook &rb, const QString &name)
{
    for (int i = 0; i < rb.phases.size(); ++i) {
        if (folded(rb.phases.at(i).name) == folded(name))
            return i;
    }
    return -1;
}

// A task by its text or its 1-based number within the phase.
int findTask(const RunbookPhase &phase, const QString &reference)
{
    for (int i = 0; i < phase.tasks.size(); ++i) {
        if (folded(phase.tasks.at(i).task) == folded(reference))
            return i;
    }
    bool isNumber = false;
    const int n = reference.trimmed().toInt(&isNumber);
    if (isNumber && n >= 1 && n <= phase.tasks.size())
        return n - 1;
    return -1;
}

QJsonObject versionJson(const TemplateVersion &v)
{
    QJsonObject o
        = QJsonDocument::fromJson(RunbookCodec::write(v.runbook, RunbookCodec::Format::Json)).object();
    o.insert(QStringLiteral("template"), v.name);
    o.insert(QStringLiteral("version"), v.version);
    o.insert(QStringLiteral("created_at"), Timestamps::toText(v.createdAt));
    o.insert(QStringLiteral("created_by"), v.createdBy);
    o.insert(QStringLiteral("source_session"), v.sourceSession);
    o.insert(QStringLiteral("changelog"), QJsonArray::fromStringList(v.changelog));
    return o;
}

bool fromJson(const QByteArray &data, TemplateVersion *v, QString *error)
{
    const RunbookCodec::ParseResult parsed = RunbookCodec::parse(data, RunbookCodec::Format::Json);
    if (!parsed.ok) {
        *error = parsed.error;
        return false;
    }
    const QJsonObject o = QJsonDocument::fromJson(data).object();
    v->runbook = parsed.runbook;
    v->name = o.value(QStringLiteral("template")).toString();
    v->version = o.value(QStringLiteral("version")).toInt();
    v->createdAt = Timestamps::fromText(o.value(QStringLiteral("created_at")).toString());
    v->createdBy = o.value(QStringLiteral("created_by")).toString();
    v->sourceSession = o.value(QStringLiteral("source_session")).toString();
    v->changelog.clear();
    for (const QJsonValue &line : o.value(QStringLiteral("changelog")).toArray())
        v->changelog << line.toString();
    if (v->version < 1) {
        *error = tr("it has no version number");
        return false;
    }
    return true;
}

}

TemplateVersions::Applied TemplateVersions::applyLessons(const Runbook &base, const QList<Lesson> &lessons)
{
    using K = RunbookChange::Kind;
    using T = RunbookChange::Target;
    Applied out;
    out.runbook = base;
    Runbook &rb = out.runbook;
    const ReportStrings strings(base.language);
    int number = 0;
    for (const Lesson &l : lessons) {
        ++number;
        const RunbookChange &c = l.change;
        if (c.isNone())
            continue;
        auto fail = [&](const QString &why) {
            out.errors << tr("Lesson %1 (\"%2\"): %3").arg(number).arg(l.text, why);
        };
        int p = findPhase(rb, c.phase);
        if (c.kind == K::Add && c.target == T::Task) {
            if (p < 0) {
                rb.phases.append(RunbookPhase { c.phase.trimmed(), {} });
                p = int(rb.phases.size()) - 1;
            }
            const int existing = findTask(rb.phases[p], c.newText);
            if (existing >= 0 && folded(rb.phases[p].tasks.at(existing).task) == folded(c.newText)) {
                fail(tr("phase \"%1\" already has the task \"%2\"").arg(c.phase, c.newText));
                continue;
            }
            RunbookTask task;
            task.task = c.newText.trimmed();
            task.expected = c.expected.trimmed();
            rb.phases[p].tasks.append(task);
        } else {
            if (p < 0) {
                fail(tr("the runbook has no phase \"%1\"").arg(c.phase));
                continue;
            }
            const int t = findTask(rb.phases[p], c.task);
            if (t < 0) {
                fail(tr("phase \"%1\" has no task \"%2\"").arg(c.phase, c.task));
                continue;
            }
            RunbookTask &task = rb.phases[p].tasks[t];
            if (c.target == T::Task && c.kind == K::Change)
                task.task = c.newText.trimmed();
            else if (c.target == T::Task && c.kind == K::Remove)
                rb.phases[p].tasks.removeAt(t);
            else if (c.target == T::Expected && c.kind == K::Remove)
                task.expected.clear();
            else
                task.expected = c.expected.trimmed();
        }
        out.changelog << strings.describe(c) + QStringLiteral(" — ") + l.text.trimmed()
                + (l.owner.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(l.owner));
    }
    out.ok = out.errors.isEmpty();
    return out;
}

QString TemplateVersions::fileName(const QString &name, int version)
{
    return QStringLiteral("%1.v%2.json").arg(name).arg(version);
}

bool TemplateVersions::parseReference(const QString &reference, QString *name, int *version)
{
    static const QRegularExpression re(QStringLiteral("^([A-Za-z0-9][A-Za-z0-9._-]*)@v([0-9]+)$"));
    const QRegularExpressionMatch m = re.match(reference.trimmed());
    if (!m.hasMatch())
        return false;
    *name = m.captured(1);
    *version = m.captured(2).toInt();
    return *version >= 1;
}

bool TemplateVersions::readFile(const QString &path, TemplateVersion *version, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    QString why;
    if (!fromJson(file.readAll(), version, &why)) {
        *error = tr("%1 is not a template version: %2").arg(path, why);
        return false;
    }
    version->filePath = path;
    return true;
}

QList<TemplateVersion> TemplateVersions::libraryVersions(const TemplateLibrary &library, const QString &name)
{
    QList<TemplateVersion> out;
    const QDir dir(library.directory());
    const QString prefix = name + QStringLiteral(".v");
    for (const QFileInfo &fi : dir.entryInfoList({ name + QStringLiteral(".v*.json") }, QDir::Files)) {
        bool ok = false;
        const int n = fi.fileName().mid(prefix.size()).chopped(5).toInt(&ok);
        if (!ok || n < 1)
            continue;
        TemplateVersion v;
        QString error;
        if (readFile(fi.filePath(), &v, &error)) {
            v.version = n; // the file name is what a reference uses
            v.name = name;
            out.append(v);
        }
    }
    std::sort(out.begin(), out.end(),
        [](const TemplateVersion &a, const TemplateVersion &b) { return a.version < b.version; });
    return out;
}

QList<TemplateVersion> TemplateVersions::sessionVersions(const CutoverSession &session, QString *error)
{
    QList<TemplateVersion> out;
    QSqlQuery q(session.store()->database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT runbook, file_path FROM template_versions ORDER BY name, version"))) {
        if (error)
            *error = q.lastError().text();
        return out;
    }
    while (q.next()) {
        TemplateVersion v;
        QString why;
        if (fromJson(q.value(0).toString().toUtf8(), &v, &why)) {
            v.filePath = q.value(1).toString();
            out.append(v);
        } else if (error) {
            *error = why;
        }
    }
    return out;
}

int TemplateVersions::nextVersion(
    const TemplateLibrary &library, const CutoverSession &session, const QString &name)
{
    int last = 0;
    for (const TemplateVersion &v : libraryVersions(library, name))
        last = qMax(last, v.version);
    for (const TemplateVersion &v : sessionVersions(session)) {
        if (v.name == name)
            last = qMax(last, v.version);
    }
    return last + 1;
}

ActionResult TemplateVersions::saveVersion(CutoverSession &session, const QList<Lesson> &lessons,
    const QString &name, const QString &actor, const TemplateLibrary &library, TemplateVersion *saved)
{
    if (actor.trimmed().isEmpty())
        return ActionResult::failure(tr("Every change is recorded with a name; give your name first."));
    return ElectronicSignature::withDeclared(
        [&]() { return approvalStatement(session, name, library, actor.trimmed(), QString()); },
        [&](const ElectronicSignature &s) { return saveVersion(session, lessons, name, s, library, saved); });
}

namespace {

QString approvalRecord(const QString &name, int version)
{
    return QStringLiteral("template \"%1\" v%2").arg(SignatureStatement::oneLine(name)).arg(version);
}

}

SignatureStatement TemplateVersions::approvalStatement(const CutoverSession &session, const QString &name,
    const TemplateLibrary &library, const QString &principal, const QString &displayName)
{
    const qint64 id = session.store()->nextId(QStringLiteral("template_versions"));
    return ElectronicSignature::statementFor(session.store()->database(), SignatureAct::templateApprove,
        QStringLiteral("template_version"), id, approvalRecord(name, nextVersion(library, session, name)),
        principal, displayName);
}

ActionResult TemplateVersions::saveVersion(CutoverSession &session, const QList<Lesson> &lessons,
    const QString &name, const ElectronicSignature &signature, const TemplateLibrary &library,
    TemplateVersion *saved)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_-]*$"));
    const QString actor = signature.statement.principal;
    if (session.isReadOnly())
        return ActionResult::failure(tr("This session is open read-only; nothing can be changed here."));
    if (actor.trimmed().isEmpty())
        return ActionResult::failure(tr("Every change is recorded with a name; give your name first."));
    if (!valid.match(name).hasMatch() || name == TemplateLibrary::builtInName())
        return ActionResult::failure(
            tr("A template name uses letters, digits, '-' and '_' (and is not \"default\"), "
               "not \"%1\".")
                .arg(name));
    const Applied applied = applyLessons(session.toRunbook(), lessons);
    if (!applied.ok)
        return ActionResult::failure(tr("The new version was not saved; these changes cannot be applied:\n%1")
                                         .arg(applied.errors.join(QLatin1Char('\n'))));
    if (applied.changelog.isEmpty())
        return ActionResult::failure(
            tr("No lesson carries a runbook change, so there is nothing for a new version."));

    TemplateVersion v;
    v.name = name;
    v.version = nextVersion(library, session, name);
    v.createdAt = Timestamps::now();
    v.createdBy = actor.trimmed();
    v.sourceSession = session.info().name;
    v.changelog = applied.changelog;
    v.runbook = applied.runbook;
    v.runbook.name = QStringLiteral("%1 v%2").arg(name).arg(v.version);
    if (!QDir().mkpath(library.directory()))
        return ActionResult::failure(tr("Cannot create the template folder %1.").arg(library.directory()));
    v.filePath = QDir(library.directory()).filePath(fileName(name, v.version));
    if (QFileInfo::exists(v.filePath))
        return ActionResult::failure(tr("%1 already exists; it is not overwritten.").arg(v.filePath));
    const QByteArray json = QJsonDocument(versionJson(v)).toJson(QJsonDocument::Indented);

    SessionStore *store = session.store();
    QString error;
    if (!store->beginWrite(&error))
        return ActionResult::failure(error);
    QSqlDatabase db = store->database();
    const qint64 id = store->nextId(QStringLiteral("template_versions"));
    {
        // Inside the transaction: the trail is as signed, the statement names this version; verified if
        // the session requires signatures.
        QString problem = signature.check(db, SignaturePolicyText::read(db), SignatureAct::templateApprove,
            QStringLiteral("template_version"), id);
        if (problem.isEmpty() && signature.statement.record != approvalRecord(v.name, v.version))
            problem = tr("The signed statement describes %1, not %2; sign again.")
                          .arg(signature.statement.record, approvalRecord(v.name, v.version));
        if (problem.isEmpty() && !SignatureStore::write(db, signature, nullptr, &error))
            problem = tr("The new version was not saved: %1").arg(error);
        if (!problem.isEmpty()) {
            store->rollback();
            return ActionResult::failure(problem);
        }
    }
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("INSERT INTO template_versions (id, name, version, created_at, created_by, changelog, "
                       "runbook, file_path) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(text(v.name));
    q.addBindValue(v.version);
    q.addBindValue(text(Timestamps::toText(v.createdAt)));
    q.addBindValue(text(v.createdBy));
    q.addBindValue(text(v.changelog.join(QLatin1Char('\n'))));
    q.addBindValue(text(QString::fromUtf8(json)));
    q.addBindValue(text(v.filePath));
    if (!q.exec()) {
        error = q.lastError().text();
        store->rollback();
        return ActionResult::failure(tr("The new version was not saved: %1").arg(error));
    }
    AuditRecord r;
    r.at = v.createdAt;
    r.actor = v.createdBy;
    r.action = QStringLiteral("template.version");
    r.entity = QStringLiteral("template_version");
    r.entityId = id;
    r.newValue = QString::fromUtf8(
        QJsonDocument(QJsonObject { { QStringLiteral("template"), v.name },
                          { QStringLiteral("version"), v.version }, { QStringLiteral("file"), v.filePath },
                          { QStringLiteral("changelog"), QJsonArray::fromStringList(v.changelog) } })
            .toJson(QJsonDocument::Compact));
    if (!AuditChain::append(db, r, &error)) {
        store->rollback();
        return ActionResult::failure(tr("The new version was not saved: %1").arg(error));
    }
    QSaveFile file(v.filePath);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        store->rollback();
        return ActionResult::failure(tr("Cannot write %1: %2").arg(v.filePath, file.errorString()));
    }
    if (!store->commit(&error)) {
        QFile::remove(v.filePath);
        return ActionResult::failure(tr("The new version was not saved: %1").arg(error));
    }
    if (saved)
        *saved = v;
    return ActionResult::success();
}

QList<TemplateDiffEntry> TemplateVersions::diff(const Runbook &from, const Runbook &to)
{
    QList<TemplateDiffEntry> out;
    using D = TemplateDiffEntry;
    QStringList phases;
    for (const RunbookPhase &p : from.phases)
        phases << p.name;
    for (const RunbookPhase &p : to.phases) {
        if (findPhase(from, p.name) < 0)
            phases << p.name;
    }
    for (const QString &name : std::as_const(phases)) {
        const int a = findPhase(from, name);
        const int b = findPhase(to, name);
        const QList<RunbookTask> oldTasks = a >= 0 ? from.phases.at(a).tasks : QList<RunbookTask>();
        const QList<RunbookTask> newTasks = b >= 0 ? to.phases.at(b).tasks : QList<RunbookTask>();
        auto find = [](const QList<RunbookTask> &tasks, const QString &text) {
            for (int i = 0; i < tasks.size(); ++i) {
                if (folded(tasks.at(i).task) == folded(text))
                    return i;
            }
            return -1;
        };
        for (const RunbookTask &t : oldTasks) {
            const int j = find(newTasks, t.task);
            if (j < 0) {
                out.append(D { D::Kind::Removed, name, t.task, {}, t.expected, {} });
                continue;
            }
            const RunbookTask &n = newTasks.at(j);
            auto changed = [&](const QString &field, const QString &o, const QString &nv) {
                if (o != nv)
                    out.append(D { D::Kind::Changed, name, t.task, field, o, nv });
            };
            changed(QStringLiteral("expected"), t.expected, n.expected);
            changed(QStringLiteral("owner"), t.owner, n.owner);
            changed(QStringLiteral("signoff"),
                t.signOffRequired ? QStringLiteral("yes") : QStringLiteral("no"),
                n.signOffRequired ? QStringLiteral("yes") : QStringLiteral("no"));
            changed(QStringLiteral("minutes"), QString::number(t.plannedMinutes),
                QString::number(n.plannedMinutes));
        }
        for (const RunbookTask &t : newTasks) {
            if (find(oldTasks, t.task) < 0)
                out.append(D { D::Kind::Added, name, t.task, {}, {}, t.expected });
        }
    }
    return out;
}
