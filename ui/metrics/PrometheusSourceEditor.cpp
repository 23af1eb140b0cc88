// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/PrometheusSourceEditor.h"

#include "metrics/PrometheusQueryModel.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

PrometheusSourceEditor::PrometheusSourceEditor(QWidget *parent)
    : QWidget(parent)
    , m_url(new QLineEdit(this))
    , m_envVar(new QLineEdit(this))
    , m_keychainKey(new QLineEdit(this))
    , m_pollSeconds(new QSpinBox(this))
    , m_historyMinutes(new QSpinBox(this))
    , m_table(new QTableView(this))
    , m_model(new PrometheusQueryModel(this))
    , m_problems(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_url->setPlaceholderText(QStringLiteral("http://127.0.0.1:9090"));
    form->addRow(tr("Prometheus &address:"), m_url);
    m_envVar->setPlaceholderText(QStringLiteral("COCKPIT_PROMETHEUS_AUTHORIZATION"));
    m_envVar->setToolTip(tr("Name of an environment variable holding the whole Authorization header value, "
                            "e.g. \"Bearer …\". Only the name is saved."));
    form->addRow(tr("Auth header from &environment variable:"), m_envVar);
    m_keychainKey->setToolTip(
        tr("Entry in the system keychain (service \"%1\") holding the Authorization header "
           "value; asked first. Only the entry name is saved.")
            .arg(SourceCredentials::keychainService()));
    form->addRow(tr("… or from &keychain entry:"), m_keychainKey);
    m_pollSeconds->setRange(1, 3600);
    m_pollSeconds->setSuffix(tr(" s"));
    form->addRow(tr("&Poll every:"), m_pollSeconds);
    m_historyMinutes->setRange(0, 7 * 24 * 60);
    m_historyMinutes->setSuffix(tr(" min"));
    m_historyMinutes->setToolTip(tr("How much history to fetch with query_range when the source starts."));
    form->addRow(tr("Fill &history of:"), m_historyMinutes);
    layout->addLayout(form);

    m_table->setModel(m_model);
    m_table->horizontalHeader()->setSectionResizeMode(PrometheusQueryModel::Query, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    layout->addWidget(m_table, 1);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("&Add query"), this);
    auto *remove = new QPushButton(tr("&Remove query"), this);
    auto *defaults = new QPushButton(tr("Restore &defaults"), this);
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    buttons->addWidget(defaults);
    layout->addLayout(buttons);
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #c62828;"));
    layout->addWidget(m_problems);

    connect(add, &QPushButton::clicked, this, [this] {
        m_model->insertRows(m_model->rowCount(), 1);
        m_table->edit(m_model->index(m_model->rowCount() - 1, PrometheusQueryModel::Metric));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid())
            m_model->removeRows(current.row(), 1);
    });
    connect(defaults, &QPushButton::clicked, m_model, &PrometheusQueryModel::restoreDefaults);
    for (QLineEdit *e : { m_url, m_envVar, m_keychainKey })
        connect(e, &QLineEdit::textChanged, this, &PrometheusSourceEditor::updateProblems);
    connect(m_pollSeconds, &QSpinBox::valueChanged, this, &PrometheusSourceEditor::updateProblems);
    connect(m_historyMinutes, &QSpinBox::valueChanged, this, &PrometheusSourceEditor::updateProblems);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &PrometheusSourceEditor::updateProblems);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &PrometheusSourceEditor::updateProblems);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &PrometheusSourceEditor::updateProblems);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PrometheusSourceEditor::updateProblems);
    setConfig(PrometheusSource::Config());
}

void PrometheusSourceEditor::setConfig(const PrometheusSource::Config &config)
{
    m_url->setText(config.baseUrl.toString());
    m_envVar->setText(config.credentials.environmentVariable);
    m_keychainKey->setText(config.credentials.keychainKey);
    m_pollSeconds->setValue(std::max(1, config.pollIntervalMs / 1000));
    m_historyMinutes->setValue(config.historySeconds / 60);
    m_model->setQueries(config.queries);
    updateProblems();
}

PrometheusSource::Config PrometheusSourceEditor::config() const
{
    PrometheusSource::Config c;
    c.baseUrl = QUrl(m_url->text().trimmed());
    c.credentials.environmentVariable = m_envVar->text().trimmed();
    c.credentials.keychainKey = m_keychainKey->text().trimmed();
    c.pollIntervalMs = m_pollSeconds->value() * 1000;
    c.historySeconds = m_historyMinutes->value() * 60;
    c.queries = m_model->queries();
    return c;
}

QStringList PrometheusSourceEditor::problems() const
{
    QStringList out;
    const QUrl url(m_url->text().trimmed());
    if (m_url->text().trimmed().isEmpty())
        out.append(tr("The Prometheus address is empty."));
    else if (!url.isValid()
        || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
        || url.host().isEmpty())
        out.append(tr("The Prometheus address \"%1\" is not an http(s) URL such as http://127.0.0.1:9090.")
                       .arg(m_url->text().trimmed()));
    out.append(m_model->problems());
    return out;
}

void PrometheusSourceEditor::updateProblems()
{
    const QStringList p = problems();
    m_problems->setText(p.join(QLatin1Char('\n')));
    m_problems->setVisible(!p.isEmpty());
    Q_EMIT changed();
}
