// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/sources/HttpProberSource.h"

#include <QWidget>

class ProbeEndpointModel;
class QLabel;
class QSpinBox;
class QTableView;

// Edits the built-in prober: the endpoints of the old and the new path, interval, timeout and the
// number of probes the error ratio and percentiles are computed over. problems() says what to fix.
class HttpProberEditor : public QWidget {
    Q_OBJECT
public:
    explicit HttpProberEditor(QWidget *parent = nullptr);

    void setConfig(const HttpProberSource::Config &config);
    HttpProberSource::Config config() const;
    QStringList problems() const;
    ProbeEndpointModel *endpointModel() const { return m_model; }

Q_SIGNALS:
    void changed();

private:
    void updateProblems();

    QTableView *m_table;
    ProbeEndpointModel *m_model;
    QSpinBox *m_intervalMs;
    QSpinBox *m_timeoutMs;
    QSpinBox *m_window;
    QLabel *m_problems;
};
