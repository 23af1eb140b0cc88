// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <memory>

class StakeholderBoard;
class StakeholderFeed;

// The stakeholder view of `cutover-cockpit --viewer SESSION`: the session opened read-only through the
// composition root, followed live as the lead's cockpit commits, shown on the big StakeholderBoard. The
// traffic state is read from the session's record (never from the backend); nothing here can act.
class ViewerView : public QWidget {
    Q_OBJECT
public:
    ~ViewerView() override;
    // nullptr with *error when the file cannot be opened.
    static ViewerView *open(const QString &path, QString *error, QWidget *parent = nullptr);

    StakeholderFeed *feed() const { return m_feed.get(); }
    StakeholderBoard *board() const { return m_board; }
    QString sessionName() const;

Q_SIGNALS:
    void followFailed(const QString &message);

private:
    explicit ViewerView(std::unique_ptr<StakeholderFeed> feed, QWidget *parent);

    std::unique_ptr<StakeholderFeed> m_feed;
    StakeholderBoard *m_board;
};
