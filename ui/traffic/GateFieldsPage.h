// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "traffic/gates/GateDefinition.h"

#include <QHash>
#include <QJsonObject>
#include <QWidget>

class QFormLayout;
class QLineEdit;

// The fields of one gate kind ("url", "series", ...), edited as widgets. A page turns its fields into
// the gate's params and back; keys it does not know are kept as they were (the JSON tab may hold more).
// Each field is registered with its JSON key, so a problem the core finds (GateDefinition::problems())
// marks the field it concerns.
class GateFieldsPage : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;

    virtual void setParams(const QJsonObject &params) = 0;
    virtual QJsonObject params() const = 0;

    // Marks every registered field that a problem's key names (the key or a key below it), with the
    // problem as its tooltip; unmarks the others.
    void showProblems(const QList<GateDefinition::Problem> &problems);

    // The field registered for a key (for focus and tests), nullptr if none.
    QWidget *field(const QString &key) const { return m_fields.value(key); }

    static void markField(QWidget *field, const QString &problem);
    // Text: trimmed, empty removes the key. Number: empty removes it; a number is stored as a number,
    // anything else as the text typed (so the core names it as "not a number").
    static void putText(QJsonObject *o, const QString &key, const QString &text);
    static void putNumber(QJsonObject *o, const QString &key, const QString &text);
    static QString numberText(const QJsonValue &v);

Q_SIGNALS:
    void changed();

protected:
    void registerField(const QString &key, QWidget *field, const QString &toolTip = {});
    QLineEdit *addLine(QFormLayout *form, const QString &key, const QString &label,
        const QString &placeholder, const QString &toolTip);

    QJsonObject m_original;

private:
    QHash<QString, QWidget *> m_fields;
    QHash<QWidget *, QString> m_toolTips;
};
