// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class PhaseListModel;
class QLabel;
class QListView;
class QPushButton;

// The phases of the session with their progress; choosing one shows its checklist, "All phases" shows
// every item.
class PhaseListPanel : public QWidget {
    Q_OBJECT
public:
    explicit PhaseListPanel(PhaseListModel *model, QWidget *parent = nullptr);

    // 0 = all phases.
    qint64 selectedPhase() const;
    void selectPhase(qint64 phaseId);

Q_SIGNALS:
    void phaseSelected(qint64 phaseId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    PhaseListModel *m_model;
    QLabel *m_title;
    QListView *m_list;
    QPushButton *m_all;
};
