// SPDX-License-Identifier: GPL-3.0-or-later
#include "signing/SshSignatureBlob.h"

#include <QCryptographicHash>

namespace {

const QByteArray magic("SSHSIG");
const QByteArray beginLine("-----BEGIN SSH SIGNATURE-----");
const QByteArray endLine("-----END SSH SIGNATURE-----");

// Reads SSH wire types (RFC 4251: uint32 big-endian, string = uint32 length + bytes) from a buffer,
// failing on any length past its end.
class WireReader {
public:
    explicit WireReader(const QByteArray &data)
        : m_data(data)
    {
    }
    bool uint32(quint32 *value)
    {
        if (m_data.size() - m_pos < 4)
            return false;
        const auto *p = reinterpret_cast<const uchar *>(m_data.constData() + m_pos);
        *value = (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
        m_pos += 4;
        return true;
    }
    bool string(QByteArray *value)
    {
        quint32 n = 0;
        if (!uint32(&n) || qint64(n) > qint64(m_data.size() - m_pos))
            return false;
        *value = m_data.mid(m_pos, qsizetype(n));
        m_pos += qsizetype(n);
        return true;
    }
    bool bytes(qsizetype n, QByteArray *value)
    {
        if (m_data.size() - m_pos < n)
            return false;
        *value = m_data.mid(m_pos, n);
        m_pos += n;
        return true;
    }
    bool atEnd() const { return m_pos == m_data.size(); }

private:
    const QByteArray &m_data;
    qsizetype m_pos = 0;
};

void putString(QByteArray *out, const QByteArray &value)
{
    const quint32 n = quint32(value.size());
    out->append(char(n >> 24)).append(char(n >> 16)).append(char(n >> 8)).append(char(n));
    out->append(value);
}

}

bool SshSignatureBlob::parseArmored(const QByteArray &armored, SshSignatureBlob *out, QString *error)
{
    const qsizetype begin = armored.indexOf(beginLine);
    const qsizetype end = begin < 0 ? -1 : armored.indexOf(endLine, begin + beginLine.size());
    if (begin < 0 || end < 0) {
        *error = tr("it is not an armored SSH signature (no BEGIN/END SSH SIGNATURE lines)");
        return false;
    }
    QByteArray base64 = armored.mid(begin + beginLine.size(), end - begin - beginLine.size());
    base64 = base64.simplified().replace(' ', QByteArray());
    const auto decoded = QByteArray::fromBase64Encoding(base64, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        *error = tr("its base64 text is damaged");
        return false;
    }
    const QByteArray blob = *decoded;
    WireReader r(blob);
    QByteArray preamble;
    quint32 version = 0;
    SshSignatureBlob s;
    if (!r.bytes(magic.size(), &preamble) || preamble != magic) {
        *error = tr("it does not start with the SSHSIG magic");
        return false;
    }
    if (!r.uint32(&version) || version != 1) {
        *error = tr("its version is %1, not 1").arg(version);
        return false;
    }
    if (!r.string(&s.publicKey) || !r.string(&s.signatureNamespace) || !r.string(&s.reserved)
        || !r.string(&s.hashAlgorithm) || !r.string(&s.signature) || !r.atEnd()) {
        *error = tr("its fields are truncated or followed by extra bytes");
        return false;
    }
    WireReader key(s.publicKey);
    WireReader sig(s.signature);
    if (!key.string(&s.keyType) || !sig.string(&s.signatureType) || !sig.string(&s.signatureBytes)) {
        *error = tr("its key or signature field is malformed");
        return false;
    }
    *out = s;
    return true;
}

QByteArray SshSignatureBlob::signedData(const QByteArray &message) const
{
    QByteArray digest;
    if (hashAlgorithm == "sha512")
        digest = QCryptographicHash::hash(message, QCryptographicHash::Sha512);
    else if (hashAlgorithm == "sha256")
        digest = QCryptographicHash::hash(message, QCryptographicHash::Sha256);
    else
        return {};
    QByteArray out = magic;
    putString(&out, signatureNamespace);
    putString(&out, reserved);
    putString(&out, hashAlgorithm);
    putString(&out, digest);
    return out;
}

QByteArray SshSignatureBlob::ed25519Key(const QByteArray &publicKeyBlob)
{
    WireReader r(publicKeyBlob);
    QByteArray type, key;
    if (!r.string(&type) || type != "ssh-ed25519" || !r.string(&key) || !r.atEnd() || key.size() != 32)
        return {};
    return key;
}
