// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "traffic/TrafficBackend.h"

#include <QObject>

class HaproxyRuntimeApi;

// HAProxy through its runtime API: absolute weights old = 100 − p, new = p on two servers of one backend
// (the side that rises is set first, so the total never drops to 0), read back with `show servers state`.
class HaproxyBackend : public QObject, public TrafficBackend {
    Q_OBJECT
public:
    HaproxyBackend();
    QStringList configure(const QJsonObject &config) override;
    void apply(int percentNew, Done done) override;
    void readSplit(Done done) override;
    void rollback(Done done) override;
    void checkOldPath(Done done) override;

    struct ServerState {
        bool found = false;
        int opState = -1; // 2 running, 0 stopped
        int adminState = 0; // bitmask: 0x01 maintenance, 0x08 drain
        int weight = -1;
    };
    // Parses a `show servers state BACKEND` reply; false with *error on anything unexpected.
    static bool parseState(const QString &reply, const QString &oldServer, const QString &newServer,
        ServerState *oldState, ServerState *newState, QString *error);

private:
    void setWeights(int oldWeight, int newWeight, bool oldFirst, Done done);
    void readState(std::function<void(bool, const ServerState &, const ServerState &, const QString &)> done);

    HaproxyRuntimeApi *m_api;
    QString m_backend;
    QString m_old;
    QString m_new;
};
