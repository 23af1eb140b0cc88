// SPDX-License-Identifier: GPL-3.0-or-later
#include "identity/SigningKeyFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

namespace {

// Type and base64 of the first public key on a line of OpenSSH text ("ssh-ed25519 AAAA... comment"),
// also when options or principals come first; empty when the line holds none.
QString keyOfLine(const QString &line, QString *before = nullptr)
{
    static const QRegularExpression key(QStringLiteral(
        R"((?:^|\s)((?:ssh-(?:ed25519|rsa|dss)|ecdsa-sha2-nistp\d+|sk-(?:ssh-ed25519|ecdsa-sha2-nistp256)@openssh\.com)(?:-cert-v01@openssh\.com)?)\s+([A-Za-z0-9+/=]+))"));
    const QRegularExpressionMatch m = key.match(line);
    if (!m.hasMatch())
        return {};
    if (before)
        *before = line.left(m.capturedStart(1)).trimmed();
    return m.captured(1) + QLatin1Char(' ') + m.captured(2);
}

}

bool SigningKeyFile::needsPassphrase(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray text = f.read(64 * 1024);
    if (text.contains("ENCRYPTED"))
        return true; // PEM: "Proc-Type: 4,ENCRYPTED" or "BEGIN ENCRYPTED PRIVATE KEY"
    const QByteArray begin = "-----BEGIN OPENSSH PRIVATE KEY-----";
    const qsizetype start = text.indexOf(begin);
    const qsizetype end = text.indexOf("-----END OPENSSH PRIVATE KEY-----");
    if (start < 0 || end < start)
        return false;
    const QByteArray body
        = QByteArray::fromBase64(text.mid(start + begin.size(), end - start - begin.size()));
    // "openssh-key-v1\0", then the cipher name as a string (uint32 big-endian length, bytes).
    const QByteArray magic("openssh-key-v1\0", 15);
    if (!body.startsWith(magic) || body.size() < magic.size() + 4)
        return false;
    const auto *p = reinterpret_cast<const uchar *>(body.constData()) + magic.size();
    const quint32 length
        = (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
    const QByteArray cipher = body.mid(magic.size() + 4, qsizetype(length));
    return cipher != "none";
}

QStringList SigningKeyFile::principalsIn(
    const QString &allowedSignersPath, const QString &publicKey, QString *error)
{
    QFile f(allowedSignersPath);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error
                = QCoreApplication::translate("SigningKeyFile", "Cannot read the allowed-signers file %1: %2")
                      .arg(allowedSignersPath, f.errorString());
        return {};
    }
    QStringList principals;
    if (publicKey.isEmpty())
        return principals;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray &raw : lines) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        QString before;
        if (keyOfLine(line, &before) != publicKey || before.isEmpty())
            continue;
        // The first field is the principals (comma-separated, optionally quoted); options follow it.
        QString first = before.section(QRegularExpression(QStringLiteral("\\s+")), 0, 0);
        if (first.startsWith(QLatin1Char('"')))
            first = before.mid(1, before.indexOf(QLatin1Char('"'), 1) - 1);
        for (const QString &p : first.split(QLatin1Char(','), Qt::SkipEmptyParts))
            if (!principals.contains(p))
                principals << p;
    }
    return principals;
}
