// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklist/SignOffDelegate.h"

#include "checklist/ChecklistModel.h"
#include "checklist/CutoverSession.h"
#include "identity/SignatureManifestation.h"
#include "signing/SignatureAct.h"
#include "signing/SignatureStore.h"
#include "store/SessionStore.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

namespace {

QFont markerFont(const QFont &font)
{
    QFont f = font;
    f.setPointSizeF(f.pointSizeF() * 0.85);
    return f;
}

constexpr int chipPadding = 5; // left and right of the marker's text
constexpr int cellMargin = 4;

}

SignOffDelegate::SignOffDelegate(CutoverSession *session, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_session(session)
{
    connect(session, &CutoverSession::itemChanged, this, [this](qint64 id) { m_declared.remove(id); });
    connect(session, &CutoverSession::reloaded, this, [this] { m_declared.clear(); });
}

QString SignOffDelegate::markerText()
{
    return tr("declared, not verified");
}

int SignOffDelegate::markerWidth(const QFont &font)
{
    // + 4: the grid line and rounding of the scaled font, so the marker is never elided.
    return QFontMetrics(markerFont(font)).horizontalAdvance(markerText()) + 2 * (chipPadding + cellMargin)
        + 4;
}

bool SignOffDelegate::readDeclared(qint64 itemId) const
{
    const QSqlDatabase db = m_session->store()->database();
    if (!SignatureStore::existsIn(db))
        return true; // signed off before there were signatures: nobody's key proves it
    const QList<SignatureRecord> rows = SignatureStore::forEntity(db, QStringLiteral("item"), itemId);
    for (auto it = rows.crbegin(); it != rows.crend(); ++it)
        if (it->act == SignatureAct::itemSignOff)
            return it->isDeclared();
    return true;
}

bool SignOffDelegate::isDeclared(const QModelIndex &index) const
{
    if (index.data(ChecklistModel::SignedOffByRole).toString().isEmpty())
        return false;
    const qint64 id = index.data(ChecklistModel::ItemIdRole).toLongLong();
    auto it = m_declared.constFind(id);
    if (it == m_declared.constEnd())
        it = m_declared.insert(id, readDeclared(id));
    return *it;
}

QString SignOffDelegate::declaredToolTip(const QModelIndex &index) const
{
    if (!isDeclared(index))
        return QString();
    const qint64 id = index.data(ChecklistModel::ItemIdRole).toLongLong();
    QString tip = tr("Identity declared, not verified: %1 is the operating-system account that recorded the "
                     "sign-off; no key proves who it was.")
                      .arg(index.data(ChecklistModel::SignedOffByRole).toString());
    const QString manifestation = SignatureManifestation::latest(
        m_session->store(), SignatureAct::itemSignOff, QStringLiteral("item"), id);
    if (!manifestation.isEmpty())
        tip += QLatin1Char('\n') + manifestation;
    return tip;
}

void SignOffDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (!isDeclared(index)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const QString principal = opt.text;
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // background and selection

    const QFontMetrics fm(opt.font);
    const QFont small = markerFont(opt.font);
    const QFontMetrics sm(small);
    const QRect r = opt.rect.adjusted(cellMargin, 0, -cellMargin, 0);
    const int chipHeight = sm.height() + 2;
    const int top = r.top() + qMax(0, (r.height() - fm.height() - 2 - chipHeight) / 2);
    painter->save();
    painter->setFont(opt.font);
    painter->setPen(
        opt.palette.color(opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(QRect(r.left(), top, r.width(), fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
        fm.elidedText(principal, Qt::ElideRight, r.width()));
    const QString text = sm.elidedText(markerText(), Qt::ElideRight, r.width() - 2 * chipPadding);
    const QRect chip(
        r.left(), top + fm.height() + 2, sm.horizontalAdvance(text) + 2 * chipPadding, chipHeight);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(0xfd, 0xe6, 0x8a)); // the amber of "identities declared" in the status strip
    painter->drawRoundedRect(chip, 3, 3);
    painter->setFont(small);
    painter->setPen(QColor(0x1f, 0x29, 0x37));
    painter->drawText(chip, Qt::AlignCenter, text);
    painter->restore();
}

QSize SignOffDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (isDeclared(index)) {
        const QFontMetrics fm(option.font);
        size.setWidth(qMax(size.width(), markerWidth(option.font)));
        size.setHeight(qMax(size.height(), fm.height() + QFontMetrics(markerFont(option.font)).height() + 6));
    }
    return size;
}

bool SignOffDelegate::helpEvent(
    QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() == QEvent::ToolTip) {
        if (const QString tip = declaredToolTip(index); !tip.isEmpty()) {
            QToolTip::showText(event->globalPos(), tip, view);
            return true;
        }
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}
