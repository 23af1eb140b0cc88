// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionView.h"

#include "ChecklistActions.h"
#include "ChecklistModel.h"
#include "ChecklistPanel.h"
#include "CutoverSession.h"
#include "PhaseListModel.h"
#include "PhaseListPanel.h"
#include "SessionStatusStrip.h"
#include "UserIdentity.h"

#include <QEvent>
#include <QLabel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

SessionView::SessionView(std::unique_ptr<CutoverSession> session, UserIdentity *identity, bool demo, QWidget *parent)
    : QWidget(parent)
    , m_session(std::move(session))
    , m_demo(demo)
    , m_actions(new ChecklistActions(m_session.get(), this))
    , m_phaseModel(new PhaseListModel(m_session.get(), this))
    , m_checklistModel(new ChecklistModel(m_session.get(), this))
{
    m_actions->setActor(identity->name());
    connect(identity, &UserIdentity::nameChanged, m_actions, &ChecklistActions::setActor);
    m_checklistModel->setActions(m_actions);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_strip = new SessionStatusStrip(m_session.get(), m_phaseModel, identity, demo, this);
    layout->addWidget(m_strip);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(8, 8, 0, 8);
    m_phasePanel = new PhaseListPanel(m_phaseModel, left);
    leftLayout->addWidget(m_phasePanel, 1);
    m_goalTitle = new QLabel(left);
    QFont bold = m_goalTitle->font();
    bold.setBold(true);
    m_goalTitle->setFont(bold);
    leftLayout->addWidget(m_goalTitle);
    m_goal = new QLabel(left);
    m_goal->setObjectName(QStringLiteral("sessionGoal"));
    m_goal->setWordWrap(true);
    m_goal->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_goal->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    leftLayout->addWidget(m_goal);
    m_tabs = new QTabWidget(splitter);
    m_tabs->setDocumentMode(true);
    m_checklist = new ChecklistPanel(m_checklistModel, m_phaseModel, m_actions, identity, m_tabs);
    m_tabs->addTab(m_checklist, QString());
    splitter->addWidget(left);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 250, 1150 });
    layout->addWidget(splitter, 1);

    connect(m_phasePanel, &PhaseListPanel::phaseSelected, m_checklist, &ChecklistPanel::showPhase);
    const int current = m_phaseModel->currentPhaseRow();
    m_phasePanel->selectPhase(m_phaseModel->phaseIdAt(qMax(0, current)));
    retranslate();
}

SessionView::~SessionView()
{
    // The panels and models refer to the session; remove them before it goes.
    delete m_tabs;
    delete m_phasePanel;
    delete m_strip;
    delete m_checklistModel;
    delete m_phaseModel;
    delete m_actions;
}

void SessionView::showChecklist()
{
    m_tabs->setCurrentWidget(m_checklist);
    m_checklist->table()->setFocus();
}

void SessionView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SessionView::retranslate()
{
    m_tabs->setTabText(0, tr("Checklist"));
    m_tabs->setTabToolTip(0, tr("The checklist of the selected phase (Ctrl+1)"));
    m_goalTitle->setText(tr("Goal"));
    const QString goal = m_session->info().goal;
    m_goal->setText(goal.isEmpty() ? tr("No goal statement was given for this session.") : goal);
}
