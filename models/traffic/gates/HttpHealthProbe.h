// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "traffic/gates/GateProbe.h"

#include <QJsonObject>

class QNetworkAccessManager;

// HTTP health check: expected status code (default 200), optional latency limit (max_latency_ms) and
// body regex (body_regex). No answer within the timeout fails the check: the path under test is down.
class HttpHealthProbe : public GateProbe {
    Q_OBJECT
public:
    explicit HttpHealthProbe(const GateDefinition &gate, QObject *parent = nullptr);
    void measure(Done done) override;

    // One HTTP request judged by the keys of `spec` (url, method, body, expect_status, max_latency_ms,
    // body_regex); shared with the business-transaction probe.
    static void request(
        QNetworkAccessManager *nam, const QJsonObject &spec, int timeoutMs, QObject *context, Done done);

private:
    GateDefinition m_gate;
    QNetworkAccessManager *m_nam;
};
