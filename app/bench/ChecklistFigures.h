// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BenchFigure.h"

// The figures of the checklist foundation: startup_first_paint_ms, status_commit_ms and import_100k_rows_ms.
QList<BenchFigure> checklistFigures();
