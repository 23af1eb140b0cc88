// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/SessionOpener.h"

#include "session/DemoCutover.h"
#include "session/DemoSession.h"
#include "store/ServerPasswords.h"
#include "store/SessionAddress.h"
#include "trust/SessionTrust.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QTemporaryDir>

std::unique_ptr<CutoverSession> SessionOpener::open(const QString &path, QString *error, QWidget *parent)
{
    std::unique_ptr<CutoverSession> session
        = CutoverSession::open(path, SessionStore::Mode::ReadWrite, error);
    // A team server that wants a password libpq could not find: asked for (three tries), kept for this run.
    const SessionAddress address
        = SessionAddress::isPostgres(path) ? SessionAddress::parse(path, nullptr) : SessionAddress();
    for (int tries = 0;
         !session && parent && address.isTeam() && tries < 3 && ServerPasswords::isPasswordProblem(*error);
         ++tries) {
        bool ok = false;
        const QString role = address.user().isEmpty()
            ? QCoreApplication::translate("SessionOpener", "your role")
            : address.user();
        const QString password = QInputDialog::getText(parent,
            QCoreApplication::translate("SessionOpener", "Password for the team server"),
            QCoreApplication::translate("SessionOpener",
                "%1\n\nThe password of %2 on %3 (kept in memory until the cockpit ends; put it in ~/.pgpass "
                "to be asked no more):")
                .arg(tries == 0
                        ? QCoreApplication::translate("SessionOpener", "The server asks for a password.")
                        : QCoreApplication::translate("SessionOpener", "The server refused that password."),
                    role, address.serverLabel()),
            QLineEdit::Password, QString(), &ok);
        if (!ok)
            break;
        ServerPasswords::remember(address, password);
        session = CutoverSession::open(path, SessionStore::Mode::ReadWrite, error);
    }
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
