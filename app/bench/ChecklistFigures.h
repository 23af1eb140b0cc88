// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BenchFigure.h"

// The figures of the checklist foundation: startup_first_paint_ms and status_commit_ms.
QList<BenchFigure> checklistFigures();
