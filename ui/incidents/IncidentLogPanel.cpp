// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidents/IncidentLogPanel.h"

#include "signing/SignatureDialog.h"

#include "core/Timestamps.h"

#include "incidents/EntryAmendDialog.h"
#include "incidents/IncidentLog.h"
#include "incidents/IncidentLogModel.h"
#include "incidents/OutboxPanel.h"
#include "incidents/VerifiedOnlyFilter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTimeEdit>
#include <QVBoxLayout>

IncidentLogPanel::IncidentLogPanel(IncidentLog *log, Outbox *outbox, QWidget *parent)
    : QWidget(parent)
    , m_log(log)
    , m_model(new IncidentLogModel(log, this))
    , m_filter(new VerifiedOnlyFilter(this))
    , m_severity(new QComboBox(this))
    , m_entry(new QLineEdit(this))
    , m_earlier(new QCheckBox(tr("happened &at"), this))
    , m_occurred(new QTimeEdit(this))
    , m_add(new QPushButton(tr("Record"), this))
    , m_table(new QTableView(this))
    , m_verify(new QPushButton(tr("Ve&rify"), this))
    , m_retract(new QPushButton(tr("Re&tract…"), this))
    , m_correct(new QPushButton(tr("C&orrect…"), this))
    , m_verifiedOnly(new QCheckBox(tr("Show on&ly verified (what stakeholders see)"), this))
    , m_message(new QLabel(this))
{
    m_filter->setSourceModel(m_model);

    // Quick entry: one line, Enter records a draft; Alt+1/2/3 pick the severity (Ctrl+1..4 are the
    // main window's panel shortcuts).
    m_severity->addItem(
        IncidentEntry::severityLabel(IncidentEntry::Severity::Info), int(IncidentEntry::Severity::Info));
    m_severity->addItem(IncidentEntry::severityLabel(IncidentEntry::Severity::Warning),
        int(IncidentEntry::Severity::Warning));
    m_severity->addItem(IncidentEntry::severityLabel(IncidentEntry::Severity::Critical),
        int(IncidentEntry::Severity::Critical));
    m_severity->setToolTip(tr("Severity: Alt+1 info, Alt+2 warning, Alt+3 critical"));
    const IncidentEntry::Severity levels[] = { IncidentEntry::Severity::Info,
        IncidentEntry::Severity::Warning, IncidentEntry::Severity::Critical };
    for (int i = 0; i < 3; ++i) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)), this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        const IncidentEntry::Severity level = levels[i];
        connect(shortcut, &QShortcut::activated, this, [this, level] { setSeverity(level); });
    }
    m_entry->setPlaceholderText(
        tr("What do you see? Enter records it as a draft for a second person to verify"));
    m_entry->setClearButtonEnabled(true);
    m_occurred->setDisplayFormat(Timestamps::timeFormatWithSeconds());
    m_occurred->setEnabled(false);
    m_earlier->setToolTip(
        tr("Tick when you write it down later than it happened; otherwise the entry is dated now"));
    connect(m_earlier, &QCheckBox::toggled, this, [this](bool on) {
        m_occurred->setEnabled(on);
        if (on)
            m_occurred->setTime(QTime::currentTime());
    });
    connect(m_entry, &QLineEdit::returnPressed, m_add, &QPushButton::click);
    connect(m_add, &QPushButton::clicked, this, [this] {
        const ActionResult r = addEntry(m_entry->text());
        if (r) {
            m_entry->clear();
            m_earlier->setChecked(false); // the next entry is "now" again
        }
    });

    m_table->setObjectName(QStringLiteral("incidentTable"));
    m_entry->setObjectName(QStringLiteral("incidentEntry"));
    m_verifiedOnly->setObjectName(QStringLiteral("verifiedOnly"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(IncidentLogModel::TextColumn, QHeaderView::Stretch);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &IncidentLogPanel::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &IncidentLogPanel::updateActions);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        m_table->scrollToBottom();
        updateActions();
    });

    m_verify->setToolTip(
        tr("Confirm another person's draft so it reaches stakeholders (you cannot verify your own)"));
    connect(m_verify, &QPushButton::clicked, this, &IncidentLogPanel::verifySelectedInteractive);
    connect(m_retract, &QPushButton::clicked, this, &IncidentLogPanel::askRetract);
    connect(m_correct, &QPushButton::clicked, this, &IncidentLogPanel::askCorrect);
    connect(m_verifiedOnly, &QCheckBox::toggled, m_filter, &VerifiedOnlyFilter::setVerifiedOnly);

    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);

    auto *entryRow = new QHBoxLayout;
    entryRow->addWidget(m_severity);
    entryRow->addWidget(m_entry, 1);
    entryRow->addWidget(m_earlier);
    entryRow->addWidget(m_occurred);
    entryRow->addWidget(m_add);
    auto *actionRow = new QHBoxLayout;
    actionRow->addWidget(m_verify);
    actionRow->addWidget(m_retract);
    actionRow->addWidget(m_correct);
    actionRow->addStretch(1);
    actionRow->addWidget(m_verifiedOnly);

    auto *logPart = new QWidget(this);
    auto *logLayout = new QVBoxLayout(logPart);
    logLayout->setContentsMargins(0, 0, 0, 0);
    logLayout->addLayout(entryRow);
    logLayout->addWidget(m_table, 1);
    logLayout->addLayout(actionRow);
    logLayout->addWidget(m_message);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(logPart);
    if (outbox) {
        m_outboxPanel = new OutboxPanel(outbox, this);
        m_outboxPanel->setReadOnly(m_log->isReadOnly());
        connect(m_outboxPanel, &OutboxPanel::messageShown, this, &IncidentLogPanel::messageShown);
        auto *box = m_outboxPanel;
        splitter->addWidget(box);
        splitter->setStretchFactor(0, 3);
        splitter->setStretchFactor(1, 1);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    if (m_log->isReadOnly()) {
        m_entry->setPlaceholderText(tr("This session is open read-only"));
        m_entry->setEnabled(false);
        m_severity->setEnabled(false);
        m_earlier->setEnabled(false);
        m_add->setEnabled(false);
    }
    setFocusProxy(m_entry);
    updateActions();
}

void IncidentLogPanel::setUserName(const QString &name)
{
    m_userName = name;
    if (m_outboxPanel)
        m_outboxPanel->setUserName(m_userName);
    updateActions();
}

void IncidentLogPanel::setOccurredTime(const QTime &time)
{
    m_earlier->setChecked(time.isValid());
    if (time.isValid())
        m_occurred->setTime(time);
}

QDateTime IncidentLogPanel::occurredAt() const
{
    if (!m_earlier->isChecked())
        return QDateTime();
    const QDateTime now = QDateTime::currentDateTime();
    QDateTime at(now.date(), QTime(m_occurred->time().hour(), m_occurred->time().minute()));
    if (at > now)
        at = at.addDays(-1);
    return at;
}

void IncidentLogPanel::setSeverity(IncidentEntry::Severity severity)
{
    m_severity->setCurrentIndex(m_severity->findData(int(severity)));
}

IncidentEntry::Severity IncidentLogPanel::severity() const
{
    return IncidentEntry::Severity(m_severity->currentData().toInt());
}

qint64 IncidentLogPanel::selectedEntryId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    return rows.first().data(IncidentLogModel::EntryIdRole).toLongLong();
}

ActionResult IncidentLogPanel::addEntry(const QString &text)
{
    const ActionResult r = m_log->add(text, severity(), m_userName, occurredAt());
    showResult(r, tr("Recorded as a draft; a second person verifies it before anyone else sees it."));
    return r;
}

ActionResult IncidentLogPanel::verifySelected()
{
    const qint64 id = selectedEntryId();
    const ActionResult r = id > 0 ? m_log->verify(id, m_userName)
                                  : ActionResult::failure(tr("Select the draft to verify first."));
    showResult(r, tr("Entry %1 verified; stakeholders see it now.").arg(id));
    return r;
}

void IncidentLogPanel::setSigning(UserIdentity *identity, SignaturePolicy policy)
{
    m_identity = identity;
    m_policy = policy;
}

void IncidentLogPanel::verifySelectedInteractive()
{
    const qint64 id = selectedEntryId();
    if (!m_identity || id <= 0) {
        verifySelected();
        return;
    }
    IncidentLog *log = m_log;
    SignatureDialog dialog(
        tr("Verify the entry"), m_policy, m_identity,
        [log, id](const QString &principal, const QString &name) {
            return log->verifyStatement(id, principal, name);
        },
        [log, id](const ElectronicSignature &signature) { return log->verify(id, signature); }, this);
    if (dialog.exec() == QDialog::Accepted)
        showResult(ActionResult::success(), tr("Entry %1 verified; stakeholders see it now.").arg(id));
}

ActionResult IncidentLogPanel::retractSelected(const QString &reason)
{
    const qint64 id = selectedEntryId();
    const ActionResult r = id > 0 ? m_log->retract(id, m_userName, reason)
                                  : ActionResult::failure(tr("Select the entry to retract first."));
    showResult(r, tr("Retraction recorded as a draft; it takes effect once a second person verifies it."));
    return r;
}

ActionResult IncidentLogPanel::correctSelected(const QString &text, const QString &reason)
{
    const qint64 id = selectedEntryId();
    const ActionResult r = id > 0 ? m_log->correct(id, m_userName, reason, text)
                                  : ActionResult::failure(tr("Select the entry to correct first."));
    showResult(
        r, tr("Correction recorded as a draft; it replaces the entry once a second person verifies it."));
    return r;
}

void IncidentLogPanel::askRetract()
{
    const qint64 id = selectedEntryId();
    if (id <= 0)
        return;
    EntryAmendDialog dialog(EntryAmendDialog::Mode::Retract, id, m_log->entry(id).text, this);
    if (dialog.exec() == QDialog::Accepted)
        retractSelected(dialog.reason());
}

void IncidentLogPanel::askCorrect()
{
    const qint64 id = selectedEntryId();
    if (id <= 0)
        return;
    EntryAmendDialog dialog(EntryAmendDialog::Mode::Correct, id, m_log->entry(id).text, this);
    if (dialog.exec() == QDialog::Accepted)
        correctSelected(dialog.text(), dialog.reason());
}

void IncidentLogPanel::showResult(const ActionResult &result, const QString &success)
{
    m_message->setText(result ? success : result.error);
    m_message->setStyleSheet(result ? QString() : QStringLiteral("color: #c62828; font-weight: bold;"));
    Q_EMIT messageShown(m_message->text(), !result.ok);
    updateActions();
}

void IncidentLogPanel::updateActions()
{
    const bool writable = !m_log->isReadOnly();
    const qint64 id = selectedEntryId();
    const IncidentEntry e = id > 0 ? m_log->entry(id) : IncidentEntry();
    const bool draft = id > 0 && e.state == IncidentEntry::State::Draft;
    const bool mine = e.author == m_userName; // principals, compared exactly
    const bool open = id > 0 && e.kind != IncidentEntry::Kind::Retraction
        && e.state != IncidentEntry::State::Retracted && e.state != IncidentEntry::State::Superseded;
    m_verify->setEnabled(writable && draft && !mine && !m_userName.isEmpty());
    m_verify->setToolTip(draft && mine ? tr("You wrote this entry; a second person must verify it.")
                                       : tr("Confirm another person's draft so it reaches stakeholders"));
    m_retract->setEnabled(writable && open && !m_userName.isEmpty());
    m_correct->setEnabled(writable && open && !m_userName.isEmpty());
    m_add->setEnabled(writable);
}
