// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QPlainTextEdit;
class SessionManifest;

// Every program with its arguments, every SQL connection, URL and file a session would use, exactly as
// they are trusted (monospace, selectable), with Trust and Keep read-only. Accepted: the person trusts it.
class TrustDialog : public QDialog {
    Q_OBJECT
public:
    explicit TrustDialog(const SessionManifest &manifest, QWidget *parent = nullptr);
    QPlainTextEdit *manifestView() const { return m_view; }

private:
    QPlainTextEdit *m_view;
};
