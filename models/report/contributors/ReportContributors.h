// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Registers the features' report contributors (traffic, metrics, incident log) with
// ReportContributorRegistry, so every report built without an explicit list includes them. Call once at
// start-up (cutoverctl main, the GUI main); calling it again replaces them by id and changes nothing.
void registerBuiltInReportContributors();
