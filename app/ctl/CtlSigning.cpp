// SPDX-License-Identifier: GPL-3.0-or-later
#include "CtlSigning.h"

#include "CtlSupport.h"

#include "checklist/CutoverSession.h"

#include "signing/SigningSettings.h"
#include "signing/SshKeygen.h"

#include <QCommandLineParser>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include <termios.h>
#include <unistd.h>

namespace {

bool readFd(int fd, QByteArray *out)
{
    char buffer[1024];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return false;
        if (n == 0)
            break;
        out->append(buffer, n);
        if (out->size() > 4096)
            return false;
    }
    while (out->endsWith('\n') || out->endsWith('\r'))
        out->chop(1);
    return true;
}

// Asks on the terminal with echo off; false when there is no terminal.
bool askTerminal(const QString &prompt, QByteArray *out)
{
    FILE *tty = std::fopen("/dev/tty", "r+");
    if (!tty)
        return false;
    const int fd = ::fileno(tty);
    termios old {};
    const bool haveTermios = ::tcgetattr(fd, &old) == 0;
    if (haveTermios) {
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(fd, TCSAFLUSH, &quiet);
    }
    std::fputs(prompt.toLocal8Bit().constData(), tty);
    std::fflush(tty);
    char line[1024];
    const bool got = std::fgets(line, sizeof line, tty) != nullptr;
    if (haveTermios)
        ::tcsetattr(fd, TCSAFLUSH, &old);
    std::fputs("\n", tty);
    std::fclose(tty);
    if (!got)
        return false;
    *out = QByteArray(line);
    while (out->endsWith('\n') || out->endsWith('\r'))
        out->chop(1);
    ::explicit_bzero(line, sizeof line);
    return true;
}

}

void CtlSigning::addOptions(QCommandLineParser &p)
{
    p.addOption({ QStringLiteral("key"),
        tr("Your signing key: a private key file, or a public key whose private half is in ssh-agent "
           "(default: $COCKPIT_SIGNING_KEY, else the settings)."),
        tr("FILE") });
    p.addOption({ QStringLiteral("allowed-signers"),
        tr("OpenSSH allowed signers file that maps keys to principals (default: $COCKPIT_ALLOWED_SIGNERS, "
           "else the settings)."),
        tr("FILE") });
    p.addOption({ QStringLiteral("passphrase-fd"),
        tr("Read the key's passphrase (or FIDO PIN) from file descriptor N instead of the terminal."),
        QStringLiteral("N") });
}

bool CtlSigning::prepare(const QCommandLineParser &p, SignaturePolicy policy, const QString &displayName,
    Signer *signer, QString *error)
{
    signer->keyFile = SigningSettings::keyFile(p.value(QStringLiteral("key")));
    signer->allowedSignersFile
        = SigningSettings::allowedSignersFile(p.value(QStringLiteral("allowed-signers")));
    signer->displayName = displayName.trimmed();
    if (signer->keyFile.isEmpty()) {
        if (policy == SignaturePolicy::Required) {
            *error = tr("This session requires electronic signatures: give your key with --key FILE (or set "
                        "COCKPIT_SIGNING_KEY) and the allowed signers with --allowed-signers FILE.");
            return false;
        }
        // Declared: the OS account, or in a team session the role the server logged in.
        const QString role = CtlSupport::teamRoleInUse();
        signer->principal = role.isEmpty() ? ElectronicSignature::declaredPrincipal() : role;
        return true;
    }
    if (p.isSet(QStringLiteral("passphrase-fd"))) {
        bool ok = false;
        const int fd = p.value(QStringLiteral("passphrase-fd")).toInt(&ok);
        if (!ok || fd < 0 || !readFd(fd, &signer->passphrase)) {
            *error = tr("Cannot read the passphrase from file descriptor %1.")
                         .arg(p.value(QStringLiteral("passphrase-fd")));
            return false;
        }
    }
    if (signer->passphrase.isEmpty() && SshKeygen::isEncrypted(signer->keyFile)
        && !askTerminal(tr("Passphrase for %1: ").arg(signer->keyFile), &signer->passphrase)) {
        *error
            = tr("The key %1 is protected by a passphrase; give it with --passphrase-fd N or on a terminal.")
                  .arg(signer->keyFile);
        return false;
    }
    signer->principal = ElectronicSignature::resolvePrincipal(
        signer->keyFile, signer->allowedSignersFile, signer->passphrase, &signer->fingerprint, error);
    return !signer->principal.isEmpty();
}

bool CtlSigning::actingPrincipal(const QCommandLineParser &parser, SignaturePolicy policy, QString *actor,
    QString *error, Signer *signer, bool signing)
{
    *actor = CtlSupport::actor();
    if (!signing && policy != SignaturePolicy::Required && !parser.isSet(QStringLiteral("key")))
        return true;
    // optionNames(): only what was given, so a command without --by asks no undefined option.
    const QString displayName = parser.optionNames().contains(QStringLiteral("by"))
        ? parser.value(QStringLiteral("by"))
        : QString();
    Signer own;
    Signer *prepared = signer ? signer : &own;
    if (!prepare(parser, policy, displayName, prepared, error))
        return false;
    if (!prepared->declared()) {
        const QString role = CtlSupport::teamRoleInUse();
        if (!role.isEmpty() && prepared->principal != role) {
            *error = tr("your signing key is %1's, but you are logged in to the team session as %2; sign "
                        "with a key the allowed-signers file maps to %2.")
                         .arg(prepared->principal, role);
            return false;
        }
        *actor = prepared->principal;
    }
    return true;
}

std::unique_ptr<CutoverSession> CtlSigning::openToChange(
    const QCommandLineParser &parser, const QString &path, QString *actor)
{
    std::unique_ptr<CutoverSession> session = CtlSupport::openSession(path, SessionStore::Mode::ReadWrite);
    if (!session)
        return nullptr;
    if (QString error; !actingPrincipal(parser, session->signaturePolicy(), actor, &error)) {
        refuseActor(error);
        return nullptr;
    }
    return session;
}

int CtlSigning::refuseActor(const QString &error)
{
    return CtlSupport::refused(tr("Refused, nothing changed: %1").arg(error));
}

ActionResult CtlSigning::signAndRun(Signer &signer, const Compose &compose, const Act &act)
{
    ActionResult result;
    for (int attempt = 0; attempt < 5; ++attempt) {
        const SignatureStatement statement = compose(signer.principal, signer.displayName);
        ElectronicSignature signature;
        if (signer.declared()) {
            signature = ElectronicSignature::declared(statement);
        } else {
            QString error;
            signature = ElectronicSignature::sign(
                statement, signer.keyFile, signer.passphrase, signer.allowedSignersFile, &error);
            if (signature.signature.isEmpty())
                return ActionResult::failure(error);
        }
        result = act(signature);
        if (result || result.error != ElectronicSignature::trailMovedMessage())
            break;
    }
    return result;
}

QString CtlSigning::declaredNote()
{
    return tr("(No key: recorded as %1; identities declared, not verified.)")
        .arg(ElectronicSignature::declaredPrincipal());
}
