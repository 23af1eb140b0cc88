// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/ResultPanel.h"
#include "core/Timestamps.h"

#include "checklist/CutoverSession.h"
#include "identity/SignatureManifestation.h"
#include "lessons/LessonTableModel.h"
#include "lessons/LessonsLearned.h"
#include "report/LessonDialog.h"
#include "report/ReportExportJob.h"
#include "report/ReportStrings.h"
#include "runbook/TemplateLibrary.h"
#include "runbook/TemplateVersions.h"
#include "session/SessionRuntime.h"
#include "signing/SignatureAct.h"
#include "signing/SignatureDialog.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

ResultPanel::ResultPanel(CutoverSession *session, LessonsLearned *lessons, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_lessons(lessons)
    , m_templateDirectory(TemplateLibrary::defaultDirectory())
    , m_goal(new QPlainTextEdit(this))
    , m_wentWell(new QPlainTextEdit(this))
    , m_open(new QPlainTextEdit(this))
    , m_lastEdited(new QLabel(this))
    , m_saveResult(new QPushButton(tr("Save result state&ment"), this))
    , m_table(new QTableView(this))
    , m_model(new LessonTableModel(lessons, this))
    , m_add(new QPushButton(tr("&Add lesson…"), this))
    , m_edit(new QPushButton(tr("E&dit…"), this))
    , m_remove(new QPushButton(tr("&Remove…"), this))
    , m_saveVersion(new QPushButton(tr("Save as new &template version…"), this))
    , m_language(new QComboBox(this))
    , m_export(new QPushButton(tr("E&xport report…"), this))
    , m_message(new QLabel(this))
    , m_job(new ReportExportJob(this))
{
    for (QPlainTextEdit *edit : { m_goal, m_wentWell, m_open }) {
        edit->setTabChangesFocus(true);
        edit->setMaximumHeight(90);
        connect(edit, &QPlainTextEdit::textChanged, this, &ResultPanel::updateButtons);
    }
    m_goal->setPlaceholderText(tr("What was the goal of this cutover?"));
    m_wentWell->setPlaceholderText(tr("What went well?"));
    m_open->setPlaceholderText(tr("What is still open?"));
    m_saveResult->setToolTip(
        tr("Save the result statement (Ctrl+S); every change is recorded in the audit trail"));
    auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
    saveShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveShortcut, &QShortcut::activated, this, &ResultPanel::saveResultStatement);
    connect(m_saveResult, &QPushButton::clicked, this, &ResultPanel::saveResultStatement);

    auto *resultBox = new QGroupBox(tr("Result statement"), this);
    auto *resultForm = new QFormLayout(resultBox);
    resultForm->addRow(tr("&Goal:"), m_goal);
    resultForm->addRow(tr("What went &well:"), m_wentWell);
    resultForm->addRow(tr("What is &open:"), m_open);
    auto *resultButtons = new QHBoxLayout;
    resultButtons->addWidget(m_lastEdited, 1);
    resultButtons->addWidget(m_saveResult);
    m_markFinal = new QPushButton(tr("Mark fi&nal…"), this);
    m_markFinal->setToolTip(
        tr("Freeze the saved result statement and announce it once to the notification channels "
           "and the status page; it cannot be edited afterwards"));
    connect(m_markFinal, &QPushButton::clicked, this, &ResultPanel::markFinalInteractive);
    resultButtons->addWidget(m_markFinal);
    resultForm->addRow(resultButtons);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(LessonTableModel::TextColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(LessonTableModel::ChangeColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    connect(m_table, &QTableView::doubleClicked, this, &ResultPanel::editLesson);
    connect(
        m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ResultPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ResultPanel::updateButtons);
    connect(m_add, &QPushButton::clicked, this, &ResultPanel::addLesson);
    connect(m_edit, &QPushButton::clicked, this, &ResultPanel::editLesson);
    connect(m_remove, &QPushButton::clicked, this, &ResultPanel::removeLesson);
    m_saveVersion->setToolTip(
        tr("Apply the lessons' runbook changes to this session's runbook and save them as the "
           "next version of a template, with a changelog"));
    connect(m_saveVersion, &QPushButton::clicked, this, &ResultPanel::saveTemplateVersionInteractive);

    auto *lessonBox = new QGroupBox(tr("Lessons learned"), this);
    auto *lessonLayout = new QVBoxLayout(lessonBox);
    lessonLayout->addWidget(m_table, 1);
    auto *lessonButtons = new QHBoxLayout;
    lessonButtons->addWidget(m_add);
    lessonButtons->addWidget(m_edit);
    lessonButtons->addWidget(m_remove);
    lessonButtons->addStretch(1);
    lessonButtons->addWidget(m_saveVersion);
    lessonLayout->addLayout(lessonButtons);

    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->setCurrentIndex(m_session->info().language == QLatin1String("de") ? 1 : 0);
    m_language->setToolTip(tr("The language of the report"));
    connect(m_export, &QPushButton::clicked, this, &ResultPanel::exportReportInteractive);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *exportRow = new QHBoxLayout;
    exportRow->addWidget(m_message, 1);
    exportRow->addWidget(new QLabel(tr("Report language:"), this));
    exportRow->addWidget(m_language);
    exportRow->addWidget(m_export);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(resultBox);
    layout->addWidget(lessonBox, 1);
    layout->addLayout(exportRow);

    connect(m_lessons, &LessonsLearned::resultStatementChanged, this, &ResultPanel::loadResultStatement);
    connect(m_job, &ReportExportJob::progress, this, [this](int percent, const QString &step) {
        if (m_progress) {
            m_progress->setValue(percent);
            if (!step.isEmpty())
                m_progress->setLabelText(tr("Exporting the report: %1").arg(step));
        }
    });
    connect(m_job, &ReportExportJob::finished, this,
        [this](bool ok, const QString &error, const QStringList &files) {
            if (m_progress) {
                m_progress->deleteLater();
                m_progress = nullptr;
            }
            const QString message = ok ? tr("Report written: %1").arg(files.join(QStringLiteral(", ")))
                                       : tr("The report was not written: %1").arg(error);
            showMessage(message, !ok);
            updateButtons();
            Q_EMIT exportFinished(ok, message);
        });
    loadResultStatement();
    updateButtons();
}

ResultPanel::~ResultPanel() = default;

void ResultPanel::setActor(const QString &name)
{
    m_actor = name;
    updateButtons();
}

void ResultPanel::setTemplateDirectory(const QString &directory)
{
    m_templateDirectory = directory;
}

QString ResultPanel::lastMessage() const
{
    return m_message->text();
}

void ResultPanel::showMessage(const QString &text, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color: #b3261e;") : QString());
    m_message->setText(text);
}

void ResultPanel::loadResultStatement()
{
    const ResultStatement &rs = m_lessons->resultStatement();
    // Only replace what the person has not changed since the last save.
    if (m_goal->toPlainText() != rs.goal)
        m_goal->setPlainText(rs.goal);
    if (m_wentWell->toPlainText() != rs.wentWell)
        m_wentWell->setPlainText(rs.wentWell);
    if (m_open->toPlainText() != rs.openPoints)
        m_open->setPlainText(rs.openPoints);
    m_lastEdited->setText(rs.updatedBy.isEmpty()
            ? tr("Not saved yet")
            : tr("Last saved by %1, %2").arg(rs.updatedBy, ReportStrings::dateTime(rs.updatedAt)));
    updateButtons();
}

void ResultPanel::updateButtons()
{
    const bool writable = !m_session->isReadOnly() && !m_actor.trimmed().isEmpty();
    const ResultStatement &rs = m_lessons->resultStatement();
    const bool modified = m_goal->toPlainText() != rs.goal || m_wentWell->toPlainText() != rs.wentWell
        || m_open->toPlainText() != rs.openPoints;
    const bool final = m_lessons->isResultFinal();
    m_saveResult->setEnabled(writable && modified && !final);
    m_markFinal->setEnabled(m_runtime && writable && !modified && !final && !rs.isEmpty());
    if (final)
        m_markFinal->setText(
            tr("Final since %1 (%2)")
                .arg(Timestamps::display(m_lessons->resultFinalAt()), m_lessons->resultFinalBy()));
    if (final) {
        // The manifestation of the signature: printed name, principal, time, meaning.
        const QString signedBy = SignatureManifestation::latest(
            m_session->store(), SignatureAct::resultFinal, QStringLiteral("result"), 1);
        m_markFinal->setToolTip(signedBy.isEmpty() ? QString() : tr("Final by %1").arg(signedBy));
    }
    m_add->setEnabled(writable);
    const bool selected = selectedLessonId() > 0;
    m_edit->setEnabled(writable && selected);
    m_remove->setEnabled(writable && selected);
    m_saveVersion->setEnabled(writable && !m_lessons->lessons().isEmpty());
    m_export->setEnabled(!m_job->isRunning());
    for (QPlainTextEdit *edit : { m_goal, m_wentWell, m_open })
        edit->setReadOnly(m_session->isReadOnly() || final);
}

void ResultPanel::setRuntime(SessionRuntime *runtime)
{
    m_runtime = runtime;
    updateButtons();
}

void ResultPanel::markFinalInteractive()
{
    const auto answer = QMessageBox::question(this, tr("Mark the result statement final"),
        tr("The saved result statement is announced once to the notification channels and shown on the "
           "status "
           "page. It cannot be edited afterwards. Mark it final?"),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    ActionResult r;
    if (m_identity) {
        // Responsible for: an electronic signature; a refusal shows in the dialog.
        LessonsLearned *lessons = m_lessons;
        SessionRuntime *runtime = m_runtime;
        SignatureDialog dialog(
            tr("Mark the result statement final"), m_policy, m_identity,
            [lessons](const QString &principal, const QString &name) {
                return lessons->resultFinalStatement(principal, name);
            },
            [runtime](const ElectronicSignature &signature) { return runtime->markResultFinal(signature); },
            this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        r = ActionResult::success();
    } else {
        r = m_runtime->markResultFinal(m_actor);
    }
    showMessage(
        r ? tr("The result statement is final and was handed to the notification outbox.") : r.error, !r.ok);
    updateButtons();
}

qint64 ResultPanel::selectedLessonId() const
{
    const QModelIndexList rows
        = m_table->selectionModel() ? m_table->selectionModel()->selectedRows() : QModelIndexList();
    return rows.isEmpty() ? 0 : rows.first().data(LessonTableModel::LessonIdRole).toLongLong();
}

bool ResultPanel::saveResultStatement()
{
    ResultStatement rs = m_lessons->resultStatement();
    rs.goal = m_goal->toPlainText();
    rs.wentWell = m_wentWell->toPlainText();
    rs.openPoints = m_open->toPlainText();
    const ActionResult r = m_lessons->setResultStatement(rs, m_actor);
    showMessage(r ? tr("Result statement saved.") : r.error, !r.ok);
    updateButtons();
    return r.ok;
}

void ResultPanel::addLesson()
{
    LessonDialog dialog(m_session->toRunbook(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ActionResult r = m_lessons->addLesson(dialog.lesson(), m_actor);
    showMessage(r ? tr("Lesson recorded.") : r.error, !r.ok);
}

void ResultPanel::editLesson()
{
    const qint64 id = selectedLessonId();
    if (id <= 0)
        return;
    LessonDialog dialog(m_session->toRunbook(), this);
    dialog.setLesson(m_lessons->lesson(id));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ActionResult r = m_lessons->updateLesson(dialog.lesson(), m_actor);
    showMessage(r ? tr("Lesson saved.") : r.error, !r.ok);
}

void ResultPanel::removeLesson()
{
    const qint64 id = selectedLessonId();
    if (id <= 0)
        return;
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Remove lesson"),
        tr("Why is \"%1\" removed? (Its text stays in the audit trail.)").arg(m_lessons->lesson(id).text),
        QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    const ActionResult r = m_lessons->removeLesson(id, m_actor, reason);
    showMessage(r ? tr("Lesson removed.") : r.error, !r.ok);
}

bool ResultPanel::saveTemplateVersion(const QString &name)
{
    TemplateVersion saved;
    const ActionResult r = TemplateVersions::saveVersion(
        *m_session, m_lessons->lessons(), name, m_actor, TemplateLibrary(m_templateDirectory), &saved);
    if (!r) {
        showMessage(r.error, true);
        return false;
    }
    showMessage(tr("%1 saved to %2 with %n change(s).", nullptr, int(saved.changelog.size()))
                    .arg(saved.reference(), saved.filePath),
        false);
    return true;
}

void ResultPanel::saveTemplateVersionInteractive()
{
    bool ok = false;
    QString suggestion = m_session->info().templateName.section(QLatin1Char('@'), 0, 0);
    if (suggestion.isEmpty() || suggestion == TemplateLibrary::builtInName())
        suggestion = QStringLiteral("runbook");
    const QString name = QInputDialog::getText(this, tr("Save as new template version"),
        tr("Template name (the next version number is added):"), QLineEdit::Normal, suggestion, &ok);
    if (!ok)
        return;
    if (!m_identity) {
        saveTemplateVersion(name.trimmed());
        return;
    }
    // Approving the new version (reviewed and approved) is an electronic signature.
    CutoverSession *session = m_session;
    LessonsLearned *lessons = m_lessons;
    const TemplateLibrary library(m_templateDirectory);
    const QString templateName = name.trimmed();
    TemplateVersion saved;
    SignatureDialog dialog(
        tr("Approve the template version"), m_policy, m_identity,
        [session, templateName, library](const QString &principal, const QString &displayName) {
            return TemplateVersions::approvalStatement(
                *session, templateName, library, principal, displayName);
        },
        [session, lessons, templateName, library, &saved](const ElectronicSignature &signature) {
            return TemplateVersions::saveVersion(
                *session, lessons->lessons(), templateName, signature, library, &saved);
        },
        this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    showMessage(tr("%1 saved to %2 with %n change(s).", nullptr, int(saved.changelog.size()))
                    .arg(saved.reference(), saved.filePath),
        false);
    updateButtons();
}

void ResultPanel::setSigning(UserIdentity *identity, SignaturePolicy policy)
{
    m_identity = identity;
    m_policy = policy;
}

bool ResultPanel::exportReport(const QString &path, ReportExporter::Format format, const QString &language)
{
    ReportExporter::Request request;
    request.sessionPath = m_session->path();
    request.outputPath = path;
    request.format = format;
    request.language = language;
    if (!m_job->start(request))
        return false;
    showMessage(tr("Exporting the report…"), false);
    updateButtons();
    return true;
}

void ResultPanel::exportReportInteractive()
{
    struct Choice {
        QString filter;
        ReportExporter::Format format;
    };
    const QList<Choice> choices = {
        { tr("PDF for the change board (*.pdf)"), ReportExporter::Format::Pdf },
        { tr("Self-contained HTML page (*.html)"), ReportExporter::Format::Html },
        { tr("Markdown for a wiki, charts as PNG beside it (*.md)"), ReportExporter::Format::Markdown },
        { tr("JSON for machines (*.json)"), ReportExporter::Format::Json },
        { tr("Audit trail as CSV (*.csv)"), ReportExporter::Format::AuditCsv },
    };
    QStringList filters;
    for (const Choice &c : choices)
        filters << c.filter;
    QString selected = filters.first();
    const QString base = QFileInfo(m_session->path()).absolutePath() + QLatin1Char('/')
        + QFileInfo(m_session->path()).completeBaseName() + QStringLiteral("-report.pdf");
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export report"), base, filters.join(QStringLiteral(";;")), &selected);
    if (path.isEmpty())
        return;
    ReportExporter::Format format = ReportExporter::Format::Pdf;
    for (const Choice &c : choices) {
        if (c.filter == selected)
            format = c.format;
    }
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + ReportExporter::suffix(format);
    if (!exportReport(path, format, m_language->currentData().toString()))
        return;
    m_progress = new QProgressDialog(tr("Exporting the report…"), tr("Cancel"), 0, 100, this);
    m_progress->setWindowTitle(tr("Export report"));
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, m_job, &ReportExportJob::cancel);
}
