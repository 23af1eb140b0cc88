// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/SessionView.h"

#include "checklist/ChecklistActions.h"
#include "checklist/ChecklistModel.h"
#include "checklist/ChecklistPanel.h"
#include "checklist/CutoverSession.h"
#include "checklist/PhaseListModel.h"
#include "checklist/PhaseListPanel.h"
#include "incidents/IncidentLogPanel.h"
#include "metrics/MetricsDashboard.h"
#include "notify/Outbox.h"
#include "report/ResultPanel.h"
#include "session/SessionRuntime.h"
#include "shell/RuntimeIndicators.h"
#include "shell/SessionCommands.h"
#include "shell/SessionStatusStrip.h"
#include "shell/UserIdentity.h"
#include "signing/SignatureDialog.h"
#include "traffic/CutoverEngine.h"
#include "traffic/TrafficPanel.h"
#include "trust/SessionTrust.h"
#include "trust/TrustBanner.h"
#include "trust/TrustDialog.h"

#include <QAction>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTime>
#include <QVBoxLayout>

SessionView::SessionView(
    std::unique_ptr<CutoverSession> session, UserIdentity *identity, bool demo, QWidget *parent)
    : QWidget(parent)
    , m_session(std::move(session))
    , m_demo(demo)
    , m_identity(identity)
    , m_actions(new ChecklistActions(m_session.get(), this))
    , m_phaseModel(new PhaseListModel(m_session.get(), this))
    , m_checklistModel(new ChecklistModel(m_session.get(), this))
{
    m_actions->setActor(identity->name());
    connect(identity, &UserIdentity::nameChanged, m_actions, &ChecklistActions::setActor);
    m_checklistModel->setActions(m_actions);

    auto *layout = new QVBoxLayout(this);
    m_layout = layout;
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
    addRuntimePanels(identity);
    splitter->addWidget(left);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 250, 1150 });
    layout->addWidget(splitter, 1);

    connect(m_phasePanel, &PhaseListPanel::phaseSelected, m_checklist, &ChecklistPanel::showPhase);
    const int current = m_phaseModel->currentPhaseRow();
    m_phasePanel->selectPhase(m_phaseModel->phaseIdAt(qMax(0, current)));
    retranslate();
    m_runtime->start();
    if (!m_session->trust()->wasTrusted())
        showUntrusted();
    // Another process changed what the session runs: the engine refuses it, the banner says why.
    connect(m_runtime.get(), &SessionRuntime::trustChanged, this, [this](bool trusted) {
        if (!trusted)
            showUntrusted();
    });
}

void SessionView::showUntrusted()
{
    if (!m_trustBanner) {
        m_trustBanner = new TrustBanner(this);
        m_layout->insertWidget(1, m_trustBanner);
        connect(m_trustBanner, &TrustBanner::reviewRequested, this, &SessionView::reviewTrust);
    }
    m_trustBanner->setManifest(m_session->trust()->manifest());
    m_trustBanner->show();
}

void SessionView::showConnectionLost(const QString &message)
{
    if (m_lostBanner)
        return;
    m_lostSince = QLocale().toString(QTime::currentTime(), QLocale::ShortFormat);
    m_lostBanner = new QLabel(this);
    m_lostBanner->setObjectName(QStringLiteral("connectionLostBanner"));
    m_lostBanner->setWordWrap(true);
    m_lostBanner->setStyleSheet(QStringLiteral(
        "background:#fee2e2; color:#7f1d1d; border-bottom:2px solid #dc2626; padding:8px 14px;"));
    m_lostBanner->setText(
        tr("<b>No connection to the server since %1.</b> Nothing can be changed here until "
           "it is back, not even a rollback (its intent could not be recorded): roll back at "
           "the load balancer if you must, and log it afterwards. Everything committed before "
           "is safe on the server; the cockpit tries again every few seconds and reads the "
           "session anew when it answers.")
            .arg(m_lostSince));
    m_lostBanner->setToolTip(message);
    m_layout->insertWidget(1, m_lostBanner);
    m_strip->setConnectionLost(message);
    // The last state read stays visible but cannot be acted on.
    m_tabs->setEnabled(false);
    m_phasePanel->setEnabled(false);
    // Rolling back writes its intent first, which the server would have to take: not from here, not now.
    for (QAction *a : m_commands->sessionActions())
        a->setEnabled(false);
    for (QAction *a : { m_commands->metricSourcesAction(), m_commands->exportReportAction() })
        a->setEnabled(false);
    Q_EMIT connectionLostChanged(true);
}

void SessionView::reviewTrust()
{
    TrustDialog dialog(m_session->trust()->manifest(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_session->trust()->trust();
    Q_EMIT trustGranted(m_session->path());
}

void SessionView::changeSignaturePolicy()
{
    const SignaturePolicy current = m_session->signaturePolicy();
    const SignaturePolicy next
        = current == SignaturePolicy::Required ? SignaturePolicy::Declared : SignaturePolicy::Required;
    const auto answer = QMessageBox::question(this, tr("Signature policy"),
        tr("This session's signatures are %1. Change them to %2? The change is itself signed and recorded.")
            .arg(SignaturePolicyText::label(current), SignaturePolicyText::label(next)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    CutoverSession *session = m_session.get();
    // Signed under the policy in force now.
    SignatureDialog dialog(
        tr("Change the signature policy"), current, m_identity,
        [session, next](const QString &principal, const QString &name) {
            return session->policyChangeStatement(next, principal, name);
        },
        [session, next](
            const ElectronicSignature &signature) { return session->setSignaturePolicy(next, signature); },
        this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (m_log)
        m_log->setSigning(m_identity, next);
    if (m_result)
        m_result->setSigning(m_identity, next);
    m_strip->updateHash();
}

void SessionView::addRuntimePanels(UserIdentity *identity)
{
    // The lead's window follows the session file: what another cockpit or cutoverctl commits shows here
    // within a second (every panel, the strip and the audit head).
    SessionRuntime::Options options;
    options.followIntervalMs = 1000;
    m_runtime = std::make_unique<SessionRuntime>(m_session.get(), options);
    SessionRuntime *runtime = m_runtime.get();
    connect(runtime, &SessionRuntime::committed, m_strip, &SessionStatusStrip::updateHash);
    connect(runtime, &SessionRuntime::connectionLost, this, &SessionView::showConnectionLost);
    connect(runtime, &SessionRuntime::connectionRetried, this, [this](const QString &error) {
        if (m_lostBanner)
            m_lostBanner->setToolTip(tr("Last try: %1").arg(error));
    });
    connect(runtime, &SessionRuntime::connectionBack, this, [this] {
        Q_EMIT reopenRequested(m_session->path(),
            tr("The server is back (lost since %1): the session was read again from the server.")
                .arg(m_lostSince));
    });
    if (m_demo)
        runtime->startDemoMetrics(); // before the markers are drawn: the demo has its own step timeline
    runtime->setActor(identity->name());
    const bool readOnly = m_session->isReadOnly();

    m_traffic = new TrafficPanel(runtime->engine(), m_tabs);
    m_traffic->setActor(identity->name());
    m_traffic->setReadOnly(readOnly);
    // The window's Roll back action (Ctrl+Shift+B) works from every tab; the panel's own shortcut
    // for it would make the key ambiguous.
    for (QShortcut *shortcut : m_traffic->findChildren<QShortcut *>())
        if (shortcut->key() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B))
            shortcut->setEnabled(false);
    m_tabs->addTab(m_traffic, QString());

    m_metrics = new MetricsDashboard(runtime->hub(), m_tabs);
    m_tabs->addTab(m_metrics, QString());
    for (const SessionRuntime::StepMark &mark : runtime->stepHistory())
        m_metrics->addMarker(mark.at, mark.label, MetricsDashboard::MarkerKind::Step);
    connect(runtime, &SessionRuntime::stepConfirmed, m_metrics, [this](const SessionRuntime::StepMark &mark) {
        m_metrics->addMarker(mark.at, mark.label, MetricsDashboard::MarkerKind::Step);
    });
    connect(runtime->engine(), &CutoverEngine::gatesFinished, m_metrics, [this](GateOutcome outcome) {
        using K = MetricsDashboard::MarkerKind;
        const K kind = outcome == GateOutcome::Passed ? K::GatePass
            : outcome == GateOutcome::Failed          ? K::GateFail
                                                      : K::GateInconclusive;
        m_metrics->addMarker(QDateTime::currentDateTime(), tr("gate: %1").arg(gateOutcomeKey(outcome)), kind);
    });

    m_log = new IncidentLogPanel(runtime->log(), runtime->outbox(), m_tabs);
    m_log->setUserName(identity->name());
    m_log->setSigning(identity, m_session->signaturePolicy());
    m_tabs->addTab(m_log, QString());

    m_result = new ResultPanel(m_session.get(), runtime->lessons(), m_tabs);
    m_result->setRuntime(runtime);
    m_result->setActor(identity->name());
    m_result->setSigning(identity, m_session->signaturePolicy());
    m_tabs->addTab(m_result, QString());

    connect(identity, &UserIdentity::nameChanged, this, [this](const QString &name) {
        m_runtime->setActor(name);
        m_traffic->setActor(name);
        m_log->setUserName(name);
        m_result->setActor(name);
    });

    m_commands = new SessionCommands(this);
    m_indicators = new RuntimeIndicators(runtime->engine(), runtime->log());
    m_indicators->setRollbackAction(m_commands->rollbackAction());
    connect(runtime, &SessionRuntime::problem, m_indicators, &RuntimeIndicators::showProblem);
    m_strip->addIndicator(m_indicators);
    // A parked notification (its receiver keeps refusing it) is an alarm wherever the lead is looking:
    // the status strip names it, and the Incident log tab carries the count until it is retried or dropped.
    Outbox *outbox = runtime->outbox();
    connect(outbox, &Outbox::parked, m_indicators, [this](qint64 id, const QString &channel) {
        m_indicators->showProblem(
            tr("Notification %1 to %2 is parked: the receiver keeps refusing it (Incident log tab).")
                .arg(id)
                .arg(channel));
    });
    connect(outbox, &Outbox::messagesChanged, this, &SessionView::updateLogTabTitle);
}

SessionView::~SessionView()
{
    // The panels and models refer to the session and its runtime; remove them before those go.
    delete m_commands;
    delete m_tabs;
    delete m_phasePanel;
    delete m_strip;
    delete m_checklistModel;
    delete m_phaseModel;
    delete m_actions;
}

void SessionView::showTab(Tab tab)
{
    if (tab == Tab::Checklist) {
        showChecklist();
        return;
    }
    m_tabs->setCurrentIndex(int(tab));
    m_tabs->currentWidget()->setFocus();
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
    const QString names[]
        = { tr("Checklist"), tr("Traffic"), tr("Metrics"), tr("Incident log"), tr("Result && report") };
    const QString tips[] = { tr("The checklist of the selected phase"),
        tr("The traffic shift: split, plan, gates"), tr("Live metrics of the old and the new path"),
        tr("What happened, verified by a second person"),
        tr("Result statement, lessons learned and the report") };
    for (int i = 0; i < int(Tab::Count); ++i) {
        m_tabs->setTabText(i, names[i]);
        m_tabs->setTabToolTip(i, tr("%1 (Ctrl+%2)").arg(tips[i]).arg(i + 1));
    }
    updateLogTabTitle();
    if (m_commands)
        m_commands->retranslate();
    m_goalTitle->setText(tr("Goal"));
    const QString goal = m_session->info().goal;
    m_goal->setText(goal.isEmpty() ? tr("No goal statement was given for this session.") : goal);
}

void SessionView::updateLogTabTitle()
{
    const qsizetype parked = m_runtime ? m_runtime->outbox()->parkedMessages().size() : 0;
    m_tabs->setTabText(int(Tab::Log),
        parked > 0 ? tr("Incident log – %n notification(s) parked", nullptr, int(parked))
                   : tr("Incident log"));
}
