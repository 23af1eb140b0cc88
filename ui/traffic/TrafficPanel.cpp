// SPDX-License-Identifier: GPL-3.0-or-later
#include "traffic/TrafficPanel.h"

#include "shell/ActionReasonDialog.h"
#include "shell/TimeDelegate.h"
#include "traffic/BackendConfigDialog.h"
#include "traffic/CutoverEngine.h"
#include "traffic/PlanEditDialog.h"
#include "traffic/TrafficBackendRegistry.h"
#include "traffic/gates/GateMeasurementModel.h"

#include "core/Timestamps.h"
#include "identity/OperatingSystemAccount.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QTreeView>
#include <QVBoxLayout>

namespace {
QLabel *bigNumber(QWidget *parent, const QString &colour)
{
    auto *label = new QLabel(parent);
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * 2.6);
    f.setBold(true);
    label->setFont(f);
    label->setAlignment(Qt::AlignCenter);
    label->setStyleSheet(QStringLiteral("color: %1;").arg(colour));
    return label;
}
}

TrafficPanel::TrafficPanel(CutoverEngine *engine, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_model(new GateMeasurementModel(this))
    , m_actor(OperatingSystemAccount::accountName())
    , m_banner(new QLabel(this))
    , m_resume(new QPushButton(tr("Resume the recorded split…"), this))
    , m_controller(new QLabel(this))
    , m_takeOver(new QPushButton(tr("Take over…"), this))
    , m_old(bigNumber(this, QStringLiteral("#1c5fb0")))
    , m_new(bigNumber(this, QStringLiteral("#1b7f3a")))
    , m_bar(new QProgressBar(this))
    , m_state(new QLabel(this))
    , m_countdown(new QLabel(this))
    , m_backend(new QLabel(this))
    , m_plan(new QListWidget(this))
    , m_table(new QTreeView(this))
    , m_run(new QPushButton(tr("&Run plan"), this))
    , m_promoteButton(new QPushButton(tr("&Promote"), this))
    , m_holdButton(new QPushButton(tr("H&old"), this))
    , m_rollbackButton(new QPushButton(tr("Roll &back"), this))
    , m_backendButton(new QPushButton(tr("Backend…"), this))
    , m_planButton(new QPushButton(tr("Plan…"), this))
    , m_readBack(new QPushButton(tr("Read back split"), this))
{
    auto *layout = new QVBoxLayout(this);
    m_banner->setWordWrap(true);
    m_banner->setObjectName(QStringLiteral("trafficBanner"));
    m_banner->setStyleSheet(
        QStringLiteral("background: #c01c28; color: white; font-weight: bold; padding: 8px;"));
    m_banner->hide();
    auto *bannerRow = new QHBoxLayout;
    bannerRow->addWidget(m_banner, 1);
    bannerRow->addWidget(m_resume);
    m_resume->hide();
    layout->addLayout(bannerRow);
    auto *controllerRow = new QHBoxLayout;
    m_controller->setObjectName(QStringLiteral("trafficController"));
    m_controller->setWordWrap(true);
    m_takeOver->setObjectName(QStringLiteral("takeOver"));
    m_takeOver->setToolTip(tr("Drive this session's traffic from here; the other cockpit stops and only "
                              "looks. Recorded in the audit trail with your reason."));
    controllerRow->addWidget(m_controller, 1);
    controllerRow->addWidget(m_takeOver);
    layout->addLayout(controllerRow);

    auto *split = new QHBoxLayout;
    auto *oldBox = new QVBoxLayout;
    oldBox->addWidget(new QLabel(tr("OLD path"), this), 0, Qt::AlignCenter);
    oldBox->addWidget(m_old);
    auto *newBox = new QVBoxLayout;
    newBox->addWidget(new QLabel(tr("NEW path"), this), 0, Qt::AlignCenter);
    newBox->addWidget(m_new);
    split->addLayout(oldBox, 1);
    split->addLayout(newBox, 1);
    layout->addLayout(split);
    m_bar->setRange(0, 100);
    m_bar->setFormat(tr("new %p %"));
    layout->addWidget(m_bar);

    auto *status = new QHBoxLayout;
    status->addWidget(m_state, 1);
    status->addWidget(m_countdown);
    status->addWidget(m_backend);
    layout->addLayout(status);

    auto *middle = new QHBoxLayout;
    m_plan->setMinimumWidth(340); // the longest step line, e.g. "3. 25 % new — hold until promoted — 2 gates"
    m_plan->setMaximumWidth(420);
    m_plan->setObjectName(QStringLiteral("planSteps"));
    middle->addWidget(m_plan);
    m_table->setObjectName(QStringLiteral("gateMeasurements"));
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(GateMeasurementModel::TimeColumn, new TimeDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setUniformRowHeights(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setAllColumnsShowFocus(true);
    m_table->setRootIsDecorated(true);
    QHeaderView *header = m_table->header();
    header->setStretchLastSection(true);
    // Times and verdicts are never wrapped or cut (a time of another day carries its date); the reason
    // gets the rest of the width, and its tooltip the whole text with the command's output.
    header->setSectionResizeMode(GateMeasurementModel::TimeColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(GateMeasurementModel::VerdictColumn, QHeaderView::ResizeToContents);
    header->resizeSection(GateMeasurementModel::GateColumn, 150);
    header->resizeSection(GateMeasurementModel::ValueColumn, 90);
    header->resizeSection(GateMeasurementModel::ConditionColumn, 110);
    middle->addWidget(m_table, 1);
    // Follow the newest measurement unless the user scrolled up to read an older one.
    connect(m_table->verticalScrollBar(), &QScrollBar::valueChanged, this,
        [this](int value) { m_followNewest = value >= m_table->verticalScrollBar()->maximum(); });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &group, int first) {
        if (!group.isValid()) // a new run or step: open its group, spanning the label across the row
            for (int row = first; row < m_model->rowCount(); ++row) {
                m_table->setFirstColumnSpanned(row, {}, true);
                m_table->expand(m_model->index(row, 0));
            }
        if (m_followNewest)
            m_table->scrollToBottom();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this]() {
        for (int row = 0; row < m_model->rowCount(); ++row)
            m_table->setFirstColumnSpanned(row, {}, true);
        m_table->expandAll();
        m_table->scrollToBottom();
        m_followNewest = true;
    });
    layout->addLayout(middle, 1);

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : { m_run, m_promoteButton, m_holdButton, m_rollbackButton })
        buttons->addWidget(b);
    buttons->addStretch();
    buttons->addWidget(m_readBack);
    buttons->addWidget(m_planButton);
    buttons->addWidget(m_backendButton);
    layout->addLayout(buttons);
    m_rollbackButton->setStyleSheet(QStringLiteral("QPushButton { color: #c01c28; font-weight: bold; }"));

    // Shortcuts work anywhere in the window; shown in the tooltips.
    const struct {
        QPushButton *button;
        QKeySequence keys;
        void (TrafficPanel::*slot)();
    } actions[] = { { m_run, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U), &TrafficPanel::askRun },
        { m_promoteButton, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), &TrafficPanel::askPromote },
        { m_holdButton, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H), &TrafficPanel::askHold },
        { m_rollbackButton, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B), &TrafficPanel::askRollback } };
    for (const auto &a : actions) {
        connect(a.button, &QPushButton::clicked, this, a.slot);
        auto *shortcut = new QShortcut(a.keys, this, nullptr, nullptr, Qt::WindowShortcut);
        connect(shortcut, &QShortcut::activated, this, a.slot);
        a.button->setToolTip(QStringLiteral("%1 (%2)").arg(
            a.button->text().remove(QLatin1Char('&')), a.keys.toString(QKeySequence::NativeText)));
    }
    connect(m_resume, &QPushButton::clicked, this, &TrafficPanel::askResume);
    connect(m_backendButton, &QPushButton::clicked, this, &TrafficPanel::configureBackend);
    connect(m_planButton, &QPushButton::clicked, this, &TrafficPanel::editPlan);
    connect(m_readBack, &QPushButton::clicked, m_engine, &CutoverEngine::checkSplit);

    connect(m_engine, &CutoverEngine::stateChanged, this, &TrafficPanel::refresh);
    connect(m_engine, &CutoverEngine::stateChanged, this, &TrafficPanel::refreshRuns);
    connect(m_engine, &CutoverEngine::splitChanged, this, &TrafficPanel::refresh);
    connect(m_engine, &CutoverEngine::stepChanged, this, &TrafficPanel::refreshPlan);
    connect(m_engine, &CutoverEngine::planChanged, this, &TrafficPanel::refreshPlan);
    connect(m_engine, &CutoverEngine::backendChanged, this, &TrafficPanel::refresh);
    connect(m_engine, &CutoverEngine::holdTick, this, [this](int left) {
        m_countdown->setText(left >= 0
                ? tr("hold: %1:%2 left").arg(left / 60).arg(left % 60, 2, 10, QLatin1Char('0'))
                : QString());
    });
    connect(m_engine, &CutoverEngine::measurementRecorded, m_model, &GateMeasurementModel::append);
    connect(m_engine, &CutoverEngine::backendError, this,
        [this](const QString &m) { showBanner(tr("BACKEND ERROR: %1").arg(m)); });
    connect(m_engine, &CutoverEngine::driftDetected, this, [this](int expected, int real) {
        showBanner(
            tr("DRIFT: the split was changed outside the cockpit. The session says %1 % new, the backend has "
               "%2 % new. Roll back, or shift to restore it.")
                .arg(expected)
                .arg(real));
    });
    connect(m_takeOver, &QPushButton::clicked, this, &TrafficPanel::askTakeOver);
    connect(m_engine, &CutoverEngine::controllerChanged, this, &TrafficPanel::refresh);
    connect(m_engine, &CutoverEngine::reconcileNeeded, this, [this](const CutoverEngine::Reconcile &r) {
        if (!r.needed) {
            showBanner(tr("Reopened after an interruption: meant %1 % new, in force %2. Nothing goes on by "
                          "itself: run the plan to go on (the gates of the step in force are measured "
                          "again), or roll back.")
                           .arg(r.intendedPercent)
                           .arg(r.realPercent < 0 ? tr("unknown") : tr("%1 % new").arg(r.realPercent)));
            return;
        }
        showBanner(
            tr("RECONCILE: %1 The session intends %2 % new; the backend has %3. Resume the intended split or "
               "roll back.")
                .arg(r.detail)
                .arg(r.intendedPercent)
                .arg(r.realPercent < 0 ? tr("an unknown split") : tr("%1 % new").arg(r.realPercent)));
        m_resume->show();
    });
    connect(m_engine, &CutoverEngine::warning, this, [this](const QString &m) {
        m_stickyWarning = true; // stays until the next action, even when the rollback then succeeds
        showBanner(tr("WARNING: %1").arg(m));
    });
    connect(m_engine, &CutoverEngine::splitRead, this, [this](const TrafficResult &r) {
        if (r.ok)
            m_backend->setText(tr("read back: new %1 % (%2)").arg(r.percentNew).arg(r.detail));
    });
    // Measurements another process committed (the session file is followed).
    connect(m_engine, &CutoverEngine::measurementsReloaded, this, [this]() {
        refreshRuns();
        m_model->setMeasurements(m_engine->measurements());
    });
    refreshRuns();
    m_model->setMeasurements(m_engine->measurements());
    refreshPlan();
    refresh();
}

void TrafficPanel::refreshRuns()
{
    // Runs begin with a "run" event, steps with the intent that shifted to them: together they group
    // the measurements into "Run 2 · step 1 (5 %)".
    QList<GateMeasurementModel::Mark> marks;
    for (const TrafficStore::Event &e : m_engine->events(QStringLiteral("run")))
        marks << GateMeasurementModel::Mark { Timestamps::fromText(e.at), true, e.stepIndex, -1 };
    for (const TrafficStore::Event &e : m_engine->events(QStringLiteral("intent")))
        marks << GateMeasurementModel::Mark { Timestamps::fromText(e.at), false, e.stepIndex, e.percentNew };
    std::stable_sort(marks.begin(), marks.end(),
        [](const GateMeasurementModel::Mark &a, const GateMeasurementModel::Mark &b) { return a.at < b.at; });
    m_model->setMarks(marks);
}

void TrafficPanel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    refresh();
}

void TrafficPanel::showBanner(const QString &text)
{
    m_banner->setText(text);
    m_banner->show();
}

QString TrafficPanel::bannerText() const
{
    return m_banner->text();
}

bool TrafficPanel::bannerVisible() const
{
    return !m_banner->isHidden();
}

QString TrafficPanel::controllerText() const
{
    return m_controller->text();
}

bool TrafficPanel::takeOverVisible() const
{
    return !m_takeOver->isHidden();
}

void TrafficPanel::refreshController()
{
    const TrafficLease::Holder h = m_engine->controller();
    const bool other = !h.isNull() && !m_engine->holdsLease();
    if (h.isNull())
        m_controller->setText(tr("Nobody drives the traffic now; the first action here takes control."));
    else if (!other)
        m_controller->setText(tr("This cockpit controls the traffic (%1).").arg(h.describe()));
    else if (h.isDead())
        m_controller->setText(tr("Controlled by %1, which stopped answering; the next action here takes "
                                 "over at once (recorded).")
                                  .arg(h.describe()));
    else
        m_controller->setText(tr("Controlled by %1 (%2). This cockpit only looks at the traffic.")
                                  .arg(h.describe(), h.describeLiveness()));
    m_takeOver->setVisible(other && !h.isDead() && !m_readOnly);
}

void TrafficPanel::refresh()
{
    const int p = m_engine->percentInForce();
    m_old->setText(tr("%1 %").arg(100 - p));
    m_new->setText(tr("%1 %").arg(p));
    m_bar->setValue(p);
    m_state->setText(tr("State: %1").arg(CutoverEngine::stateLabel(m_engine->state())));
    if (m_engine->state() != CutoverEngine::State::Holding)
        m_countdown->setText(QString());
    else if (m_engine->holdIsIndefinite())
        m_countdown->setText(tr("holding until promoted"));
    m_backend->setText(
        m_engine->hasBackend() ? tr("backend: %1").arg(m_engine->backendId()) : tr("no backend configured"));
    using S = CutoverEngine::State;
    const S s = m_engine->state();
    refreshController();
    const bool can = !m_readOnly && m_engine->hasBackend();
    // While another live cockpit controls the traffic, this one does not drive it (a rollback stays
    // possible: it says who controls and how to take over).
    const TrafficLease::Holder h = m_engine->controller();
    const bool drives = can && (h.isNull() || m_engine->holdsLease() || h.isDead());
    m_run->setEnabled(drives && (s == S::Idle || s == S::RolledBack || s == S::Paused));
    m_promoteButton->setEnabled(drives && (s == S::Holding || s == S::Paused || s == S::Gating));
    m_holdButton->setEnabled(drives && (s == S::Holding || s == S::Gating || s == S::Shifting));
    m_rollbackButton->setEnabled(can && s != S::RollingBack);
    m_backendButton->setEnabled(!m_readOnly);
    m_planButton->setEnabled(
        !m_readOnly && s != S::Shifting && s != S::Gating && s != S::Holding && s != S::RollingBack);
    m_readBack->setEnabled(m_engine->hasBackend());
    if (!m_engine->reconcile().needed)
        m_resume->hide();
    if (m_engine->lastBackendError().isEmpty() && m_engine->driftPercent() < 0
        && !m_engine->reconcile().needed && !m_engine->reconcile().interrupted && !m_stickyWarning)
        m_banner->hide();
    refreshPlan();
}

void TrafficPanel::refreshPlan()
{
    m_plan->clear();
    const StepPlan &plan = m_engine->plan();
    for (int i = 0; i < plan.steps.size(); ++i) {
        const PlanStep &s = plan.steps.at(i);
        const QString hold
            = s.holdSeconds < 0 ? tr("hold until promoted") : tr("hold %1 s").arg(s.holdSeconds);
        auto *item = new QListWidgetItem(
            tr("%1. %2 % new — %3 — %4 gates").arg(i + 1).arg(s.percent).arg(hold).arg(s.gates.size()),
            m_plan);
        if (i == m_engine->stepIndex()) {
            QFont f = item->font();
            f.setBold(true);
            item->setFont(f);
            item->setText(QStringLiteral("▶ ") + item->text());
        }
    }
}

void TrafficPanel::act(bool ok, const QString &error)
{
    m_stickyWarning = false;
    if (!ok)
        QMessageBox::warning(this, tr("Not done"), error);
}

bool TrafficPanel::promote(const QString &reason)
{
    const ActionResult r = m_engine->promote(m_actor, reason);
    return r.ok;
}

bool TrafficPanel::hold(const QString &reason)
{
    return m_engine->hold(m_actor, reason).ok;
}

bool TrafficPanel::rollback(const QString &reason, bool rampDown)
{
    return m_engine->rollback(m_actor, reason, rampDown).ok;
}

void TrafficPanel::askRun()
{
    if (!m_run->isEnabled())
        return;
    ActionReasonDialog d(tr("Run the plan"),
        tr("Start moving traffic to the new path step by step, with the gates after every step?"), tr("Run"),
        this);
    d.setReasonPlaceholder(tr("e.g. change CHG-1234 approved, rehearsal passed, on-call teams ready"));
    if (d.exec() == QDialog::Accepted) {
        const ActionResult r = m_engine->start(m_actor, d.reason());
        act(r.ok, r.error);
    }
}

void TrafficPanel::askPromote()
{
    if (!m_promoteButton->isEnabled())
        return;
    ActionReasonDialog d(tr("Promote"),
        tr("Go on to the next step now (at %1 % new)?").arg(m_engine->percentInForce()), tr("Promote"), this);
    d.setReasonPlaceholder(tr("e.g. error rate and latency on the new path flat for the whole hold"));
    if (d.exec() == QDialog::Accepted) {
        const ActionResult r = m_engine->promote(m_actor, d.reason());
        act(r.ok, r.error);
    }
}

void TrafficPanel::askHold()
{
    if (!m_holdButton->isEnabled())
        return;
    ActionReasonDialog d(tr("Hold"), tr("Stay at this step until a person promotes?"), tr("Hold"), this);
    d.setReasonPlaceholder(tr("e.g. wait for the nightly settlement batch before more traffic"));
    if (d.exec() == QDialog::Accepted) {
        const ActionResult r = m_engine->hold(m_actor, d.reason());
        act(r.ok, r.error);
    }
}

void TrafficPanel::askRollback()
{
    if (!m_rollbackButton->isEnabled())
        return;
    ActionReasonDialog d(tr("Roll back"),
        tr("Send ALL traffic back to the old path (now %1 % on new)? The old path's health is checked "
           "first; a warning does not stop the rollback.")
            .arg(m_engine->percentInForce()),
        tr("Roll back"), this);
    d.addOption(tr("Ramp down through the earlier steps instead of all at once"));
    if (d.exec() == QDialog::Accepted) {
        const ActionResult r = m_engine->rollback(m_actor, d.reason(), d.optionChecked());
        act(r.ok, r.error);
    }
}

void TrafficPanel::askResume()
{
    ActionReasonDialog d(tr("Resume"),
        tr("Set the backend to the split the session intends (%1 % new) and continue?")
            .arg(m_engine->reconcile().intendedPercent),
        tr("Resume"), this);
    d.setReasonPlaceholder(tr("e.g. the backend was restarted; the recorded split is still what we want"));
    if (d.exec() == QDialog::Accepted) {
        const ActionResult r = m_engine->resume(m_actor, d.reason());
        act(r.ok, r.error);
        if (r.ok)
            m_banner->hide();
    }
}

bool TrafficPanel::takeOver(const QString &reason)
{
    const ActionResult r = m_engine->takeOver(m_actor, reason);
    refresh();
    return r.ok;
}

void TrafficPanel::askTakeOver()
{
    const TrafficLease::Holder h = m_engine->controller();
    ActionReasonDialog d(tr("Take over the traffic"),
        tr("%1 controls this session's traffic now. Take over? That cockpit stops its hold and gates and "
           "only looks; your reason goes into the audit trail.")
            .arg(h.describe()),
        tr("Take over"), this);
    d.setReasonPlaceholder(tr("e.g. alice's laptop lost the VPN; bob leads the cutover from here"));
    if (d.exec() == QDialog::Accepted) {
        const ActionResult r = m_engine->takeOver(m_actor, d.reason());
        act(r.ok, r.error);
        refresh();
    }
}

void TrafficPanel::configureBackend()
{
    TrafficBackendRegistry &registry = TrafficBackendRegistry::instance();
    BackendConfigDialog d(registry.backends(), registry.loadErrors(), this);
    d.setCurrent(m_engine->backendId(), m_engine->backendConfig());
    if (d.exec() != QDialog::Accepted)
        return;
    const ActionResult r = m_engine->configureBackend(d.backendId(), d.config(), m_actor, d.reason());
    act(r.ok, r.error);
    if (r.ok)
        m_engine->checkSplit();
}

void TrafficPanel::editPlan()
{
    PlanEditDialog d(m_engine->plan(), this);
    if (d.exec() != QDialog::Accepted)
        return;
    const ActionResult r = m_engine->setPlan(d.plan(), m_actor, d.reason());
    act(r.ok, r.error);
}
