// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "traffic/BackendInfo.h"

#include <QDialog>
#include <QHash>
#include <QJsonObject>

class QComboBox;
class QFormLayout;
class QLabel;
class QWidget;

// Chooses a traffic backend and fills in its configuration, with a form generated from the plugin's
// config schema. Secret fields are never entered here: the form asks for the name of the environment
// variable that holds the secret (stored as "<key>_env"). Plugin load errors are shown.
class BackendConfigDialog : public QDialog {
    Q_OBJECT
public:
    BackendConfigDialog(
        const QList<BackendInfo> &backends, const QStringList &loadErrors, QWidget *parent = nullptr);
    void setCurrent(const QString &backendId, const QJsonObject &config);
    QString backendId() const;
    QJsonObject config() const;
    QString reason() const;

private:
    void rebuildForm();

    QList<BackendInfo> m_backends;
    QComboBox *m_choice;
    QLabel *m_description;
    QWidget *m_formHost;
    QWidget *m_formWidget = nullptr;
    QFormLayout *m_form = nullptr;
    QHash<QString, QWidget *> m_editors;
    QWidget *m_reason;
    QJsonObject m_initial;
};
