// SPDX-License-Identifier: GPL-3.0-or-later
#include "traffic/GateFieldsPage.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QLocale>

void GateFieldsPage::registerField(const QString &key, QWidget *field, const QString &toolTip)
{
    field->setObjectName(QStringLiteral("field:") + key);
    m_fields.insert(key, field);
    m_toolTips.insert(field, toolTip);
    field->setToolTip(toolTip);
}

QLineEdit *GateFieldsPage::addLine(QFormLayout *form, const QString &key, const QString &label,
    const QString &placeholder, const QString &toolTip)
{
    auto *edit = new QLineEdit(this);
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    registerField(key, edit, toolTip);
    form->addRow(label, edit);
    connect(edit, &QLineEdit::textEdited, this, &GateFieldsPage::changed);
    return edit;
}

void GateFieldsPage::markField(QWidget *field, const QString &problem)
{
    // A red frame and the words in the tooltip; the dialog also lists the problem below the form.
    field->setStyleSheet(problem.isEmpty()
            ? QString()
            : QStringLiteral("border: 2px solid #c01c28; border-radius: 3px; background: #fdecec;"));
    field->setProperty("problem", problem);
    field->setAccessibleDescription(problem);
}

void GateFieldsPage::showProblems(const QList<GateDefinition::Problem> &problems)
{
    for (auto it = m_fields.constBegin(); it != m_fields.constEnd(); ++it) {
        QStringList texts;
        for (const GateDefinition::Problem &p : problems)
            if (p.key == it.key() || p.key.startsWith(it.key() + QLatin1Char('/')))
                texts << p.text;
        const QString problem = texts.join(QLatin1Char('\n'));
        markField(it.value(), problem);
        const QString tip = m_toolTips.value(it.value());
        it.value()->setToolTip(problem.isEmpty() ? tip : problem + QStringLiteral("\n\n") + tip);
    }
}

void GateFieldsPage::putText(QJsonObject *o, const QString &key, const QString &text)
{
    if (text.trimmed().isEmpty())
        o->remove(key);
    else
        o->insert(key, text.trimmed());
}

void GateFieldsPage::putNumber(QJsonObject *o, const QString &key, const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty()) {
        o->remove(key);
        return;
    }
    bool ok = false;
    double v = QLocale::c().toDouble(t, &ok);
    if (!ok)
        v = QLocale().toDouble(t, &ok);
    if (ok)
        o->insert(key, v);
    else
        o->insert(key, t);
}

QString GateFieldsPage::numberText(const QJsonValue &v)
{
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 12);
    return v.toString();
}
