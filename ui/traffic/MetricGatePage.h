// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "traffic/GateFieldsPage.h"

class QComboBox;
class QLineEdit;
class SwitchedPanes;

// The fields of a metric-condition gate: the series, and either thresholds (max, min, fail_max) or a
// ratio to a baseline series (max_ratio, fail_max_ratio).
class MetricGatePage : public GateFieldsPage {
    Q_OBJECT
public:
    explicit MetricGatePage(QWidget *parent = nullptr);
    void setParams(const QJsonObject &params) override;
    QJsonObject params() const override;

private:
    QLineEdit *m_series;
    QComboBox *m_mode;
    SwitchedPanes *m_stack;
    QLineEdit *m_max;
    QLineEdit *m_min;
    QLineEdit *m_failMax;
    QLineEdit *m_baseline;
    QLineEdit *m_maxRatio;
    QLineEdit *m_failMaxRatio;
};
