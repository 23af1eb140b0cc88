// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QUuid>
#include <QVariant>

// A plain SQLite connection beside the application's, as the sqlite3 shell would open the file: used by tests
// to build old or foreign files and to tamper with a session behind the core's back.
class RawSqliteConnection {
public:
    explicit RawSqliteConnection(const QString &path, bool readOnly = false)
        : m_name(QStringLiteral("raw-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        if (readOnly)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        m_open = db.open();
    }
    ~RawSqliteConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    RawSqliteConnection(const RawSqliteConnection &) = delete;
    RawSqliteConnection &operator=(const RawSqliteConnection &) = delete;

    bool isOpen() const { return m_open; }
    QSqlDatabase database() const { return QSqlDatabase::database(m_name, false); }

    // Runs one statement; returns false with the SQLite message in *error.
    bool exec(const QString &sql, QString *error = nullptr) const
    {
        QSqlQuery q(database());
        if (q.exec(sql))
            return true;
        if (error)
            *error = q.lastError().text();
        return false;
    }
    // The first column of the first row, or an invalid QVariant.
    QVariant scalar(const QString &sql) const
    {
        QSqlQuery q(database());
        if (q.exec(sql) && q.next())
            return q.value(0);
        return {};
    }

private:
    QString m_name;
    bool m_open = false;
};
