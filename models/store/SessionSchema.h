// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

// The session file's schema as a list of migrations. Each later feature appends a migration; a file is
// brought up to date when it is opened for writing. DDL is kept portable between SQLite and PostgreSQL
// (explicit ids, TEXT timestamps, no AUTOINCREMENT), so team mode can share a session through PostgreSQL.
struct SchemaMigration {
    int version;
    QStringList statements;
};

class SessionSchema {
public:
    static const QList<SchemaMigration> &migrations();
    static int currentVersion();
    static QString applicationTag(); // stored in meta.application to recognise our files
    // Whether the session has the table (a session from before a feature lacks that feature's tables).
    static bool hasTable(const QSqlDatabase &db, const QString &name);
    // Every table the migrations create, in the order they create them (a table before the tables that
    // refer to it), read from their CREATE TABLE statements, so that no second list can drift from them.
    static QStringList tableNames();
    // The table's declared primary key columns (empty for a table without one, such as metric_samples).
    static QStringList primaryKey(const QString &table);
};
