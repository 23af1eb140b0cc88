// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "traffic/GateFieldsPage.h"

class DataSourceFields;
class QComboBox;
class QLineEdit;

// The fields of a data-consistency gate: where the old and the new value come from, the tolerance
// (absolute or in percent of the old value) and the optional sampling queries.
class ConsistencyGatePage : public GateFieldsPage {
    Q_OBJECT
public:
    explicit ConsistencyGatePage(QWidget *parent = nullptr);
    void setParams(const QJsonObject &params) override;
    QJsonObject params() const override;

private:
    DataSourceFields *m_old;
    DataSourceFields *m_new;
    QComboBox *m_toleranceKind;
    QLineEdit *m_tolerance;
    QLineEdit *m_sampleOld;
    QLineEdit *m_sampleNew;
};
