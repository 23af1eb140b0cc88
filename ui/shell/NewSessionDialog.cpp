// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/NewSessionDialog.h"

#include "runbook/TemplateLibrary.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace {
const QString importEntry = QStringLiteral("\x01import");
}

NewSessionDialog::NewSessionDialog(const QString &language, QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_goal(new QPlainTextEdit(this))
    , m_rehearsal(new QRadioButton(tr("Rehearsal"), this))
    , m_live(new QRadioButton(tr("Live cutover"), this))
    , m_template(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("newSessionDialog"));
    setWindowTitle(tr("New cutover session"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_name->setObjectName(QStringLiteral("sessionName"));
    m_name->setPlaceholderText(tr("e.g. Core banking adapter"));
    form->addRow(tr("&Name:"), m_name);
    m_goal->setPlaceholderText(tr("What must be true when the cutover is done?"));
    m_goal->setFixedHeight(m_goal->fontMetrics().height() * 4);
    form->addRow(tr("&Goal:"), m_goal);
    auto *mode = new QHBoxLayout;
    m_rehearsal->setChecked(true);
    m_live->setObjectName(QStringLiteral("liveRadio"));
    m_template->setObjectName(QStringLiteral("templateCombo"));
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_rehearsal->setToolTip(tr("Practise the cutover; the session is shown in blue as REHEARSAL."));
    m_live->setToolTip(tr("The real cutover; the session is shown in red as LIVE."));
    mode->addWidget(m_rehearsal);
    mode->addWidget(m_live);
    mode->addStretch(1);
    form->addRow(tr("Kind:"), mode);
    const QStringList names = TemplateLibrary().names();
    for (const QString &n : names)
        m_template->addItem(
            n == TemplateLibrary::builtInName() ? tr("Default: the article's ten-step checklist") : n, n);
    m_template->addItem(tr("Import from file\u2026"), importEntry);
    form->addRow(tr("&Template:"), m_template);
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(language)));
    form->addRow(tr("&Language of the checklist:"), m_language);
    auto *pathRow = new QHBoxLayout;
    m_path->setObjectName(QStringLiteral("sessionPath"));
    pathRow->addWidget(m_path, 1);
    auto *browse = new QPushButton(tr("&Browse\u2026"), this);
    pathRow->addWidget(browse);
    auto *pathLabel = new QLabel(tr("Session &file:"), this);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);
    layout->addLayout(form);
    m_error->setObjectName(QStringLiteral("newSessionError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color:#b91c1c;"));
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Create session"));
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &NewSessionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QPushButton::clicked, this, &NewSessionDialog::choosePath);
    connect(m_name, &QLineEdit::textChanged, this, &NewSessionDialog::suggestPath);
    connect(m_name, &QLineEdit::textChanged, this, &NewSessionDialog::validate);
    connect(m_path, &QLineEdit::textEdited, this, [this] { m_pathEdited = true; });
    connect(m_path, &QLineEdit::textChanged, this, &NewSessionDialog::validate);
    connect(m_template, &QComboBox::activated, this, [this] {
        if (m_template->currentData().toString() == importEntry)
            chooseTemplateFile();
    });
    resize(620, sizeHint().height());
    validate();
}

void NewSessionDialog::setRunbookFile(const QString &path)
{
    m_runbookFile = path;
    const int existing = m_template->findData(path);
    if (existing >= 0) {
        m_template->setCurrentIndex(existing);
        return;
    }
    m_template->insertItem(m_template->count() - 1, QFileInfo(path).fileName(), path);
    m_template->setCurrentIndex(m_template->count() - 2);
}

void NewSessionDialog::chooseTemplateFile()
{
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Import a runbook"), QDir::homePath(), tr("Runbooks (*.md *.markdown *.csv *.json)"));
    if (file.isEmpty()) {
        m_template->setCurrentIndex(0);
        return;
    }
    setRunbookFile(file);
}

void NewSessionDialog::choosePath()
{
    const QString file
        = QFileDialog::getSaveFileName(this, tr("Session file"), path(), tr("Cutover sessions (*.cutover)"));
    if (file.isEmpty())
        return;
    m_path->setText(file.endsWith(QLatin1String(".cutover")) ? file : file + QStringLiteral(".cutover"));
    m_pathEdited = true;
}

void NewSessionDialog::suggestPath()
{
    if (m_pathEdited)
        return;
    QString base = m_name->text().trimmed().toLower();
    base.replace(QRegularExpression(QStringLiteral("[^\\w]+")), QStringLiteral("-"));
    base.remove(QRegularExpression(QStringLiteral("^-+|-+$")));
    if (base.isEmpty()) {
        m_path->clear();
        return;
    }
    QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (dir.isEmpty() || !QFileInfo(dir).isDir())
        dir = QDir::homePath();
    m_path->setText(QDir(dir).filePath(base + QStringLiteral(".cutover")));
}

void NewSessionDialog::validate()
{
    m_ok->setEnabled(!m_name->text().trimmed().isEmpty() && !m_path->text().trimmed().isEmpty());
}

SessionInfo NewSessionDialog::info() const
{
    SessionInfo info;
    info.name = m_name->text().trimmed();
    info.goal = m_goal->toPlainText().trimmed();
    info.rehearsal = m_rehearsal->isChecked();
    info.language = m_language->currentData().toString();
    const QString t = m_template->currentData().toString();
    info.templateName = t == m_runbookFile ? QFileInfo(t).fileName() : t;
    return info;
}

QString NewSessionDialog::path() const
{
    return m_path->text().trimmed();
}

void NewSessionDialog::accept()
{
    const QString t = m_template->currentData().toString();
    if (t == importEntry) {
        m_error->setText(tr("Choose a runbook file to import, or another template."));
        m_error->show();
        return;
    }
    if (QFileInfo::exists(path())) {
        m_error->setText(tr("%1 already exists. Choose another file name; an existing session is never "
                            "overwritten.")
                             .arg(path()));
        m_error->show();
        return;
    }
    const RunbookCodec::ParseResult r = TemplateLibrary().load(t, m_language->currentData().toString());
    if (!r.ok) {
        m_error->setText(
            tr("The template cannot be used: %1\nCorrect the file or choose another template.").arg(r.error));
        m_error->show();
        return;
    }
    m_runbook = r.runbook;
    QDialog::accept();
}
