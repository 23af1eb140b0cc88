// SPDX-License-Identifier: GPL-3.0-or-later
#include "traffic/DataSourceFields.h"

#include "traffic/GateFieldsPage.h"
#include "traffic/SwitchedPanes.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

DataSourceFields::DataSourceFields(const QString &side, const QString &title, GateFieldsPage *page)
    : QGroupBox(title, page)
    , m_side(side)
    , m_type(new QComboBox(this))
    , m_stack(new SwitchedPanes(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *typeForm = new QFormLayout;
    m_type->addItem(tr("SQL query"));
    m_type->addItem(tr("HTTP JSON"));
    m_type->setObjectName(QStringLiteral("sourceType:") + side);
    typeForm->addRow(tr("Read by:"), m_type);
    layout->addLayout(typeForm);
    layout->addWidget(m_stack);

    auto *sql = new QWidget(m_stack);
    auto *sqlForm = new QFormLayout(sql);
    sqlForm->setContentsMargins(0, 0, 0, 0);
    m_driver = new QComboBox(sql); // created in Tab order
    m_driver->setEditable(true);
    m_driver->addItems({ QStringLiteral("QPSQL"), QStringLiteral("QMYSQL"), QStringLiteral("QSQLITE"),
        QStringLiteral("QODBC") });
    m_driver->setObjectName(QStringLiteral("field:%1/sql/driver").arg(side));
    sqlForm->addRow(tr("Driver:"), m_driver);
    m_host = line(QStringLiteral("sql/host"), QStringLiteral("db.internal"));
    sqlForm->addRow(tr("Host:"), m_host);
    m_port = new QSpinBox(sql);
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("default"));
    m_port->setObjectName(QStringLiteral("field:%1/sql/port").arg(side));
    sqlForm->addRow(tr("Port:"), m_port);
    m_database = line(QStringLiteral("sql/database"), QStringLiteral("payments"));
    sqlForm->addRow(tr("Database:"), m_database);
    m_user = line(QStringLiteral("sql/user"), QStringLiteral("cockpit_ro"));
    sqlForm->addRow(tr("User:"), m_user);
    m_passwordEnv = line(QStringLiteral("sql/password_env"), QStringLiteral("COCKPIT_OLD_DB_PASSWORD"));
    m_passwordEnv->setToolTip(tr("The name of the environment variable that holds the password; the "
                                 "password itself is never stored."));
    sqlForm->addRow(tr("Password from env:"), m_passwordEnv);
    m_query = line(QStringLiteral("sql/query"), QStringLiteral("SELECT count(*) FROM payments"));
    m_query->setToolTip(tr("Returns one value: a count or a checksum."));
    sqlForm->addRow(tr("Query:"), m_query);
    m_stack->addWidget(sql);

    auto *http = new QWidget(m_stack);
    auto *httpForm = new QFormLayout(http);
    httpForm->setContentsMargins(0, 0, 0, 0);
    m_url = line(QStringLiteral("http"), QStringLiteral("http://new.internal:8080/stats"));
    httpForm->addRow(tr("URL:"), m_url);
    m_pointer = line(QStringLiteral("pointer"), QStringLiteral("/payments/count"));
    m_pointer->setToolTip(tr("A JSON pointer to the value in the answer."));
    httpForm->addRow(tr("JSON pointer:"), m_pointer);
    m_stack->addWidget(http);

    connect(m_type, &QComboBox::currentIndexChanged, this, [this](int i) {
        m_stack->setCurrentIndex(i);
        Q_EMIT changed();
    });
    connect(m_driver, &QComboBox::currentTextChanged, this, &DataSourceFields::changed);
    connect(m_port, &QSpinBox::valueChanged, this, &DataSourceFields::changed);
}

QLineEdit *DataSourceFields::line(const QString &key, const QString &placeholder)
{
    auto *edit = new QLineEdit(this);
    edit->setPlaceholderText(placeholder);
    edit->setObjectName(QStringLiteral("field:%1/%2").arg(m_side, key));
    connect(edit, &QLineEdit::textEdited, this, &DataSourceFields::changed);
    return edit;
}

QList<QWidget *> DataSourceFields::fields() const
{
    return { m_type, m_driver, m_host, m_port, m_database, m_user, m_passwordEnv, m_query, m_url, m_pointer };
}

void DataSourceFields::setSource(const QJsonObject &source)
{
    m_original = source;
    const QSignalBlocker b1(m_type), b2(m_driver), b3(m_port);
    const bool http = source.contains(QLatin1String("http"));
    m_type->setCurrentIndex(http ? 1 : 0);
    m_stack->setCurrentIndex(http ? 1 : 0);
    const QJsonObject sql = source.value(QLatin1String("sql")).toObject();
    m_driver->setCurrentText(sql.value(QLatin1String("driver")).toString(QStringLiteral("QPSQL")));
    m_host->setText(sql.value(QLatin1String("host")).toString());
    m_port->setValue(sql.value(QLatin1String("port")).toInt(0));
    m_database->setText(sql.value(QLatin1String("database")).toString());
    m_user->setText(sql.value(QLatin1String("user")).toString());
    m_passwordEnv->setText(sql.value(QLatin1String("password_env")).toString());
    m_query->setText(sql.value(QLatin1String("query")).toString());
    m_url->setText(source.value(QLatin1String("http")).toString());
    m_pointer->setText(source.value(QLatin1String("pointer")).toString());
}

QJsonObject DataSourceFields::source() const
{
    QJsonObject o = m_original;
    if (m_type->currentIndex() == 1) {
        o.remove(QStringLiteral("sql"));
        o.insert(QStringLiteral("http"), m_url->text().trimmed());
        GateFieldsPage::putText(&o, QStringLiteral("pointer"), m_pointer->text());
        return o;
    }
    o.remove(QStringLiteral("http"));
    o.remove(QStringLiteral("pointer"));
    QJsonObject sql = m_original.value(QLatin1String("sql")).toObject();
    GateFieldsPage::putText(&sql, QStringLiteral("driver"), m_driver->currentText());
    GateFieldsPage::putText(&sql, QStringLiteral("host"), m_host->text());
    if (m_port->value() > 0)
        sql.insert(QStringLiteral("port"), m_port->value());
    else
        sql.remove(QStringLiteral("port"));
    GateFieldsPage::putText(&sql, QStringLiteral("database"), m_database->text());
    GateFieldsPage::putText(&sql, QStringLiteral("user"), m_user->text());
    GateFieldsPage::putText(&sql, QStringLiteral("password_env"), m_passwordEnv->text());
    GateFieldsPage::putText(&sql, QStringLiteral("query"), m_query->text());
    o.insert(QStringLiteral("sql"), sql);
    return o;
}
