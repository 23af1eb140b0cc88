// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/SampleStore.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <limits>

// A session in which every table that holds session state has rows, made through the real code paths:
// data/make-trail-session.sh with this build's cutoverctl (checklist, sign-off, log, outbox, traffic run,
// result, lessons, template version, signatures), then 120 metric samples in two batches written by
// SampleStore as the cockpit writes them, one of them a gap (NULL). Keys and files go to workDir. False
// (and why, as a warning) when a step failed.
inline bool makeTrailSession(const QString &session, const QString &workDir)
{
    QProcess script;
    script.start(QStringLiteral("sh"),
        { QStringLiteral(COCKPIT_SOURCE_DIR "/tests/integration/data/make-trail-session.sh"),
            QStringLiteral(COCKPIT_BIN_DIR "/cutoverctl"), session, workDir });
    if (!script.waitForFinished(180000) || script.exitCode() != 0) {
        qWarning("make-trail-session.sh failed: %s", script.readAllStandardError().constData());
        return false;
    }
    SampleStore store(session);
    QSignalSpy opened(&store, &SampleStore::opened);
    if (!opened.wait(10000) || !opened.first().at(0).toBool()) {
        qWarning("SampleStore did not open %s", qPrintable(session));
        return false;
    }
    QSignalSpy written(&store, &SampleStore::batchWritten);
    for (int batch = 0; batch < 2; ++batch) {
        QList<MetricSample> samples;
        for (int i = 0; i < 30; ++i) {
            const qint64 t = 1795688186000 + (batch * 30 + i) * 1000;
            samples.append({ t, QStringLiteral("error_ratio/new"), 0.001 * i });
            samples.append({ t, QStringLiteral("error_ratio/old"),
                i == 7 ? std::numeric_limits<double>::quiet_NaN() : 0.1 * i });
        }
        store.append(samples);
        store.flush();
        if (!written.wait(10000)) {
            qWarning("SampleStore wrote no batch");
            return false;
        }
    }
    return true;
}
