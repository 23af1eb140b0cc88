// SPDX-License-Identifier: GPL-3.0-or-later
#include "FirstPaintReporter.h"

#include <QCoreApplication>
#include <QEvent>
#include <QMetaObject>

#include <cstdio>

FirstPaintReporter::FirstPaintReporter(QObject *watched, QObject *parent)
    : QObject(parent)
    , m_watched(watched)
{
    watched->installEventFilter(this);
}

bool FirstPaintReporter::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_watched && event->type() == QEvent::Paint && !m_reported) {
        m_reported = true;
        // Report after this paint pass (the children paint right after their parent).
        QMetaObject::invokeMethod(
            this,
            [] {
                std::fputs("first-paint\n", stdout);
                std::fflush(stdout);
                QCoreApplication::quit();
            },
            Qt::QueuedConnection);
    }
    return QObject::eventFilter(watched, event);
}
