// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/ReportExporter.h"

#include "signing/SignaturePolicy.h"

#include <QWidget>

class CutoverSession;
class LessonTableModel;
class LessonsLearned;
class SessionRuntime;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QProgressDialog;
class QPushButton;
class QTableView;
class ReportExportJob;
class UserIdentity;

// After the cutover: the result statement (goal, what went well, what is open), the lessons learned with
// their runbook changes, "Save as new template version…" and "Export report…". Talks to LessonsLearned,
// TemplateVersions and ReportExportJob only; the export runs on a worker with a cancellable progress dialog.
class ResultPanel : public QWidget {
    Q_OBJECT
public:
    // session and lessons must outlive the panel.
    ResultPanel(CutoverSession *session, LessonsLearned *lessons, QWidget *parent = nullptr);
    ~ResultPanel() override;

    // The person working; every change is recorded with this name.
    void setActor(const QString &name);
    // With an identity, marking final and saving a template version (approving it) ask for an electronic
    // signature in the session's policy.
    void setSigning(UserIdentity *identity, SignaturePolicy policy);
    void setTemplateDirectory(const QString &directory);
    // "Mark final" goes through the session's composition root, which announces the statement through its
    // outbox (as `cutoverctl result --final` does); without it the button stays off.
    void setRuntime(SessionRuntime *runtime);

    // Without dialogs (for the menu wiring and tests): starts an export; false if one is running.
    bool exportReport(const QString &path, ReportExporter::Format format, const QString &language);
    bool saveTemplateVersion(const QString &name);
    bool saveResultStatement();
    QString lastMessage() const;

public Q_SLOTS:
    void addLesson();
    void editLesson();
    void removeLesson();
    void saveTemplateVersionInteractive();
    void markFinalInteractive();
    void exportReportInteractive();

Q_SIGNALS:
    void exportFinished(bool ok, const QString &message);

private:
    void loadResultStatement();
    void updateButtons();
    void showMessage(const QString &text, bool error);
    qint64 selectedLessonId() const;

    CutoverSession *m_session;
    LessonsLearned *m_lessons;
    SessionRuntime *m_runtime = nullptr;
    QPushButton *m_markFinal = nullptr;
    QString m_actor;
    UserIdentity *m_identity = nullptr;
    SignaturePolicy m_policy = SignaturePolicy::Declared;
    QString m_templateDirectory;
    QPlainTextEdit *m_goal;
    QPlainTextEdit *m_wentWell;
    QPlainTextEdit *m_open;
    QLabel *m_lastEdited;
    QPushButton *m_saveResult;
    QTableView *m_table;
    LessonTableModel *m_model;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPushButton *m_saveVersion;
    QComboBox *m_language;
    QPushButton *m_export;
    QLabel *m_message;
    ReportExportJob *m_job;
    QProgressDialog *m_progress = nullptr;
};
