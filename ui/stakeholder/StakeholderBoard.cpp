// SPDX-License-Identifier: GPL-3.0-or-later
#include "stakeholder/StakeholderBoard.h"
#include "core/Timestamps.h"

#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QVBoxLayout>

namespace {

QLabel *makeLabel(QWidget *parent, int pointSize, bool bold = false)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText); // user-written text is never interpreted
    label->setWordWrap(true);
    QFont f = label->font();
    f.setPointSize(pointSize);
    f.setBold(bold);
    label->setFont(f);
    return label;
}

QFrame *card(QWidget *parent, const QString &title, QVBoxLayout **inner)
{
    auto *frame = new QFrame(parent);
    frame->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(frame);
    QLabel *heading = makeLabel(frame, 11, true);
    heading->setText(title.toUpper());
    heading->setEnabled(false); // the muted palette colour
    layout->addWidget(heading);
    *inner = layout;
    return frame;
}

}

StakeholderBoard::StakeholderBoard(QWidget *parent)
    : QWidget(parent)
    , m_title(makeLabel(this, 24, true))
    , m_mode(makeLabel(this, 18, true))
    , m_split(makeLabel(this, 34, true))
    , m_step(makeLabel(this, 15))
    , m_gates(makeLabel(this, 13))
    , m_progress(makeLabel(this, 30, true))
    , m_phaseBars(new QVBoxLayout)
    , m_result(makeLabel(this, 16, true))
    , m_entries(new QListWidget(this))
    , m_stamp(makeLabel(this, 10))
{
    m_mode->setAlignment(Qt::AlignCenter);
    m_mode->setMargin(8);
    m_mode->setWordWrap(false);
    m_entries->setFocusPolicy(Qt::NoFocus);
    m_entries->setSelectionMode(QAbstractItemView::NoSelection);
    m_entries->setWordWrap(true);
    m_entries->setSpacing(6);
    QFont entryFont = m_entries->font();
    entryFont.setPointSize(14);
    m_entries->setFont(entryFont);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_stamp);
    header->addWidget(m_mode);

    QVBoxLayout *trafficLayout = nullptr;
    QFrame *traffic = card(this, tr("Traffic"), &trafficLayout);
    trafficLayout->addWidget(m_split);
    trafficLayout->addWidget(m_step);
    trafficLayout->addWidget(m_gates);
    trafficLayout->addStretch(1);

    QVBoxLayout *progressLayout = nullptr;
    QFrame *progress = card(this, tr("Progress"), &progressLayout);
    progressLayout->addWidget(m_progress);
    progressLayout->addLayout(m_phaseBars);
    progressLayout->addStretch(1);

    QVBoxLayout *entriesLayout = nullptr;
    QFrame *entries = card(this, tr("Verified updates"), &entriesLayout);
    entriesLayout->addWidget(m_result);
    entriesLayout->addWidget(m_entries, 1);

    auto *grid = new QGridLayout;
    grid->addWidget(traffic, 0, 0);
    grid->addWidget(progress, 1, 0);
    grid->addWidget(entries, 0, 1, 2, 1);
    grid->setColumnStretch(0, 2);
    grid->setColumnStretch(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addLayout(grid, 1);
    setSnapshot(StatusSnapshot());
}

void StakeholderBoard::setSnapshot(const StatusSnapshot &s)
{
    m_title->setText(s.valid ? s.sessionName : tr("No session"));
    m_mode->setText(s.rehearsal ? tr("REHEARSAL") : tr("LIVE"));
    m_mode->setStyleSheet(s.rehearsal
            ? QStringLiteral("background:#1e6fd9; color:white; border-radius:6px;")
            : QStringLiteral("background:#d32f2f; color:white; border-radius:6px;"));
    m_stamp->setText(tr("as of %1").arg(Timestamps::display(s.generatedAt)));

    if (!s.traffic.configured) {
        m_split->setText(tr("not configured"));
        QFont f = m_split->font();
        f.setPointSize(20);
        m_split->setFont(f);
        m_step->setText(tr("No traffic plan is connected to this view."));
        m_gates->clear();
    } else {
        QFont f = m_split->font();
        f.setPointSize(34); // one line at 1400 px: "old 75 % | new 25 %"
        m_split->setFont(f);
        m_split->setText(tr("old %1 % | new %2 %").arg(100 - s.traffic.percentNew).arg(s.traffic.percentNew));
        QString step = tr("Step %1 of %2").arg(s.traffic.step).arg(s.traffic.stepCount);
        if (!s.traffic.stepLabel.isEmpty())
            step += QStringLiteral(" · ") + s.traffic.stepLabel;
        if (!s.traffic.problem.isEmpty())
            step += QStringLiteral("\n") + s.traffic.problem;
        m_step->setText(step);
        QStringList gates;
        for (const TrafficStatus::Gate &g : s.traffic.gates)
            gates << QStringLiteral("%1  %2  %3").arg(g.verdict.toUpper(), g.name, g.detail);
        m_gates->setText(gates.isEmpty() ? tr("No gate has run yet.") : gates.join(QLatin1Char('\n')));
    }

    m_progress->setText(tr("%1 / %2 items").arg(s.finishedItems()).arg(s.totalItems()));
    while (QLayoutItem *item = m_phaseBars->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const StatusSnapshot::PhaseProgress &p : s.phases) {
        auto *bar = new QProgressBar(this);
        bar->setRange(0, std::max(1, p.total));
        bar->setValue(p.finished);
        // QProgressBar's format knows %p/%v/%m; a phase name with a % is doubled so it shows as written.
        QString name = p.name;
        name.replace(QLatin1Char('%'), QStringLiteral("%%"));
        bar->setFormat(p.failed > 0
                ? tr("%1: %2/%3 · %4 failed")
                      .arg(name, QString::number(p.finished), QString::number(p.total),
                          QString::number(p.failed))
                : tr("%1: %2/%3").arg(name, QString::number(p.finished), QString::number(p.total)));
        bar->setTextVisible(true);
        m_phaseBars->addWidget(bar);
    }

    m_result->setVisible(!s.resultStatement.isEmpty());
    m_result->setText(tr("Result: %1").arg(s.resultStatement));

    m_entries->clear();
    if (s.entries.isEmpty())
        m_entries->addItem(tr("No verified updates yet."));
    for (const StatusSnapshot::Entry &e : s.entries) {
        auto *item
            = new QListWidgetItem(QStringLiteral("%1  [%2]  %3\n%4")
                                      .arg(Timestamps::display(e.occurredAt), e.severity.toUpper(), e.text,
                                          tr("written by %1, verified by %2").arg(e.author, e.verifiedBy)));
        if (e.severity == QLatin1String("critical"))
            item->setForeground(QColor(0xd3, 0x2f, 0x2f));
        else if (e.severity == QLatin1String("warning"))
            item->setForeground(QColor(0xb2, 0x6a, 0x00));
        m_entries->addItem(item);
    }
}
