// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchNotes.h"

#include <QHash>

namespace {
QHash<QString, QString> &notes()
{
    static QHash<QString, QString> all;
    return all;
}
}

void BenchNotes::set(const QString &figure, const QString &note)
{
    notes().insert(figure, note);
}

QString BenchNotes::take(const QString &figure)
{
    return notes().take(figure);
}
