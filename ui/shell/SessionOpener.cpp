// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/SessionOpener.h"

#include "session/DemoCutover.h"
#include "session/DemoSession.h"
#include "trust/SessionTrust.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QTemporaryDir>

std::unique_ptr<CutoverSession> SessionOpener::open(const QString &path, QString *error)
{
    std::unique_ptr<CutoverSession> session
        = CutoverSession::open(path, SessionStore::Mode::ReadWrite, error);
    if (!session && QFileInfo(path).isFile() && !QFileInfo(path).isWritable()) {
        QString readOnlyError; // a file we may not write is still shown, read-only
        session = CutoverSession::open(path, SessionStore::Mode::ReadOnly, &readOnlyError);
    }
    if (session && !session->isReadOnly() && !session->trust()->wasTrusted()) {
        // Not trusted by this user: shown read-only, nothing runs until it is reviewed and trusted.
        session.reset();
        session = CutoverSession::open(path, SessionStore::Mode::ReadOnly, error);
    }
    return session;
}

std::unique_ptr<CutoverSession> SessionOpener::openDemo(
    const QTemporaryDir &dir, const QString &language, QString *error)
{
    if (!dir.isValid()) {
        *error
            = QCoreApplication::translate("SessionOpener", "Cannot create a temporary folder for the demo.");
        return nullptr;
    }
    std::unique_ptr<CutoverSession> session = DemoSession::create(dir.path(), language, error);
    if (session && !DemoCutover::prepare(session.get(), dir.path(), error))
        return nullptr;
    return session;
}

QString SessionOpener::chooseFile(QWidget *parent)
{
    return QFileDialog::getOpenFileName(parent,
        QCoreApplication::translate("SessionOpener", "Open a cutover session"), QDir::homePath(),
        QCoreApplication::translate("SessionOpener", "Cutover sessions (*.cutover);;All files (*)"));
}
