// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <memory>

class ChecklistActions;
class ChecklistModel;
class ChecklistPanel;
class CutoverSession;
class PhaseListModel;
class PhaseListPanel;
class QLabel;
class QTabWidget;
class SessionStatusStrip;
class UserIdentity;

// One open session: the status strip above, the phases on the left and the panels (tabs) on the right.
// Owns the session, its item models and its undoable actions.
class SessionView : public QWidget
{
    Q_OBJECT
public:
    SessionView(std::unique_ptr<CutoverSession> session, UserIdentity *identity, bool demo,
                QWidget *parent = nullptr);
    ~SessionView() override;

    CutoverSession *session() const { return m_session.get(); }
    bool isDemo() const { return m_demo; }
    ChecklistActions *actions() const { return m_actions; }
    ChecklistPanel *checklistPanel() const { return m_checklist; }
    SessionStatusStrip *statusStrip() const { return m_strip; }
    QTabWidget *tabs() const { return m_tabs; }
    void showChecklist();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    std::unique_ptr<CutoverSession> m_session;
    bool m_demo;
    ChecklistActions *m_actions;
    PhaseListModel *m_phaseModel;
    ChecklistModel *m_checklistModel;
    SessionStatusStrip *m_strip;
    PhaseListPanel *m_phasePanel;
    ChecklistPanel *m_checklist;
    QTabWidget *m_tabs;
    QLabel *m_goalTitle = nullptr;
    QLabel *m_goal = nullptr;
};
