// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "traffic/gates/GateProbe.h"

class QNetworkAccessManager;

// Business-transaction test: a sequence of HTTP requests ("requests", each judged like a health check,
// stopping at the first that fails), or the user's own command ("command", "args"): exit code 0 passes,
// anything else fails, no end within the timeout fails; the output is kept.
class BusinessTransactionProbe : public GateProbe {
    Q_OBJECT
public:
    explicit BusinessTransactionProbe(const GateDefinition &gate, QObject *parent = nullptr);
    void measure(Done done) override;

private:
    void runRequest(int index, Done done);
    void runCommand(Done done);

    GateDefinition m_gate;
    QNetworkAccessManager *m_nam;
};
