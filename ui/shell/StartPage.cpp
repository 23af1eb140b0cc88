// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/StartPage.h"

#include "shell/RecentSessions.h"
#include "store/SessionAddress.h"

#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
const int pathRole = Qt::UserRole;
}

StartPage::StartPage(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_new(new QPushButton(this))
    , m_open(new QPushButton(this))
    , m_openTeam(new QPushButton(this))
    , m_demo(new QPushButton(this))
    , m_recentTitle(new QLabel(this))
    , m_recent(new QTreeWidget(this))
    , m_noRecent(new QLabel(this))
{
    setObjectName(QStringLiteral("startPage"));
    auto *outer = new QHBoxLayout(this);
    outer->addStretch(1);
    auto *column = new QVBoxLayout;
    column->addStretch(1);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    column->addWidget(m_title);
    m_subtitle->setWordWrap(true);
    QFont subFont = m_subtitle->font();
    subFont.setPointSizeF(subFont.pointSizeF() * 1.2);
    m_subtitle->setFont(subFont);
    column->addWidget(m_subtitle);
    column->addSpacing(18);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : { m_new, m_open, m_openTeam, m_demo }) {
        QFont f = b->font();
        f.setPointSizeF(f.pointSizeF() * 1.2);
        b->setFont(f);
        b->setMinimumHeight(b->sizeHint().height() + 14);
        buttons->addWidget(b);
    }
    m_new->setDefault(true);
    column->addLayout(buttons);
    column->addSpacing(24);
    QFont recentFont = m_recentTitle->font();
    recentFont.setBold(true);
    recentFont.setPointSizeF(recentFont.pointSizeF() * 1.15);
    m_recentTitle->setFont(recentFont);
    column->addWidget(m_recentTitle);
    m_recent->setObjectName(QStringLiteral("recentSessions"));
    m_recent->setMinimumHeight(200);
    m_recent->setRootIsDecorated(false);
    m_recent->setColumnCount(2);
    m_recent->setUniformRowHeights(true);
    m_recent->header()->setStretchLastSection(true);
    m_recent->setStyleSheet(QStringLiteral("QTreeWidget::item { padding: 4px; }"));
    column->addWidget(m_recent);
    m_noRecent->setWordWrap(true);
    column->addWidget(m_noRecent);
    column->addStretch(2);
    auto *columnWidget = new QWidget(this);
    columnWidget->setLayout(column);
    columnWidget->setMaximumWidth(720);
    columnWidget->setMinimumWidth(520);
    outer->addWidget(columnWidget, 3);
    outer->addStretch(1);

    connect(m_new, &QPushButton::clicked, this, &StartPage::newRequested);
    connect(m_open, &QPushButton::clicked, this, &StartPage::openRequested);
    connect(m_openTeam, &QPushButton::clicked, this, &StartPage::openTeamRequested);
    connect(m_demo, &QPushButton::clicked, this, &StartPage::demoRequested);
    connect(m_recent, &QTreeWidget::itemActivated, this,
        [this](QTreeWidgetItem *item) { Q_EMIT recentRequested(item->data(0, pathRole).toString()); });
    retranslate();
}

void StartPage::refresh()
{
    m_recent->clear();
    const QStringList paths = RecentSessions::list();
    for (const QString &path : paths) {
        const QFileInfo fi(path);
        auto *item = new QTreeWidgetItem(m_recent);
        const SessionAddress team
            = SessionAddress::isPostgres(path) ? SessionAddress::parse(path, nullptr) : SessionAddress();
        const bool exists = team.isTeam() || fi.exists();
        if (team.isTeam()) {
            // Whether the server is up is found out on opening; asking it here would wait on the network.
            item->setText(0, team.sessionName());
            item->setText(1,
                tr("team session on %1 as %2")
                    .arg(team.serverLabel(), team.user().isEmpty() ? tr("you") : team.user()));
        } else {
            item->setText(0, fi.completeBaseName());
            item->setText(1, exists ? fi.absolutePath() : tr("%1 (missing)").arg(fi.absolutePath()));
        }
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        item->setData(0, pathRole, path);
        item->setToolTip(0, path);
        item->setToolTip(1, path);
        if (!exists)
            item->setDisabled(true);
    }
    m_recent->resizeColumnToContents(0);
    m_recent->setColumnWidth(0, m_recent->columnWidth(0) + 24);
    m_recent->setVisible(!paths.isEmpty());
    m_noRecent->setVisible(paths.isEmpty());
}

void StartPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void StartPage::retranslate()
{
    m_title->setText(tr("Cutover Cockpit"));
    m_subtitle->setText(tr("Lead a zero-downtime production cutover from its checklist: every step, sign-off "
                           "and note is saved at once and recorded in a tamper-evident audit trail."));
    m_new->setText(tr("New session\u2026"));
    m_open->setText(tr("Open session\u2026"));
    m_openTeam->setText(tr("Open team session\u2026"));
    m_openTeam->setToolTip(tr("A session on your team's PostgreSQL server, shared live with the others"));
    m_demo->setText(tr("Look at the demo"));
    m_demo->setToolTip(tr("A demo session mid-cutover, in a temporary folder"));
    m_recentTitle->setText(tr("Recent sessions"));
    m_recent->setHeaderLabels({ tr("Session"), tr("Where") });
    m_noRecent->setText(tr("No recent sessions yet. Sessions you create or open appear here."));
    refresh();
}
