// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;

// A non-modal message line above a panel: what happened and what to do next. Stays until closed or
// replaced, so a refused action is never silently swallowed.
class MessageBar : public QFrame {
    Q_OBJECT
public:
    explicit MessageBar(QWidget *parent = nullptr);

    void showError(const QString &what, const QString &next = QString());
    void showInfo(const QString &text);
    QString text() const;

private:
    void showMessage(const QString &text, bool error);
    QLabel *m_text;
};
