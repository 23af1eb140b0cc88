// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/SessionOpener.h"

#include "core/SecretStore.h"
#include "session/DemoCutover.h"
#include "session/DemoSession.h"
#include "shell/ServerPasswordDialog.h"
#include "store/ServerPasswords.h"
#include "store/SessionAddress.h"
#include "trust/SessionTrust.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QTemporaryDir>

std::unique_ptr<CutoverSession> SessionOpener::open(const QString &path, QString *error, QWidget *parent)
{
    std::unique_ptr<CutoverSession> session
        = CutoverSession::open(path, SessionStore::Mode::ReadWrite, error);
    const SessionAddress address
        = SessionAddress::isPostgres(path) ? SessionAddress::parse(path, nullptr) : SessionAddress();
    if (!session && parent && address.isTeam() && ServerPasswords::isPasswordProblem(*error))
        session = withPassword(path, address, error, parent);
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

std::unique_ptr<CutoverSession> SessionOpener::withPassword(
    const QString &path, const SessionAddress &address, QString *error, QWidget *parent)
{
    // A team server that wants a password libpq could not find: first the system keychain (waited for at
    // most its timeout), then the person (three tries); kept in memory for this run.
    SecretStore keychain;
    const QString key = ServerPasswords::keychainKey(address);
    bool fromKeychain = false;
    if (SecretStore::keychainAvailable()) {
        QString reason;
        if (const QString saved = keychain.lookupBlocking(key, &reason); !saved.isEmpty()) {
            ServerPasswords::remember(address, saved);
            std::unique_ptr<CutoverSession> session
                = CutoverSession::open(path, SessionStore::Mode::ReadWrite, error);
            if (session || !ServerPasswords::isPasswordProblem(*error))
                return session;
            fromKeychain = true; // refused: SessionConnection forgot it in memory
        }
    }
    const QString role = address.user().isEmpty() ? QCoreApplication::translate("SessionOpener", "your role")
                                                  : address.user();
    std::unique_ptr<CutoverSession> session;
    for (int tries = 0; !session && tries < 3 && ServerPasswords::isPasswordProblem(*error); ++tries) {
        using Why = ServerPasswordDialog::Why;
        ServerPasswordDialog ask(role, address.serverLabel(),
            tries > 0 ? Why::Refused : (fromKeychain ? Why::KeychainRefused : Why::Asked), parent);
        if (ask.exec() != QDialog::Accepted)
            break;
        QString message;
        if (ask.forgetFromKeychain() && !keychain.removeBlocking(key, &message))
            QMessageBox::warning(parent, QCoreApplication::translate("SessionOpener", "System keychain"),
                QCoreApplication::translate(
                    "SessionOpener", "The refused password could not be removed from the system keychain: %1")
                    .arg(message));
        ServerPasswords::remember(address, ask.password());
        session = CutoverSession::open(path, SessionStore::Mode::ReadWrite, error);
        // Saved only once the server took it (a session that opened logged in with it).
        if (session && ask.rememberInKeychain() && !keychain.saveBlocking(key, ask.password(), &message))
            QMessageBox::warning(parent, QCoreApplication::translate("SessionOpener", "System keychain"),
                QCoreApplication::translate("SessionOpener",
                    "The password works but could not be saved in the system keychain: %1; the cockpit "
                    "keeps it in memory until it ends.")
                    .arg(message));
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
