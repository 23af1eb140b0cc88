// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// An allowed-signers file in OpenSSH's format (ssh-keygen(1), "ALLOWED SIGNERS"): one line per key,
// "principals [options] keytype base64-key", principals and the namespaces option being pattern-lists as
// in ssh_config(5) ("*" and "?" wildcards, "!" negation). Read once, then asked many times: which entries
// accept a key for a principal, and which principal a key signs as.
//
// The options cert-authority, namespaces=, valid-after= and valid-before= are understood. A line this class
// cannot read is kept as unreadable (with its number and why), so that a caller that must agree with
// ssh-keygen can hand such files to ssh-keygen instead of guessing.
class AllowedSigners {
    Q_DECLARE_TR_FUNCTIONS(AllowedSigners)
public:
    struct Entry {
        int line = 0; // 1-based line number in the file
        QStringList principals; // the pattern-list, split at commas
        QStringList namespaces; // empty: any namespace
        bool certAuthority = false;
        QDateTime validAfter; // invalid: no bound
        QDateTime validBefore;
        QString keyType; // "ssh-ed25519", ...
        QByteArray keyBlob; // the key in SSH wire form (the base64 field decoded)

        // Whether this entry accepts the key for principal in namespace at time `at` (a plain key line, not
        // cert-authority).
        bool accepts(const QString &principal, const QString &signatureNamespace, const QByteArray &blob,
            const QDateTime &at) const;
    };

    static AllowedSigners parse(const QByteArray &text);
    // False with *error when the file cannot be read; a readable file with unreadable lines is true.
    static bool load(const QString &path, AllowedSigners *out, QString *error);

    const QList<Entry> &entries() const { return m_entries; }
    // Lines that could not be read ("line 3: unknown option \"foo\""); empty for a clean file.
    const QStringList &unreadable() const { return m_unreadable; }

    // The first plain (not cert-authority) entry that accepts the key for principal; nullptr when none.
    const Entry *find(const QString &principal, const QString &signatureNamespace, const QByteArray &keyBlob,
        const QDateTime &at) const;
    // The principal the key signs as: the first literal principal (no wildcard, no negation) of the first
    // plain entry naming the key; empty when the key is not in the file.
    QString principalOf(const QByteArray &keyBlob) const;

    // ssh_config(5) pattern-list matching: true when some pattern matches and no negated one does.
    static bool matchesPatternList(const QString &text, const QStringList &patterns);
    static bool matchesPattern(QStringView text, QStringView pattern);

private:
    QList<Entry> m_entries;
    QStringList m_unreadable;
};
