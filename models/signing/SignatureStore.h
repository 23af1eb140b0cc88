// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "signing/SignatureRecord.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

class ElectronicSignature;

// The signatures table. A row is written inside the caller's open write transaction together with its
// audit record (action signature.create, entity signature, entity_id = the row's id, new_value = JSON of
// the row's columns); the act's own audit record must come next (its seq is the row's audit_seq).
class SignatureStore {
public:
    // Whether the session has the table (a session from before issue 12 has not).
    static bool existsIn(const QSqlDatabase &db);
    // Writes the row for the signature and its signature.create audit record (actor = the principal).
    // The act's audit record must be the very next append. *id receives the new row's id.
    static bool write(QSqlDatabase &db, const ElectronicSignature &signature, qint64 *id, QString *error);
    // The row as JSON (compact, keys sorted): the new_value of its signature.create record.
    static QString toJson(const SignatureRecord &record);
    static bool fromJson(const QString &json, SignatureRecord *record);

    static QList<SignatureRecord> readAll(const QSqlDatabase &db, QString *error = nullptr);
    static QList<SignatureRecord> forEntity(
        const QSqlDatabase &db, const QString &entity, qint64 entityId, QString *error = nullptr);
};
