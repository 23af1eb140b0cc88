// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklist/ItemDetailsView.h"

#include "core/Timestamps.h"
#include "identity/SignatureManifestation.h"
#include "signing/SignatureAct.h"

#include "checklist/CutoverSession.h"
#include "checklist/StatusDelegate.h"

#include <QEvent>
#include <QLocale>
#include <QUrl>

namespace {

QString row(const QString &label, const QString &html)
{
    return QStringLiteral("<tr><td style='padding-right:12px; color:#4b5563;'><b>%1</b></td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), html);
}

QString text(const QString &plain)
{
    return plain.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString time(const QDateTime &t)
{
    return Timestamps::display(t);
}

}

ItemDetailsView::ItemDetailsView(CutoverSession *session, QWidget *parent)
    : QTextBrowser(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("itemDetails"));
    setOpenExternalLinks(true);
    setFrameShape(QFrame::StyledPanel);
    connect(m_session, &CutoverSession::itemChanged, this, [this](qint64 id) {
        if (id == m_itemId)
            refresh();
    });
    connect(m_session, &CutoverSession::reloaded, this, &ItemDetailsView::refresh);
    refresh();
}

void ItemDetailsView::showItem(qint64 itemId)
{
    m_itemId = itemId;
    refresh();
}

void ItemDetailsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QTextBrowser::changeEvent(event);
}

void ItemDetailsView::refresh()
{
    if (m_itemId == 0 || !m_session->hasItem(m_itemId)) {
        setHtml(QStringLiteral("<p style='color:#6b7280;'>%1</p>")
                    .arg(tr("Select an item to see its full record.").toHtmlEscaped()));
        return;
    }
    const ChecklistItem it = m_session->item(m_itemId);
    QString status = QStringLiteral("<span style='color:%1; font-weight:bold;'>%2 %3</span>")
                         .arg(StatusDelegate::colour(it.status).name(), StatusDelegate::symbol(it.status),
                             ItemStatusText::label(it.status).toHtmlEscaped());
    if (!it.completedBy.isEmpty())
        status += QStringLiteral(" &middot; ") + tr("completed by %1").arg(it.completedBy).toHtmlEscaped();
    if (!it.signedOffBy.isEmpty()) {
        // The manifestation of the signature: printed name, principal, time, meaning (declared or not).
        const QString signedBy = SignatureManifestation::latest(
            m_session->store(), SignatureAct::itemSignOff, QStringLiteral("item"), it.id);
        status += QStringLiteral(" &middot; ")
            + tr("signed off by %1").arg(signedBy.isEmpty() ? it.signedOffBy : signedBy).toHtmlEscaped();
    } else if (it.signOffRequired)
        status += QStringLiteral(" &middot; ") + tr("needs a sign-off by a second person").toHtmlEscaped();

    QString html = QStringLiteral("<table cellspacing='2'>");
    html += row(tr("Task"), QStringLiteral("<b>%1</b>").arg(text(it.task)));
    html += row(tr("Expected result"), text(it.expected));
    html += row(tr("Status"), status);
    if (it.status == ItemStatus::Skipped)
        html += row(tr("Skipped because"), text(it.skipReason));
    html += row(tr("Owner"), it.owner.isEmpty() ? QStringLiteral("&ndash;") : text(it.owner));
    if (it.actualStart.isValid() || it.actualEnd.isValid()) {
        QString times = it.actualStart.isValid() ? tr("started %1").arg(time(it.actualStart)) : QString();
        if (it.actualEnd.isValid())
            times += (times.isEmpty() ? QString() : QStringLiteral(" \u00b7 "))
                + tr("ended %1").arg(time(it.actualEnd));
        html += row(tr("Time"), times.toHtmlEscaped());
    }
    html += row(tr("Notes"), it.notes.isEmpty() ? QStringLiteral("&ndash;") : text(it.notes));
    QStringList links;
    for (const QString &link : it.evidence) {
        const QUrl url = QUrl::fromUserInput(link);
        links << QStringLiteral("<a href='%1'>%2</a>")
                     .arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(), link.toHtmlEscaped());
    }
    html += row(
        tr("Evidence"), links.isEmpty() ? QStringLiteral("&ndash;") : links.join(QStringLiteral("<br>")));
    html += QStringLiteral("</table>");
    setHtml(html);
}
