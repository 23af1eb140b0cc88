// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "traffic/gates/GateDefinition.h"

#include <QHash>
#include <QWidget>

class GateFieldsPage;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;
class SwitchedPanes;

// Edits one gate: its kind, name and the fields every gate has (interval, count, failure and
// inconclusive limits, consecutive errors, timeout, whether no data fails), and the kind's own fields on
// a page per kind. Edits only the value; changed() after every edit, gate() gives the result.
class GateEditor : public QWidget {
    Q_OBJECT
public:
    explicit GateEditor(QWidget *parent = nullptr);

    void setGate(const GateDefinition &gate); // does not emit changed()
    GateDefinition gate() const;
    // Marks the fields the problems name (GateDefinition::problems() of gate()).
    void showProblems(const QList<GateDefinition::Problem> &problems);
    // The widget that edits a key (common or the current kind's), for focus and tests.
    QWidget *field(const QString &key) const;
    QComboBox *kindBox() const { return m_kind; }

Q_SIGNALS:
    void changed();

private:
    void kindChosen(int index);
    GateFieldsPage *page(GateDefinition::Kind kind) const;

    QComboBox *m_kind;
    QLineEdit *m_name;
    QDoubleSpinBox *m_interval;
    QSpinBox *m_count;
    QSpinBox *m_failureLimit;
    QSpinBox *m_inconclusiveLimit;
    QSpinBox *m_errorLimit;
    QDoubleSpinBox *m_timeout;
    QCheckBox *m_noDataFails;
    SwitchedPanes *m_pages;
    QHash<QString, QWidget *> m_common;
    // What each kind's page held, so that trying another kind and coming back loses nothing.
    QHash<int, QJsonObject> m_paramsByKind;
    GateDefinition::Kind m_shownKind = GateDefinition::Kind::HttpHealth;
};
