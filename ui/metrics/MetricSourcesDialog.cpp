// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/MetricSourcesDialog.h"

#include "metrics/HttpProberEditor.h"
#include "metrics/PrometheusSourceEditor.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace {
using Kind = MetricSourceSettings::Kind;
const Kind kinds[] = { Kind::None, Kind::Prometheus, Kind::Prober, Kind::CsvReplay };
}

MetricSourcesDialog::MetricSourcesDialog(QWidget *parent)
    : QDialog(parent)
    , m_kind(new QComboBox(this))
    , m_pages(new QStackedWidget(this))
    , m_prometheus(new PrometheusSourceEditor(this))
    , m_prober(new HttpProberEditor(this))
    , m_csvFile(new QLineEdit(this))
    , m_problems(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("metricSourcesDialog"));
    setWindowTitle(tr("Metric sources"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Where this session's metrics come from. Metric gates refer to the series by "
                                "name (e.g. error_ratio/new). The settings are stored in the session and "
                                "every change is recorded; passwords and tokens are not: name an "
                                "environment variable or a keychain entry instead."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_kind->setObjectName(QStringLiteral("metricSourceKind"));
    m_kind->addItems({ tr("None"), tr("Prometheus"), tr("Built-in HTTP prober"), tr("CSV replay") });
    form->addRow(tr("&Source:"), m_kind);
    layout->addLayout(form);

    auto *none = new QLabel(tr("No metric source: metric gates judge \"no data\"."), m_pages);
    none->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_pages->addWidget(none);
    m_pages->addWidget(m_prometheus);
    m_pages->addWidget(m_prober);
    auto *csvPage = new QWidget(m_pages);
    auto *csvLayout = new QHBoxLayout(csvPage);
    csvLayout->setContentsMargins(0, 0, 0, 0);
    m_csvFile->setObjectName(QStringLiteral("csvFile"));
    m_csvFile->setPlaceholderText(tr("A CSV file of time,series,value lines, replayed as if live"));
    auto *browse = new QPushButton(tr("&Choose\u2026"), csvPage);
    csvLayout->addWidget(m_csvFile, 1);
    csvLayout->addWidget(browse);
    csvLayout->setAlignment(Qt::AlignTop);
    m_pages->addWidget(csvPage);
    layout->addWidget(m_pages, 1);

    m_problems->setObjectName(QStringLiteral("metricSourceProblems"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #b00020;"));
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &MetricSourcesDialog::updateState);
    connect(m_prometheus, &PrometheusSourceEditor::changed, this, &MetricSourcesDialog::updateState);
    connect(m_prober, &HttpProberEditor::changed, this, &MetricSourcesDialog::updateState);
    connect(m_csvFile, &QLineEdit::textChanged, this, &MetricSourcesDialog::updateState);
    connect(browse, &QPushButton::clicked, this, &MetricSourcesDialog::chooseCsvFile);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] { Q_EMIT saveRequested(settings()); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(860, 520);
    updateState();
}

void MetricSourcesDialog::setSettings(const MetricSourceSettings &settings)
{
    for (int i = 0; i < int(std::size(kinds)); ++i)
        if (kinds[i] == settings.kind)
            m_kind->setCurrentIndex(i);
    if (settings.kind == Kind::Prometheus)
        m_prometheus->setConfig(settings.prometheus);
    if (settings.kind == Kind::Prober)
        m_prober->setConfig(settings.prober);
    m_csvFile->setText(settings.csv.filePath);
    updateState();
}

MetricSourceSettings MetricSourcesDialog::settings() const
{
    MetricSourceSettings s;
    s.kind = kinds[qBound(0, m_kind->currentIndex(), int(std::size(kinds)) - 1)];
    s.prometheus = m_prometheus->config();
    s.prober = m_prober->config();
    s.csv.filePath = m_csvFile->text().trimmed();
    s.csv.speed = 1;
    s.csv.retime = true;
    return s;
}

void MetricSourcesDialog::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_kind->setEnabled(!readOnly);
    m_pages->setEnabled(!readOnly);
    updateState();
}

void MetricSourcesDialog::showError(const QString &message)
{
    m_problems->setText(message);
}

void MetricSourcesDialog::updateState()
{
    const QStringList problems = settings().problems();
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!m_readOnly && problems.isEmpty());
}

void MetricSourcesDialog::chooseCsvFile()
{
    auto *dialog = new QFileDialog(
        this, tr("Choose a CSV file to replay"), m_csvFile->text(), tr("CSV files (*.csv);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, m_csvFile, &QLineEdit::setText);
    dialog->open();
}
