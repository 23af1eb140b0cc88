// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklist/ItemStatus.h"

#include <QJsonObject>

// How far a checklist (or one phase of it) is: the one definition `cutoverctl status`, the report and the
// GUI share. "Finished" counts done and skipped items only; a failed item or one awaiting its sign-off
// still needs someone and is not finished.
class ChecklistProgress {
public:
    void add(ItemStatus status);

    int done() const { return m_done; }
    int skipped() const { return m_skipped; }
    int failed() const { return m_failed; }
    int awaitingSignOff() const { return m_awaitingSignOff; }
    int total() const { return m_total; }
    int finished() const { return m_done + m_skipped; }
    // Open or in progress: nobody has reported an end yet.
    int unfinishedWork() const { return m_total - finished() - m_failed - m_awaitingSignOff; }

    // {done, skipped, failed, awaiting_signoff, finished, total}, as `cutoverctl status --json` prints it.
    QJsonObject toJson() const;

private:
    int m_done = 0;
    int m_skipped = 0;
    int m_failed = 0;
    int m_awaitingSignOff = 0;
    int m_total = 0;
};
