// SPDX-License-Identifier: GPL-3.0-or-later
#include "trust/TrustBanner.h"

#include "trust/SessionManifest.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

TrustBanner::TrustBanner(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_review(new QPushButton(this))
{
    setObjectName(QStringLiteral("trustBanner"));
    setStyleSheet(QStringLiteral("#trustBanner { background: #fff3cd; border-bottom: 2px solid #b58100; } "
                                 "#trustBanner QLabel { color: #3d2c00; }"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_text, 1);
    m_review->setText(tr("&Review and trust\u2026"));
    m_review->setToolTip(tr("Shows every program, SQL connection and URL this session would use"));
    layout->addWidget(m_review);
    connect(m_review, &QPushButton::clicked, this, &TrustBanner::reviewRequested);
}

void TrustBanner::setManifest(const SessionManifest &manifest)
{
    m_text->setText(tr("<b>Untrusted:</b> this session %1 \u2014 nothing runs until you trust it. It is open "
                       "read-only.")
                        .arg(manifest.wouldRun().toHtmlEscaped()));
}
