// SPDX-License-Identifier: GPL-3.0-or-later
#include "HaproxyBackend.h"

#include "HaproxyRuntimeApi.h"

#include <QRegularExpression>
#include <cmath>

namespace {
// Names go into a command line: allow only what HAProxy allows in proxy and server names.
bool validName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_.:-]+$"));
    return re.match(name).hasMatch();
}
}

HaproxyBackend::HaproxyBackend()
    : m_api(new HaproxyRuntimeApi(this))
{
}

QStringList HaproxyBackend::configure(const QJsonObject &config)
{
    QStringList problems;
    const QString socket = config.value(QLatin1String("socket")).toString();
    m_backend = config.value(QLatin1String("backend")).toString();
    m_old = config.value(QLatin1String("old_server")).toString();
    m_new = config.value(QLatin1String("new_server")).toString();
    const int timeout = config.value(QLatin1String("timeout_ms")).toInt(3000);
    if (socket.isEmpty())
        problems << tr("\"socket\" is required (HOST:PORT or a unix socket path).");
    for (const auto &[key, value] : { std::pair<const char *, QString>("backend", m_backend),
             std::pair<const char *, QString>("old_server", m_old),
             std::pair<const char *, QString>("new_server", m_new) }) {
        if (!validName(value))
            problems << tr("\"%1\" must be a HAProxy name (letters, digits, _ . : -), not \"%2\".")
                            .arg(QLatin1String(key), value);
    }
    if (!m_old.isEmpty() && m_old == m_new)
        problems << tr("The old and the new server must differ.");
    if (timeout < 1)
        problems << tr("\"timeout_ms\" must be positive.");
    m_api->setAddress(socket);
    m_api->setTimeout(timeout);
    return problems;
}

bool HaproxyBackend::parseState(const QString &reply, const QString &oldServer, const QString &newServer,
    ServerState *oldState, ServerState *newState, QString *error)
{
    const QStringList lines = reply.split(QLatin1Char('\n'));
    if (lines.isEmpty() || lines.first().trimmed() != QLatin1String("1")) {
        *error = tr("HAProxy gave an unexpected reply to `show servers state`: \"%1\"")
                     .arg(reply.left(200).trimmed());
        return false;
    }
    *oldState = ServerState {};
    *newState = ServerState {};
    for (int i = 1; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList f = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        bool ok1 = false, ok2 = false, ok3 = false;
        if (f.size() < 9) {
            *error = tr("HAProxy's server state line is too short: \"%1\"").arg(line.left(200));
            return false;
        }
        ServerState s;
        s.found = true;
        s.opState = f.at(5).toInt(&ok1);
        s.adminState = f.at(6).toInt(&ok2);
        s.weight = f.at(7).toInt(&ok3);
        if (!ok1 || !ok2 || !ok3) {
            *error = tr("HAProxy's server state line cannot be read: \"%1\"").arg(line.left(200));
            return false;
        }
        if (f.at(3) == oldServer)
            *oldState = s;
        else if (f.at(3) == newServer)
            *newState = s;
    }
    if (!oldState->found || !newState->found) {
        *error = tr("HAProxy does not list the server \"%1\" in this backend.")
                     .arg(!oldState->found ? oldServer : newServer);
        return false;
    }
    return true;
}

void HaproxyBackend::readState(
    std::function<void(bool, const ServerState &, const ServerState &, const QString &)> done)
{
    m_api->send(QStringLiteral("show servers state %1").arg(m_backend),
        [this, done](bool ok, const QString &reply, const QString &error) {
            ServerState o, n;
            if (!ok) {
                done(false, o, n, error);
                return;
            }
            QString parseError;
            if (!parseState(reply, m_old, m_new, &o, &n, &parseError)) {
                done(false, o, n, parseError);
                return;
            }
            done(true, o, n, {});
        });
}

void HaproxyBackend::readSplit(Done done)
{
    readState([done](bool ok, const ServerState &o, const ServerState &n, const QString &error) {
        if (!ok) {
            done(TrafficResult::failure(error));
            return;
        }
        const int total = o.weight + n.weight;
        if (total <= 0) {
            done(TrafficResult::failure(tr("Both servers have weight 0: no traffic can flow.")));
            return;
        }
        const int percent = int(std::lround(100.0 * n.weight / total));
        QString detail = tr("weights old %1, new %2").arg(o.weight).arg(n.weight);
        if (o.opState != 2 || n.opState != 2 || o.adminState != 0 || n.adminState != 0)
            detail += tr("; server states old %1/%2, new %3/%4 (operational/admin)")
                          .arg(o.opState)
                          .arg(o.adminState)
                          .arg(n.opState)
                          .arg(n.adminState);
        done(TrafficResult::success(percent, detail));
    });
}

void HaproxyBackend::setWeights(int oldWeight, int newWeight, bool oldFirst, Done done)
{
    const QString setOld = QStringLiteral("set server %1/%2 weight %3").arg(m_backend, m_old).arg(oldWeight);
    const QString setNew = QStringLiteral("set server %1/%2 weight %3").arg(m_backend, m_new).arg(newWeight);
    const QString line
        = oldFirst ? setOld + QStringLiteral("; ") + setNew : setNew + QStringLiteral("; ") + setOld;
    m_api->send(line, [this, done, line](bool ok, const QString &reply, const QString &error) {
        if (!ok) {
            done(TrafficResult::failure(error));
            return;
        }
        // Success is an empty line per command; any text is HAProxy's error message.
        if (!reply.trimmed().isEmpty()) {
            done(TrafficResult::failure(
                tr("HAProxy refused \"%1\": %2").arg(line, reply.trimmed().left(300))));
            return;
        }
        readSplit(done); // confirm with what HAProxy really has now
    });
}

void HaproxyBackend::apply(int percentNew, Done done)
{
    if (percentNew < 0 || percentNew > 100) {
        done(TrafficResult::failure(tr("%1 % is not between 0 and 100.").arg(percentNew)));
        return;
    }
    readState(
        [this, percentNew, done](bool ok, const ServerState &o, const ServerState &, const QString &error) {
            if (!ok) {
                done(TrafficResult::failure(error));
                return;
            }
            // Raise the side that gains first, so the total weight never drops to 0.
            setWeights(100 - percentNew, percentNew, 100 - percentNew >= o.weight, done);
        });
}

void HaproxyBackend::rollback(Done done)
{
    setWeights(100, 0, true, std::move(done));
}

void HaproxyBackend::checkOldPath(Done done)
{
    readState([done](bool ok, const ServerState &o, const ServerState &, const QString &error) {
        if (!ok) {
            done(TrafficResult::failure(error));
            return;
        }
        if (o.opState != 2)
            done(TrafficResult::failure(
                tr("HAProxy reports the old server as not running (state %1).").arg(o.opState)));
        else if (o.adminState & 0x01)
            done(TrafficResult::failure(tr("The old server is in maintenance mode.")));
        else if (o.adminState & 0x08)
            done(TrafficResult::failure(tr("The old server is draining.")));
        else
            done(TrafficResult::success(-1, tr("the old server is running")));
    });
}
