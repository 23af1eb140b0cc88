// SPDX-License-Identifier: GPL-3.0-or-later
// cutoverctl whoami: who the cockpit takes you for, and the key it would sign with.
#include "CtlCommand.h"
#include "CtlSupport.h"

#include "identity/SigningKeyFile.h"
#include "signing/SigningSettings.h"
#include "signing/SshKeygen.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("WhoamiCommand", text);
}

int whoamiCommand(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Who the cockpit takes you for: the principal every action of yours is recorded as (the "
           "operating-system account running the command, never $USER or --by), the display name shown "
           "beside it, the host, and the signing key it would use with the principals the allowed-signers "
           "file maps that key to."));
    p.addOption(CtlSupport::byOption());
    p.addOption({ QStringLiteral("key"),
        tr("The signing key (a private key file, or a public key whose private half is in ssh-agent); "
           "default: $COCKPIT_SIGNING_KEY, else the settings' signing/key."),
        tr("FILE") });
    p.addOption({ QStringLiteral("allowed-signers"),
        tr("OpenSSH allowed-signers file; default: $COCKPIT_ALLOWED_SIGNERS, else the settings' "
           "signing/allowed_signers."),
        tr("FILE") });
    p.addOption({ QStringLiteral("json"),
        tr("Print one JSON object: principal, display_name, host, key {path, fingerprint, principals} or "
           "null, allowed_signers (path or null).") });
    if (const int rc = CtlSupport::parse(p, args,
            QStringLiteral("cutoverctl whoami [--by NAME] [--key FILE] [--allowed-signers FILE] [--json]"), 0,
            0);
        rc != CtlSupport::Continue)
        return rc;
    const Principal who = CtlSupport::principal(p.value(QStringLiteral("by")));
    // The same places the act commands take them from (SigningSettings).
    const QString keyPath = SigningSettings::keyFile(p.value(QStringLiteral("key")));
    const QString signersPath
        = SigningSettings::allowedSignersFile(p.value(QStringLiteral("allowed-signers")));
    QString fingerprint;
    QString keyError;
    QStringList principals;
    QString signersError;
    if (!keyPath.isEmpty()) {
        fingerprint = SshKeygen::fingerprint(keyPath, &keyError);
        QString publicError;
        const QString publicKey
            = fingerprint.isEmpty() ? QString() : SshKeygen::publicKey(keyPath, {}, &publicError);
        if (!signersPath.isEmpty())
            principals = SigningKeyFile::principalsIn(signersPath, publicKey, &signersError);
    }

    if (p.isSet(QStringLiteral("json"))) {
        QJsonObject o { { QStringLiteral("principal"), who.name },
            { QStringLiteral("display_name"), who.displayName }, { QStringLiteral("host"), who.host } };
        if (keyPath.isEmpty()) {
            o.insert(QStringLiteral("key"), QJsonValue::Null);
        } else {
            QJsonObject k { { QStringLiteral("path"), keyPath },
                { QStringLiteral("fingerprint"),
                    fingerprint.isEmpty() ? QJsonValue() : QJsonValue(fingerprint) },
                { QStringLiteral("principals"), QJsonArray::fromStringList(principals) } };
            if (!keyError.isEmpty())
                k.insert(QStringLiteral("error"), keyError);
            o.insert(QStringLiteral("key"), k);
        }
        o.insert(QStringLiteral("allowed_signers"),
            signersPath.isEmpty() ? QJsonValue() : QJsonValue(signersPath));
        if (!signersError.isEmpty())
            o.insert(QStringLiteral("allowed_signers_error"), signersError);
        CtlSupport::print(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)));
        return CtlSupport::Success;
    }
    QString text = tr("principal:     %1 (the operating-system account; every action is recorded as it)\n")
                       .arg(who.name);
    text += tr("display name:  %1\n").arg(who.displayName.isEmpty() ? tr("(none)") : who.displayName);
    text += tr("host:          %1\n").arg(who.host);
    if (keyPath.isEmpty())
        text += tr(
            "signing key:   none (give --key FILE, set COCKPIT_SIGNING_KEY or the settings' signing/key)\n");
    else if (fingerprint.isEmpty())
        text += tr("signing key:   %1 (not readable: %2)\n").arg(keyPath, keyError);
    else
        text += tr("signing key:   %1 (%2)\n").arg(keyPath, fingerprint);
    if (signersPath.isEmpty())
        text += tr("allowed signers: none (give --allowed-signers FILE, set COCKPIT_ALLOWED_SIGNERS or the "
                   "settings' signing/allowed_signers)\n");
    else if (!signersError.isEmpty())
        text += tr("allowed signers: %1 (%2)\n").arg(signersPath, signersError);
    else if (keyPath.isEmpty())
        text += tr("allowed signers: %1\n").arg(signersPath);
    else if (principals.isEmpty())
        text += tr("allowed signers: %1 does not list this key: it cannot sign\n").arg(signersPath);
    else
        text += tr("allowed signers: %1 maps this key to %2\n")
                    .arg(signersPath, principals.join(QStringLiteral(", ")));
    CtlSupport::print(text);
    return CtlSupport::Success;
}

}

QList<CtlCommand> whoamiCommands()
{
    return { { QStringLiteral("whoami"),
        tr("who the cockpit takes you for: principal, display name, host, signing key"), whoamiCommand } };
}
