// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class SessionManifest;

// The line above an untrusted session: what it would run, that nothing runs, and the way to review it.
class TrustBanner : public QFrame {
    Q_OBJECT
public:
    explicit TrustBanner(QWidget *parent = nullptr);
    void setManifest(const SessionManifest &manifest);
    QPushButton *reviewButton() const { return m_review; }

Q_SIGNALS:
    void reviewRequested();

private:
    QLabel *m_text;
    QPushButton *m_review;
};
