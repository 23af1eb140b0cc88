// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include <memory>

// One block of a series, sorted by time. Sealed chunks are immutable and shared between the buffer and
// any snapshot, so a snapshot of a week of samples costs a few hundred pointer copies, not a copy of the
// data.
struct SeriesChunk {
    QList<qint64> t;
    QList<double> v;
};
using SeriesSnapshot = QList<std::shared_ptr<const SeriesChunk>>;

// The in-memory samples of one series, sorted by time (NaN = gap). Appending in time order is O(1);
// a late sample is inserted in place (its chunk is copied). A sample with the time of an existing one
// replaces its value. Not thread-safe: owned by one thread; hand snapshots to workers.
class SeriesBuffer {
public:
    static constexpr int kChunkSize = 4096;

    void append(qint64 t, double value);
    qint64 size() const { return m_sealedCount + m_tail.t.size(); }
    bool isEmpty() const { return size() == 0; }
    qint64 firstTime() const;
    qint64 lastTime() const;
    bool last(qint64 *t, double *value) const;
    // The sample closest in time to t; false when empty.
    bool nearest(qint64 t, qint64 *at, double *value) const;
    // An immutable view of all samples for another thread (shares sealed chunks, copies the tail).
    SeriesSnapshot snapshot() const;
    void clear();

private:
    void seal();

    QList<std::shared_ptr<const SeriesChunk>> m_sealed;
    qint64 m_sealedCount = 0;
    SeriesChunk m_tail;
};
