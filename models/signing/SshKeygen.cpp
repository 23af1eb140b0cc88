// SPDX-License-Identifier: GPL-3.0-or-later
#include "signing/SshKeygen.h"

#include "signing/AllowedSigners.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryFile>

#include <fcntl.h>
#include <unistd.h>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SshKeygen", text);
}

QMutex &askpassMutex()
{
    static QMutex m;
    return m;
}

QString &askpassOverride()
{
    static QString path;
    return path;
}

struct Run {
    bool started = false;
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs ssh-keygen with args, input on stdin. The passphrase (possibly empty) is offered to the askpass
// helper through a pipe: its write end is filled and closed here before the start, its read end is
// close-on-exec in this process and made inheritable only in the child (so no other child of this
// process ever sees it), and its number is in COCKPIT_ASKPASS_FD.
Run runKeygen(const QStringList &args, const QByteArray &input, const QByteArray &passphrase, int timeoutMs)
{
    Run run;
    const QString program = SshKeygen::program();
    if (program.isEmpty())
        return run;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("COCKPIT_ASKPASS_FD"));
    int fds[2] = { -1, -1 };
    const QString askpass = SshKeygen::askpassProgram();
    if (!askpass.isEmpty() && ::pipe2(fds, O_CLOEXEC) == 0) {
        qsizetype written = 0;
        while (written < passphrase.size()) {
            const ssize_t n
                = ::write(fds[1], passphrase.constData() + written, size_t(passphrase.size() - written));
            if (n <= 0)
                break;
            written += n;
        }
        ::close(fds[1]);
        env.insert(QStringLiteral("SSH_ASKPASS"), askpass);
        env.insert(QStringLiteral("SSH_ASKPASS_REQUIRE"), QStringLiteral("force"));
        env.insert(QStringLiteral("COCKPIT_ASKPASS_FD"), QString::number(fds[0]));
    } else {
        // No helper: ssh-keygen must not wait for a terminal nobody watches.
        env.insert(QStringLiteral("SSH_ASKPASS_REQUIRE"), QStringLiteral("never"));
    }
    QProcess p;
    p.setProcessEnvironment(env);
    const int readFd = fds[0];
    if (readFd >= 0) {
        p.setChildProcessModifier([readFd]() {
            // In the child only (after fork, before exec): the read end survives exec.
            ::fcntl(readFd, F_SETFD, 0);
            // No controlling terminal to fall back to: every prompt goes to the helper.
            ::setsid();
        });
    }
    p.start(program, args);
    run.started = p.waitForStarted(timeoutMs);
    if (readFd >= 0)
        ::close(readFd);
    if (!run.started)
        return run;
    p.write(input);
    p.closeWriteChannel();
    run.finished = p.waitForFinished(timeoutMs);
    if (!run.finished) {
        p.kill();
        p.waitForFinished(1000);
        return run;
    }
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = p.readAllStandardOutput();
    run.err = p.readAllStandardError();
    return run;
}

// ssh-keygen's own words, one line, for the end of a message (they never hold a secret).
QString detail(const Run &run)
{
    QString text = QString::fromUtf8(run.err).trimmed();
    text.replace(QLatin1Char('\n'), QStringLiteral("; "));
    return text;
}

bool failed(const Run &run, int timeoutMs, QString *error)
{
    if (SshKeygen::program().isEmpty()) {
        *error = QCoreApplication::translate("SshKeygen",
            "ssh-keygen was not found; install OpenSSH's client tools (package openssh-client).");
        return true;
    }
    if (!run.started) {
        *error = QCoreApplication::translate("SshKeygen", "ssh-keygen (%1) could not be started.")
                     .arg(SshKeygen::program());
        return true;
    }
    if (!run.finished) {
        *error = QCoreApplication::translate(
            "SshKeygen", "ssh-keygen did not finish within %1 s and was stopped.")
                     .arg(timeoutMs / 1000);
        return true;
    }
    return false;
}

QString readFirstLine(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(f.readLine(64 * 1024)).trimmed();
}

bool isPublicKeyFile(const QString &path)
{
    const QString line = readFirstLine(path);
    return line.startsWith(QLatin1String("ssh-")) || line.startsWith(QLatin1String("ecdsa-"))
        || line.startsWith(QLatin1String("sk-"));
}

// A signature to a temporary file (ssh-keygen -Y verify/find-principals read it with -s). Not secret.
bool writeSignatureFile(QTemporaryFile &file, const QByteArray &armored, QString *error)
{
    if (!file.open() || file.write(armored) != armored.size() || !file.flush()) {
        *error
            = QCoreApplication::translate("SshKeygen", "Cannot write a temporary file for the signature: %1")
                  .arg(file.errorString());
        return false;
    }
    return true;
}

bool checkAllowedSigners(const QString &path, QString *error)
{
    if (path.isEmpty()) {
        *error = QCoreApplication::translate("SshKeygen",
            "No allowed signers file is set: give --allowed-signers FILE, set COCKPIT_ALLOWED_SIGNERS or "
            "choose one in the settings.");
        return false;
    }
    if (!QFileInfo(path).isFile()) {
        *error = QCoreApplication::translate("SshKeygen", "The allowed signers file %1 does not exist.")
                     .arg(path);
        return false;
    }
    return true;
}

bool checkKeyFile(const QString &keyFile, QString *error)
{
    if (keyFile.isEmpty()) {
        *error = QCoreApplication::translate(
            "SshKeygen", "No signing key is set: give --key FILE or set COCKPIT_SIGNING_KEY.");
        return false;
    }
    if (!QFileInfo(keyFile).isFile()) {
        *error = QCoreApplication::translate("SshKeygen", "There is no key file %1.").arg(keyFile);
        return false;
    }
    return true;
}

}

QString SshKeygen::signatureNamespace()
{
    return QStringLiteral("cutover-cockpit");
}

QString SshKeygen::program()
{
    const QString fromEnv = qEnvironmentVariable("COCKPIT_SSH_KEYGEN");
    if (!fromEnv.isEmpty())
        return QFileInfo(fromEnv).isExecutable() ? fromEnv : QString();
    return QStandardPaths::findExecutable(QStringLiteral("ssh-keygen"));
}

QString SshKeygen::askpassProgram()
{
    {
        QMutexLocker lock(&askpassMutex());
        if (!askpassOverride().isEmpty())
            return askpassOverride();
    }
    const QString fromEnv = qEnvironmentVariable("COCKPIT_ASKPASS");
    if (!fromEnv.isEmpty())
        return fromEnv;
    const QString beside
        = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("cockpit-askpass"));
    if (QFileInfo(beside).isExecutable())
        return beside;
    // Tests live in build/tests, the helper in build/bin.
    const QString sibling
        = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../bin/cockpit-askpass"));
    if (QFileInfo(sibling).isExecutable())
        return QFileInfo(sibling).canonicalFilePath();
    return QStandardPaths::findExecutable(QStringLiteral("cockpit-askpass"));
}

void SshKeygen::setAskpassProgram(const QString &path)
{
    QMutexLocker lock(&askpassMutex());
    askpassOverride() = path;
}

bool SshKeygen::available(QString *error)
{
    const Run run = runKeygen({ QStringLiteral("-Y"), QStringLiteral("help") }, {}, {}, defaultTimeoutMs);
    if (failed(run, defaultTimeoutMs, error))
        return false;
    return true;
}

QByteArray SshKeygen::sign(const QByteArray &message, const QString &keyFile, const QByteArray &passphrase,
    QString *error, int timeoutMs)
{
    if (!checkKeyFile(keyFile, error))
        return {};
    const bool publicKey = isPublicKeyFile(keyFile);
    if (publicKey && qEnvironmentVariableIsEmpty("SSH_AUTH_SOCK")) {
        *error = tr("%1 is a public key, but no ssh-agent is reachable (SSH_AUTH_SOCK is not set); give the "
                    "private key file or start ssh-agent and add the key with ssh-add.")
                     .arg(keyFile);
        return {};
    }
    const Run run = runKeygen({ QStringLiteral("-Y"), QStringLiteral("sign"), QStringLiteral("-q"),
                                  QStringLiteral("-n"), signatureNamespace(), QStringLiteral("-f"), keyFile },
        message, passphrase, timeoutMs);
    if (failed(run, timeoutMs, error))
        return {};
    if (run.exitCode == 0 && run.out.contains("-----BEGIN SSH SIGNATURE-----"))
        return run.out;
    const QString said = detail(run);
    if (said.contains(QLatin1String("passphrase"), Qt::CaseInsensitive)
        || said.contains(QLatin1String("Load key"), Qt::CaseInsensitive)) {
        if (passphrase.isEmpty())
            *error = tr("The key %1 is protected by a passphrase; give the passphrase.").arg(keyFile);
        else
            *error = tr("Wrong passphrase for the key %1.").arg(keyFile);
    } else if (publicKey
        && (said.contains(QLatin1String("agent"), Qt::CaseInsensitive)
            || said.contains(QLatin1String("private key"), Qt::CaseInsensitive))) {
        *error = tr("ssh-agent does not hold the private half of %1 (add it with ssh-add): %2")
                     .arg(keyFile, said);
    } else {
        *error = tr("ssh-keygen could not sign with %1: %2").arg(keyFile, said);
    }
    return {};
}

bool SshKeygen::verify(const QByteArray &message, const QByteArray &armored,
    const QString &allowedSignersFile, const QString &principal, QString *error, int timeoutMs)
{
    if (!checkAllowedSigners(allowedSignersFile, error))
        return false;
    if (armored.isEmpty()) {
        *error = tr("There is no signature to verify.");
        return false;
    }
    if (principal.isEmpty()) {
        *error = tr("The signature names no principal.");
        return false;
    }
    QTemporaryFile sigFile;
    if (!writeSignatureFile(sigFile, armored, error))
        return false;
    const Run run = runKeygen({ QStringLiteral("-Y"), QStringLiteral("verify"), QStringLiteral("-f"),
                                  allowedSignersFile, QStringLiteral("-I"), principal, QStringLiteral("-n"),
                                  signatureNamespace(), QStringLiteral("-s"), sigFile.fileName() },
        message, {}, timeoutMs);
    if (failed(run, timeoutMs, error))
        return false;
    if (run.exitCode == 0)
        return true;
    *error = tr("The signature of %1 does not verify against the allowed signers file %2 (the key is not "
                "allowed for %1 there, or the signed text was changed): %3")
                 .arg(principal, allowedSignersFile, detail(run));
    return false;
}

QStringList SshKeygen::findPrincipals(
    const QByteArray &armored, const QString &allowedSignersFile, QString *error, int timeoutMs)
{
    if (!checkAllowedSigners(allowedSignersFile, error))
        return {};
    QTemporaryFile sigFile;
    if (!writeSignatureFile(sigFile, armored, error))
        return {};
    const Run run = runKeygen({ QStringLiteral("-Y"), QStringLiteral("find-principals"), QStringLiteral("-f"),
                                  allowedSignersFile, QStringLiteral("-s"), sigFile.fileName() },
        {}, {}, timeoutMs);
    if (failed(run, timeoutMs, error))
        return {};
    QStringList principals;
    for (const QByteArray &line : run.out.split('\n')) {
        const QString p = QString::fromUtf8(line).trimmed();
        if (!p.isEmpty())
            principals << p;
    }
    if (run.exitCode != 0 || principals.isEmpty()) {
        *error = tr("The signing key is not in the allowed signers file %1.").arg(allowedSignersFile);
        return {};
    }
    return principals;
}

QString SshKeygen::fingerprint(const QString &keyFile, QString *error, int timeoutMs)
{
    if (!checkKeyFile(keyFile, error))
        return {};
    const QString pub = keyFile + QStringLiteral(".pub");
    const QString source = !isPublicKeyFile(keyFile) && QFileInfo(pub).isFile() ? pub : keyFile;
    const Run run = runKeygen({ QStringLiteral("-l"), QStringLiteral("-E"), QStringLiteral("sha256"),
                                  QStringLiteral("-f"), source },
        {}, {}, timeoutMs);
    if (failed(run, timeoutMs, error))
        return {};
    const QStringList parts = QString::fromUtf8(run.out).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (run.exitCode != 0 || parts.size() < 2 || !parts.at(1).startsWith(QLatin1String("SHA256:"))) {
        *error = tr("%1 is not an SSH key: %2").arg(keyFile, detail(run));
        return {};
    }
    return parts.at(1);
}

QString SshKeygen::publicKey(
    const QString &keyFile, const QByteArray &passphrase, QString *error, int timeoutMs)
{
    if (!checkKeyFile(keyFile, error))
        return {};
    auto firstTwo = [](const QString &line) {
        const QStringList parts = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        return parts.size() >= 2 ? parts.at(0) + QLatin1Char(' ') + parts.at(1) : QString();
    };
    if (isPublicKeyFile(keyFile))
        return firstTwo(readFirstLine(keyFile));
    const QString pub = keyFile + QStringLiteral(".pub");
    if (QFileInfo(pub).isFile() && isPublicKeyFile(pub))
        return firstTwo(readFirstLine(pub));
    const Run run
        = runKeygen({ QStringLiteral("-y"), QStringLiteral("-f"), keyFile }, {}, passphrase, timeoutMs);
    if (failed(run, timeoutMs, error))
        return {};
    const QString line = firstTwo(QString::fromUtf8(run.out).trimmed());
    if (run.exitCode != 0 || line.isEmpty()) {
        if (passphrase.isEmpty())
            *error = tr("Cannot read the public half of %1 (is it protected by a passphrase?): %2")
                         .arg(keyFile, detail(run));
        else
            *error = tr("Wrong passphrase for the key %1.").arg(keyFile);
        return {};
    }
    return line;
}

QString SshKeygen::principalFor(
    const QString &publicKeyLine, const QString &allowedSignersFile, QString *error)
{
    if (!checkAllowedSigners(allowedSignersFile, error))
        return {};
    const QStringList key = publicKeyLine.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QByteArray blob = key.size() < 2
        ? QByteArray()
        : QByteArray::fromBase64(key.at(1).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (blob.isEmpty()) {
        *error = tr("The public key is not of the form \"TYPE BASE64\".");
        return {};
    }
    AllowedSigners signers;
    if (!AllowedSigners::load(allowedSignersFile, &signers, error))
        return {};
    const QString principal = signers.principalOf(blob);
    if (principal.isEmpty())
        *error = tr("The key is not in the allowed signers file %1.").arg(allowedSignersFile);
    return principal;
}

bool SshKeygen::isEncrypted(const QString &keyFile)
{
    QFile f(keyFile);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray text = f.read(64 * 1024);
    const QByteArray begin = "-----BEGIN OPENSSH PRIVATE KEY-----";
    const qsizetype start = text.indexOf(begin);
    if (start < 0)
        return text.contains("ENCRYPTED"); // an old PEM key says so in its header
    const qsizetype end = text.indexOf("-----END", start + begin.size());
    const QByteArray body
        = QByteArray::fromBase64(text.mid(start + begin.size(), end - start - begin.size()));
    const QByteArray magic("openssh-key-v1\0", 15);
    if (!body.startsWith(magic) || body.size() < 19)
        return false;
    const auto *p = reinterpret_cast<const uchar *>(body.constData()) + 15;
    const quint32 length
        = (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
    return body.mid(19, qsizetype(length)) != "none";
}
