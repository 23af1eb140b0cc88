// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidents/StatusPageControl.h"

#include "stakeholder/StatusPageServer.h"

#include <QCheckBox>
#include <QClipboard>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

StatusPageControl::StatusPageControl(StatusPageServer *server, QWidget *parent)
    : QWidget(parent)
    , m_server(server)
    , m_port(new QSpinBox(this))
    , m_allowOthers(
          new QCheckBox(tr("Allow other machines (plain HTTP; anyone with the link can read)"), this))
    , m_start(new QPushButton(tr("&Start status page"), this))
    , m_stop(new QPushButton(tr("Sto&p"), this))
    , m_copy(new QPushButton(tr("&Copy link"), this))
    , m_link(new QLineEdit(this))
    , m_message(new QLabel(this))
{
    m_port->setRange(0, 65535);
    m_port->setValue(0);
    m_port->setSpecialValueText(tr("any free port"));
    m_link->setReadOnly(true);
    m_link->setPlaceholderText(tr("Off: the page is not served"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_stop);
    buttons->addStretch(1);
    auto *linkRow = new QHBoxLayout;
    linkRow->addWidget(m_link, 1);
    linkRow->addWidget(m_copy);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Port:"), m_port);
    form->addRow(QString(), m_allowOthers);
    form->addRow(buttons);
    form->addRow(tr("Link for stakeholders:"), linkRow);
    form->addRow(m_message);

    connect(m_start, &QPushButton::clicked, this, &StatusPageControl::startPage);
    connect(m_stop, &QPushButton::clicked, this, &StatusPageControl::stopPage);
    connect(m_copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(link()); });
    updateState();
}

QString StatusPageControl::link() const
{
    if (!m_server->isRunning())
        return QString();
    QString host = m_server->address().toString();
    if (m_server->address() == QHostAddress(QHostAddress::AnyIPv4))
        host = QStringLiteral(
            "127.0.0.1"); // the person replaces it with this machine's name when handing it out
    return QStringLiteral("http://%1:%2/?token=%3").arg(host, QString::number(m_server->port()), m_token);
}

bool StatusPageControl::startPage()
{
    m_token = StatusPageServer::generateToken();
    QString error;
    const QHostAddress address = m_allowOthers->isChecked() ? QHostAddress(QHostAddress::AnyIPv4)
                                                            : QHostAddress(QHostAddress::LocalHost);
    const bool ok = m_server->start(m_token, quint16(m_port->value()), address, &error) > 0;
    m_message->setText(ok
            ? tr("Serving on port %1. Only verified information is shown; the link contains the "
                 "access token — hand it only to stakeholders.")
                  .arg(m_server->port())
            : error);
    m_message->setStyleSheet(ok ? QString() : QStringLiteral("color: #c62828; font-weight: bold;"));
    updateState();
    return ok;
}

void StatusPageControl::stopPage()
{
    m_server->stop();
    m_token.clear();
    m_message->setText(tr("Stopped; the old link no longer works."));
    m_message->setStyleSheet(QString());
    updateState();
}

void StatusPageControl::updateState()
{
    const bool running = m_server->isRunning();
    m_start->setEnabled(!running);
    m_stop->setEnabled(running);
    m_copy->setEnabled(running);
    m_port->setEnabled(!running);
    m_allowOthers->setEnabled(!running);
    m_link->setText(link());
}
