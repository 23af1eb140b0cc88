// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/SessionCommands.h"

#include "checklist/CutoverSession.h"
#include "incidents/NotificationChannelsWidget.h"
#include "incidents/StatusPageControl.h"
#include "metrics/MetricSourcesDialog.h"
#include "report/ResultPanel.h"
#include "session/SessionRuntime.h"
#include "shell/SessionView.h"
#include "traffic/TrafficPanel.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QMenu>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {

// A non-modal dialog that hosts a widget; kept (hidden) between uses so its state stays.
QDialog *hostDialog(QWidget *parent, QWidget *content)
{
    auto *dialog = new QDialog(parent);
    auto *layout = new QVBoxLayout(dialog);
    content->setParent(dialog);
    layout->addWidget(content);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::hide);
    layout->addWidget(buttons);
    return dialog;
}

}

SessionCommands::SessionCommands(SessionView *view)
    : QObject(view)
    , m_view(view)
{
    const Qt::Key keys[] = { Qt::Key_1, Qt::Key_2, Qt::Key_3, Qt::Key_4, Qt::Key_5 };
    for (int i = 0; i < 5; ++i) {
        QAction *a = makeAction(QKeySequence(Qt::CTRL | keys[i]));
        connect(a, &QAction::triggered, this, [this, i] { m_view->showTab(SessionView::Tab(i)); });
        m_tabs << a;
    }
    const bool readOnly = view->session()->isReadOnly();
    m_statusPage = makeAction({});
    connect(m_statusPage, &QAction::triggered, this, &SessionCommands::showStatusPage);
    m_channels = makeAction({});
    connect(m_channels, &QAction::triggered, this, &SessionCommands::showChannels);
    m_metricSources = makeAction({});
    m_metricSources->setObjectName(QStringLiteral("metricSourcesAction"));
    connect(m_metricSources, &QAction::triggered, this, &SessionCommands::showMetricSources);
    m_backend = makeAction({});
    m_backend->setEnabled(!readOnly);
    connect(m_backend, &QAction::triggered, this, [this] {
        m_view->showTab(SessionView::Tab::Traffic);
        m_view->trafficPanel()->configureBackend();
    });
    m_rollback = makeAction(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    m_rollback->setObjectName(QStringLiteral("rollbackAction"));
    m_rollback->setEnabled(!readOnly);
    connect(m_rollback, &QAction::triggered, this, [this] {
        m_view->showTab(SessionView::Tab::Traffic);
        m_view->trafficPanel()->askRollback();
    });
    m_exportReport = makeAction({});
    connect(m_exportReport, &QAction::triggered, this, [this] {
        m_view->showTab(SessionView::Tab::Result);
        m_view->resultPanel()->exportReportInteractive();
    });
    retranslate();
}

SessionCommands::~SessionCommands()
{
    // The dialogs' widgets refer to the runtime, which goes before the view's children do.
    delete m_statusDialog;
    delete m_channelsDialog;
    delete m_metricSourcesDialog;
}

QAction *SessionCommands::makeAction(const QKeySequence &keys)
{
    auto *a = new QAction(this);
    a->setShortcut(keys);
    a->setShortcutContext(Qt::WindowShortcut);
    // Shortcuts of actions in the menu bar work from every tab; added to the view as well so they
    // also work when the actions are not (yet) in a menu.
    m_view->addAction(a);
    return a;
}

QList<QAction *> SessionCommands::sessionActions() const
{
    return { m_statusPage, m_channels, m_backend, m_rollback };
}

void SessionCommands::addToMenus(QMenu *file, QAction *beforeInFile, QMenu *view, QMenu *session)
{
    file->insertAction(beforeInFile, m_exportReport);
    view->insertActions(view->actions().value(0), m_tabs);
    session->addActions({ m_statusPage, m_channels, m_metricSources, m_backend });
    m_separator = session->addSeparator();
    session->addAction(m_rollback);
}

void SessionCommands::removeFromMenus(QMenu *file, QMenu *view, QMenu *session)
{
    file->removeAction(m_exportReport);
    for (QAction *a : m_tabs)
        view->removeAction(a);
    // Only its own: the window's actions in the Session menu (Signature policy, Sign in) stay.
    for (QAction *a : { m_statusPage, m_channels, m_metricSources, m_backend, m_rollback })
        session->removeAction(a);
    delete m_separator;
}

void SessionCommands::retranslate()
{
    const QString names[]
        = { tr("&Checklist"), tr("&Traffic"), tr("&Metrics"), tr("&Incident log"), tr("&Result && report") };
    for (int i = 0; i < m_tabs.size(); ++i)
        m_tabs.at(i)->setText(names[i]);
    m_statusPage->setText(tr("&Status page\u2026"));
    m_channels->setText(tr("&Notification channels\u2026"));
    m_metricSources->setText(tr("&Metric sources\u2026"));
    m_backend->setText(tr("&Traffic backend\u2026"));
    m_rollback->setText(tr("Roll &back\u2026"));
    m_rollback->setToolTip(tr("Roll back: all traffic to the old path, with a reason (%1)")
                               .arg(m_rollback->shortcut().toString(QKeySequence::NativeText)));
    m_exportReport->setText(tr("Export &report\u2026"));
}

void SessionCommands::showStatusPage()
{
    if (!m_statusDialog) {
        m_statusDialog = hostDialog(m_view, new StatusPageControl(m_view->runtime()->statusPage()));
        m_statusDialog->resize(560, 220);
    }
    m_statusDialog->setWindowTitle(tr("Stakeholder status page"));
    m_statusDialog->show();
    m_statusDialog->raise();
}

void SessionCommands::showChannels()
{
    if (!m_channelsDialog) {
        SessionRuntime *runtime = m_view->runtime();
        auto *channels = new NotificationChannelsWidget(runtime->secrets(), runtime->outbox());
        channels->setActor(runtime->actor());
        m_channelsDialog = hostDialog(m_view, channels);
        m_channelsDialog->resize(820, 260);
    }
    m_channelsDialog->setWindowTitle(tr("Notification channels"));
    m_channelsDialog->show();
    m_channelsDialog->raise();
}

// The dialog edits a value; the session's runtime stores it (audited) and restarts the source.
void SessionCommands::showMetricSources()
{
    SessionRuntime *runtime = m_view->runtime();
    if (!m_metricSourcesDialog) {
        m_metricSourcesDialog = new MetricSourcesDialog(m_view);
        connect(m_metricSourcesDialog, &MetricSourcesDialog::saveRequested, this,
            [this, runtime](const MetricSourceSettings &settings) {
                const ActionResult r = runtime->setMetricSource(settings, runtime->actor());
                if (r)
                    m_metricSourcesDialog->accept();
                else
                    m_metricSourcesDialog->showError(r.error);
            });
    }
    m_metricSourcesDialog->setSettings(runtime->metricSourceSettings());
    m_metricSourcesDialog->setReadOnly(m_view->session()->isReadOnly());
    m_metricSourcesDialog->show();
    m_metricSourcesDialog->raise();
}
