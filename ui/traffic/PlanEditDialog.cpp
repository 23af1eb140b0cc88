// SPDX-License-Identifier: GPL-3.0-or-later
#include "traffic/PlanEditDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStringList>
#include <QVBoxLayout>

PlanEditDialog::PlanEditDialog(const StepPlan &plan, QWidget *parent)
    : QDialog(parent)
    , m_steps(new QLineEdit(this))
    , m_hold(new QLineEdit(this))
    , m_healthUrl(new QLineEdit(this))
    , m_gates(new QPlainTextEdit(this))
    , m_reason(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Traffic plan"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->addRow(tr("Steps (% to new):"), m_steps);
    form->addRow(tr("Hold after each step:"), m_hold);
    form->addRow(tr("Old path health URL:"), m_healthUrl);
    form->addRow(tr("Gates (JSON array):"), m_gates);
    form->addRow(tr("Reason:"), m_reason);
    layout->addLayout(form);
    m_hold->setPlaceholderText(tr("30s, 5m, 2h or until-promoted"));
    m_error->setStyleSheet(QStringLiteral("color: #c01c28;"));
    m_error->setWordWrap(true);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    const StepPlan initial = plan.steps.isEmpty() ? StepPlan::defaultPlan() : plan;
    QStringList percents;
    for (const PlanStep &s : initial.steps)
        percents << QString::number(s.percent);
    m_steps->setText(percents.join(QLatin1Char(',')));
    const int hold = initial.steps.first().holdSeconds;
    m_hold->setText(hold < 0 ? QStringLiteral("until-promoted") : QStringLiteral("%1s").arg(hold));
    QJsonArray gates;
    for (const GateDefinition &g : initial.steps.first().gates)
        gates << g.toJson();
    m_gates->setPlainText(QString::fromUtf8(QJsonDocument(gates).toJson(QJsonDocument::Indented)));
    m_healthUrl->setText(initial.oldHealthUrl);
    for (QLineEdit *e : { m_steps, m_hold, m_healthUrl })
        connect(e, &QLineEdit::textChanged, this, &PlanEditDialog::validate);
    connect(m_gates, &QPlainTextEdit::textChanged, this, &PlanEditDialog::validate);
    validate();
}

QString PlanEditDialog::reason() const
{
    return m_reason->text().trimmed();
}

void PlanEditDialog::setSteps(const QString &percents, const QString &hold, const QString &gatesJson)
{
    m_steps->setText(percents);
    m_hold->setText(hold);
    m_gates->setPlainText(gatesJson);
}

void PlanEditDialog::validate()
{
    m_problem.clear();
    QList<GateDefinition> gates;
    const QByteArray json = m_gates->toPlainText().trimmed().toUtf8();
    if (!json.isEmpty()) {
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
        if (pe.error != QJsonParseError::NoError)
            m_problem = tr("Gates: not JSON: %1 (at character %2)").arg(pe.errorString()).arg(pe.offset);
        else
            gates = GateDefinition::listFromJson(
                doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()), &m_problem);
    }
    if (m_problem.isEmpty()) {
        m_plan = StepPlan::fromPercents(m_steps->text(), m_hold->text(), gates, &m_problem);
        m_plan.oldHealthUrl = m_healthUrl->text().trimmed();
    }
    m_error->setText(m_problem);
    m_ok->setEnabled(m_problem.isEmpty());
}
