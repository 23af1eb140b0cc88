// SPDX-License-Identifier: GPL-3.0-or-later
#include "traffic/ConsistencyGatePage.h"

#include "traffic/DataSourceFields.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

ConsistencyGatePage::ConsistencyGatePage(QWidget *parent)
    : GateFieldsPage(parent)
    , m_old(new DataSourceFields(QStringLiteral("old"), tr("Old system"), this))
    , m_new(new DataSourceFields(QStringLiteral("new"), tr("New system"), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // One above the other: side by side they need more width than the editor has at 1400 px.
    layout->addWidget(m_old);
    layout->addWidget(m_new);
    for (DataSourceFields *side : { m_old, m_new }) {
        const QList<QWidget *> fields = side->fields();
        for (QWidget *w : fields) {
            QString key = w->objectName().mid(int(qstrlen("field:")));
            if (key.startsWith(QLatin1String("sourceType:")))
                key = key.mid(int(qstrlen("sourceType:")));
            registerField(key, w, w->toolTip());
        }
        connect(side, &DataSourceFields::changed, this, &GateFieldsPage::changed);
    }
    auto *form = new QFormLayout;
    auto *tolerance = new QHBoxLayout;
    m_tolerance = new QLineEdit(this);
    m_tolerance->setPlaceholderText(QStringLiteral("0"));
    registerField(
        QStringLiteral("tolerance"), m_tolerance, tr("How far the new value may differ from the old one."));
    connect(m_tolerance, &QLineEdit::textEdited, this, &GateFieldsPage::changed);
    m_toleranceKind = new QComboBox(this); // after the value: created in Tab order
    m_toleranceKind->addItem(tr("absolute"));
    m_toleranceKind->addItem(tr("% of the old value"));
    m_toleranceKind->setObjectName(QStringLiteral("toleranceKind"));
    tolerance->addWidget(m_tolerance, 1);
    tolerance->addWidget(m_toleranceKind);
    auto *toleranceLabel = new QLabel(tr("&Tolerance:"), this);
    toleranceLabel->setBuddy(m_tolerance);
    form->addRow(toleranceLabel, tolerance);
    m_sampleOld = addLine(form, QStringLiteral("sample_old"), tr("Sample &old:"),
        QStringLiteral("SELECT id, amount FROM payments ORDER BY id DESC LIMIT 100"),
        tr("Optional: rows from the old system that must equal the new system's sample as a set."));
    m_sampleNew = addLine(form, QStringLiteral("sample_new"), tr("Sample &new:"),
        QStringLiteral("SELECT id, amount FROM payments ORDER BY id DESC LIMIT 100"),
        tr("Optional: the same rows read from the new system."));
    layout->addLayout(form);
    connect(m_toleranceKind, &QComboBox::currentIndexChanged, this, &GateFieldsPage::changed);
}

void ConsistencyGatePage::setParams(const QJsonObject &params)
{
    m_original = params;
    m_old->setSource(params.value(QLatin1String("old")).toObject());
    m_new->setSource(params.value(QLatin1String("new")).toObject());
    const QSignalBlocker blocker(m_toleranceKind);
    const bool percent = params.contains(QLatin1String("tolerance_percent"));
    m_toleranceKind->setCurrentIndex(percent ? 1 : 0);
    m_tolerance->setText(
        numberText(params.value(percent ? QLatin1String("tolerance_percent") : QLatin1String("tolerance"))));
    m_sampleOld->setText(params.value(QLatin1String("sample_old")).toString());
    m_sampleNew->setText(params.value(QLatin1String("sample_new")).toString());
}

QJsonObject ConsistencyGatePage::params() const
{
    QJsonObject o = m_original;
    o.insert(QStringLiteral("old"), m_old->source());
    o.insert(QStringLiteral("new"), m_new->source());
    o.remove(QStringLiteral("tolerance"));
    o.remove(QStringLiteral("tolerance_percent"));
    putNumber(&o,
        m_toleranceKind->currentIndex() == 1 ? QStringLiteral("tolerance_percent")
                                             : QStringLiteral("tolerance"),
        m_tolerance->text());
    putText(&o, QStringLiteral("sample_old"), m_sampleOld->text());
    putText(&o, QStringLiteral("sample_new"), m_sampleNew->text());
    return o;
}
