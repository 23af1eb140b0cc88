// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/sources/PrometheusSource.h"

#include <QWidget>

class PrometheusQueryModel;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableView;

// Edits a Prometheus source: server address, where the authentication header comes from (the names of
// an environment variable and a keychain entry — never the secret itself), poll interval, history to
// fill, and the PromQL query of every metric (defaults: the canary queries; "Restore defaults").
// problems() lists what must be fixed before the configuration can be used.
class PrometheusSourceEditor : public QWidget {
    Q_OBJECT
public:
    explicit PrometheusSourceEditor(QWidget *parent = nullptr);

    void setConfig(const PrometheusSource::Config &config);
    PrometheusSource::Config config() const;
    QStringList problems() const;
    PrometheusQueryModel *queryModel() const { return m_model; }

Q_SIGNALS:
    void changed();

private:
    void updateProblems();

    QLineEdit *m_url;
    QLineEdit *m_envVar;
    QLineEdit *m_keychainKey;
    QSpinBox *m_pollSeconds;
    QSpinBox *m_historyMinutes;
    QTableView *m_table;
    PrometheusQueryModel *m_model;
    QLabel *m_problems;
};
