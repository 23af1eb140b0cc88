// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;

// Asks once for the name that is recorded on every action of this person.
class UserNameDialog : public QDialog {
    Q_OBJECT
public:
    explicit UserNameDialog(QWidget *parent = nullptr);
    QString name() const;

private:
    QLineEdit *m_name;
    QPushButton *m_ok;
};
