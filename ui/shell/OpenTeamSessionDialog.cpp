// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/OpenTeamSessionDialog.h"

#include "identity/OperatingSystemAccount.h"
#include "store/SessionAddress.h"
#include "store/TeamSessionDirectory.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

OpenTeamSessionDialog::OpenTeamSessionDialog(
    TeamSessionDirectory *directory, const QString &lastAddress, QWidget *parent)
    : QDialog(parent)
    , m_directory(directory)
    , m_paste(new QLineEdit(this))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_role(new QLineEdit(this))
    , m_session(new QComboBox(this))
    , m_lookUp(new QPushButton(tr("&Look up sessions"), this))
    , m_lookUpStatus(new QLabel(this))
    , m_result(new QLabel(this))
{
    setObjectName(QStringLiteral("openTeamSessionDialog"));
    setWindowTitle(tr("Open team session"));
    auto *layout = new QVBoxLayout(this);
    auto *intro
        = new QLabel(tr("A team session lives on your team's PostgreSQL server and is shared live: what "
                        "anyone does shows on everyone's screen. You log in as your own role; the server "
                        "records every action under it. The password comes from ~/.pgpass, "
                        "PGPASSWORD or the system keychain, or the cockpit asks for it; a client "
                        "certificate named in the address (sslcert, sslkey) needs none."),
            this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_paste->setObjectName(QStringLiteral("teamAddressPaste"));
    m_paste->setPlaceholderText(QStringLiteral("postgresql://alice@db.example:5432/cutover?session=night"));
    m_paste->setClearButtonEnabled(true);
    form->addRow(tr("&Address:"), m_paste);
    m_host->setObjectName(QStringLiteral("teamHost"));
    m_host->setPlaceholderText(tr("db.example.com, or a socket folder"));
    form->addRow(tr("&Server:"), m_host);
    m_port->setObjectName(QStringLiteral("teamPort"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    form->addRow(tr("&Port:"), m_port);
    m_database->setObjectName(QStringLiteral("teamDatabase"));
    m_database->setText(QStringLiteral("cutover"));
    form->addRow(tr("&Database:"), m_database);
    m_role->setObjectName(QStringLiteral("teamRole"));
    m_role->setText(OperatingSystemAccount::accountName());
    form->addRow(tr("Your &role:"), m_role);
    auto *sessionRow = new QHBoxLayout;
    m_session->setObjectName(QStringLiteral("teamSessionName"));
    m_session->setEditable(true);
    m_session->setMinimumContentsLength(20);
    sessionRow->addWidget(m_session, 1);
    m_lookUp->setObjectName(QStringLiteral("teamLookUp"));
    m_lookUp->setToolTip(tr("Ask the server which team sessions the database holds"));
    sessionRow->addWidget(m_lookUp);
    form->addRow(tr("S&ession:"), sessionRow);
    m_lookUpStatus->setObjectName(QStringLiteral("teamLookUpStatus"));
    m_lookUpStatus->setWordWrap(true);
    form->addRow(QString(), m_lookUpStatus);
    layout->addLayout(form);
    m_result->setObjectName(QStringLiteral("teamAddress"));
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setWordWrap(true);
    layout->addWidget(m_result);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    m_open = buttons->button(QDialogButtonBox::Open);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_paste, &QLineEdit::textEdited, this, &OpenTeamSessionDialog::fillFromAddress);
    for (QLineEdit *e : { m_host, m_database, m_role })
        connect(e, &QLineEdit::textChanged, this, &OpenTeamSessionDialog::updateAddress);
    connect(m_port, &QSpinBox::valueChanged, this, &OpenTeamSessionDialog::updateAddress);
    connect(m_session, &QComboBox::currentTextChanged, this, &OpenTeamSessionDialog::updateAddress);
    connect(m_lookUp, &QPushButton::clicked, this, &OpenTeamSessionDialog::lookUp);
    connect(m_directory, &TeamSessionDirectory::listed, this,
        [this](const QStringList &sessions, const QString &error) {
            m_lookUp->setEnabled(true);
            if (!error.isEmpty()) {
                m_lookUpStatus->setText(error);
                return;
            }
            const QString typed = m_session->currentText();
            m_session->clear();
            m_session->addItems(sessions);
            m_session->setEditText(typed.isEmpty() && !sessions.isEmpty() ? sessions.constFirst() : typed);
            m_lookUpStatus->setText(sessions.isEmpty()
                    ? tr("The database holds no team session yet (a lead creates one with `cutoverctl new "
                         "--out ADDRESS`).")
                    : tr("%n team session(s) in this database.", nullptr, int(sessions.size())));
        });
    if (SessionAddress::isPostgres(lastAddress)) {
        m_paste->setText(lastAddress);
        fillFromAddress(lastAddress);
    }
    updateAddress();
    resize(560, sizeHint().height());
}

QString OpenTeamSessionDialog::address() const
{
    const QString host = m_host->text().trimmed();
    const QString database = m_database->text().trimmed();
    const QString role = m_role->text().trimmed();
    const QString session = m_session->currentText().trimmed();
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    QUrlQuery query;
    if (host.startsWith(QLatin1Char('/'))) {
        query.addQueryItem(QStringLiteral("host"), host); // a socket folder
        query.addQueryItem(QStringLiteral("port"), QString::number(m_port->value()));
        url.setHost(QString());
    } else {
        url.setHost(host);
        if (m_port->value() != 5432)
            url.setPort(m_port->value());
    }
    if (!role.isEmpty())
        url.setUserName(role);
    url.setPath(QLatin1Char('/') + database);
    if (!session.isEmpty())
        query.addQueryItem(QStringLiteral("session"), session);
    // Encoded here, so that a '%', '&' or '+' in a file path comes back as itself.
    for (const auto &[key, value] : m_options)
        query.addQueryItem(QString::fromUtf8(QUrl::toPercentEncoding(key)),
            QString::fromUtf8(QUrl::toPercentEncoding(value, "/")));
    url.setQuery(query);
    QString text = url.toString(QUrl::FullyEncoded);
    if (host.startsWith(QLatin1Char('/')) && !text.contains(QLatin1String("://")))
        text.replace(QLatin1String("postgresql:"), QLatin1String("postgresql://"));
    return text;
}

void OpenTeamSessionDialog::fillFromAddress(const QString &text)
{
    QString error;
    const SessionAddress a = SessionAddress::parse(text.trimmed(), &error);
    if (!a.isTeam()) {
        m_result->setText(text.trimmed().isEmpty() ? QString() : tr("Not a team address: %1").arg(error));
        m_open->setEnabled(false);
        return;
    }
    m_filling = true;
    m_host->setText(a.host());
    m_port->setValue(a.port() > 0 ? a.port() : 5432);
    m_database->setText(a.databaseName());
    m_role->setText(a.user());
    m_session->setEditText(a.sessionName());
    m_options = a.options();
    m_filling = false;
    updateAddress();
}

void OpenTeamSessionDialog::updateAddress()
{
    QString error;
    const QString text = address();
    const SessionAddress a = SessionAddress::parse(text, &error);
    const bool complete = a.isTeam() && !a.sessionName().isEmpty() && !m_database->text().trimmed().isEmpty();
    m_open->setEnabled(complete);
    if (complete)
        m_result->setText(tr("Opens %1").arg(text));
    else if (m_session->currentText().trimmed().isEmpty())
        m_result->setText(tr("Name the session (or look the database's sessions up)."));
    else
        m_result->setText(error.isEmpty() ? tr("Server and database are needed.") : error);
    if (!m_filling && m_paste->text() != text && !m_paste->hasFocus())
        m_paste->setText(text);
}

void OpenTeamSessionDialog::lookUp()
{
    m_lookUp->setEnabled(false);
    m_lookUpStatus->setText(tr("Asking %1\u2026").arg(m_host->text().trimmed()));
    m_directory->list(address());
}
