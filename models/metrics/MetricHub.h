// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/MetricSample.h"
#include "metrics/MetricValueProvider.h"
#include "metrics/SeriesBuffer.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class MetricSource;
class SampleStore;

// The live-metrics facade: collects the batches of all sources into one in-memory buffer per series,
// hands them to the SampleStore for persistence, and answers metric gates (MetricValueProvider).
// Lives on the GUI thread; everything it does per batch is O(batch size).
class MetricHub : public QObject, public MetricValueProvider {
    Q_OBJECT
public:
    explicit MetricHub(QObject *parent = nullptr);
    ~MetricHub() override;

    // The hub takes ownership of the source; its batches are ingested and persisted.
    void addSource(MetricSource *source);
    // Stops the source and deletes it; its samples stay in the buffers.
    void removeSource(MetricSource *source);
    QList<MetricSource *> sources() const;
    bool hasSimulatedSource() const;
    // Samples are persisted through this store (not owned). Loading it back is loadFromStore().
    void setSampleStore(SampleStore *store);
    // Reads the store's samples back into the buffers (reopen); emits loaded() when done.
    void loadFromStore();

    // A gate reading older than this is "no data" (the source stopped delivering).
    void setStaleAfterMs(qint64 ms) { m_staleAfterMs = ms; }

    const SeriesBuffer *buffer(const QString &series) const;
    SeriesSnapshot snapshot(const QString &series) const;
    qint64 firstTime() const; // of all series; 0 when empty
    qint64 lastTime() const;
    qint64 sampleCount() const { return m_count; }

    // MetricValueProvider
    QStringList seriesNames() const override;
    void latest(const QString &series, std::function<void(const Reading &)> done) override;

public Q_SLOTS:
    // Appends samples to the buffers and persists them.
    void ingest(const QList<MetricSample> &samples);

Q_SIGNALS:
    void samplesAppended(const QStringList &series);
    void sourceError(MetricSource *source, const QString &message);
    void sourceRecovered(MetricSource *source);
    void loaded(qint64 rows, const QString &error);
    void storeError(const QString &message);

private:
    void append(const QList<MetricSample> &samples);
    MetricSource *sourceOf(const QString &series) const;

    QHash<QString, SeriesBuffer> m_buffers;
    QList<MetricSource *> m_sources;
    QPointer<SampleStore> m_store;
    qint64 m_staleAfterMs = 60000;
    qint64 m_count = 0;
    qint64 m_first = 0;
    qint64 m_last = 0;
};
