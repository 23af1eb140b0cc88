// SPDX-License-Identifier: GPL-3.0-or-later
#include "traffic/gates/BusinessTransactionProbe.h"

#include "core/BodyCap.h"
#include "traffic/gates/HttpHealthProbe.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QProcess>
#include <QTimer>

namespace {
// The command's last non-empty output line: what a check script prints last is usually its verdict
// ("payment round trip: HTTP 500").
QString lastLine(const QString &output)
{
    const QStringList lines = output.split(QLatin1Char('\n'));
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        const QString line = it->trimmed();
        if (!line.isEmpty())
            return line.left(300);
    }
    return {};
}
}

BusinessTransactionProbe::BusinessTransactionProbe(const GateDefinition &gate, QObject *parent)
    : GateProbe(parent)
    , m_gate(gate)
    , m_nam(new QNetworkAccessManager(this))
{
}

void BusinessTransactionProbe::measure(Done done)
{
    if (m_gate.params.contains(QLatin1String("command")))
        runCommand(std::move(done));
    else
        runRequest(0, std::move(done));
}

void BusinessTransactionProbe::runRequest(int index, Done done)
{
    const QJsonArray requests = m_gate.params.value(QLatin1String("requests")).toArray();
    if (requests.isEmpty()) {
        GateMeasurement m;
        m.verdict = GateMeasurement::Verdict::Error;
        m.reason = tr("The business transaction has no requests.");
        done(m);
        return;
    }
    HttpHealthProbe::request(m_nam, requests.at(index).toObject(), m_gate.timeoutMs, this,
        [this, index, count = requests.size(), done](const GateMeasurement &step) {
            GateMeasurement m = step;
            m.value = tr("request %1 of %2: %3").arg(index + 1).arg(count).arg(step.value);
            if (step.verdict != GateMeasurement::Verdict::Pass || index + 1 == count) {
                if (step.verdict == GateMeasurement::Verdict::Pass)
                    m.reason = tr("all %1 requests met their conditions").arg(count);
                else
                    m.reason = tr("request %1: %2").arg(index + 1).arg(step.reason);
                done(m);
                return;
            }
            runRequest(index + 1, done);
        });
}

void BusinessTransactionProbe::runCommand(Done done)
{
    const QString program = m_gate.params.value(QLatin1String("command")).toString();
    QStringList args;
    for (const QJsonValue &v : m_gate.params.value(QLatin1String("args")).toArray())
        args << v.toString();
    auto *process = new QProcess(this);
    process->setProcessChannelMode(QProcess::MergedChannels);
    auto *timer = new QTimer(process);
    timer->setSingleShot(true);
    auto finished = std::make_shared<bool>(false);
    // The last BodyCap::commandOutputBytes of the output are kept as it arrives, the rest dropped.
    struct Tail {
        QByteArray bytes;
        bool cut = false;
    };
    auto tail = std::make_shared<Tail>();
    auto keep = [tail](const QByteArray &chunk) {
        tail->bytes.append(chunk);
        if (tail->bytes.size() > BodyCap::commandOutputBytes) {
            tail->bytes = tail->bytes.right(BodyCap::commandOutputBytes);
            tail->cut = true;
        }
    };
    connect(process, &QProcess::readyRead, process, [process, keep]() { keep(process->readAll()); });
    GateMeasurement base;
    base.condition = tr("exit code 0 within %1 ms").arg(m_gate.timeoutMs);
    // withOutput: the reason when the command printed something, %1 its last line.
    auto finish = [process, finished, done, keep, tail](GateMeasurement m, const QString &withOutput) {
        if (*finished)
            return;
        *finished = true;
        keep(process->readAll());
        m.output = QString::fromLocal8Bit(tail->bytes.right(4000));
        if (tail->cut)
            m.output = BodyCap::outputCutOffNote() + QLatin1Char('\n') + m.output;
        const QString line = lastLine(m.output);
        if (!line.isEmpty() && !withOutput.isEmpty())
            m.reason = withOutput.arg(line);
        process->deleteLater();
        done(m);
    };
    connect(timer, &QTimer::timeout, process, [process, base, finish, ms = m_gate.timeoutMs]() {
        GateMeasurement m = base;
        m.value = tr("no exit after %1 ms").arg(ms);
        m.verdict = GateMeasurement::Verdict::Fail;
        m.reason = tr("The command did not finish within %1 ms and was stopped.").arg(ms);
        process->disconnect();
        process->kill();
        process->waitForFinished(1000);
        finish(m, tr("The command did not finish within %1 ms and was stopped; its last output: %2").arg(ms));
    });
    connect(process, &QProcess::errorOccurred, process,
        [process, base, finish, program](QProcess::ProcessError e) {
            if (e != QProcess::FailedToStart)
                return;
            GateMeasurement m = base;
            m.value = tr("not started");
            m.verdict = GateMeasurement::Verdict::Error;
            m.reason = tr("The command \"%1\" could not be started: %2").arg(program, process->errorString());
            finish(m, QString());
        });
    connect(process, &QProcess::finished, process, [base, finish](int code, QProcess::ExitStatus status) {
        GateMeasurement m = base;
        QString withOutput;
        if (status == QProcess::CrashExit) {
            m.value = tr("crashed");
            m.verdict = GateMeasurement::Verdict::Fail;
            m.reason = tr("The command crashed.");
            withOutput = tr("The command crashed; its last output: %1");
        } else {
            m.value = tr("exit code %1").arg(code);
            m.verdict = code == 0 ? GateMeasurement::Verdict::Pass : GateMeasurement::Verdict::Fail;
            m.reason = code == 0 ? tr("the command succeeded") : tr("the command exited with %1").arg(code);
            withOutput = code == 0 ? tr("the command succeeded: %1")
                                   : tr("the command exited with %1: %2").arg(code).arg(QStringLiteral("%1"));
        }
        finish(m, withOutput);
    });
    timer->start(m_gate.timeoutMs);
    process->start(program, args);
}
