// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLineEdit;

// Where the person's signing key and the allowed-signers file are (QSettings signing/key and
// signing/allowed_signers; both outside every session file). COCKPIT_SIGNING_KEY and
// COCKPIT_ALLOWED_SIGNERS override them; the dialog says so.
class SigningSettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SigningSettingsDialog(QWidget *parent = nullptr);
    void accept() override;

private:
    QLineEdit *m_key;
    QLineEdit *m_allowed;
};
