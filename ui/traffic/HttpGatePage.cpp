// SPDX-License-Identifier: GPL-3.0-or-later
#include "traffic/HttpGatePage.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>

QStringList HttpGatePage::methods()
{
    return { QStringLiteral("GET"), QStringLiteral("HEAD"), QStringLiteral("POST"), QStringLiteral("PUT"),
        QStringLiteral("PATCH"), QStringLiteral("DELETE"), QStringLiteral("OPTIONS") };
}

HttpGatePage::HttpGatePage(QWidget *parent)
    : GateFieldsPage(parent)
{
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    m_url
        = addLine(form, QStringLiteral("url"), tr("&URL:"), QStringLiteral("http://new.internal:8080/health"),
            tr("The address checked on the new path (http:// or https://)."));
    m_method = new QComboBox(this); // created in Tab order
    m_status = new QSpinBox(this);
    m_latency = new QSpinBox(this);
    m_method->addItems(methods());
    registerField(QStringLiteral("method"), m_method, tr("The HTTP method of the request."));
    form->addRow(tr("&Method:"), m_method);
    m_status->setRange(100, 599);
    m_status->setValue(200);
    registerField(QStringLiteral("expect_status"), m_status, tr("The status code that passes."));
    form->addRow(tr("Expected &status:"), m_status);
    m_latency->setRange(0, 600000);
    m_latency->setSingleStep(100);
    m_latency->setSuffix(tr(" ms"));
    m_latency->setSpecialValueText(tr("no limit"));
    registerField(QStringLiteral("max_latency_ms"), m_latency, tr("A slower answer fails the measurement."));
    form->addRow(tr("Max &latency:"), m_latency);
    m_regex = addLine(form, QStringLiteral("body_regex"), tr("Body &matches:"),
        QStringLiteral("\"status\":\\s*\"UP\""),
        tr("A regular expression the response body must match (optional)."));
    m_body = addLine(form, QStringLiteral("body"), tr("Request &body:"), tr("(none)"),
        tr("Sent with POST, PUT or PATCH, as application/json unless content_type says otherwise."));
    connect(m_method, &QComboBox::currentIndexChanged, this, &GateFieldsPage::changed);
    connect(m_status, &QSpinBox::valueChanged, this, &GateFieldsPage::changed);
    connect(m_latency, &QSpinBox::valueChanged, this, &GateFieldsPage::changed);
}

void HttpGatePage::setParams(const QJsonObject &params)
{
    m_original = params;
    const QSignalBlocker b1(m_method), b2(m_status), b3(m_latency);
    m_url->setText(params.value(QLatin1String("url")).toString());
    const int method
        = methods().indexOf(params.value(QLatin1String("method")).toString(QStringLiteral("GET")).toUpper());
    m_method->setCurrentIndex(qMax(0, method));
    m_status->setValue(params.value(QLatin1String("expect_status")).toInt(200));
    m_latency->setValue(qMax(0, params.value(QLatin1String("max_latency_ms")).toInt(0)));
    m_regex->setText(params.value(QLatin1String("body_regex")).toString());
    m_body->setText(params.value(QLatin1String("body")).toString());
}

QJsonObject HttpGatePage::params() const
{
    QJsonObject o = m_original;
    putText(&o, QStringLiteral("url"), m_url->text());
    if (m_method->currentIndex() == 0 && !m_original.contains(QLatin1String("method")))
        o.remove(QStringLiteral("method"));
    else
        o.insert(QStringLiteral("method"), m_method->currentText());
    if (m_status->value() == 200 && !m_original.contains(QLatin1String("expect_status")))
        o.remove(QStringLiteral("expect_status"));
    else
        o.insert(QStringLiteral("expect_status"), m_status->value());
    if (m_latency->value() == 0)
        o.remove(QStringLiteral("max_latency_ms"));
    else
        o.insert(QStringLiteral("max_latency_ms"), m_latency->value());
    o.remove(QStringLiteral("body_regex"));
    if (!m_regex->text().isEmpty())
        o.insert(QStringLiteral("body_regex"), m_regex->text());
    putText(&o, QStringLiteral("body"), m_body->text());
    return o;
}
