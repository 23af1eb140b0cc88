// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "traffic/gates/GateProbe.h"

#include <QJsonObject>
#include <QStringList>

class QNetworkAccessManager;

// Data-consistency check of dual writes and backfills: reads one value (a count or checksum) from the
// old and from the new system and compares them within a tolerance ("tolerance" absolute, or
// "tolerance_percent" of the old value). A source is {"sql": {driver, database, host, port, user,
// password_env, query}} run on a worker thread, or {"http": URL, "pointer": "/json/pointer"}. Optional
// sampling: "sample_old"/"sample_new" queries whose rows must match as sets. Equal text values also match.
class DataConsistencyProbe : public GateProbe {
    Q_OBJECT
public:
    explicit DataConsistencyProbe(const GateDefinition &gate, QObject *parent = nullptr);
    void measure(Done done) override;

    // A read value: Value, NoData (empty result, NULL) or Error (with the message).
    struct Read {
        enum class Kind { Value, NoData, Error } kind = Kind::NoData;
        QString text;
        QStringList rows; // for samples
        QString error;
    };

private:
    void read(
        const QJsonObject &source, const QString &query, bool rows, std::function<void(const Read &)> done);
    void compare(Done done);
    void finishWithSample(GateMeasurement m, Done done);

    GateDefinition m_gate;
    QNetworkAccessManager *m_nam;
    Read m_old;
    Read m_new;
};
