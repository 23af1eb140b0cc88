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
// A query only reads: the connection is made read-only on every driver (SQLite opened read-only with
// query_only, PostgreSQL and MySQL in a READ ONLY transaction; other drivers are refused), and a query
// that is not one SELECT / WITH statement is refused before it is sent. password_env may only name one
// of the cockpit's own variables (COCKPIT_…), so a session cannot read HOME or AWS_SECRET_ACCESS_KEY.
class DataConsistencyProbe : public GateProbe {
    Q_OBJECT
public:
    explicit DataConsistencyProbe(const GateDefinition &gate, QObject *parent = nullptr);
    void measure(Done done) override;

    // Why the query is refused (empty when it is one SELECT or WITH statement).
    static QString queryProblem(const QString &query);
    static QString secretVariablePrefix();
    static bool isAllowedSecretVariable(const QString &name);

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
