// SPDX-License-Identifier: GPL-3.0-or-later
#include "stakeholder/ViewerView.h"

#include "checklist/CutoverSession.h"
#include "session/StakeholderFeed.h"
#include "stakeholder/StakeholderBoard.h"
#include "stakeholder/StatusSnapshotBuilder.h"

#include <QVBoxLayout>

ViewerView *ViewerView::open(const QString &path, QString *error, QWidget *parent)
{
    std::unique_ptr<StakeholderFeed> feed = StakeholderFeed::open(path, error);
    return feed ? new ViewerView(std::move(feed), parent) : nullptr;
}

ViewerView::ViewerView(std::unique_ptr<StakeholderFeed> feed, QWidget *parent)
    : QWidget(parent)
    , m_feed(std::move(feed))
    , m_board(new StakeholderBoard(this))
{
    setObjectName(QStringLiteral("viewerView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_board);
    StatusSnapshotBuilder *builder = m_feed->builder();
    connect(builder, &StatusSnapshotBuilder::snapshotChanged, m_board, &StakeholderBoard::setSnapshot);
    connect(m_feed.get(), &StakeholderFeed::followFailed, this, &ViewerView::followFailed);
    m_board->setSnapshot(builder->build());
}

ViewerView::~ViewerView()
{
    delete m_board;
}

QString ViewerView::sessionName() const
{
    return m_feed->session()->info().name;
}
