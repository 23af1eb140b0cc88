// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklist/ChecklistPanel.h"

#include "checklist/ChecklistActions.h"
#include "checklist/ChecklistFilterProxy.h"
#include "checklist/ChecklistModel.h"
#include "checklist/ChecklistProgressHeader.h"
#include "checklist/CutoverSession.h"
#include "checklist/ItemDetailsView.h"
#include "checklist/ItemInputDialogs.h"
#include "checklist/PhaseListModel.h"
#include "checklist/SignOffDelegate.h"
#include "checklist/SingleLineDelegate.h"
#include "checklist/StatusDelegate.h"
#include "core/Timestamps.h"
#include "shell/ActionReasonDialog.h"
#include "shell/MessageBar.h"
#include "shell/TimeDelegate.h"
#include "shell/UserIdentity.h"
#include "signing/SignatureDialog.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QResizeEvent>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

ChecklistPanel::ChecklistPanel(ChecklistModel *model, PhaseListModel *phases, ChecklistActions *actions,
    UserIdentity *identity, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_phases(phases)
    , m_actions(actions)
    , m_identity(identity)
    , m_proxy(new ChecklistFilterProxy(this))
    , m_header(new ChecklistProgressHeader(phases, this))
    , m_keysHint(new QLabel(this))
    , m_messageBar(new MessageBar(this))
    , m_table(new QTableView(this))
    , m_details(new ItemDetailsView(actions->session(), this))
{
    m_proxy->setSourceModel(model);
    m_proxy->setCurrentUser(identity->name());
    createActions();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);

    auto *filterRow = new QHBoxLayout;
    for (QAction *a : { m_openOnly, m_mine }) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(a);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        filterRow->addWidget(button);
    }
    filterRow->addSpacing(16);
    m_keysHint->setWordWrap(true);
    QPalette hintPalette = m_keysHint->palette();
    hintPalette.setColor(QPalette::WindowText, hintPalette.color(QPalette::PlaceholderText));
    m_keysHint->setPalette(hintPalette);
    filterRow->addWidget(m_keysHint, 1);
    layout->addLayout(filterRow);
    layout->addWidget(m_messageBar);

    m_table->setObjectName(QStringLiteral("checklistTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(true);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setItemDelegateForColumn(ChecklistModel::Status, new StatusDelegate(m_table));
    auto *times = new TimeDelegate(m_table);
    m_table->setItemDelegateForColumn(ChecklistModel::ActualStart, times);
    m_table->setItemDelegateForColumn(ChecklistModel::ActualEnd, times);
    m_table->setItemDelegateForColumn(ChecklistModel::Evidence, new SingleLineDelegate(m_table));
    m_table->setItemDelegateForColumn(
        ChecklistModel::SignOff, new SignOffDelegate(m_actions->session(), m_table));
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() * 2 + 12);
    m_table->horizontalHeader()->setSectionResizeMode(ChecklistModel::Task, QHeaderView::Stretch);
    m_table->installEventFilter(this);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    split->addWidget(m_table);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    connect(m_table, &QTableView::customContextMenuRequested, this, &ChecklistPanel::showContextMenu);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        switch (index.column()) {
        case ChecklistModel::Owner:
            editText(EditOwner);
            break;
        case ChecklistModel::Evidence:
            editText(EditEvidence);
            break;
        default:
            editText(EditNotes);
            break;
        }
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &ChecklistPanel::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this] { m_details->showItem(currentItemId()); });
    connect(m_actions->session(), &CutoverSession::itemChanged, this, &ChecklistPanel::updateActions);
    connect(m_actions, &ChecklistActions::actionFailed, this, [this](const QString &message) {
        m_messageBar->showError(
            message, tr("Nothing was recorded for this action. Correct it and try again."));
    });
    connect(identity, &UserIdentity::nameChanged, m_proxy, &ChecklistFilterProxy::setCurrentUser);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ChecklistPanel::updateActions);
    retranslate();
    updateActions();
}

void ChecklistPanel::createActions()
{
    const QKeySequence keys[ItemActionCount] = { QKeySequence(Qt::Key_I), QKeySequence(Qt::Key_D),
        QKeySequence(Qt::Key_F), QKeySequence(Qt::Key_S), QKeySequence(Qt::Key_R),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), QKeySequence(), QKeySequence(Qt::Key_Return),
        QKeySequence(Qt::Key_E), QKeySequence(Qt::Key_O) };
    for (int i = 0; i < ItemActionCount; ++i) {
        auto *a = new QAction(this);
        a->setShortcut(keys[i]);
        // Plain letter keys act only while the checklist has the focus; Return is handled by the table.
        a->setShortcutContext(i == EditNotes ? Qt::WidgetShortcut : Qt::WidgetWithChildrenShortcut);
        addAction(a);
        m_itemActions[i] = a;
    }
    connect(
        m_itemActions[Start], &QAction::triggered, this, [this] { changeStatus(ItemStatus::InProgress); });
    connect(m_itemActions[Done], &QAction::triggered, this, [this] { changeStatus(ItemStatus::Done); });
    connect(m_itemActions[Fail], &QAction::triggered, this, [this] { changeStatus(ItemStatus::Failed); });
    connect(m_itemActions[Reopen], &QAction::triggered, this, [this] { changeStatus(ItemStatus::Open); });
    connect(m_itemActions[Skip], &QAction::triggered, this, &ChecklistPanel::skip);
    connect(m_itemActions[SignOff], &QAction::triggered, this, &ChecklistPanel::signOff);
    connect(m_itemActions[WithdrawSignOff], &QAction::triggered, this, &ChecklistPanel::withdrawSignOff);
    connect(m_itemActions[EditNotes], &QAction::triggered, this, [this] { editText(EditNotes); });
    connect(m_itemActions[EditEvidence], &QAction::triggered, this, [this] { editText(EditEvidence); });
    connect(m_itemActions[EditOwner], &QAction::triggered, this, [this] { editText(EditOwner); });

    m_openOnly = new QAction(this);
    m_openOnly->setCheckable(true);
    m_openOnly->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(m_openOnly, &QAction::toggled, m_proxy, &ChecklistFilterProxy::setOpenOnly);
    m_mine = new QAction(this);
    m_mine->setCheckable(true);
    m_mine->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    connect(m_mine, &QAction::toggled, this, [this](bool on) { m_proxy->setMineOnly(on); });
}

QList<QAction *> ChecklistPanel::itemActions() const
{
    return QList<QAction *>(std::begin(m_itemActions), std::end(m_itemActions));
}

void ChecklistPanel::retranslate()
{
    const QString texts[ItemActionCount] = { tr("&Start"), tr("&Done"), tr("&Failed"), tr("S&kip\u2026"),
        tr("&Reopen"), tr("Sign &off\u2026"), tr("&Withdraw my sign-off\u2026"), tr("Edit &notes\u2026"),
        tr("Add &evidence\u2026"), tr("Se&t owner\u2026") };
    const QString tips[ItemActionCount] = {
        tr("Mark the selected item as in progress"),
        tr("Mark the selected item as done (items that need a sign-off then await it)"),
        tr("Mark the selected item as failed"),
        tr("Skip the selected item; you will be asked for the reason"),
        tr("Set the selected item back to open"),
        tr("Sign off the selected item as a second person"),
        tr("Take back your own sign-off of the selected item (recorded with a reason)"),
        tr("Edit the notes of the selected item"),
        tr("Add or edit evidence links of the selected item (one per line)"),
        tr("Set who owns the selected item"),
    };
    for (int i = 0; i < ItemActionCount; ++i) {
        m_itemActions[i]->setText(texts[i]);
        m_itemActions[i]->setToolTip(QStringLiteral("%1 (%2)").arg(
            tips[i], m_itemActions[i]->shortcut().toString(QKeySequence::NativeText)));
    }
    // Wide enough for every status in this language, whichever appears later.
    m_table->horizontalHeader()->resizeSection(
        ChecklistModel::Status, StatusDelegate::widestBadge(m_table->font()));
    m_openOnly->setText(tr("&Open items only"));
    m_openOnly->setToolTip(tr("Hide items that are done or skipped (%1)")
                               .arg(m_openOnly->shortcut().toString(QKeySequence::NativeText)));
    m_mine->setText(tr("M&y items"));
    m_mine->setToolTip(
        tr("Show only the items you own (%1)").arg(m_mine->shortcut().toString(QKeySequence::NativeText)));
    m_keysHint->setText(
        tr("Space: next status \u00b7 Enter: notes \u00b7 I start \u00b7 D done \u00b7 F failed \u00b7 "
           "S skip \u00b7 R reopen \u00b7 E evidence \u00b7 O owner \u00b7 right-click: all actions"));
    m_table->setToolTip(m_keysHint->text());
    m_model->retranslate();
    fitColumns();
    showPhase(m_model->phase());
}

void ChecklistPanel::fitColumns()
{
    // Wide enough for the (translated) header and typical content; the task takes the rest.
    const int em = m_table->fontMetrics().averageCharWidth();
    const int widths[ChecklistModel::ColumnCount] = { 20, 0, 22, 9, 9, 8, 8, 8, 22, 18 };
    QHeaderView *header = m_table->horizontalHeader();
    for (int c = 0; c < ChecklistModel::ColumnCount; ++c) {
        if (widths[c] > 0)
            m_table->setColumnWidth(c, qMax(widths[c] * em, header->sectionSizeHint(c) + em));
    }
    // Started/Ended: a time of today with seconds as TimeDelegate shows it ("2:16:46 PM" in English), on
    // one line; an earlier day adds its date and may wrap.
    const QString widestTime
        = Timestamps::display(QDateTime(QDate::currentDate(), QTime(22, 22, 22)), m_table->locale());
    for (const int c : { int(ChecklistModel::ActualStart), int(ChecklistModel::ActualEnd) })
        m_table->setColumnWidth(
            c, qMax(m_table->columnWidth(c), m_table->fontMetrics().horizontalAdvance(widestTime) + 2 * em));
    // A declared sign-off carries "declared, not verified" (translated) beneath the principal.
    m_table->setColumnWidth(ChecklistModel::SignOff,
        qMax(m_table->columnWidth(ChecklistModel::SignOff), SignOffDelegate::markerWidth(m_table->font())));
    bool planned = false;
    for (const ChecklistItem &it : m_actions->session()->allItems())
        planned |= it.plannedMinutes > 0;
    m_table->setColumnHidden(ChecklistModel::PlannedMinutes, !planned);
    fitTaskColumn();
}

void ChecklistPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ChecklistPanel::showPhase(qint64 phaseId)
{
    m_model->setPhase(phaseId);
    m_header->showPhase(phaseId);
    if (m_proxy->rowCount() > 0 && !m_table->currentIndex().isValid())
        m_table->setCurrentIndex(m_proxy->index(0, ChecklistModel::Status));
    m_details->showItem(currentItemId());
    updateActions();
}

qint64 ChecklistPanel::currentItemId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(ChecklistModel::ItemIdRole).toLongLong() : 0;
}

void ChecklistPanel::updateActions()
{
    const qint64 id = currentItemId();
    const CutoverSession *session = m_actions->session();
    const bool writable = id != 0 && !session->isReadOnly();
    const ChecklistItem item = session->item(id);
    const ItemStatus s = item.status;
    m_itemActions[Start]->setEnabled(writable && s != ItemStatus::InProgress);
    m_itemActions[Done]->setEnabled(writable && s != ItemStatus::Done && s != ItemStatus::AwaitingSignOff);
    m_itemActions[Fail]->setEnabled(writable && s != ItemStatus::Failed);
    m_itemActions[Skip]->setEnabled(writable);
    m_itemActions[Reopen]->setEnabled(writable && s != ItemStatus::Open);
    m_itemActions[SignOff]->setEnabled(writable && s == ItemStatus::AwaitingSignOff);
    m_itemActions[WithdrawSignOff]->setEnabled(writable && !item.signedOffBy.isEmpty()
        && item.signedOffBy == m_identity->name()); // principals, compared exactly
    for (ItemAction a : { EditNotes, EditEvidence, EditOwner })
        m_itemActions[a]->setEnabled(writable);
}

bool ChecklistPanel::ensureActor()
{
    m_actions->setActor(m_identity->name());
    return true;
}

void ChecklistPanel::changeStatus(ItemStatus status)
{
    const qint64 id = currentItemId();
    if (id == 0 || !ensureActor())
        return;
    if (m_actions->setStatus(id, status))
        m_messageBar->hide();
}

void ChecklistPanel::advance()
{
    const qint64 id = currentItemId();
    if (id == 0 || !ensureActor())
        return;
    if (m_actions->advanceStatus(id))
        m_messageBar->hide();
}

void ChecklistPanel::skip()
{
    const qint64 id = currentItemId();
    QString reason;
    if (id == 0 || !ensureActor()
        || !ItemInputDialogs::askSkipReason(this, m_actions->session()->item(id), &reason))
        return;
    CutoverSession *session = m_actions->session();
    if (!session->skipNeedsSignature(id)) {
        if (m_actions->setStatus(id, ItemStatus::Skipped, reason))
            m_messageBar->hide();
        return;
    }
    // Skipping an item that needs a sign-off is an electronic signature (responsible for).
    SignatureDialog dialog(
        tr("Skip with your signature"), session->signaturePolicy(), m_identity,
        [session, id, reason](const QString &principal, const QString &name) {
            return session->skipStatement(id, reason, principal, name);
        },
        [this, id, reason](
            const ElectronicSignature &signature) { return m_actions->skip(id, signature, reason); },
        this);
    if (dialog.exec() == QDialog::Accepted)
        m_messageBar->showInfo(tr("\"%1\" is skipped, signed by %2.")
                                   .arg(session->item(id).task, dialog.signature().statement.principal));
}

void ChecklistPanel::signOff()
{
    const qint64 id = currentItemId();
    if (id == 0 || !ensureActor())
        return;
    const ChecklistItem item = m_actions->session()->item(id);
    // An electronic signature (reviewed and approved): the principal is the key's (or, declared, the OS
    // account); the core refuses the one who completed the item, whatever name anyone types, and the
    // refusal shows in the dialog.
    CutoverSession *session = m_actions->session();
    SignatureDialog dialog(
        tr("Sign off"), session->signaturePolicy(), m_identity,
        [session, id](const QString &principal, const QString &name) {
            return session->signOffStatement(id, principal, name);
        },
        [this, id](const ElectronicSignature &signature) { return m_actions->signOff(id, signature); }, this);
    if (dialog.exec() == QDialog::Accepted)
        m_messageBar->showInfo(
            tr("\"%1\" is signed off by %2.").arg(item.task, session->item(id).signedOffBy));
}

void ChecklistPanel::withdrawSignOff()
{
    const qint64 id = currentItemId();
    if (id == 0 || !ensureActor())
        return;
    const ChecklistItem item = m_actions->session()->item(id);
    ActionReasonDialog dialog(tr("Withdraw sign-off"),
        tr("Withdraw your sign-off of \"%1\"? It then awaits a sign-off again.").arg(item.task),
        tr("&Withdraw"), this);
    dialog.setReasonPlaceholder(tr("e.g. signed off before the evidence was attached"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (m_actions->withdrawSignOff(id, dialog.reason()))
        m_messageBar->showInfo(tr("Your sign-off of \"%1\" is withdrawn.").arg(item.task));
}

void ChecklistPanel::editText(ItemAction which)
{
    const qint64 id = currentItemId();
    if (id == 0 || m_actions->session()->isReadOnly() || !ensureActor())
        return;
    const SetItemTextCommand::Field field = which == EditOwner ? SetItemTextCommand::Field::Owner
        : which == EditEvidence                                ? SetItemTextCommand::Field::Evidence
                                                               : SetItemTextCommand::Field::Notes;
    QString text;
    if (!ItemInputDialogs::askText(this, m_actions->session()->item(id), field,
            SetItemTextCommand::currentText(m_actions->session(), id, field), &text))
        return;
    if (m_actions->setText(id, field, text))
        m_messageBar->hide();
}

void ChecklistPanel::showContextMenu(const QPoint &pos)
{
    if (!m_table->indexAt(pos).isValid())
        return;
    QMenu menu(this);
    for (int i = 0; i < ItemActionCount; ++i) {
        if (i == Reopen || i == EditNotes)
            menu.addSeparator();
        menu.addAction(m_itemActions[i]);
    }
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

void ChecklistPanel::fitTaskColumn(int tableWidth)
{
    // The task stretches over the free width, but never below a readable width: then the table scrolls.
    QHeaderView *header = m_table->horizontalHeader();
    const int minimum = m_table->fontMetrics().averageCharWidth() * 30;
    int others = 0;
    for (int c = 0; c < ChecklistModel::ColumnCount; ++c) {
        if (c != ChecklistModel::Task && !m_table->isColumnHidden(c))
            others += header->sectionSize(c);
    }
    // The viewport is not resized yet while the table's resize event is delivered: estimate its width.
    const int viewport = (tableWidth > 0 ? tableWidth : m_table->width()) - 2 * m_table->frameWidth()
        - m_table->verticalHeader()->width() - m_table->verticalScrollBar()->sizeHint().width();
    const bool roomy = viewport - others >= minimum;
    header->setSectionResizeMode(
        ChecklistModel::Task, roomy ? QHeaderView::Stretch : QHeaderView::Interactive);
    if (!roomy)
        header->resizeSection(ChecklistModel::Task, minimum);
}

bool ChecklistPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::Resize)
        fitTaskColumn(static_cast<QResizeEvent *>(event)->size().width());
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() == Qt::NoModifier || key->modifiers() == Qt::KeypadModifier) {
            if (key->key() == Qt::Key_Space) {
                advance();
                return true;
            }
            if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
                editText(EditNotes);
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}
