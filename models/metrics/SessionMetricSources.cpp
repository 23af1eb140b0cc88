// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/SessionMetricSources.h"

#include "audit/AuditChain.h"
#include "core/SqlText.h"
#include "core/Timestamps.h"
#include "store/SessionStore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SessionMetricSources", text);
}

QString compact(const MetricSourceSettings &settings)
{
    return QString::fromUtf8(QJsonDocument(settings.toJson()).toJson(QJsonDocument::Compact));
}

}

SessionMetricSources::SessionMetricSources(SessionStore *store)
    : m_store(store)
{
}

MetricSourceSettings SessionMetricSources::load(QString *error) const
{
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral("SELECT settings FROM metric_source WHERE id = 1"));
    if (!q.exec()) {
        if (error) // a file from before the metric sources (opened read-only) simply has none
            *error = q.lastError().text().contains(QLatin1String("no such table")) ? QString()
                                                                                   : q.lastError().text();
        return {};
    }
    if (!q.next())
        return {};
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(q.value(0).toString().toUtf8(), &pe);
    QString problem;
    MetricSourceSettings s
        = doc.isObject() ? MetricSourceSettings::fromJson(doc.object(), &problem) : MetricSourceSettings();
    if (!doc.isObject())
        problem = tr("the stored metric source is not JSON: %1").arg(pe.errorString());
    if (error)
        *error = problem;
    return problem.isEmpty() ? s : MetricSourceSettings();
}

ActionResult SessionMetricSources::save(
    const MetricSourceSettings &settings, const QString &actor, const QString &reason)
{
    if (m_store->isReadOnly())
        return ActionResult::failure(
            tr("The session is open read-only; the metric source cannot be changed."));
    if (actor.trimmed().isEmpty())
        return ActionResult::failure(tr("Every change is recorded with a name; give your name first."));
    const QStringList problems = settings.problems();
    if (!problems.isEmpty())
        return ActionResult::failure(problems.join(QLatin1Char(' ')));
    QString error;
    const MetricSourceSettings before = load(&error);
    if (!error.isEmpty())
        return ActionResult::failure(tr("The metric source was not saved: %1").arg(error));
    if (before == settings)
        return ActionResult::success();

    if (!m_store->beginWrite(&error))
        return ActionResult::failure(error);
    QSqlDatabase db = m_store->database();
    const QDateTime now = Timestamps::now();
    QSqlQuery del(db);
    del.prepare(QStringLiteral("DELETE FROM metric_source WHERE id = 1"));
    bool ok = del.exec();
    QString sqlError = del.lastError().text();
    if (ok && settings.kind != MetricSourceSettings::Kind::None) {
        QSqlQuery ins(db);
        ins.prepare(QStringLiteral("INSERT INTO metric_source (id, kind, settings, updated_by, updated_at) "
                                   "VALUES (1, ?, ?, ?, ?)"));
        ins.addBindValue(MetricSourceSettings::kindKey(settings.kind));
        ins.addBindValue(compact(settings));
        ins.addBindValue(actor.trimmed());
        ins.addBindValue(Timestamps::toText(now));
        ok = ins.exec();
        sqlError = ins.lastError().text();
    }
    AuditRecord r;
    r.at = now;
    r.actor = actor.trimmed();
    r.action = QStringLiteral("metrics.source");
    r.entity = QStringLiteral("metric_source");
    r.entityId = 1;
    r.field = QStringLiteral("settings");
    r.oldValue
        = SqlText::notNull(before.kind == MetricSourceSettings::Kind::None ? QString() : compact(before));
    r.newValue
        = SqlText::notNull(settings.kind == MetricSourceSettings::Kind::None ? QString() : compact(settings));
    r.reason = SqlText::notNull(reason);
    if (!ok || !AuditChain::append(db, r, &error)) {
        if (error.isEmpty())
            error = sqlError;
        m_store->rollback();
        return ActionResult::failure(tr("The metric source was not saved: %1").arg(error));
    }
    if (!m_store->commit(&error))
        return ActionResult::failure(tr("The metric source was not saved: %1").arg(error));
    return ActionResult::success();
}
