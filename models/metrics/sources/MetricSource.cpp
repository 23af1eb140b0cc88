// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/sources/MetricSource.h"

MetricSource::MetricSource(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<MetricSample>();
    qRegisterMetaType<QList<MetricSample>>();
}

MetricSource::~MetricSource() = default;

void MetricSource::setRunning(bool running)
{
    if (m_running == running)
        return;
    m_running = running;
    Q_EMIT runningChanged(running);
}

void MetricSource::reportError(const QString &message)
{
    m_lastError = message;
    Q_EMIT errorOccurred(message);
}

void MetricSource::reportSuccess()
{
    if (m_lastError.isEmpty())
        return;
    m_lastError.clear();
    Q_EMIT recovered();
}
