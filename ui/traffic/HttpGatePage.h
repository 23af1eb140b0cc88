// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "traffic/GateFieldsPage.h"

class QComboBox;
class QLineEdit;
class QSpinBox;

// The fields of an HTTP health gate: URL, method, expected status, latency limit, body regex, body.
class HttpGatePage : public GateFieldsPage {
    Q_OBJECT
public:
    explicit HttpGatePage(QWidget *parent = nullptr);
    void setParams(const QJsonObject &params) override;
    QJsonObject params() const override;

    static QStringList methods();

private:
    QLineEdit *m_url;
    QComboBox *m_method;
    QSpinBox *m_status;
    QSpinBox *m_latency;
    QLineEdit *m_regex;
    QLineEdit *m_body;
};
