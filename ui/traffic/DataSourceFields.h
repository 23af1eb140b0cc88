// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGroupBox>
#include <QJsonObject>

class GateFieldsPage;
class QComboBox;
class QLineEdit;
class QSpinBox;
class SwitchedPanes;

// One side ("old" or "new") of a data-consistency gate: an SQL query (driver, host, port, database,
// user, the environment variable holding the password, query) or an HTTP URL answering JSON with a
// JSON pointer to the value. Registers its fields with the page under "old/sql/query" etc.
class DataSourceFields : public QGroupBox {
    Q_OBJECT
public:
    DataSourceFields(const QString &side, const QString &title, GateFieldsPage *page);
    void setSource(const QJsonObject &source);
    QJsonObject source() const;
    QList<QWidget *> fields() const;

Q_SIGNALS:
    void changed();

private:
    QLineEdit *line(const QString &key, const QString &placeholder);

    QString m_side;
    QJsonObject m_original;
    QComboBox *m_type;
    SwitchedPanes *m_stack;
    QComboBox *m_driver;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_passwordEnv;
    QLineEdit *m_query;
    QLineEdit *m_url;
    QLineEdit *m_pointer;
};
