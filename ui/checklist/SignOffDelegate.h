// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QStyledItemDelegate>

class CutoverSession;

// The Sign-off column: the signer's principal, and beneath it, when no key signed the sign-off (a declared
// session, or a sign-off from before signatures), an amber marker "declared, not verified", so the
// manifestation says in plain words that the identity was not verified; its tooltip says what that means
// and shows the manifestation. Whether a sign-off was signed is read from the session's signatures once per
// item and read again when the item changes.
class SignOffDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    SignOffDelegate(CutoverSession *session, QObject *parent = nullptr);

    static QString markerText(); // "declared, not verified" (translated)
    // The width the marker needs in this font (the column is sized by it).
    static int markerWidth(const QFont &font);
    // Whether the item at index is signed off with a declared identity (false without a sign-off, or when
    // a key signed it).
    bool isDeclared(const QModelIndex &index) const;
    // The tooltip of a declared sign-off (empty for any other cell).
    QString declaredToolTip(const QModelIndex &index) const;

    void paint(
        QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
        const QModelIndex &index) override;

private:
    bool readDeclared(qint64 itemId) const;

    CutoverSession *m_session;
    mutable QHash<qint64, bool> m_declared;
};
