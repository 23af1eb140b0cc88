// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class StatusPageServer;

// Starts and stops the stakeholder status page: port (0 picks a free one), loopback only unless the
// person allows other machines, a fresh access token each start, and the link to hand out.
class StatusPageControl : public QWidget {
    Q_OBJECT
public:
    explicit StatusPageControl(StatusPageServer *server, QWidget *parent = nullptr);

    QString link() const; // with the token; empty while stopped

public Q_SLOTS:
    bool startPage();
    void stopPage();

private:
    void updateState();

    StatusPageServer *m_server;
    QSpinBox *m_port;
    QCheckBox *m_allowOthers;
    QPushButton *m_start;
    QPushButton *m_stop;
    QPushButton *m_copy;
    QLineEdit *m_link;
    QLabel *m_message;
    QString m_token;
};
