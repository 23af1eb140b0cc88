// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/SessionStatusStrip.h"

#include "checklist/CutoverSession.h"
#include "checklist/PhaseListModel.h"
#include "core/Timestamps.h"
#include "shell/UserIdentity.h"

#include <QClipboard>
#include <QEvent>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

QLabel *makeLabel(QWidget *parent, qreal scale, bool bold)
{
    auto *label = new QLabel(parent);
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * scale);
    f.setBold(bold);
    label->setFont(f);
    return label;
}

QLabel *makeBadge(QWidget *parent, const QString &style)
{
    QLabel *badge = makeLabel(parent, 1.3, true);
    badge->setStyleSheet(style);
    badge->setAlignment(Qt::AlignCenter);
    return badge;
}

}

SessionStatusStrip::SessionStatusStrip(
    CutoverSession *session, PhaseListModel *phases, UserIdentity *identity, bool demo, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_phases(phases)
    , m_identity(identity)
    , m_demo(demo)
    , m_name(makeLabel(this, 1.6, true))
    , m_mode(makeBadge(this,
          session->info().rehearsal
              ? QStringLiteral("background:#1d4ed8; color:white; padding:2px 12px; border-radius:4px;")
              : QStringLiteral("background:#dc2626; color:white; padding:2px 12px; border-radius:4px;")))
    , m_demoBadge(makeBadge(this,
          QStringLiteral("background:#f59e0b; color:#1f2937; padding:2px 12px; "
                         "border-radius:4px;")))
    , m_readOnlyBadge(makeBadge(this,
          QStringLiteral("background:#e5e7eb; color:#111827; padding:2px 12px; "
                         "border-radius:4px;")))
    , m_lostBadge(makeBadge(
          this, QStringLiteral("background:#dc2626; color:white; padding:2px 12px; border-radius:4px;")))
    , m_elapsed(makeLabel(this, 1.6, true))
    , m_user(makeLabel(this, 1.3, false))
    , m_key(makeLabel(this, 1.1, false))
    , m_identities(makeLabel(this, 1.0, true))
    , m_phase(makeLabel(this, 1.3, true))
    , m_checklist(makeLabel(this, 1.3, true))
    , m_hashLabel(makeLabel(this, 1.1, false))
    , m_copyHash(new QToolButton(this))
    , m_signIn(new QToolButton(this))
    , m_signOut(new QToolButton(this))
    , m_indicators(new QHBoxLayout)
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("sessionStatusStrip"));
    setAttribute(Qt::WA_StyledBackground, true);
    setStyleSheet(QStringLiteral("#sessionStatusStrip { background:#111827; } "
                                 "#sessionStatusStrip QLabel { color:#f9fafb; }"));
    m_name->setObjectName(QStringLiteral("stripSessionName"));
    m_mode->setObjectName(QStringLiteral("stripMode"));
    m_elapsed->setObjectName(QStringLiteral("stripElapsed"));
    m_elapsed->setStyleSheet(QStringLiteral("font-family: 'DejaVu Sans Mono', monospace;"));
    m_user->setObjectName(QStringLiteral("stripUser"));
    m_key->setObjectName(QStringLiteral("stripKey"));
    m_key->setStyleSheet(QStringLiteral("font-family: 'DejaVu Sans Mono', monospace; color:#d1d5db;"));
    m_identities->setObjectName(QStringLiteral("stripIdentities"));
    m_identities->setStyleSheet(
        QStringLiteral("background:#fde68a; color:#1f2937; padding:1px 6px; border-radius:4px;"));
    m_hashLabel->setObjectName(QStringLiteral("stripHeadHash"));
    m_hashLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_hashLabel->setStyleSheet(QStringLiteral("font-family: 'DejaVu Sans Mono', monospace; color:#d1d5db;"));
    m_copyHash->setStyleSheet(QStringLiteral("color:#f9fafb;"));
    m_copyHash->setAutoRaise(true);
    // Links in the identity area (light blue, underlined on the dark strip); hidden until the window gives
    // them its actions.
    for (QToolButton *b : { m_signIn, m_signOut }) {
        b->setAutoRaise(true);
        b->setCursor(Qt::PointingHandCursor);
        b->setStyleSheet(
            QStringLiteral("QToolButton { color:#93c5fd; text-decoration:underline; border:none; }"));
        b->hide();
    }
    m_signIn->setObjectName(QStringLiteral("stripSignIn"));
    m_signOut->setObjectName(QStringLiteral("stripSignOut"));
    m_demoBadge->setVisible(demo);
    m_readOnlyBadge->setVisible(session->isReadOnly());
    m_lostBadge->setObjectName(QStringLiteral("stripConnectionLost"));
    m_lostBadge->hide();

    auto *rows = new QVBoxLayout(this);
    rows->setContentsMargins(14, 8, 14, 8);
    rows->setSpacing(4);
    auto *top = new QHBoxLayout;
    top->setSpacing(14);
    top->addWidget(m_name);
    top->addWidget(m_mode);
    top->addWidget(m_demoBadge);
    top->addWidget(m_readOnlyBadge);
    top->addWidget(m_lostBadge);
    top->addStretch(1);
    top->addWidget(m_identities);
    top->addWidget(m_signIn);
    top->addWidget(m_signOut);
    top->addWidget(m_key);
    top->addSpacing(18);
    top->addWidget(m_elapsed);
    top->addSpacing(18);
    top->addWidget(m_user);
    rows->addLayout(top);
    auto *bottom = new QHBoxLayout;
    bottom->setSpacing(14);
    bottom->addWidget(m_phase);
    bottom->addWidget(m_checklist);
    bottom->addLayout(m_indicators);
    bottom->addStretch(1);
    bottom->addWidget(m_hashLabel);
    bottom->addWidget(m_copyHash);
    rows->addLayout(bottom);

    connect(
        m_copyHash, &QToolButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(m_hash); });
    connect(m_timer, &QTimer::timeout, this, &SessionStatusStrip::updateElapsed);
    connect(m_phases, &PhaseListModel::progressChanged, this, &SessionStatusStrip::updateProgress);
    connect(m_session, &CutoverSession::itemChanged, this, &SessionStatusStrip::updateHash);
    connect(m_session, &CutoverSession::reloaded, this, &SessionStatusStrip::updateHash);
    connect(m_identity, &UserIdentity::changed, this, &SessionStatusStrip::updateUser);
    m_timer->start(1000);
    retranslate();
}

void SessionStatusStrip::setConnectionLost(const QString &message)
{
    m_lostBadge->setVisible(!message.isEmpty());
    m_lostBadge->setToolTip(message);
}

bool SessionStatusStrip::isConnectionLost() const
{
    return !m_lostBadge->isHidden();
}

void SessionStatusStrip::addIndicator(QWidget *indicator)
{
    indicator->setParent(this);
    m_indicators->addWidget(indicator);
}

void SessionStatusStrip::setSignInActions(QAction *signIn, QAction *signOut)
{
    m_signIn->setDefaultAction(signIn);
    m_signOut->setDefaultAction(signOut);
    updateUser();
}

void SessionStatusStrip::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SessionStatusStrip::retranslate()
{
    m_name->setText(m_session->info().name);
    m_name->setToolTip(m_session->info().goal.isEmpty()
            ? m_session->path()
            : tr("Goal: %1\nFile: %2").arg(m_session->info().goal, m_session->path()));
    m_mode->setText(m_session->info().rehearsal ? tr("REHEARSAL") : tr("LIVE"));
    m_mode->setToolTip(m_session->info().rehearsal ? tr("A rehearsal: production is not affected by design.")
                                                   : tr("A live cutover: actions affect production."));
    m_demoBadge->setText(tr("DEMO"));
    m_demoBadge->setToolTip(tr("A demo session in a temporary folder; it is deleted when the program ends."));
    m_readOnlyBadge->setText(tr("READ-ONLY"));
    m_readOnlyBadge->setToolTip(tr("This session is open read-only; nothing can be changed here."));
    m_lostBadge->setText(tr("CONNECTION LOST"));
    m_copyHash->setText(tr("Copy"));
    m_copyHash->setToolTip(tr("Copy the full audit head hash to the clipboard"));
    updateElapsed();
    updateProgress();
    updateHash();
    updateUser();
}

void SessionStatusStrip::updateElapsed()
{
    const QDateTime created = m_session->info().createdAt;
    qint64 secs = created.isValid() ? qMax<qint64>(0, created.secsTo(Timestamps::now())) : 0;
    const QString text = QStringLiteral("%1:%2:%3")
                             .arg(secs / 3600, 2, 10, QLatin1Char('0'))
                             .arg((secs / 60) % 60, 2, 10, QLatin1Char('0'))
                             .arg(secs % 60, 2, 10, QLatin1Char('0'));
    m_elapsed->setText(tr("elapsed %1").arg(text));
    m_elapsed->setToolTip(tr("Time since the session was created (%1)").arg(Timestamps::display(created)));
}

void SessionStatusStrip::updateProgress()
{
    const int count = m_phases->rowCount();
    m_phase->setText(tr("phase %1/%2").arg(count == 0 ? 0 : m_phases->currentPhaseRow() + 1).arg(count));
    const int row = m_phases->currentPhaseRow();
    m_phase->setToolTip(row < 0 ? QString() : m_phases->index(row).data().toString());
    m_checklist->setText(tr("checklist %1/%2").arg(m_phases->overallDone()).arg(m_phases->overallTotal()));
}

void SessionStatusStrip::updateHash()
{
    m_hash = m_session->headHash();
    m_hashLabel->setText(tr("audit head %1\u2026").arg(m_hash.left(12)));
    m_hashLabel->setToolTip(
        tr("Head of the audit hash chain (%n records):\n%1\nKeep a copy to prove later that "
           "nothing was cut off the end.",
            nullptr, int(m_session->auditRecordCount()))
            .arg(m_hash));
    updateUser(); // the commit may have changed the signature policy (here, in another cockpit, by
                  // cutoverctl)
}

void SessionStatusStrip::updateUser()
{
    const Principal p = m_identity->principal();
    m_user->setText(tr("you: %1").arg(p.label()));
    const QString server = m_identity->server();
    m_user->setToolTip(!server.isEmpty()
            ? tr("The server %1 logged you in as %2 and records every action as %2, whatever this cockpit "
                 "says.")
                  .arg(server, p.name)
            : p.proven
            ? tr("You proved who you are with your signing key; every action is recorded as %1.").arg(p.name)
            : tr("Every action is recorded as %1, the operating-system account running the cockpit. The "
                 "display name is only shown beside it (Edit > Change your display name).")
                  .arg(p.name));
    const QString keyPath = m_identity->signingKeyPath();
    if (p.proven && !p.keyFingerprint.isEmpty()) {
        // The key that proved who acts, which need not be the one in the settings.
        m_key->setText(tr("key %1").arg(p.keyFingerprint.left(14) + QStringLiteral("\u2026")));
        m_key->setToolTip(tr("You signed in with the key %1.").arg(p.keyFingerprint));
    } else if (keyPath.isEmpty()) {
        m_key->setText(tr("no signing key"));
        m_key->setToolTip(tr("No signing key is set (Edit > Signing keys\u2026)."));
    } else {
        const QString fp = m_identity->signingKeyFingerprint();
        // Short in the strip; the full fingerprint and the path in the tooltip.
        m_key->setText(fp.isEmpty() ? tr("key %1").arg(QFileInfo(keyPath).fileName())
                                    : tr("key %1").arg(fp.left(19) + QStringLiteral("\u2026")));
        m_key->setToolTip(tr("Signing key: %1\n%2").arg(keyPath, fp));
    }
    const bool required = m_session->signaturePolicy() == SignaturePolicy::Required;
    if (!required && !server.isEmpty()) {
        m_identities->setText(tr("team session; server login"));
        m_identities->setToolTip(tr("A team session on %1: everyone logs in to the server as their own role, "
                                    "and the server records who did what and enforces the four-eyes rule.")
                                     .arg(server));
    } else if (!required) {
        m_identities->setText(tr("identities declared, not verified"));
        m_identities->setToolTip(tr("In this session people are who their operating-system account says; no "
                                    "signature proves it."));
    } else if (p.proven) {
        // The principal is beside it ("you: ..."); said once keeps the strip narrow for long principals.
        m_identities->setText(tr("signatures required; signed in"));
        m_identities->setToolTip(
            tr("You proved with your key that you are %1: every action is recorded so.").arg(p.name));
    } else {
        m_identities->setText(tr("signatures required; not signed in"));
        m_identities->setToolTip(tr("Nobody proved who they are: the session is open read-only. Sign in with "
                                    "your key to work in it."));
    }
    m_signIn->setVisible(required && m_signIn->defaultAction());
    m_signOut->setVisible(required && p.proven && m_signOut->defaultAction());
}
