// SPDX-License-Identifier: GPL-3.0-or-later
#include "stakeholder/ViewerView.h"

#include "checklist/CutoverSession.h"
#include "stakeholder/StakeholderBoard.h"
#include "stakeholder/StakeholderFeed.h"
#include "stakeholder/StatusSnapshotBuilder.h"
#include "store/SessionWatcher.h"
#include "traffic/CutoverEngine.h"
#include "traffic/EngineTrafficStatus.h"

#include <QVBoxLayout>

ViewerView *ViewerView::open(const QString &path, QString *error, QWidget *parent)
{
    std::unique_ptr<StakeholderFeed> feed = StakeholderFeed::open(path, error);
    return feed ? new ViewerView(std::move(feed), parent) : nullptr;
}

ViewerView::ViewerView(std::unique_ptr<StakeholderFeed> feed, QWidget *parent)
    : QWidget(parent)
    , m_feed(std::move(feed))
    , m_engine(std::make_unique<CutoverEngine>(m_feed->session()->store()))
    , m_traffic(std::make_unique<EngineTrafficStatus>(m_engine.get()))
    , m_board(new StakeholderBoard(this))
{
    setObjectName(QStringLiteral("viewerView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_board);
    m_engine->setDriftInterval(0);
    m_engine->load(); // the record only; a viewer never calls the backend
    StatusSnapshotBuilder *builder = m_feed->builder();
    builder->setTrafficSource(m_traffic.get());
    connect(builder, &StatusSnapshotBuilder::snapshotChanged, m_board, &StakeholderBoard::setSnapshot);
    connect(m_feed->watcher(), &SessionWatcher::changed, this, [this, builder] {
        m_engine->load();
        builder->scheduleUpdate();
    });
    connect(m_feed.get(), &StakeholderFeed::followFailed, this, &ViewerView::followFailed);
    m_board->setSnapshot(builder->build());
}

ViewerView::~ViewerView()
{
    m_feed->builder()->setTrafficSource(nullptr);
    delete m_board;
}

QString ViewerView::sessionName() const
{
    return m_feed->session()->info().name;
}
