// SPDX-License-Identifier: GPL-3.0-or-later
#include "traffic/BackendConfigDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

BackendConfigDialog::BackendConfigDialog(
    const QList<BackendInfo> &backends, const QStringList &loadErrors, QWidget *parent)
    : QDialog(parent)
    , m_backends(backends)
    , m_choice(new QComboBox(this))
    , m_description(new QLabel(this))
    , m_formHost(new QWidget(this))
    , m_reason(new QLineEdit(this))
{
    setWindowTitle(tr("Traffic backend"));
    auto *layout = new QVBoxLayout(this);
    for (const BackendInfo &b : m_backends)
        m_choice->addItem(QStringLiteral("%1 (%2)").arg(b.name, b.source), b.id);
    layout->addWidget(m_choice);
    m_description->setWordWrap(true);
    layout->addWidget(m_description);
    layout->addWidget(m_formHost);
    new QVBoxLayout(m_formHost);
    auto *reasonForm = new QFormLayout;
    static_cast<QLineEdit *>(m_reason)->setPlaceholderText(tr("why this backend"));
    reasonForm->addRow(tr("Reason:"), m_reason);
    layout->addLayout(reasonForm);
    if (!loadErrors.isEmpty()) {
        auto *errors = new QLabel(
            tr("Some backend plugins could not be loaded:\n%1").arg(loadErrors.join(QLatin1Char('\n'))),
            this);
        errors->setWordWrap(true);
        errors->setStyleSheet(QStringLiteral("color: #c01c28;"));
        errors->setObjectName(QStringLiteral("loadErrors"));
        layout->addWidget(errors);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_choice, &QComboBox::currentIndexChanged, this, &BackendConfigDialog::rebuildForm);
    rebuildForm();
}

void BackendConfigDialog::setCurrent(const QString &backendId, const QJsonObject &config)
{
    m_initial = config;
    const int index = m_choice->findData(backendId);
    if (index >= 0 && index != m_choice->currentIndex())
        m_choice->setCurrentIndex(index);
    else
        rebuildForm();
}

QString BackendConfigDialog::backendId() const
{
    return m_choice->currentData().toString();
}

QString BackendConfigDialog::reason() const
{
    return static_cast<QLineEdit *>(m_reason)->text().trimmed();
}

void BackendConfigDialog::rebuildForm()
{
    // A fresh form widget each time, so labels and editors of the previous backend go with it.
    delete m_formWidget;
    m_editors.clear();
    m_formWidget = new QWidget(m_formHost);
    m_form = new QFormLayout(m_formWidget);
    m_formHost->layout()->addWidget(m_formWidget);
    const int index = m_choice->currentIndex();
    if (index < 0 || index >= m_backends.size())
        return;
    const BackendInfo &info = m_backends.at(index);
    m_description->setText(info.description);
    for (const BackendConfigField &f : info.fields) {
        QWidget *editor = nullptr;
        const QJsonValue initial = m_initial.contains(f.key) ? m_initial.value(f.key) : f.defaultValue;
        QString label = f.title + (f.required ? QStringLiteral(" *") : QString());
        if (f.secret) {
            auto *edit = new QLineEdit(m_formWidget);
            edit->setPlaceholderText(tr("name of the environment variable holding it"));
            edit->setText(m_initial.value(f.key + QStringLiteral("_env")).toString());
            label = tr("%1 (from environment variable)").arg(label);
            editor = edit;
        } else if (f.type == QLatin1String("integer")) {
            auto *spin = new QSpinBox(m_formWidget);
            spin->setRange(-1, 100000000);
            spin->setValue(initial.toInt());
            editor = spin;
        } else if (f.type == QLatin1String("boolean")) {
            auto *check = new QCheckBox(m_formWidget);
            check->setChecked(initial.toBool());
            editor = check;
        } else {
            auto *edit = new QLineEdit(m_formWidget);
            edit->setText(initial.toString());
            editor = edit;
        }
        editor->setObjectName(f.key);
        editor->setToolTip(f.description.isEmpty() ? f.title : f.description);
        m_form->addRow(label, editor);
        m_editors.insert(f.key, editor);
    }
}

QJsonObject BackendConfigDialog::config() const
{
    QJsonObject out;
    const int index = m_choice->currentIndex();
    if (index < 0 || index >= m_backends.size())
        return out;
    for (const BackendConfigField &f : m_backends.at(index).fields) {
        QWidget *editor = m_editors.value(f.key);
        if (f.secret) {
            const QString env = static_cast<QLineEdit *>(editor)->text().trimmed();
            if (!env.isEmpty())
                out.insert(f.key + QStringLiteral("_env"), env);
        } else if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
            out.insert(f.key, spin->value());
        } else if (auto *check = qobject_cast<QCheckBox *>(editor)) {
            out.insert(f.key, check->isChecked());
        } else if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
            if (!edit->text().trimmed().isEmpty())
                out.insert(f.key, edit->text().trimmed());
        }
    }
    return out;
}
