// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

// The key a person signs with, as a form's rows: the key file (from the settings; another one can be
// chosen, also KEY.pub of a key in ssh-agent) and a passphrase field (hidden characters) shown only when
// the key file is protected by one.
class SigningKeyField : public QObject {
    Q_OBJECT
public:
    SigningKeyField(QFormLayout *form, QWidget *parent);

    QString keyFile() const;
    void setKeyFile(const QString &path);
    QByteArray passphrase() const;
    void clearPassphrase();
    void setEnabled(bool enabled);
    void setVisible(bool visible);
    QLineEdit *passphraseEdit() const { return m_passphrase; }

Q_SIGNALS:
    // Another key file was typed or chosen (also by setKeyFile).
    void keyFileChanged(const QString &path);
    // The person finished typing the passphrase (Enter or leaving the field).
    void passphraseEntered();

private:
    void updatePassphrase();

    QWidget *m_row;
    QLabel *m_keyLabel;
    QLineEdit *m_key;
    QPushButton *m_choose;
    QLabel *m_passphraseLabel;
    QLineEdit *m_passphrase;
    bool m_visible = true;
};
