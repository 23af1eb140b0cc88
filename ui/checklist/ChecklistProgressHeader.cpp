// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklist/ChecklistProgressHeader.h"

#include "checklist/PhaseListModel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

ChecklistProgressHeader::ChecklistProgressHeader(PhaseListModel *phases, QWidget *parent)
    : QWidget(parent)
    , m_phases(phases)
    , m_title(new QLabel(this))
    , m_phaseProgress(new QProgressBar(this))
    , m_overallLabel(new QLabel(this))
    , m_overallProgress(new QProgressBar(this))
{
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("phaseTitle"));
    row->addWidget(m_title);
    m_phaseProgress->setObjectName(QStringLiteral("phaseProgress"));
    row->addWidget(m_phaseProgress, 1);
    row->addSpacing(24);
    row->addWidget(m_overallLabel);
    m_overallProgress->setObjectName(QStringLiteral("overallProgress"));
    row->addWidget(m_overallProgress, 1);
    for (QProgressBar *bar : { m_phaseProgress, m_overallProgress }) {
        bar->setFormat(QStringLiteral("%v / %m"));
        bar->setMinimumWidth(160);
    }
    connect(m_phases, &PhaseListModel::progressChanged, this, &ChecklistProgressHeader::refresh);
    connect(m_phases, &QAbstractItemModel::modelReset, this, &ChecklistProgressHeader::refresh);
    refresh();
}

void ChecklistProgressHeader::showPhase(qint64 phaseId)
{
    m_phaseId = phaseId;
    refresh();
}

void ChecklistProgressHeader::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

void ChecklistProgressHeader::refresh()
{
    const int row = m_phases->rowOfPhase(m_phaseId);
    const QModelIndex phase = m_phases->index(qMax(row, 0));
    m_title->setText(row < 0 ? tr("All phases") : phase.data().toString());
    const int done = row < 0 ? m_phases->overallDone() : phase.data(PhaseListModel::DoneRole).toInt();
    const int total = row < 0 ? m_phases->overallTotal() : phase.data(PhaseListModel::TotalRole).toInt();
    m_phaseProgress->setRange(0, qMax(total, 1));
    m_phaseProgress->setValue(done);
    m_overallLabel->setText(tr("Overall"));
    m_overallProgress->setRange(0, qMax(m_phases->overallTotal(), 1));
    m_overallProgress->setValue(m_phases->overallDone());
}
