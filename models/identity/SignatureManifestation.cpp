// SPDX-License-Identifier: GPL-3.0-or-later
#include "identity/SignatureManifestation.h"

#include "signing/SignatureMeaning.h"
#include "signing/SignatureStore.h"
#include "store/SessionStore.h"

#include <QCoreApplication>

QString SignatureManifestation::text(const SignatureRecord &record)
{
    SignatureMeaning meaning;
    const QString meaningText = SignatureMeaningText::fromStored(record.meaning, &meaning)
        ? SignatureMeaningText::label(meaning)
        : record.meaning;
    const QString who = record.displayName.isEmpty() || record.displayName == record.principal
        ? record.principal
        : QStringLiteral("%1 (%2)").arg(record.displayName, record.principal);
    QString out
        = QCoreApplication::translate("SignatureManifestation", "%1, %2 UTC, %3")
              .arg(who, record.at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), meaningText);
    if (record.isDeclared())
        out += QCoreApplication::translate("SignatureManifestation", "; identities declared, not verified");
    return out;
}

QString SignatureManifestation::latest(
    SessionStore *store, const QString &act, const QString &entity, qint64 entityId)
{
    if (!store || !SignatureStore::existsIn(store->database()))
        return {};
    const QList<SignatureRecord> rows = SignatureStore::forEntity(store->database(), entity, entityId);
    for (auto it = rows.crbegin(); it != rows.crend(); ++it)
        if (it->act == act)
            return text(*it);
    return {};
}
