// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/HttpProberEditor.h"

#include "metrics/ProbeEndpointModel.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

HttpProberEditor::HttpProberEditor(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableView(this))
    , m_model(new ProbeEndpointModel(this))
    , m_intervalMs(new QSpinBox(this))
    , m_timeoutMs(new QSpinBox(this))
    , m_window(new QSpinBox(this))
    , m_problems(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    m_table->setModel(m_model);
    m_table->horizontalHeader()->setSectionResizeMode(ProbeEndpointModel::Url, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    layout->addWidget(m_table, 1);
    auto *buttons = new QHBoxLayout;
    auto *addOld = new QPushButton(tr("Add &old endpoint"), this);
    auto *addNew = new QPushButton(tr("Add &new endpoint"), this);
    auto *remove = new QPushButton(tr("&Remove"), this);
    buttons->addWidget(addOld);
    buttons->addWidget(addNew);
    buttons->addStretch(1);
    buttons->addWidget(remove);
    layout->addLayout(buttons);
    auto *form = new QFormLayout;
    m_intervalMs->setRange(100, 600000);
    m_intervalMs->setSingleStep(500);
    m_intervalMs->setSuffix(tr(" ms"));
    form->addRow(tr("Probe &every:"), m_intervalMs);
    m_timeoutMs->setRange(100, 120000);
    m_timeoutMs->setSuffix(tr(" ms"));
    m_timeoutMs->setToolTip(tr("A probe without an answer in this time counts as an error."));
    form->addRow(tr("&Timeout:"), m_timeoutMs);
    m_window->setRange(1, 100000);
    m_window->setSuffix(tr(" probes"));
    m_window->setToolTip(
        tr("Error ratio and latency percentiles are computed over this many recent probes per path."));
    form->addRow(tr("Sliding &window:"), m_window);
    layout->addLayout(form);
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #c62828;"));
    layout->addWidget(m_problems);

    auto add = [this](const QString &path) {
        const int row = m_model->rowCount();
        m_model->insertRows(row, 1);
        m_model->setData(m_model->index(row, ProbeEndpointModel::Path), path);
        m_table->edit(m_model->index(row, ProbeEndpointModel::Url));
    };
    connect(addOld, &QPushButton::clicked, this, [add] { add(MetricSeries::oldPath()); });
    connect(addNew, &QPushButton::clicked, this, [add] { add(MetricSeries::newPath()); });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentIndex().isValid())
            m_model->removeRows(m_table->currentIndex().row(), 1);
    });
    for (QSpinBox *s : { m_intervalMs, m_timeoutMs, m_window })
        connect(s, &QSpinBox::valueChanged, this, &HttpProberEditor::updateProblems);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &HttpProberEditor::updateProblems);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &HttpProberEditor::updateProblems);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &HttpProberEditor::updateProblems);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HttpProberEditor::updateProblems);
    setConfig(HttpProberSource::Config());
}

void HttpProberEditor::setConfig(const HttpProberSource::Config &config)
{
    m_model->setEndpoints(config.endpoints);
    m_intervalMs->setValue(config.intervalMs);
    m_timeoutMs->setValue(config.timeoutMs);
    m_window->setValue(config.windowProbes);
    updateProblems();
}

HttpProberSource::Config HttpProberEditor::config() const
{
    HttpProberSource::Config c;
    c.endpoints = m_model->endpoints();
    c.intervalMs = m_intervalMs->value();
    c.timeoutMs = m_timeoutMs->value();
    c.windowProbes = m_window->value();
    return c;
}

QStringList HttpProberEditor::problems() const
{
    QStringList out = m_model->problems();
    if (m_timeoutMs->value() > m_intervalMs->value() * 10)
        out.append(tr("The timeout is more than ten intervals: a hanging endpoint would be noticed late."));
    return out;
}

void HttpProberEditor::updateProblems()
{
    const QStringList p = problems();
    m_problems->setText(p.join(QLatin1Char('\n')));
    m_problems->setVisible(!p.isEmpty());
    Q_EMIT changed();
}
