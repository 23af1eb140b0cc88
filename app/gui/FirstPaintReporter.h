// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

// For the start-up benchmark: once the watched window has painted, prints "first-paint" to stdout and
// quits the application.
class FirstPaintReporter : public QObject {
    Q_OBJECT
public:
    explicit FirstPaintReporter(QObject *watched, QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QObject *m_watched;
    bool m_reported = false;
};
