// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>
#include <QPair>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class TeamSessionDirectory;

// File > Open team session…: where the team's session is (server, port, database, the session) and as whom
// (your PostgreSQL role), or its whole address pasted at once; the sessions of the database are looked up
// off the GUI thread. Never asks for or shows a password: libpq finds it in ~/.pgpass, PGPASSFILE or
// PGPASSWORD or the system keychain, or the cockpit asks when the server wants one.
class OpenTeamSessionDialog : public QDialog {
    Q_OBJECT
public:
    OpenTeamSessionDialog(
        TeamSessionDirectory *directory, const QString &lastAddress, QWidget *parent = nullptr);

    // postgresql://role@host:port/dbname?session=NAME, with the connection options (sslmode, sslcert,
    // sslkey, sslrootcert, ...) of the address pasted or given last.
    QString address() const;

private:
    void fillFromAddress(const QString &text);
    void updateAddress();
    void lookUp();

    TeamSessionDirectory *m_directory;
    QLineEdit *m_paste;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_role;
    QComboBox *m_session;
    QPushButton *m_lookUp;
    QLabel *m_lookUpStatus;
    QLabel *m_result;
    QPushButton *m_open;
    QList<QPair<QString, QString>> m_options; // libpq keywords the fields do not show
    bool m_filling = false;
};
