// SPDX-License-Identifier: GPL-3.0-or-later
#include "trust/TrustDialog.h"

#include "trust/SessionManifest.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

TrustDialog::TrustDialog(const SessionManifest &manifest, QWidget *parent)
    : QDialog(parent)
    , m_view(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Review what this session would run"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("A session file is data: it may have been written by anyone. Once you trust "
                                "it, the cockpit and cutoverctl run these programs and connect to these "
                                "databases and URLs for you. Trust it only if you expect every line."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    const int programs = int(manifest.entries(SessionManifest::Kind::Program).size());
    const int sql = int(manifest.entries(SessionManifest::Kind::Sql).size());
    const int urls = int(manifest.entries(SessionManifest::Kind::Url).size());
    auto *counts = new QLabel(tr("%n program(s)", nullptr, programs) + QStringLiteral(" \u00b7 ")
            + tr("%n SQL connection(s)", nullptr, sql) + QStringLiteral(" \u00b7 ")
            + tr("%n URL(s) or socket(s)", nullptr, urls),
        this);
    layout->addWidget(counts);
    m_view->setReadOnly(true);
    m_view->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_view->setPlainText(manifest.text() + QStringLiteral("\nsha256 ") + manifest.hash());
    m_view->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_view->setAccessibleName(tr("What the session would run"));
    m_view->setMinimumSize(720, 220);
    layout->addWidget(m_view, 1);
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *trust = buttons->addButton(tr("&Trust"), QDialogButtonBox::AcceptRole);
    QPushButton *keep = buttons->addButton(tr("&Keep read-only"), QDialogButtonBox::RejectRole);
    keep->setDefault(true); // Enter never trusts by accident
    trust->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_view->setFocus();
}
