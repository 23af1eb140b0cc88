// SPDX-License-Identifier: GPL-3.0-or-later
#include "traffic/gates/DataConsistencyProbe.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QThread>
#include <QUuid>

#include <cmath>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("DataConsistencyProbe", text);
}

using Read = DataConsistencyProbe::Read;

// The read-only session setup per driver: the database itself refuses writes for the rest of the
// connection. A driver not listed here is refused (it could not be held to reading).
QStringList readOnlySetup(const QString &driver)
{
    if (driver == QLatin1String("QSQLITE")) // opened with QSQLITE_OPEN_READONLY as well
        return { QStringLiteral("PRAGMA query_only = ON") };
    if (driver == QLatin1String("QPSQL"))
        return { QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"),
            QStringLiteral("SET default_transaction_read_only = on"),
            QStringLiteral("START TRANSACTION READ ONLY") };
    if (driver == QLatin1String("QMYSQL") || driver == QLatin1String("QMARIADB"))
        return { QStringLiteral("SET SESSION TRANSACTION READ ONLY"),
            QStringLiteral("START TRANSACTION READ ONLY") };
    return {};
}

// Runs on a worker thread with its own connection; the password comes from the environment only.
Read runSql(const QJsonObject &sql, const QString &query, bool rows)
{
    Read r;
    const QString refusal = DataConsistencyProbe::queryProblem(query);
    if (!refusal.isEmpty()) {
        r.kind = Read::Kind::Error;
        r.error = refusal;
        return r;
    }
    const QString name = QStringLiteral("gate-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        const QString driver = sql.value(QLatin1String("driver")).toString(QStringLiteral("QSQLITE"));
        if (!QSqlDatabase::isDriverAvailable(driver)) {
            r.kind = Read::Kind::Error;
            r.error = tr("The SQL driver %1 is not available (available: %2).")
                          .arg(driver, QSqlDatabase::drivers().join(QLatin1String(", ")));
            return r;
        }
        const QStringList setup = readOnlySetup(driver);
        if (setup.isEmpty()) {
            r.kind = Read::Kind::Error;
            r.error = tr("The SQL driver %1 cannot be held to reading; a consistency gate reads through "
                         "QSQLITE, QPSQL, QMYSQL or QMARIADB.")
                          .arg(driver);
            return r;
        }
        const QString passwordEnv = sql.value(QLatin1String("password_env")).toString();
        if (!passwordEnv.isEmpty() && !DataConsistencyProbe::isAllowedSecretVariable(passwordEnv)) {
            r.kind = Read::Kind::Error;
            r.error = tr("password_env \"%1\" is refused: a gate reads only variables that begin with %2.")
                          .arg(passwordEnv, DataConsistencyProbe::secretVariablePrefix());
            return r;
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
        db.setDatabaseName(sql.value(QLatin1String("database")).toString());
        db.setHostName(sql.value(QLatin1String("host")).toString());
        if (sql.contains(QLatin1String("port")))
            db.setPort(sql.value(QLatin1String("port")).toInt());
        db.setUserName(sql.value(QLatin1String("user")).toString());
        if (!passwordEnv.isEmpty())
            db.setPassword(qEnvironmentVariable(passwordEnv.toLocal8Bit().constData()));
        if (driver == QLatin1String("QSQLITE"))
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            r.kind = Read::Kind::Error;
            r.error = tr("cannot connect: %1").arg(db.lastError().text());
        } else {
            QSqlQuery q(db);
            q.setForwardOnly(true);
            QString setupError;
            for (const QString &statement : setup) {
                if (!q.exec(statement)) {
                    setupError = tr("the connection cannot be made read-only (%1): %2")
                                     .arg(statement, q.lastError().text());
                    break;
                }
            }
            if (!setupError.isEmpty()) {
                r.kind = Read::Kind::Error;
                r.error = setupError;
            } else if (!q.exec(query)) {
                r.kind = Read::Kind::Error;
                r.error = tr("query failed: %1").arg(q.lastError().text());
            } else if (rows) {
                r.kind = Read::Kind::Value;
                while (q.next()) {
                    QStringList cols;
                    for (int i = 0; i < q.record().count(); ++i)
                        cols << q.value(i).toString();
                    r.rows << cols.join(QLatin1Char('|'));
                }
            } else if (!q.next() || q.value(0).isNull()) {
                r.kind = Read::Kind::NoData;
            } else {
                r.kind = Read::Kind::Value;
                r.text = q.value(0).toString();
            }
            q.finish();
            if (driver != QLatin1String("QSQLITE"))
                q.exec(QStringLiteral("ROLLBACK")); // nothing was written; end the read-only transaction
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return r;
}

QString describe(const Read &r)
{
    switch (r.kind) {
    case Read::Kind::Value:
        return r.text;
    case Read::Kind::NoData:
        return tr("no data");
    case Read::Kind::Error:
        return tr("error");
    }
    return {};
}
}

QString DataConsistencyProbe::secretVariablePrefix()
{
    return QStringLiteral("COCKPIT_"); // the prefix of the cockpit's own variables (SecretStore)
}

bool DataConsistencyProbe::isAllowedSecretVariable(const QString &name)
{
    if (!name.startsWith(secretVariablePrefix()) || name.size() <= secretVariablePrefix().size())
        return false;
    for (const QChar c : name)
        if (!(c.isDigit() || (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || c == QLatin1Char('_')))
            return false;
    return true;
}

QString DataConsistencyProbe::queryProblem(const QString &query)
{
    // A second line of defence after the read-only connection: one statement, and a reading one. The scan
    // skips quoted text and comments, so a ';' or a keyword inside them does not count.
    QString words; // the statement with literals and comments blanked
    bool statementEnded = false;
    for (qsizetype i = 0; i < query.size(); ++i) {
        const QChar c = query.at(i);
        const QChar next = i + 1 < query.size() ? query.at(i + 1) : QChar();
        if (c == QLatin1Char('\'') || c == QLatin1Char('"') || c == QLatin1Char('`')) {
            const qsizetype close = query.indexOf(c, i + 1);
            if (close < 0)
                return tr("the query has an unclosed %1").arg(c);
            i = close;
            words += QLatin1Char(' ');
            continue;
        }
        if (c == QLatin1Char('-') && next == QLatin1Char('-')) {
            const qsizetype end = query.indexOf(QLatin1Char('\n'), i);
            i = end < 0 ? query.size() : end;
            words += QLatin1Char(' ');
            continue;
        }
        if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
            const qsizetype end = query.indexOf(QLatin1String("*/"), i + 2);
            if (end < 0)
                return tr("the query has an unclosed /* comment");
            i = end + 1;
            words += QLatin1Char(' ');
            continue;
        }
        if (c == QLatin1Char(';')) {
            statementEnded = true;
            continue;
        }
        if (statementEnded && !c.isSpace())
            return tr("a consistency gate runs one statement; this query has more than one (\";\").");
        words += c;
    }
    const QString first
        = words.trimmed().section(QRegularExpression(QStringLiteral("[\\s(]")), 0, 0).toUpper();
    if (first != QLatin1String("SELECT") && first != QLatin1String("WITH"))
        return tr("a consistency gate only reads: the query must be a SELECT (or WITH … SELECT), not "
                  "\"%1\".")
            .arg(first.isEmpty() ? tr("(empty)") : first);
    return {};
}

DataConsistencyProbe::DataConsistencyProbe(const GateDefinition &gate, QObject *parent)
    : GateProbe(parent)
    , m_gate(gate)
    , m_nam(new QNetworkAccessManager(this))
{
}

void DataConsistencyProbe::read(
    const QJsonObject &source, const QString &query, bool rows, std::function<void(const Read &)> done)
{
    if (source.contains(QLatin1String("sql"))) {
        const QJsonObject sql = source.value(QLatin1String("sql")).toObject();
        const QString q = query.isEmpty() ? sql.value(QLatin1String("query")).toString() : query;
        QPointer<DataConsistencyProbe> self(this);
        QThread *thread = QThread::create([self, sql, q, rows, done]() {
            const Read r = runSql(sql, q, rows);
            if (self)
                QMetaObject::invokeMethod(
                    self.data(),
                    [self, r, done]() {
                        if (self)
                            done(r);
                    },
                    Qt::QueuedConnection);
        });
        connect(thread, &QThread::finished, thread, &QObject::deleteLater);
        thread->start();
        return;
    }
    if (source.contains(QLatin1String("http"))) {
        QNetworkRequest req(QUrl(source.value(QLatin1String("http")).toString()));
        req.setTransferTimeout(m_gate.timeoutMs);
        const QString pointer = source.value(QLatin1String("pointer")).toString();
        QNetworkReply *reply = m_nam->get(req);
        connect(reply, &QNetworkReply::finished, this, [reply, pointer, done]() {
            reply->deleteLater();
            Read r;
            if (reply->error() != QNetworkReply::NoError) {
                r.kind = Read::Kind::Error;
                r.error = reply->errorString();
                done(r);
                return;
            }
            QJsonParseError pe;
            const QJsonDocument doc = QJsonDocument::fromJson(reply->readAll(), &pe);
            if (pe.error != QJsonParseError::NoError) {
                r.kind = Read::Kind::Error;
                r.error = tr("the answer is not JSON: %1").arg(pe.errorString());
                done(r);
                return;
            }
            QJsonValue v = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
            for (const QString &part : pointer.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
                QString key = part;
                key.replace(QLatin1String("~1"), QLatin1String("/"))
                    .replace(QLatin1String("~0"), QLatin1String("~"));
                v = v.isArray() ? v.toArray().at(key.toInt()) : v.toObject().value(key);
            }
            if (v.isUndefined() || v.isNull()) {
                r.kind = Read::Kind::NoData;
            } else if (v.isDouble()) {
                r.kind = Read::Kind::Value;
                r.text = QString::number(v.toDouble(), 'g', 17);
            } else if (v.isString()) {
                r.kind = Read::Kind::Value;
                r.text = v.toString();
            } else {
                r.kind = Read::Kind::Error;
                r.error = tr("the value at %1 is not a number or text").arg(pointer);
            }
            done(r);
        });
        return;
    }
    Read r;
    r.kind = Read::Kind::Error;
    r.error = tr("the source has neither \"sql\" nor \"http\"");
    done(r);
}

void DataConsistencyProbe::measure(Done done)
{
    const QJsonObject oldSource = m_gate.params.value(QLatin1String("old")).toObject();
    const QJsonObject newSource = m_gate.params.value(QLatin1String("new")).toObject();
    auto pending = std::make_shared<int>(2);
    auto joined = [this, pending, done]() {
        if (--*pending == 0)
            compare(done);
    };
    read(oldSource, {}, false, [this, joined](const Read &r) {
        m_old = r;
        joined();
    });
    read(newSource, {}, false, [this, joined](const Read &r) {
        m_new = r;
        joined();
    });
}

void DataConsistencyProbe::compare(Done done)
{
    GateMeasurement m;
    const double tolerance = m_gate.params.value(QLatin1String("tolerance")).toDouble(0);
    const bool percent = m_gate.params.contains(QLatin1String("tolerance_percent"));
    const double tolerancePercent = m_gate.params.value(QLatin1String("tolerance_percent")).toDouble(0);
    m.condition = percent ? tr("|old − new| ≤ %1 % of old").arg(tolerancePercent)
                          : tr("|old − new| ≤ %1").arg(tolerance);
    m.value = tr("old %1, new %2").arg(describe(m_old), describe(m_new));
    if (m_old.kind == Read::Kind::Error || m_new.kind == Read::Kind::Error) {
        m.verdict = GateMeasurement::Verdict::Error;
        QStringList errors;
        if (m_old.kind == Read::Kind::Error)
            errors << tr("old: %1").arg(m_old.error);
        if (m_new.kind == Read::Kind::Error)
            errors << tr("new: %1").arg(m_new.error);
        m.reason = errors.join(QLatin1String("; "));
        done(m);
        return;
    }
    if (m_old.kind == Read::Kind::NoData || m_new.kind == Read::Kind::NoData) {
        m.verdict = GateMeasurement::Verdict::NoData;
        m.reason = tr("a side returned no value");
        done(m);
        return;
    }
    bool okOld = false, okNew = false;
    const double a = m_old.text.toDouble(&okOld);
    const double b = m_new.text.toDouble(&okNew);
    if (okOld && okNew && std::isfinite(a) && std::isfinite(b)) {
        const double diff = std::fabs(a - b);
        const double limit = percent ? std::fabs(a) * tolerancePercent / 100.0 : tolerance;
        m.value = tr("old %1, new %2 (difference %3)").arg(m_old.text, m_new.text).arg(diff);
        m.verdict = diff <= limit ? GateMeasurement::Verdict::Pass : GateMeasurement::Verdict::Fail;
        m.reason
            = diff <= limit ? tr("within tolerance") : tr("difference %1 exceeds %2").arg(diff).arg(limit);
    } else if (okOld != okNew || (okOld && okNew)) {
        m.verdict = GateMeasurement::Verdict::Error;
        m.reason = tr("the values cannot be compared (a number and a text, or not finite)");
    } else {
        m.verdict
            = m_old.text == m_new.text ? GateMeasurement::Verdict::Pass : GateMeasurement::Verdict::Fail;
        m.condition = tr("old = new");
        m.reason = m.verdict == GateMeasurement::Verdict::Pass ? tr("the values are equal")
                                                               : tr("the values differ");
    }
    finishWithSample(m, done);
}

void DataConsistencyProbe::finishWithSample(GateMeasurement m, Done done)
{
    const QString sampleOld = m_gate.params.value(QLatin1String("sample_old")).toString();
    const QString sampleNew = m_gate.params.value(QLatin1String("sample_new")).toString();
    if (sampleOld.isEmpty() || sampleNew.isEmpty() || m.verdict != GateMeasurement::Verdict::Pass) {
        done(m);
        return;
    }
    auto rows = std::make_shared<QPair<Read, Read>>();
    auto pending = std::make_shared<int>(2);
    auto joined = [m, rows, pending, done]() mutable {
        if (--*pending != 0)
            return;
        if (rows->first.kind == Read::Kind::Error || rows->second.kind == Read::Kind::Error) {
            m.verdict = GateMeasurement::Verdict::Error;
            m.reason = tr("sampling failed: %1").arg(rows->first.error + rows->second.error);
            done(m);
            return;
        }
        const QSet<QString> a(rows->first.rows.cbegin(), rows->first.rows.cend());
        const QSet<QString> b(rows->second.rows.cbegin(), rows->second.rows.cend());
        QStringList missing;
        for (const QString &r : a)
            if (!b.contains(r))
                missing << r;
        QStringList extra;
        for (const QString &r : b)
            if (!a.contains(r))
                extra << r;
        m.condition += tr("; sampled records equal");
        m.value += tr("; %1 sampled records, %2 differ").arg(a.size()).arg(missing.size() + extra.size());
        if (!missing.isEmpty() || !extra.isEmpty()) {
            missing.sort();
            extra.sort();
            m.verdict = GateMeasurement::Verdict::Fail;
            m.reason = tr("sampled records differ: only in old: %1; only in new: %2")
                           .arg(missing.mid(0, 5).join(QLatin1String(", ")),
                               extra.mid(0, 5).join(QLatin1String(", ")));
        }
        done(m);
    };
    read(m_gate.params.value(QLatin1String("old")).toObject(), sampleOld, true,
        [rows, joined](const Read &r) mutable {
            rows->first = r;
            joined();
        });
    read(m_gate.params.value(QLatin1String("new")).toObject(), sampleNew, true,
        [rows, joined](const Read &r) mutable {
            rows->second = r;
            joined();
        });
}
