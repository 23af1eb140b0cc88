// SPDX-License-Identifier: GPL-3.0-or-later
#include "NginxBackend.h"

#include "core/AsyncProcess.h"

#include <QDateTime>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTimer>

#include <cmath>

namespace {
constexpr int confirmations = 12; // consecutive fresh connections that must see the new generation
}

NginxBackend::NginxBackend()
    : m_nam(new QNetworkAccessManager(this))
{
}

QStringList NginxBackend::configure(const QJsonObject &config)
{
    QStringList problems;
    m_program = config.value(QLatin1String("nginx")).toString(QStringLiteral("nginx"));
    m_conf = config.value(QLatin1String("conf")).toString();
    m_include = config.value(QLatin1String("include")).toString();
    m_upstream = config.value(QLatin1String("upstream")).toString();
    m_old = config.value(QLatin1String("old_server")).toString();
    m_new = config.value(QLatin1String("new_server")).toString();
    m_generationUrl = config.value(QLatin1String("generation_url")).toString();
    m_prefix = config.value(QLatin1String("prefix")).toString();
    m_errorLog = config.value(QLatin1String("error_log")).toString();
    m_timeoutMs = config.value(QLatin1String("timeout_ms")).toInt(10000);
    static const QRegularExpression nameRe(QStringLiteral("^[A-Za-z0-9_]+$"));
    static const QRegularExpression serverRe(
        QStringLiteral("^[A-Za-z0-9_.\\-\\[\\]:]+:[0-9]+$|^unix:/[^;{}\\s]+$"));
    if (!nameRe.match(m_upstream).hasMatch())
        problems << tr("\"upstream\" must be an nginx upstream name (letters, digits, _), not \"%1\".")
                        .arg(m_upstream);
    if (!serverRe.match(m_old).hasMatch())
        problems << tr("\"old_server\" must be HOST:PORT, not \"%1\".").arg(m_old);
    if (!serverRe.match(m_new).hasMatch())
        problems << tr("\"new_server\" must be HOST:PORT, not \"%1\".").arg(m_new);
    if (m_old == m_new)
        problems << tr("The old and the new server must differ.");
    if (m_conf.isEmpty() || !QFile::exists(m_conf))
        problems << tr("The main configuration \"%1\" does not exist.").arg(m_conf);
    if (m_include.isEmpty())
        problems << tr("\"include\" (the upstream file the cockpit writes) is required.");
    const QUrl url(m_generationUrl);
    if (!url.isValid() || !url.scheme().startsWith(QLatin1String("http")))
        problems << tr("\"generation_url\" must be an http(s) URL, not \"%1\".").arg(m_generationUrl);
    if (m_timeoutMs < 100)
        problems << tr("\"timeout_ms\" must be at least 100.");
    return problems;
}

QByteArray NginxBackend::includeText(const QString &upstream, const QString &oldServer,
    const QString &newServer, int percentNew, qint64 generation)
{
    QByteArray out;
    out += "# Written by Cutover Cockpit; changes made here are detected as drift.\n";
    out += "map \"\" $cutover_gen { default \"" + QByteArray::number(generation) + "\"; }\n";
    out += "upstream " + upstream.toUtf8() + " {\n    zone " + upstream.toUtf8() + " 64k;\n";
    if (percentNew < 100)
        out += "    server " + oldServer.toUtf8() + " weight=" + QByteArray::number(100 - percentNew) + ";\n";
    if (percentNew > 0)
        out += "    server " + newServer.toUtf8() + " weight=" + QByteArray::number(percentNew) + ";\n";
    out += "}\n";
    return out;
}

NginxBackend::Parsed NginxBackend::parseInclude(
    const QByteArray &text, const QString &oldServer, const QString &newServer)
{
    Parsed p;
    const QString s = QString::fromUtf8(text);
    static const QRegularExpression genRe(
        QStringLiteral("\\$cutover_gen\\s*\\{\\s*default\\s+\"?(\\d+)\"?\\s*;"));
    const auto gen = genRe.match(s);
    if (!gen.hasMatch()) {
        p.error = NginxBackend::tr("The include has no generation marker ($cutover_gen).");
        return p;
    }
    p.generation = gen.captured(1).toLongLong();
    static const QRegularExpression serverRe(
        QStringLiteral("^\\s*server\\s+(\\S+)([^;]*);"), QRegularExpression::MultilineOption);
    bool seen = false;
    auto it = serverRe.globalMatch(s);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString options = m.captured(2);
        if (options.contains(QLatin1String("down")))
            continue;
        static const QRegularExpression weightRe(QStringLiteral("weight=(\\d+)"));
        const auto w = weightRe.match(options);
        const int weight = w.hasMatch() ? w.captured(1).toInt() : 1;
        if (m.captured(1) == oldServer) {
            p.oldWeight = weight;
            seen = true;
        } else if (m.captured(1) == newServer) {
            p.newWeight = weight;
            seen = true;
        }
    }
    if (!seen) {
        p.error = NginxBackend::tr("The include names neither %1 nor %2.").arg(oldServer, newServer);
        return p;
    }
    p.ok = true;
    return p;
}

QStringList NginxBackend::nginxArgs() const
{
    QStringList args;
    if (!m_prefix.isEmpty())
        args << QStringLiteral("-p") << m_prefix;
    if (!m_errorLog.isEmpty())
        args << QStringLiteral("-e") << m_errorLog;
    args << QStringLiteral("-c") << m_conf;
    return args;
}

bool NginxBackend::restoreBackup(QString *error)
{
    const QString bak = m_include + QStringLiteral(".bak");
    QFile in(bak);
    if (!in.exists()) {
        // There was no include before: remove ours so nginx stays as it was.
        if (QFile::exists(m_include) && !QFile::remove(m_include)) {
            *error = tr("the new include %1 could not be removed").arg(m_include);
            return false;
        }
        return true;
    }
    if (!in.open(QIODevice::ReadOnly)) {
        *error = in.errorString();
        return false;
    }
    QSaveFile out(m_include);
    if (!out.open(QIODevice::WriteOnly) || out.write(in.readAll()) < 0 || !out.commit()) {
        *error = out.errorString();
        return false;
    }
    return true;
}

void NginxBackend::apply(int percentNew, Done done)
{
    if (percentNew < 0 || percentNew > 100) {
        done(TrafficResult::failure(tr("%1 % is not between 0 and 100.").arg(percentNew)));
        return;
    }
    qint64 generation = QDateTime::currentMSecsSinceEpoch();
    QFile current(m_include);
    if (current.exists()) {
        if (!current.open(QIODevice::ReadOnly)) {
            done(TrafficResult::failure(
                tr("The include %1 cannot be read: %2").arg(m_include, current.errorString())));
            return;
        }
        const QByteArray before = current.readAll();
        current.close();
        const Parsed p = parseInclude(before, m_old, m_new);
        if (p.ok)
            generation = qMax(generation, p.generation + 1);
        QFile::remove(m_include + QStringLiteral(".bak"));
        QSaveFile bak(m_include + QStringLiteral(".bak"));
        if (!bak.open(QIODevice::WriteOnly) || bak.write(before) < 0 || !bak.commit()) {
            done(TrafficResult::failure(
                tr("The backup %1.bak cannot be written: %2").arg(m_include, bak.errorString())));
            return;
        }
    } else {
        QFile::remove(m_include + QStringLiteral(".bak"));
    }
    QSaveFile out(m_include);
    if (!out.open(QIODevice::WriteOnly)
        || out.write(includeText(m_upstream, m_old, m_new, percentNew, generation)) < 0 || !out.commit()) {
        done(TrafficResult::failure(
            tr("The include %1 cannot be written: %2").arg(m_include, out.errorString())));
        return;
    }
    QStringList testArgs = nginxArgs();
    testArgs.prepend(QStringLiteral("-t"));
    AsyncProcess::run(m_program, testArgs, m_timeoutMs, this,
        [this, percentNew, generation, done](const AsyncProcess::Result &test) {
            if (!test.finished || test.exitCode != 0) {
                QString restoreError;
                const bool restored = restoreBackup(&restoreError);
                const QString why = test.finished ? test.errorOutput.trimmed() : test.error;
                done(TrafficResult::failure(restored
                        ? tr("nginx -t rejected the new configuration; the previous include was restored and "
                             "stays in force: %1")
                              .arg(why)
                        : tr(
                            "nginx -t rejected the new configuration (%1) AND the previous include could not "
                            "be restored: %2")
                              .arg(why, restoreError)));
                return;
            }
            QStringList reloadArgs = nginxArgs();
            reloadArgs.prepend(QStringLiteral("reload"));
            reloadArgs.prepend(QStringLiteral("-s"));
            AsyncProcess::run(m_program, reloadArgs, m_timeoutMs, this,
                [this, percentNew, generation, done](const AsyncProcess::Result &reload) {
                    if (!reload.finished || reload.exitCode != 0) {
                        QString restoreError;
                        restoreBackup(&restoreError);
                        done(TrafficResult::failure(
                            tr("nginx -s reload failed; the previous include was restored: %1")
                                .arg(reload.finished ? reload.errorOutput.trimmed() : reload.error)));
                        return;
                    }
                    pollGeneration(
                        generation, QDateTime::currentMSecsSinceEpoch() + m_timeoutMs, percentNew, 0, done);
                });
        });
}

void NginxBackend::pollGeneration(qint64 generation, qint64 deadlineMs, int percent, int matches, Done done)
{
    QNetworkRequest req { QUrl(m_generationUrl) };
    req.setTransferTimeout(qMax(100, int(deadlineMs - QDateTime::currentMSecsSinceEpoch())));
    // A fresh connection each time: a kept-alive one would stay with an old worker.
    req.setRawHeader("Connection", "close");
    QNetworkReply *reply = m_nam->get(req);
    connect(reply, &QNetworkReply::finished, this,
        [this, reply, generation, deadlineMs, percent, matches, done]() {
            reply->deleteLater();
            const QByteArray body = reply->readAll().trimmed();
            // An old worker may still accept a few connections right after the reload: only a run of fresh
            // connections that all see the new generation shows that the new configuration alone serves.
            const int run = body == QByteArray::number(generation) ? matches + 1 : 0;
            if (run > 0 && run < confirmations) {
                pollGeneration(generation, deadlineMs, percent, run, done);
                return;
            }
            if (run >= confirmations) {
                done(TrafficResult::success(percent,
                    tr("generation %1 serving: old %2, new %3")
                        .arg(generation)
                        .arg(100 - percent)
                        .arg(percent)));
                return;
            }
            if (QDateTime::currentMSecsSinceEpoch() >= deadlineMs) {
                done(TrafficResult::failure(
                    tr("nginx reloaded, but %1 still shows generation \"%2\" instead of %3 "
                       "after %4 ms.")
                        .arg(m_generationUrl, QString::fromUtf8(body.left(40)))
                        .arg(generation)
                        .arg(m_timeoutMs)));
                return;
            }
            QTimer::singleShot(10, this, [this, generation, deadlineMs, percent, done]() {
                pollGeneration(generation, deadlineMs, percent, 0, done);
            });
        });
}

void NginxBackend::readSplit(Done done)
{
    QFile f(m_include);
    if (!f.open(QIODevice::ReadOnly)) {
        done(TrafficResult::failure(tr("The include %1 cannot be read: %2").arg(m_include, f.errorString())));
        return;
    }
    const Parsed p = parseInclude(f.readAll(), m_old, m_new);
    if (!p.ok) {
        done(TrafficResult::failure(p.error));
        return;
    }
    QNetworkRequest req { QUrl(m_generationUrl) };
    req.setTransferTimeout(m_timeoutMs);
    req.setRawHeader("Connection", "close");
    QNetworkReply *reply = m_nam->get(req);
    connect(reply, &QNetworkReply::finished, this, [this, reply, p, done]() {
        reply->deleteLater();
        if (reply->error() != QNetworkReply::NoError) {
            done(TrafficResult::failure(
                tr("nginx does not answer at %1: %2").arg(m_generationUrl, reply->errorString())));
            return;
        }
        const QByteArray body = reply->readAll().trimmed();
        if (body != QByteArray::number(p.generation)) {
            done(TrafficResult::failure(
                tr("nginx serves generation \"%1\" but the include has %2: a reload is "
                   "pending or failed, so the split in force is not known.")
                    .arg(QString::fromUtf8(body.left(40)))
                    .arg(p.generation)));
            return;
        }
        const int total = p.oldWeight + p.newWeight;
        if (total <= 0) {
            done(TrafficResult::failure(tr("Neither server of the upstream carries traffic.")));
            return;
        }
        done(TrafficResult::success(int(std::lround(100.0 * p.newWeight / total)),
            tr("generation %1: weights old %2, new %3").arg(p.generation).arg(p.oldWeight).arg(p.newWeight)));
    });
}

void NginxBackend::rollback(Done done)
{
    apply(0, std::move(done));
}

void NginxBackend::checkOldPath(Done done)
{
    // NGINX open source has no health information for upstream servers; the plan's old health URL is
    // the place for a check.
    done(TrafficResult::success(-1, tr("not checked by nginx (set the plan's old-path health URL)")));
}
