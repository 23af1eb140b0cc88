// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/MetricHub.h"

#include "metrics/SampleStore.h"
#include "metrics/sources/MetricSource.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>
#include <QTimer>

#include <algorithm>
#include <cmath>

MetricHub::MetricHub(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<QList<MetricSample>>();
}

MetricHub::~MetricHub() = default;

void MetricHub::addSource(MetricSource *source)
{
    source->setParent(this);
    m_sources.append(source);
    connect(source, &MetricSource::samplesReady, this, &MetricHub::ingest);
    connect(source, &MetricSource::errorOccurred, this,
        [this, source](const QString &message) { Q_EMIT sourceError(source, message); });
    connect(source, &MetricSource::recovered, this, [this, source] { Q_EMIT sourceRecovered(source); });
}

void MetricHub::removeSource(MetricSource *source)
{
    if (!m_sources.removeOne(source))
        return;
    source->stop();
    source->disconnect(this);
    source->deleteLater();
}

QList<MetricSource *> MetricHub::sources() const
{
    return m_sources;
}

bool MetricHub::hasSimulatedSource() const
{
    return std::any_of(m_sources.begin(), m_sources.end(), [](MetricSource *s) { return s->isSimulated(); });
}

void MetricHub::setSampleStore(SampleStore *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (!store)
        return;
    connect(store, &SampleStore::loadedChunk, this, &MetricHub::append);
    connect(store, &SampleStore::loadFinished, this, &MetricHub::loaded);
    connect(store, &SampleStore::errorOccurred, this, &MetricHub::storeError);
}

void MetricHub::loadFromStore()
{
    if (m_store)
        m_store->load();
}

void MetricHub::ingest(const QList<MetricSample> &samples)
{
    if (samples.isEmpty())
        return;
    append(samples);
    if (m_store)
        m_store->append(samples);
}

void MetricHub::append(const QList<MetricSample> &samples)
{
    QStringList touched;
    QString previous;
    for (const MetricSample &s : samples) {
        m_buffers[s.series].append(s.t, s.value);
        if (m_count == 0 || s.t < m_first)
            m_first = s.t;
        if (m_count == 0 || s.t > m_last)
            m_last = s.t;
        ++m_count;
        if (s.series != previous && !touched.contains(s.series))
            touched.append(s.series);
        previous = s.series;
    }
    Q_EMIT samplesAppended(touched);
}

const SeriesBuffer *MetricHub::buffer(const QString &series) const
{
    const auto it = m_buffers.constFind(series);
    return it == m_buffers.constEnd() ? nullptr : &it.value();
}

SeriesSnapshot MetricHub::snapshot(const QString &series) const
{
    const SeriesBuffer *b = buffer(series);
    return b ? b->snapshot() : SeriesSnapshot();
}

qint64 MetricHub::firstTime() const
{
    return m_count ? m_first : 0;
}

qint64 MetricHub::lastTime() const
{
    return m_count ? m_last : 0;
}

QStringList MetricHub::seriesNames() const
{
    QSet<QString> names;
    for (auto it = m_buffers.constBegin(); it != m_buffers.constEnd(); ++it)
        names.insert(it.key());
    for (MetricSource *s : m_sources) {
        const QStringList n = s->seriesNames();
        for (const QString &name : n)
            names.insert(name);
    }
    QStringList list(names.begin(), names.end());
    list.sort();
    return list;
}

MetricSource *MetricHub::sourceOf(const QString &series) const
{
    for (MetricSource *s : m_sources) {
        if (s->seriesNames().contains(series))
            return s;
    }
    return nullptr;
}

void MetricHub::latest(const QString &series, std::function<void(const Reading &)> done)
{
    Reading r;
    const SeriesBuffer *b = buffer(series);
    MetricSource *source = sourceOf(series);
    qint64 t = 0;
    double v = 0;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (source && !source->lastError().isEmpty()) {
        r.kind = Reading::Kind::Error;
        r.error = source->lastError();
    } else if (!b || !b->last(&t, &v)) {
        r.kind = Reading::Kind::NoData;
        r.error = QCoreApplication::translate("MetricHub", "No samples of %1 yet.").arg(series);
    } else if (now - t > m_staleAfterMs) {
        r.kind = Reading::Kind::NoData;
        r.at = QDateTime::fromMSecsSinceEpoch(t, Qt::UTC);
        r.error = QCoreApplication::translate("MetricHub", "The latest sample of %1 is %2 s old.")
                      .arg(series)
                      .arg((now - t) / 1000);
    } else if (!std::isfinite(v)) {
        r.kind = Reading::Kind::NoData;
        r.at = QDateTime::fromMSecsSinceEpoch(t, Qt::UTC);
        r.error
            = QCoreApplication::translate("MetricHub", "%1 has no value now (NaN or infinite).").arg(series);
    } else {
        r.kind = Reading::Kind::Value;
        r.value = v;
        r.at = QDateTime::fromMSecsSinceEpoch(t, Qt::UTC);
    }
    // Exactly once, later, on this (the caller's) thread.
    QTimer::singleShot(0, this, [done, r] { done(r); });
}
