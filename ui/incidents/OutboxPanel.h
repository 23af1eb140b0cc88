// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ActionResult.h"

#include <QGroupBox>

class Outbox;
class OutboxModel;
class QLabel;
class QPushButton;
class QTableView;

// The notifications and their delivery. A message its receiver kept refusing is parked: a red alarm line
// names it, and the person at the keyboard sends it again or drops it with a reason (both recorded).
class OutboxPanel : public QGroupBox {
    Q_OBJECT
public:
    explicit OutboxPanel(Outbox *outbox, QWidget *parent = nullptr);

    void setUserName(const QString &name);
    void setReadOnly(bool readOnly);

    // The actions behind the buttons, without dialogs (Drop… asks for the reason first).
    ActionResult retrySelected();
    ActionResult dropSelected(const QString &reason);
    qint64 selectedMessageId() const;
    QString alarmText() const;

Q_SIGNALS:
    void messageShown(const QString &message, bool error);

private:
    void updateAlarm();
    void updateActions();
    void askDrop();

    Outbox *m_outbox;
    OutboxModel *m_model;
    QString m_userName;
    bool m_readOnly = false;
    QLabel *m_alarm;
    QTableView *m_view;
    QPushButton *m_retry;
    QPushButton *m_drop;
};
