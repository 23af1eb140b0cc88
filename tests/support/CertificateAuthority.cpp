// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/CertificateAuthority.h"

#include <QFile>
#include <QProcess>

CertificateAuthority::CertificateAuthority(const QString &name)
    : m_name(name)
{
}

bool CertificateAuthority::openssl(const QStringList &args, QString *error) const
{
    QProcess p;
    p.setWorkingDirectory(m_dir.path());
    p.start(QStringLiteral("openssl"), args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = QStringLiteral("openssl %1: %2%3")
                     .arg(args.join(QLatin1Char(' ')), p.errorString(),
                         QString::fromLocal8Bit(p.readAllStandardError()));
        return false;
    }
    return true;
}

bool CertificateAuthority::create(QString *error)
{
    if (!m_dir.isValid()) {
        *error = QStringLiteral("no temporary folder: %1").arg(m_dir.errorString());
        return false;
    }
    if (!openssl(
            { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
                QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("ca.key"),
                QStringLiteral("-out"), QStringLiteral("ca.crt"), QStringLiteral("-days"),
                QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=") + m_name },
            error))
        return false;
    QFile::setPermissions(path(QStringLiteral("ca.key")), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

bool CertificateAuthority::issue(
    const QString &name, const QString &cn, const QStringList &altNames, QString *error)
{
    const QString request = name + QStringLiteral(".csr");
    if (!openssl({ QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                     QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
                     QStringLiteral("-nodes"), QStringLiteral("-keyout"), keyFile(name),
                     QStringLiteral("-out"), request, QStringLiteral("-subj"), QStringLiteral("/CN=") + cn },
            error))
        return false;
    QFile::setPermissions(keyFile(name), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QStringList sign { QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), request,
        QStringLiteral("-CA"), QStringLiteral("ca.crt"), QStringLiteral("-CAkey"), QStringLiteral("ca.key"),
        QStringLiteral("-CAcreateserial"), QStringLiteral("-out"), certFile(name), QStringLiteral("-days"),
        QStringLiteral("2") };
    if (!altNames.isEmpty()) {
        const QString ext = path(name + QStringLiteral(".ext"));
        QFile f(ext);
        if (!f.open(QIODevice::WriteOnly)) {
            *error = QStringLiteral("cannot write %1: %2").arg(ext, f.errorString());
            return false;
        }
        f.write(QStringLiteral("subjectAltName=%1\n").arg(altNames.join(QLatin1Char(','))).toUtf8());
        f.close();
        sign << QStringLiteral("-extfile") << ext;
    }
    return openssl(sign, error);
}
