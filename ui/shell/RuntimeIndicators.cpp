// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/RuntimeIndicators.h"
#include "core/Timestamps.h"

#include "incidents/IncidentLog.h"
#include "traffic/CutoverEngine.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>

namespace {

QLabel *makeLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    label->setFont(f);
    return label;
}

QString colored(const QString &color)
{
    return QStringLiteral("QLabel { color:%1; }").arg(color);
}

}

RuntimeIndicators::RuntimeIndicators(CutoverEngine *engine, IncidentLog *log, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_log(log)
    , m_split(makeLabel(this, QStringLiteral("stripSplit")))
    , m_step(makeLabel(this, QStringLiteral("stripStep")))
    , m_gate(makeLabel(this, QStringLiteral("stripGate")))
    , m_problem(makeLabel(this, QStringLiteral("stripProblem")))
    , m_logCount(makeLabel(this, QStringLiteral("stripLog")))
    , m_rollback(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(9);
    for (QWidget *w :
        std::initializer_list<QWidget *> { m_split, m_step, m_gate, m_problem, m_logCount, m_rollback })
        layout->addWidget(w);
    m_problem->setStyleSheet(QStringLiteral("QLabel { color:white; background:#dc2626; padding:1px 8px; "
                                            "border-radius:4px; }"));
    m_rollback->setObjectName(QStringLiteral("stripRollback"));
    m_rollback->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_rollback->setStyleSheet(
        QStringLiteral("QToolButton { color:white; background:#b91c1c; font-weight:bold; "
                       "padding:2px 10px; border-radius:4px; } "
                       "QToolButton:disabled { background:#4b5563; color:#d1d5db; }"));
    m_rollback->hide();

    using E = CutoverEngine;
    for (auto signal : { &E::planChanged, &E::backendChanged })
        connect(engine, signal, this, &RuntimeIndicators::updateTraffic);
    // The newest measurement on record, whether the engine has opened before this strip was built or not.
    const auto loadLastMeasurement = [this]() {
        const QList<GateMeasurement> recorded = m_engine->measurements();
        m_haveMeasurement = !recorded.isEmpty();
        if (m_haveMeasurement)
            m_lastMeasurement = recorded.constLast();
    };
    loadLastMeasurement();
    connect(engine, &E::opened, this, [this, loadLastMeasurement]() {
        loadLastMeasurement();
        updateTraffic();
    });
    connect(engine, &E::measurementRecorded, this, [this](const GateMeasurement &m) {
        m_haveMeasurement = true;
        m_lastMeasurement = m;
        updateTraffic();
    });
    connect(engine, &E::splitChanged, this, &RuntimeIndicators::updateTraffic);
    connect(engine, &E::stepChanged, this, &RuntimeIndicators::updateTraffic);
    connect(engine, &E::stateChanged, this, &RuntimeIndicators::updateTraffic);
    connect(engine, &E::backendError, this, &RuntimeIndicators::updateTraffic);
    connect(engine, &E::driftDetected, this, &RuntimeIndicators::updateTraffic);
    connect(engine, &E::gatesFinished, this, [this](GateOutcome outcome, const QString &reason) {
        m_haveOutcome = true;
        m_outcome = outcome;
        m_outcomeReason = reason;
        updateTraffic();
    });
    connect(log, &IncidentLog::entryAdded, this, &RuntimeIndicators::updateLog);
    connect(log, &IncidentLog::entryChanged, this, &RuntimeIndicators::updateLog);
    connect(log, &IncidentLog::reloaded, this, &RuntimeIndicators::updateLog);
    updateTraffic();
    updateLog();
}

void RuntimeIndicators::setRollbackAction(QAction *action)
{
    m_rollback->setDefaultAction(action);
    m_rollback->show();
}

void RuntimeIndicators::showProblem(const QString &message)
{
    m_otherProblem = message;
    updateTraffic();
}

QString RuntimeIndicators::splitText() const
{
    return m_split->text();
}
QString RuntimeIndicators::stepText() const
{
    return m_step->text();
}
QString RuntimeIndicators::gateText() const
{
    return m_gate->text();
}
QString RuntimeIndicators::problemText() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}
QString RuntimeIndicators::logText() const
{
    return m_logCount->text();
}

void RuntimeIndicators::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        updateTraffic();
        updateLog();
    }
    QWidget::changeEvent(event);
}

void RuntimeIndicators::updateTraffic()
{
    const bool configured = !m_engine->backendId().isEmpty() && !m_engine->plan().steps.isEmpty();
    m_step->setVisible(configured);
    m_gate->setVisible(configured);
    if (!configured) {
        m_split->setText(
            m_engine->backendId().isEmpty() ? tr("traffic: no backend configured") : tr("traffic: no plan"));
        m_split->setStyleSheet(colored(QStringLiteral("#d1d5db")));
    } else {
        const int p = m_engine->percentInForce();
        m_split->setText(tr("split old %1 | new %2").arg(100 - p).arg(p));
        m_split->setStyleSheet(QString());
        const int count = int(m_engine->plan().steps.size());
        const int step = m_engine->stepIndex() + 1;
        m_step->setText(
            step > 0 ? tr("step %1 of %2").arg(step).arg(count) : tr("not started (%1 steps)").arg(count));
        m_step->setToolTip(CutoverEngine::stateLabel(m_engine->state()));
        updateGate();
    }
    QString problem;
    if (m_engine->driftPercent() >= 0)
        problem = tr("DRIFT: new %1, not %2").arg(m_engine->driftPercent()).arg(m_engine->percentInForce());
    else if (!m_engine->lastBackendError().isEmpty())
        problem = tr("BACKEND ERROR");
    else if (!m_otherProblem.isEmpty())
        problem = tr("PROBLEM");
    m_problem->setText(problem);
    m_problem->setToolTip(m_engine->driftPercent() >= 0
            ? tr("The backend reports %1 % on the new path; the session intends %2 %. See the "
                 "Traffic tab.")
                  .arg(m_engine->driftPercent())
                  .arg(m_engine->percentInForce())
            : m_engine->lastBackendError().isEmpty() ? m_otherProblem
                                                     : m_engine->lastBackendError());
    m_problem->setVisible(!problem.isEmpty());
}

// The last verdict: the outcome of the step's gates when they decided, else the newest measurement (the
// gates watching a hold, or a session reopened mid-plan).
void RuntimeIndicators::updateGate()
{
    using V = GateMeasurement::Verdict;
    struct Look {
        QString text, color;
    };
    Look look { tr("gates: none yet"), QStringLiteral("#d1d5db") };
    QString tip;
    const bool watching = m_engine->state() == CutoverEngine::State::Holding && m_haveMeasurement;
    if (m_haveOutcome && !(watching && m_outcome == GateOutcome::Passed)) {
        const Look looks[] = { { tr("gates \u2713 passed"), QStringLiteral("#4ade80") },
            { tr("gates \u2717 failed"), QStringLiteral("#f87171") },
            { tr("gates ? inconclusive"), QStringLiteral("#fbbf24") } };
        look = looks[m_outcome == GateOutcome::Passed ? 0 : m_outcome == GateOutcome::Failed ? 1 : 2];
        tip = m_outcomeReason;
    } else if (m_haveMeasurement) {
        const GateMeasurement &m = m_lastMeasurement;
        const QString when = Timestamps::display(m.at);
        switch (m.verdict) {
        case V::Pass:
            look = { watching ? tr("gates \u2713 watching") : tr("gate \u2713 pass"),
                QStringLiteral("#4ade80") };
            break;
        case V::Fail:
            look = { tr("gate \u2717 fail"), QStringLiteral("#f87171") };
            break;
        case V::Inconclusive:
            look = { tr("gate ? inconclusive"), QStringLiteral("#fbbf24") };
            break;
        case V::NoData:
            look = { tr("gate ? no data"), QStringLiteral("#fbbf24") };
            break;
        case V::Error:
            look = { tr("gate ! error"), QStringLiteral("#f87171") };
            break;
        }
        tip = tr("%1 at %2: %3 (%4) \u2014 %5").arg(m.gate, when, m.value, m.condition, m.reason);
    }
    m_gate->setText(look.text);
    m_gate->setStyleSheet(colored(look.color));
    m_gate->setToolTip(tip);
}

void RuntimeIndicators::updateLog()
{
    int verified = 0, drafts = 0;
    for (const IncidentEntry &e : m_log->entries()) {
        if (e.isStakeholderVisible())
            ++verified;
        else if (e.state == IncidentEntry::State::Draft)
            ++drafts;
    }
    m_logCount->setText(drafts > 0 ? tr("log %1 verified \u00b7 %2 to verify").arg(verified).arg(drafts)
                                   : tr("log %1 verified").arg(verified));
}
