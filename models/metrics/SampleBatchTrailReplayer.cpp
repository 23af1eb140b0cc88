// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/SampleBatchTrailReplayer.h"

#include "metrics/SampleBatchDigest.h"
#include "store/SessionSchema.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>
#include <limits>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SampleBatchTrailReplayer", text);
}

// A sample nobody recorded is named; past this many, the rest are counted.
constexpr int kNamedStrays = 10;

struct Batch {
    qint64 seq = 0; // the record's
    qint64 first = 0;
    qint64 last = 0;
    SampleBatchDigest recorded;
    QList<MetricSample> rows;
};

QList<Batch> recordedBatches(const QList<AuditRecord> &records)
{
    QList<Batch> out;
    for (const AuditRecord &r : records) {
        if (r.action != QLatin1String("metrics.batch"))
            continue;
        const QJsonObject o = TrailReplayer::jsonOf(r.newValue);
        Batch b;
        b.seq = r.seq;
        b.first = qint64(o.value(QStringLiteral("first_rowid")).toDouble());
        b.last = qint64(o.value(QStringLiteral("last_rowid")).toDouble());
        b.recorded.count = qint64(o.value(QStringLiteral("count")).toDouble());
        b.recorded.series = qint64(o.value(QStringLiteral("series")).toDouble());
        b.recorded.tFrom = qint64(o.value(QStringLiteral("t_from")).toDouble());
        b.recorded.tTo = qint64(o.value(QStringLiteral("t_to")).toDouble());
        b.recorded.sha256 = o.value(QStringLiteral("sha256")).toString();
        const QJsonObject bySeries = o.value(QStringLiteral("series_sha256")).toObject();
        for (auto it = bySeries.constBegin(); it != bySeries.constEnd(); ++it)
            b.recorded.bySeries.insert(it.key(), it.value().toString());
        out.append(b);
    }
    std::sort(out.begin(), out.end(), [](const Batch &a, const Batch &b) { return a.first < b.first; });
    return out;
}

QString describe(const Batch &b)
{
    return tr("metric samples batch of record %1 (rows %2 to %3, %4 samples of %5 series from t %6 to %7)")
        .arg(b.seq)
        .arg(b.first)
        .arg(b.last)
        .arg(b.recorded.count)
        .arg(b.recorded.series)
        .arg(b.recorded.tFrom)
        .arg(b.recorded.tTo);
}

void compareBatch(const Batch &b, QStringList *out)
{
    const SampleBatchDigest stored = SampleBatchDigest::of(b.rows);
    if (stored.count != b.recorded.count)
        *out << tr("%1: %2 samples are stored; a sample was deleted or added")
                    .arg(describe(b))
                    .arg(stored.count);
    else if (stored.series != b.recorded.series || stored.tFrom != b.recorded.tFrom
        || stored.tTo != b.recorded.tTo)
        *out << tr("%1: the stored samples are of %2 series from t %3 to %4")
                    .arg(describe(b))
                    .arg(stored.series)
                    .arg(stored.tFrom)
                    .arg(stored.tTo);
    else if (stored.sha256 != b.recorded.sha256) {
        // The series whose own digest differs (the record names each series' digest).
        QStringList changed;
        for (auto it = stored.bySeries.constBegin(); it != stored.bySeries.constEnd(); ++it) {
            if (b.recorded.bySeries.value(it.key()) != it.value())
                changed << it.key();
        }
        for (auto it = b.recorded.bySeries.constBegin(); it != b.recorded.bySeries.constEnd(); ++it) {
            if (!stored.bySeries.contains(it.key()))
                changed << it.key();
        }
        if (changed.isEmpty() || b.recorded.bySeries.isEmpty())
            *out << tr("%1: a sample's series, time or value was changed (SHA-256 %2, the trail says %3)")
                        .arg(describe(b), stored.sha256, b.recorded.sha256);
        else
            *out << tr("%1: a sample of series %2 was changed (its time or value differs from what the "
                       "trail hashed)")
                        .arg(describe(b), changed.join(QStringLiteral(", ")));
    }
}

}

QStringList SampleBatchTrailReplayer::mismatches(
    const QSqlDatabase &db, const QList<AuditRecord> &records) const
{
    QStringList out;
    if (!SessionSchema::hasTable(db, QStringLiteral("metric_samples")))
        return out;
    QList<Batch> batches = recordedBatches(records);
    // Rows before the first recorded batch were written before batches were recorded, unless the session
    // was begun by a version that records every batch.
    qint64 checkedFrom = std::numeric_limits<qint64>::min();
    if (!recordsEveryTable(records))
        checkedFrom = batches.isEmpty() ? std::numeric_limits<qint64>::max() : batches.constFirst().first;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT rowid, series, t, value FROM metric_samples ORDER BY rowid")))
        return out;
    qsizetype at = 0;
    qint64 strays = 0;
    while (q.next()) {
        const qint64 rowid = q.value(0).toLongLong();
        if (rowid < checkedFrom)
            continue;
        while (at < batches.size() && batches.at(at).last < rowid)
            ++at;
        MetricSample s;
        s.series = q.value(1).toString();
        s.t = q.value(2).toLongLong();
        const QVariant v = q.value(3);
        if (!v.isNull())
            s.value = v.toDouble();
        if (at < batches.size() && batches.at(at).first <= rowid) {
            batches[at].rows.append(s);
            continue;
        }
        if (++strays <= kNamedStrays)
            out << tr("metric sample at row %1 (series %2, t %3, value \"%4\") exists but the trail never "
                      "recorded it")
                       .arg(rowid)
                       .arg(s.series)
                       .arg(s.t)
                       .arg(SampleBatchDigest::valueText(s.value));
    }
    if (strays > kNamedStrays)
        out << tr("%1 more metric samples exist that the trail never recorded").arg(strays - kNamedStrays);
    for (const Batch &b : std::as_const(batches))
        compareBatch(b, &out);
    return out;
}
