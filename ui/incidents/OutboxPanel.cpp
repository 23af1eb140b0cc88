// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidents/OutboxPanel.h"

#include "notify/Outbox.h"
#include "notify/OutboxModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

OutboxPanel::OutboxPanel(Outbox *outbox, QWidget *parent)
    : QGroupBox(tr("Notifications (verified entries, step changes, result)"), parent)
    , m_outbox(outbox)
    , m_model(new OutboxModel(outbox, this))
    , m_alarm(new QLabel(this))
    , m_view(new QTableView(this))
    , m_retry(new QPushButton(tr("Send a&gain"), this))
    , m_drop(new QPushButton(tr("&Drop…"), this))
{
    m_alarm->setObjectName(QStringLiteral("outboxAlarm"));
    m_alarm->setWordWrap(true);
    m_alarm->setStyleSheet(QStringLiteral("QLabel { background: #c62828; color: white; font-weight: bold; "
                                          "padding: 6px; border-radius: 3px; }"));
    m_view->setObjectName(QStringLiteral("outboxTable"));
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(OutboxModel::SummaryColumn, QHeaderView::Stretch);
    m_retry->setObjectName(QStringLiteral("outboxRetry"));
    m_drop->setObjectName(QStringLiteral("outboxDrop"));
    m_retry->setToolTip(tr("Send the selected parked message again (its attempts start over)"));
    m_drop->setToolTip(tr("Give up the selected parked message; it is never sent (a reason is recorded)"));

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_drop);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_alarm);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_retry, &QPushButton::clicked, this, [this] { retrySelected(); });
    connect(m_drop, &QPushButton::clicked, this, &OutboxPanel::askDrop);
    connect(
        m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &OutboxPanel::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &OutboxPanel::updateActions);
    connect(outbox, &Outbox::messagesChanged, this, &OutboxPanel::updateAlarm);
    connect(outbox, &Outbox::parked, this, [this](qint64 id, const QString &channel, const QString &why) {
        Q_EMIT messageShown(
            tr("Notification %1 to %2 is parked (%3): send it again or drop it.").arg(id).arg(channel, why),
            true);
    });
    updateAlarm();
    updateActions();
}

void OutboxPanel::setUserName(const QString &name)
{
    m_userName = name;
    updateActions();
}

void OutboxPanel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateActions();
}

qint64 OutboxPanel::selectedMessageId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(OutboxModel::MessageIdRole).toLongLong();
}

QString OutboxPanel::alarmText() const
{
    return m_alarm->isVisibleTo(this) ? m_alarm->text() : QString();
}

ActionResult OutboxPanel::retrySelected()
{
    const qint64 id = selectedMessageId();
    const ActionResult r = id > 0 ? m_outbox->retryParked(id, m_userName)
                                  : ActionResult::failure(tr("Select the parked message first."));
    Q_EMIT messageShown(r ? tr("Message %1 is queued again.").arg(id) : r.error, !r);
    return r;
}

ActionResult OutboxPanel::dropSelected(const QString &reason)
{
    const qint64 id = selectedMessageId();
    const ActionResult r = id > 0 ? m_outbox->dropParked(id, m_userName, reason)
                                  : ActionResult::failure(tr("Select the parked message first."));
    Q_EMIT messageShown(r ? tr("Message %1 is dropped; it is never sent.").arg(id) : r.error, !r);
    return r;
}

void OutboxPanel::askDrop()
{
    const qint64 id = selectedMessageId();
    if (id <= 0)
        return;
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Drop message %1").arg(id),
        tr("Why is message %1 given up? (It is never sent; the reason is recorded.)").arg(id),
        QLineEdit::Normal, QString(), &ok);
    if (ok)
        dropSelected(reason);
}

void OutboxPanel::updateAlarm()
{
    const QList<OutboxMessage> parked = m_outbox->parkedMessages();
    m_alarm->setVisible(!parked.isEmpty());
    if (parked.isEmpty())
        return;
    QStringList ids;
    for (const OutboxMessage &m : parked)
        ids << QStringLiteral("%1 (%2)").arg(m.id).arg(m.channel);
    m_alarm->setText(tr("%n notification(s) parked: the receiver kept refusing them; later ones go on. "
                        "Select one, then send it again or drop it: %1",
        nullptr, int(parked.size()))
                         .arg(ids.join(QStringLiteral(", "))));
}

void OutboxPanel::updateActions()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const bool parked = !rows.isEmpty()
        && rows.first().data(OutboxModel::StateKeyRole).toString()
            == OutboxMessage::stateKey(OutboxMessage::State::Parked);
    const bool can = parked && !m_readOnly && !m_userName.isEmpty();
    m_retry->setEnabled(can);
    m_drop->setEnabled(can);
}
