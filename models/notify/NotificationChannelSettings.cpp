// SPDX-License-Identifier: GPL-3.0-or-later
#include "notify/NotificationChannelSettings.h"

#include "core/SqlText.h"

#include "audit/AuditChain.h"
#include "notify/WebhookPayload.h"
#include "store/SessionStore.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace {
const QString settingKey = QStringLiteral("notify.channels");

QString tr(const char *text)
{
    return QCoreApplication::translate("NotificationChannelSettings", text);
}
}

NotificationChannelSettings::NotificationChannelSettings(SessionStore *store)
    : m_store(store)
{
}

QStringList NotificationChannelSettings::read(bool *present) const
{
    *present = false;
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(settingKey);
    if (!q.exec() || !q.next())
        return {};
    *present = true;
    return q.value(0).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
}

bool NotificationChannelSettings::hasChoice() const
{
    bool present = false;
    read(&present);
    return present;
}

bool NotificationChannelSettings::isEnabled(const QString &channel) const
{
    bool present = false;
    const QStringList chosen = read(&present);
    return !present || chosen.contains(channel);
}

QStringList NotificationChannelSettings::chosenChannels() const
{
    bool present = false;
    return read(&present);
}

ActionResult NotificationChannelSettings::setEnabled(
    const QString &channel, bool enabled, const QString &actor)
{
    if (!WebhookPayload::channels().contains(channel))
        return ActionResult::failure(
            tr("There is no notification channel \"%1\" (known: %2).")
                .arg(channel, WebhookPayload::channels().join(QStringLiteral(", "))));
    if (actor.trimmed().isEmpty())
        return ActionResult::failure(tr("Every change is recorded with a name; give your name first."));
    bool present = false;
    QStringList chosen = read(&present);
    const QString before = present ? chosen.join(QLatin1Char(',')) : QStringLiteral("(all with a URL)");
    if (!present) // the first choice starts from "every channel"
        chosen = WebhookPayload::channels();
    chosen.removeAll(channel);
    if (enabled)
        chosen.append(channel);
    QStringList ordered; // a stable order: the order of WebhookPayload::channels()
    for (const QString &c : WebhookPayload::channels())
        if (chosen.contains(c))
            ordered << c;
    const QString after = ordered.join(QLatin1Char(','));

    QString error;
    if (!m_store->beginWrite(&error))
        return ActionResult::failure(error);
    QSqlDatabase db = m_store->database();
    QSqlQuery del(db);
    del.prepare(QStringLiteral("DELETE FROM meta WHERE key = ?"));
    del.addBindValue(settingKey);
    QSqlQuery ins(db);
    ins.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"));
    ins.addBindValue(settingKey);
    ins.addBindValue(SqlText::notNull(after));
    AuditRecord r;
    r.actor = actor.trimmed();
    r.action = QStringLiteral("notify.channels");
    r.entity = QStringLiteral("session");
    r.entityId = 1;
    r.field = settingKey;
    r.oldValue = before;
    r.newValue = after;
    if (!del.exec() || !ins.exec() || !AuditChain::append(db, r, &error)) {
        if (error.isEmpty())
            error = del.lastError().isValid() ? del.lastError().text() : ins.lastError().text();
        m_store->rollback();
        return ActionResult::failure(tr("The channel choice was not saved: %1").arg(error));
    }
    if (!m_store->commit(&error))
        return ActionResult::failure(tr("The channel choice was not saved: %1").arg(error));
    return ActionResult::success();
}
