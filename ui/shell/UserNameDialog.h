// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "identity/Principal.h"

#include <QDialog>

class QLineEdit;
class QPushButton;

// Changes the display name shown beside the principal. It never changes who acts: that is the principal
// (the operating-system account, or the key's principal in a session that requires signatures).
class UserNameDialog : public QDialog {
    Q_OBJECT
public:
    explicit UserNameDialog(const Principal &principal, QWidget *parent = nullptr);
    QString name() const;

private:
    QLineEdit *m_name;
    QPushButton *m_ok;
};
