// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/SampleHistory.h"

#include "store/SessionSchema.h"
#include "store/SessionStore.h"

#include <QSqlError>
#include <QSqlQuery>

SampleHistory::SampleHistory(const SessionStore *store)
    : m_db(store->database())
{
}

bool SampleHistory::exists() const
{
    return SessionSchema::hasTable(m_db, QStringLiteral("metric_samples"));
}

bool SampleHistory::series(QStringList *out, QString *error) const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT DISTINCT series FROM metric_samples ORDER BY series"))) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next())
        out->append(q.value(0).toString());
    return true;
}

bool SampleHistory::stats(const QString &series, Stats *st, QString *error) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT COUNT(*), MIN(value), MAX(value), AVG(value), MIN(t), MAX(t) "
                             "FROM metric_samples WHERE series = ?"));
    q.addBindValue(series);
    if (!q.exec() || !q.next()) {
        *error = q.lastError().text();
        return false;
    }
    st->count = q.value(0).toLongLong();
    if (!q.value(1).isNull()) {
        st->min = q.value(1).toDouble();
        st->max = q.value(2).toDouble();
        st->mean = q.value(3).toDouble();
    }
    st->from = q.value(4).toLongLong();
    st->to = q.value(5).toLongLong();
    return true;
}

bool SampleHistory::timeRange(qint64 *from, qint64 *to) const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT MIN(t), MAX(t) FROM metric_samples")) || !q.next())
        return false;
    *from = q.value(0).toLongLong();
    *to = q.value(1).toLongLong();
    return true;
}

bool SampleHistory::points(const QString &series, const Stats &st, int columns, qint64 rawLimit,
    const std::function<bool()> &canceled, QList<QPointF> *points, QString *error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const bool raw = st.count <= rawLimit;
    if (raw) {
        q.prepare(QStringLiteral("SELECT t, value FROM metric_samples WHERE series = ? ORDER BY t"));
        q.addBindValue(series);
    } else {
        const qint64 buckets = qint64(qMax(1, columns)) * 2;
        const qint64 width = qMax<qint64>(1, (st.to - st.from) / buckets + 1);
        q.prepare(QStringLiteral("SELECT MIN(t), MIN(value), AVG(value), MAX(value) FROM metric_samples "
                                 "WHERE series = ? GROUP BY (t - ?) / ? ORDER BY 1"));
        q.addBindValue(series);
        q.addBindValue(st.from);
        q.addBindValue(width);
    }
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    const double nan = std::numeric_limits<double>::quiet_NaN();
    qint64 n = 0;
    while (q.next()) {
        if ((++n & 0x3fff) == 0 && canceled && canceled())
            return false;
        const double t = double(q.value(0).toLongLong());
        if (raw) {
            points->append(QPointF(t, q.value(1).isNull() ? nan : q.value(1).toDouble()));
        } else if (q.value(1).isNull()) {
            points->append(QPointF(t, nan));
        } else {
            points->append(QPointF(t, q.value(1).toDouble()));
            points->append(QPointF(t, q.value(2).toDouble()));
            points->append(QPointF(t, q.value(3).toDouble()));
        }
    }
    return true;
}
