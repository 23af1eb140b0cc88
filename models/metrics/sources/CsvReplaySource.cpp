// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/sources/CsvReplaySource.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

}

CsvReplaySource::CsvReplaySource(const Config &config, QObject *parent)
    : MetricSource(parent)
    , m_config(config)
{
    m_timer.setInterval(std::max(10, config.batchMs));
    connect(&m_timer, &QTimer::timeout, this, &CsvReplaySource::emitDue);
}

QString CsvReplaySource::displayName() const
{
    return tr("CSV replay of %1").arg(QFileInfo(m_config.filePath).fileName());
}

bool CsvReplaySource::parse(QIODevice &device, QList<MetricSample> *samples, QString *error)
{
    samples->clear();
    int lineNo = 0;
    while (!device.atEnd()) {
        ++lineNo;
        const QString line = QString::fromUtf8(device.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList f = line.split(QLatin1Char(','));
        if (lineNo == 1 && f.value(0).trimmed().compare(QLatin1String("time"), Qt::CaseInsensitive) == 0)
            continue;
        if (f.size() != 3) {
            *error
                = tr("Line %1: expected 3 fields \"time,series,value\", found %2.").arg(lineNo).arg(f.size());
            return false;
        }
        MetricSample s;
        const QString time = f.at(0).trimmed();
        bool ok = false;
        s.t = time.toLongLong(&ok);
        if (!ok) {
            const QDateTime dt = QDateTime::fromString(time, Qt::ISODateWithMs);
            if (!dt.isValid()) {
                *error = tr("Line %1: the time \"%2\" is neither epoch milliseconds nor ISO 8601.")
                             .arg(lineNo)
                             .arg(time);
                return false;
            }
            s.t = dt.toMSecsSinceEpoch();
        }
        s.series = f.at(1).trimmed();
        if (s.series.isEmpty() || !s.series.contains(QLatin1Char('/'))) {
            *error = tr("Line %1: the series \"%2\" is not of the form metric/path (e.g. error_ratio/new).")
                         .arg(lineNo)
                         .arg(s.series);
            return false;
        }
        const QString value = f.at(2).trimmed();
        if (value.isEmpty() || value.compare(QLatin1String("nan"), Qt::CaseInsensitive) == 0) {
            s.value = std::numeric_limits<double>::quiet_NaN();
        } else {
            s.value = value.toDouble(&ok);
            if (!ok || !std::isfinite(s.value)) {
                *error = tr("Line %1: the value \"%2\" is not a finite number.").arg(lineNo).arg(value);
                return false;
            }
        }
        samples->append(s);
    }
    std::stable_sort(samples->begin(), samples->end(),
        [](const MetricSample &a, const MetricSample &b) { return a.t < b.t; });
    return true;
}

void CsvReplaySource::start()
{
    if (isRunning())
        return;
    QFile file(m_config.filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        reportError(tr("Cannot open the replay file %1: %2").arg(m_config.filePath, file.errorString()));
        return;
    }
    QString error;
    if (!parse(file, &m_samples, &error)) {
        reportError(tr("The replay file %1 cannot be used. %2").arg(m_config.filePath, error));
        return;
    }
    QSet<QString> names;
    for (const MetricSample &s : std::as_const(m_samples))
        names.insert(s.series);
    m_seriesNames = QStringList(names.begin(), names.end());
    m_seriesNames.sort();
    m_next = 0;
    m_startWall = QDateTime::currentMSecsSinceEpoch();
    m_shift = (m_config.retime && !m_samples.isEmpty()) ? m_startWall - m_samples.constFirst().t : 0;
    setRunning(true);
    reportSuccess();
    if (m_config.speed <= 0) {
        QList<MetricSample> all = m_samples;
        for (MetricSample &s : all)
            s.t += m_shift;
        m_next = int(m_samples.size());
        if (!all.isEmpty())
            Q_EMIT samplesReady(all);
        return;
    }
    m_timer.start();
    emitDue();
}

void CsvReplaySource::stop()
{
    m_timer.stop();
    setRunning(false);
}

void CsvReplaySource::emitDue()
{
    if (m_samples.isEmpty() || m_next >= m_samples.size()) {
        m_timer.stop();
        return;
    }
    const qint64 first = m_samples.constFirst().t;
    const double elapsed = double(QDateTime::currentMSecsSinceEpoch() - m_startWall) * m_config.speed;
    QList<MetricSample> batch;
    while (m_next < m_samples.size() && double(m_samples.at(m_next).t - first) <= elapsed) {
        MetricSample s = m_samples.at(m_next++);
        s.t += m_shift;
        batch.append(s);
    }
    if (!batch.isEmpty())
        Q_EMIT samplesReady(batch);
}
