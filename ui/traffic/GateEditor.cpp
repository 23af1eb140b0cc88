// SPDX-License-Identifier: GPL-3.0-or-later
#include "traffic/GateEditor.h"

#include "traffic/BusinessGatePage.h"
#include "traffic/ConsistencyGatePage.h"
#include "traffic/HttpGatePage.h"
#include "traffic/MetricGatePage.h"
#include "traffic/SwitchedPanes.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

GateEditor::GateEditor(QWidget *parent)
    : QWidget(parent)
    , m_kind(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_pages(new SwitchedPanes(this))
{
    // Widgets are created in the order Tab visits them: kind, name, the kind's fields, then judging.
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // The editor lives in a scroll area, which sizes it by its minimum: keep that up to date when the
    // page of another kind (or another source type) is shown.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    auto *head = new QFormLayout;
    for (GateDefinition::Kind k : GateDefinition::kinds())
        m_kind->addItem(GateDefinition::kindLabel(k), int(k));
    m_kind->setObjectName(QStringLiteral("gateKind"));
    m_kind->setToolTip(tr("What the gate checks (JSON key \"kind\")."));
    head->addRow(tr("&Kind:"), m_kind);
    m_name->setObjectName(QStringLiteral("field:name"));
    m_name->setPlaceholderText(tr("e.g. health, booking, error ratio"));
    m_name->setToolTip(tr("Shown with every measurement; unique within the step."));
    head->addRow(tr("&Name:"), m_name);
    layout->addLayout(head);

    auto *kindBox = new QGroupBox(tr("What is checked"), this);
    auto *kindLayout = new QVBoxLayout(kindBox);
    m_pages->addWidget(new HttpGatePage(m_pages));
    m_pages->addWidget(new BusinessGatePage(m_pages));
    m_pages->addWidget(new ConsistencyGatePage(m_pages));
    m_pages->addWidget(new MetricGatePage(m_pages));
    kindLayout->addWidget(m_pages);
    layout->addWidget(kindBox);

    auto *judging = new QGroupBox(tr("How it is judged"), this);
    m_interval = new QDoubleSpinBox(judging);
    m_count = new QSpinBox(judging);
    m_timeout = new QDoubleSpinBox(judging);
    m_failureLimit = new QSpinBox(judging);
    m_inconclusiveLimit = new QSpinBox(judging);
    m_errorLimit = new QSpinBox(judging);
    m_noDataFails = new QCheckBox(tr("No data &fails the measurement (otherwise: inconclusive)"), judging);
    auto *grid = new QGridLayout(judging);
    auto addSpin
        = [&](int row, int column, const QString &label, QWidget *w, const QString &key, const QString &tip) {
              auto *l = new QLabel(label, judging);
              l->setBuddy(w);
              grid->addWidget(l, row, column * 2);
              grid->addWidget(w, row, column * 2 + 1);
              w->setObjectName(QStringLiteral("field:") + key);
              w->setToolTip(tip);
              m_common.insert(key, w);
          };
    m_interval->setRange(0, 86400);
    m_interval->setDecimals(1);
    m_interval->setSuffix(tr(" s"));
    m_timeout->setRange(0.1, 3600);
    m_timeout->setDecimals(1);
    m_timeout->setSuffix(tr(" s"));
    m_count->setRange(1, 100000);
    for (QSpinBox *s : { m_failureLimit, m_inconclusiveLimit, m_errorLimit })
        s->setRange(0, 100000);
    addSpin(0, 0, tr("&Interval:"), m_interval, QStringLiteral("interval_ms"),
        tr("Time between two measurements (interval_ms)."));
    addSpin(
        0, 1, tr("&Measurements:"), m_count, QStringLiteral("count"), tr("How many measurements (count)."));
    addSpin(1, 0, tr("&Timeout:"), m_timeout, QStringLiteral("timeout_ms"),
        tr("Of one measurement (timeout_ms)."));
    addSpin(1, 1, tr("Failures &tolerated:"), m_failureLimit, QStringLiteral("failure_limit"),
        tr("More failed measurements than this fail the gate (failure_limit)."));
    addSpin(2, 0, tr("Inconclusive t&olerated:"), m_inconclusiveLimit, QStringLiteral("inconclusive_limit"),
        tr("More inconclusive measurements than this make the gate wait for a person (inconclusive_limit)."));
    addSpin(2, 1, tr("&Errors in a row:"), m_errorLimit, QStringLiteral("consecutive_error_limit"),
        tr("Provider errors are retried and never pass; more in a row than this fail the gate "
           "(consecutive_error_limit)."));
    m_noDataFails->setObjectName(QStringLiteral("field:no_data"));
    grid->addWidget(m_noDataFails, 3, 0, 1, 4);
    m_common.insert(QStringLiteral("no_data"), m_noDataFails);
    m_common.insert(QStringLiteral("name"), m_name);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    layout->addWidget(judging);
    layout->addStretch();

    connect(m_kind, &QComboBox::currentIndexChanged, this, &GateEditor::kindChosen);
    connect(m_name, &QLineEdit::textEdited, this, &GateEditor::changed);
    for (QDoubleSpinBox *s : { m_interval, m_timeout })
        connect(s, &QDoubleSpinBox::valueChanged, this, &GateEditor::changed);
    for (QSpinBox *s : { m_count, m_failureLimit, m_inconclusiveLimit, m_errorLimit })
        connect(s, &QSpinBox::valueChanged, this, &GateEditor::changed);
    connect(m_noDataFails, &QCheckBox::toggled, this, &GateEditor::changed);
    for (int i = 0; i < m_pages->count(); ++i)
        connect(qobject_cast<GateFieldsPage *>(m_pages->widget(i)), &GateFieldsPage::changed, this,
            &GateEditor::changed);
}

GateFieldsPage *GateEditor::page(GateDefinition::Kind kind) const
{
    return qobject_cast<GateFieldsPage *>(m_pages->widget(int(kind)));
}

void GateEditor::setGate(const GateDefinition &gate)
{
    const QSignalBlocker b1(m_kind), b2(m_interval), b3(m_count), b4(m_failureLimit), b5(m_inconclusiveLimit),
        b6(m_errorLimit), b7(m_timeout), b8(m_noDataFails);
    m_paramsByKind.clear();
    m_shownKind = gate.kind;
    m_kind->setCurrentIndex(m_kind->findData(int(gate.kind)));
    m_pages->setCurrentIndex(int(gate.kind));
    m_name->setText(gate.name);
    m_interval->setValue(gate.intervalMs / 1000.0);
    m_count->setValue(gate.count);
    m_failureLimit->setValue(gate.failureLimit);
    m_inconclusiveLimit->setValue(gate.inconclusiveLimit);
    m_errorLimit->setValue(gate.consecutiveErrorLimit);
    m_timeout->setValue(gate.timeoutMs / 1000.0);
    m_noDataFails->setChecked(gate.noDataFails);
    page(gate.kind)->setParams(gate.params);
}

void GateEditor::kindChosen(int index)
{
    m_paramsByKind.insert(int(m_shownKind), page(m_shownKind)->params());
    const auto kind = GateDefinition::Kind(m_kind->itemData(index).toInt());
    const QString oldDefault = GateDefinition::kindKey(m_shownKind);
    m_shownKind = kind;
    page(kind)->setParams(m_paramsByKind.value(int(kind)));
    m_pages->setCurrentIndex(int(kind));
    if (m_name->text().isEmpty() || m_name->text() == oldDefault)
        m_name->setText(GateDefinition::kindKey(kind));
    Q_EMIT changed();
}

GateDefinition GateEditor::gate() const
{
    GateDefinition g;
    g.kind = m_shownKind;
    g.name = m_name->text().trimmed();
    g.intervalMs = int(std::lround(m_interval->value() * 1000));
    g.count = m_count->value();
    g.failureLimit = m_failureLimit->value();
    g.inconclusiveLimit = m_inconclusiveLimit->value();
    g.consecutiveErrorLimit = m_errorLimit->value();
    g.timeoutMs = int(std::lround(m_timeout->value() * 1000));
    g.noDataFails = m_noDataFails->isChecked();
    g.params = page(m_shownKind)->params();
    return g;
}

void GateEditor::showProblems(const QList<GateDefinition::Problem> &problems)
{
    for (auto it = m_common.constBegin(); it != m_common.constEnd(); ++it) {
        QStringList texts;
        for (const GateDefinition::Problem &p : problems)
            if (p.key == it.key())
                texts << p.text;
        GateFieldsPage::markField(it.value(), texts.join(QLatin1Char('\n')));
    }
    page(m_shownKind)->showProblems(problems);
}

QWidget *GateEditor::field(const QString &key) const
{
    if (QWidget *w = m_common.value(key))
        return w;
    return page(m_shownKind)->field(key);
}
