// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTextBrowser>

class CutoverSession;

// The full record of the selected checklist item (task, expected result, who did and who signed off,
// times, skip reason, notes, evidence links) that the table's cells can only show shortened.
class ItemDetailsView : public QTextBrowser {
    Q_OBJECT
public:
    explicit ItemDetailsView(CutoverSession *session, QWidget *parent = nullptr);

    // 0 shows a hint instead of an item.
    void showItem(qint64 itemId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    CutoverSession *m_session;
    qint64 m_itemId = 0;
};
