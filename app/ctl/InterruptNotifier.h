// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QSocketNotifier;

// Turns SIGINT and SIGTERM into a Qt signal delivered by the event loop (the self-pipe pattern: the
// handler only writes one byte; everything else happens on the thread that owns this object), so that
// a running command can stop safely instead of dying mid-plan. While one exists, the default action of
// both signals (ending the process at once) is replaced; the old handlers come back when it is gone.
class InterruptNotifier : public QObject {
    Q_OBJECT
public:
    explicit InterruptNotifier(QObject *parent = nullptr);
    ~InterruptNotifier() override;

    // How many signals arrived so far (a second Ctrl+C while stopping is reported as such).
    int count() const { return m_count; }

Q_SIGNALS:
    void interrupted(const QString &signalName);

private:
    void readPipe();

    QSocketNotifier *m_notifier = nullptr;
    int m_count = 0;
};
