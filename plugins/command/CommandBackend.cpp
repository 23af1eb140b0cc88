// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandBackend.h"

#include "core/AsyncProcess.h"

#include <QFileInfo>

QStringList CommandBackend::configure(const QJsonObject &config)
{
    QStringList problems;
    m_apply = config.value(QLatin1String("apply_command")).toString();
    m_read = config.value(QLatin1String("read_command")).toString();
    m_checkOld = config.value(QLatin1String("check_old_command")).toString();
    m_old = config.value(QLatin1String("old")).toString(QStringLiteral("old"));
    m_new = config.value(QLatin1String("new")).toString(QStringLiteral("new"));
    m_timeoutMs = config.value(QLatin1String("timeout_ms")).toInt(30000);
    if (m_apply.isEmpty())
        problems << tr("\"apply_command\" is required.");
    if (m_read.isEmpty())
        problems << tr("\"read_command\" is required: without it the split in force cannot be read back.");
    for (const QString &program : { m_apply, m_read, m_checkOld }) {
        if (program.contains(QLatin1Char('/')) && !QFileInfo(program).isExecutable())
            problems << tr("%1 is not an executable file.").arg(program);
    }
    if (m_timeoutMs < 1)
        problems << tr("\"timeout_ms\" must be positive.");
    return problems;
}

void CommandBackend::apply(int percentNew, Done done)
{
    if (percentNew < 0 || percentNew > 100) {
        done(TrafficResult::failure(tr("%1 % is not between 0 and 100.").arg(percentNew)));
        return;
    }
    AsyncProcess::run(m_apply, { QString::number(percentNew), m_old, m_new }, m_timeoutMs, this,
        [this, percentNew, done](const AsyncProcess::Result &r) {
            if (!r.finished) {
                done(TrafficResult::failure(r.error));
                return;
            }
            if (r.exitCode != 0) {
                done(TrafficResult::failure(tr("%1 exited with %2: %3")
                                                .arg(m_apply)
                                                .arg(r.exitCode)
                                                .arg((r.errorOutput + r.output).trimmed().right(500))));
                return;
            }
            // Confirm with what the read command reports.
            readSplit([percentNew, done, output = r.output.trimmed()](const TrafficResult &read) {
                if (!read.ok) {
                    done(read);
                    return;
                }
                TrafficResult result = read;
                if (!output.isEmpty())
                    result.detail = output.right(500) + QLatin1String("; ") + read.detail;
                if (read.percentNew != percentNew)
                    result = TrafficResult::failure(
                        tr("the command succeeded but the read-back shows %1 % instead of %2 %")
                            .arg(read.percentNew)
                            .arg(percentNew));
                done(result);
            });
        });
}

void CommandBackend::readSplit(Done done)
{
    AsyncProcess::run(
        m_read, { m_old, m_new }, m_timeoutMs, this, [this, done](const AsyncProcess::Result &r) {
            if (!r.finished) {
                done(TrafficResult::failure(r.error));
                return;
            }
            if (r.exitCode != 0) {
                done(TrafficResult::failure(tr("%1 exited with %2: %3")
                                                .arg(m_read)
                                                .arg(r.exitCode)
                                                .arg((r.errorOutput + r.output).trimmed().right(500))));
                return;
            }
            const QStringList lines = r.output.trimmed().split(QLatin1Char('\n'));
            bool ok = false;
            const int percent = lines.constLast().trimmed().toInt(&ok);
            if (!ok || percent < 0 || percent > 100) {
                done(TrafficResult::failure(tr("%1 printed \"%2\", not a percentage between 0 and 100.")
                                                .arg(m_read, lines.constLast().trimmed().left(100))));
                return;
            }
            done(TrafficResult::success(
                percent, tr("%1 reports %2 % on %3").arg(m_read).arg(percent).arg(m_new)));
        });
}

void CommandBackend::rollback(Done done)
{
    apply(0, std::move(done));
}

void CommandBackend::checkOldPath(Done done)
{
    if (m_checkOld.isEmpty()) {
        done(TrafficResult::success(-1, tr("no check command configured")));
        return;
    }
    AsyncProcess::run(m_checkOld, { m_old }, m_timeoutMs, this, [this, done](const AsyncProcess::Result &r) {
        if (r.finished && r.exitCode == 0)
            done(TrafficResult::success(-1, r.output.trimmed().right(300)));
        else
            done(TrafficResult::failure(r.finished ? tr("%1 exited with %2: %3")
                                                         .arg(m_checkOld)
                                                         .arg(r.exitCode)
                                                         .arg((r.errorOutput + r.output).trimmed().right(300))
                                                   : r.error));
    });
}
