// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklist/PhaseListPanel.h"

#include "checklist/PhaseItemDelegate.h"
#include "checklist/PhaseListModel.h"

#include <QEvent>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

PhaseListPanel::PhaseListPanel(PhaseListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_title(new QLabel(this))
    , m_list(new QListView(this))
    , m_all(new QPushButton(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);
    m_list->setObjectName(QStringLiteral("phaseList"));
    m_list->setModel(model);
    m_list->setItemDelegate(new PhaseItemDelegate(m_list));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setUniformItemSizes(true);
    layout->addWidget(m_list, 1);
    m_all->setObjectName(QStringLiteral("allPhasesButton"));
    m_all->setCheckable(true);
    layout->addWidget(m_all);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current) {
            if (!current.isValid())
                return;
            m_all->setChecked(false);
            Q_EMIT phaseSelected(m_model->phaseIdAt(current.row()));
        });
    connect(m_all, &QPushButton::clicked, this, [this](bool checked) {
        if (checked) {
            m_list->selectionModel()->clear();
            Q_EMIT phaseSelected(0);
        } else {
            selectPhase(m_model->phaseIdAt(qMax(0, m_model->currentPhaseRow())));
        }
    });
    retranslate();
}

qint64 PhaseListPanel::selectedPhase() const
{
    if (m_all->isChecked())
        return 0;
    return m_model->phaseIdAt(m_list->currentIndex().row());
}

void PhaseListPanel::selectPhase(qint64 phaseId)
{
    if (phaseId == 0) {
        m_all->setChecked(true);
        m_list->selectionModel()->clear();
        Q_EMIT phaseSelected(0);
        return;
    }
    const int row = m_model->rowOfPhase(phaseId);
    if (row >= 0)
        m_list->setCurrentIndex(m_model->index(row));
}

void PhaseListPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PhaseListPanel::retranslate()
{
    m_title->setText(tr("Phases"));
    m_all->setText(tr("All phases"));
    m_all->setToolTip(tr("Show the items of every phase in one list"));
}
