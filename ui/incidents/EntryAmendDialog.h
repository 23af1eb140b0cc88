// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;
class QPushButton;

// Asks for the reason of a retraction, or the corrected text and the reason of a correction.
// OK stays disabled until what is required is filled in.
class EntryAmendDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode { Retract, Correct };
    EntryAmendDialog(Mode mode, qint64 entryId, const QString &currentText, QWidget *parent = nullptr);

    QString text() const;
    QString reason() const;

private:
    void updateOk();

    Mode m_mode;
    QPlainTextEdit *m_text = nullptr;
    QLineEdit *m_reason;
    QPushButton *m_ok = nullptr;
};
