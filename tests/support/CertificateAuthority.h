// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

// A certificate authority made with `openssl` at test time in a temporary folder: its certificate
// (ca.crt) and the certificates it issues, each NAME.crt with its key NAME.key (mode 0600).
class CertificateAuthority {
public:
    explicit CertificateAuthority(const QString &name = QStringLiteral("Cockpit test CA"));

    // Creates the CA's key and self-signed certificate; false with *error set.
    bool create(QString *error);
    // Issues NAME.crt/NAME.key for the common name `cn`, with `altNames` (e.g. "IP:127.0.0.1",
    // "DNS:localhost") as subjectAltName when given.
    bool issue(const QString &name, const QString &cn, const QStringList &altNames, QString *error);

    QString caFile() const { return path(QStringLiteral("ca.crt")); }
    QString certFile(const QString &name) const { return path(name + QStringLiteral(".crt")); }
    QString keyFile(const QString &name) const { return path(name + QStringLiteral(".key")); }

private:
    QString path(const QString &file) const { return m_dir.filePath(file); }
    bool openssl(const QStringList &args, QString *error) const;

    QString m_name;
    QTemporaryDir m_dir;
};
