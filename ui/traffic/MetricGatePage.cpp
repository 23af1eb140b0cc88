// SPDX-License-Identifier: GPL-3.0-or-later
#include "traffic/MetricGatePage.h"

#include "traffic/SwitchedPanes.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

MetricGatePage::MetricGatePage(QWidget *parent)
    : GateFieldsPage(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    m_series = addLine(form, QStringLiteral("series"), tr("&Series:"), QStringLiteral("error_ratio/new"),
        tr("A series of the session's metric source, \"<metric>/<path>\": error_ratio/new, p99_seconds/new, "
           "..."));
    m_mode = new QComboBox(this); // after the series: created in Tab order
    m_stack = new SwitchedPanes(this);
    m_mode->addItem(tr("Threshold"));
    m_mode->addItem(tr("Ratio to a baseline series"));
    m_mode->setObjectName(QStringLiteral("metricMode"));
    form->addRow(tr("&Condition:"), m_mode);
    layout->addLayout(form);
    layout->addWidget(m_stack);

    auto *threshold = new QWidget(m_stack);
    auto *thresholdForm = new QFormLayout(threshold);
    thresholdForm->setContentsMargins(0, 0, 0, 0);
    m_max = addLine(thresholdForm, QStringLiteral("max"), tr("Passes at &most:"), QStringLiteral("0.005"),
        tr("The success condition: value ≤ this."));
    m_min = addLine(thresholdForm, QStringLiteral("min"), tr("Passes at &least:"), tr("(no lower bound)"),
        tr("The success condition: value ≥ this."));
    m_failMax = addLine(thresholdForm, QStringLiteral("fail_max"), tr("&Fails above:"), tr("(misses fail)"),
        tr("The failure condition; a value between the success and the failure condition is inconclusive."));
    m_stack->addWidget(threshold);

    auto *ratio = new QWidget(m_stack);
    auto *ratioForm = new QFormLayout(ratio);
    ratioForm->setContentsMargins(0, 0, 0, 0);
    m_baseline = addLine(ratioForm, QStringLiteral("baseline"), tr("&Baseline series:"),
        QStringLiteral("p99_seconds/old"), tr("The ratio is series / baseline."));
    m_maxRatio = addLine(ratioForm, QStringLiteral("max_ratio"), tr("Ratio at &most:"), QStringLiteral("1.2"),
        tr("The success condition: series / baseline ≤ this."));
    m_failMaxRatio = addLine(ratioForm, QStringLiteral("fail_max_ratio"), tr("Fails a&bove ratio:"),
        tr("(misses fail)"), tr("The failure condition for the ratio."));
    m_stack->addWidget(ratio);

    connect(m_mode, &QComboBox::currentIndexChanged, this, [this](int i) {
        m_stack->setCurrentIndex(i);
        Q_EMIT changed();
    });
}

void MetricGatePage::setParams(const QJsonObject &params)
{
    m_original = params;
    const QSignalBlocker blocker(m_mode);
    const bool ratio
        = params.contains(QLatin1String("max_ratio")) || params.contains(QLatin1String("baseline"));
    m_mode->setCurrentIndex(ratio ? 1 : 0);
    m_stack->setCurrentIndex(ratio ? 1 : 0);
    m_series->setText(params.value(QLatin1String("series")).toString());
    m_max->setText(numberText(params.value(QLatin1String("max"))));
    m_min->setText(numberText(params.value(QLatin1String("min"))));
    m_failMax->setText(numberText(params.value(QLatin1String("fail_max"))));
    m_baseline->setText(params.value(QLatin1String("baseline")).toString());
    m_maxRatio->setText(numberText(params.value(QLatin1String("max_ratio"))));
    m_failMaxRatio->setText(numberText(params.value(QLatin1String("fail_max_ratio"))));
}

QJsonObject MetricGatePage::params() const
{
    QJsonObject o = m_original;
    putText(&o, QStringLiteral("series"), m_series->text());
    for (const char *key : { "max", "min", "fail_max", "baseline", "max_ratio", "fail_max_ratio" })
        o.remove(QLatin1String(key));
    if (m_mode->currentIndex() == 1) {
        putText(&o, QStringLiteral("baseline"), m_baseline->text());
        putNumber(&o, QStringLiteral("max_ratio"), m_maxRatio->text());
        putNumber(&o, QStringLiteral("fail_max_ratio"), m_failMaxRatio->text());
    } else {
        putNumber(&o, QStringLiteral("max"), m_max->text());
        putNumber(&o, QStringLiteral("min"), m_min->text());
        putNumber(&o, QStringLiteral("fail_max"), m_failMax->text());
    }
    return o;
}
