// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class QWidget;

// The name of the person using the cockpit, recorded on every action. Remembered in QSettings
// ("user/name"); a name given on the command line overrides it for this run without being stored.
class UserIdentity : public QObject {
    Q_OBJECT
public:
    explicit UserIdentity(QObject *parent = nullptr);

    QString name() const { return m_name; }
    bool isKnown() const { return !m_name.isEmpty(); }
    // Stores the name (QSettings) unless it is only an override for this run.
    void setName(const QString &name, bool remember = true);
    // Asks for the name if it is not known yet; false if the person cancelled.
    bool ensureName(QWidget *parent);

Q_SIGNALS:
    void nameChanged(const QString &name);

private:
    QString m_name;
};
