// SPDX-License-Identifier: GPL-3.0-or-later
#include "signing/AllowedSigners.h"

#include <QFile>
#include <QTimeZone>

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t';
}

// The next field of a line from *pos: up to the next blank outside double quotes. Quotes stay in the
// field; *pos ends after the blanks that follow it.
QByteArray nextField(const QByteArray &line, qsizetype *pos)
{
    qsizetype i = *pos;
    bool quoted = false;
    while (i < line.size() && (quoted || !isSpace(line.at(i)))) {
        if (line.at(i) == '"')
            quoted = !quoted;
        ++i;
    }
    const QByteArray field = line.mid(*pos, i - *pos);
    while (i < line.size() && isSpace(line.at(i)))
        ++i;
    *pos = i;
    return field;
}

QByteArray unquoted(const QByteArray &text)
{
    if (text.size() >= 2 && text.startsWith('"') && text.endsWith('"'))
        return text.mid(1, text.size() - 2);
    return text;
}

// Splits options at commas outside double quotes.
QList<QByteArray> splitOptions(const QByteArray &text)
{
    QList<QByteArray> out;
    bool quoted = false;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == '"')
            quoted = !quoted;
        else if (text.at(i) == ',' && !quoted) {
            out << text.mid(start, i - start);
            start = i + 1;
        }
    }
    out << text.mid(start);
    return out;
}

// OpenSSH's absolute times: YYYYMMDD, YYYYMMDDHHMM or YYYYMMDDHHMMSS, local time unless followed by Z.
QDateTime absoluteTime(QByteArray text)
{
    bool utc = false;
    if (text.endsWith('Z') || text.endsWith('z')) {
        utc = true;
        text.chop(1);
    }
    for (const char c : std::as_const(text)) {
        if (c < '0' || c > '9')
            return {};
    }
    QByteArray format;
    if (text.size() == 8)
        format = "yyyyMMdd";
    else if (text.size() == 12)
        format = "yyyyMMddHHmm";
    else if (text.size() == 14)
        format = "yyyyMMddHHmmss";
    else
        return {};
    QDateTime t = QDateTime::fromString(QString::fromLatin1(text), QString::fromLatin1(format));
    if (t.isValid() && utc)
        t.setTimeZone(QTimeZone::utc());
    return t;
}

// The key type named inside a wire-form key blob (its first SSH string).
QByteArray blobType(const QByteArray &blob)
{
    if (blob.size() < 4)
        return {};
    const auto *p = reinterpret_cast<const uchar *>(blob.constData());
    const quint32 n = (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
    if (n > quint32(blob.size() - 4))
        return {};
    return blob.mid(4, qsizetype(n));
}

bool isKeyType(const QByteArray &field)
{
    return field.startsWith("ssh-") || field.startsWith("ecdsa-") || field.startsWith("sk-")
        || field.startsWith("rsa-");
}

// The options field of a line into *e; false with *why at the first option that cannot be read.
bool parseOptions(const QByteArray &field, AllowedSigners::Entry *e, QString *why)
{
    for (const QByteArray &option : splitOptions(field)) {
        const qsizetype eq = option.indexOf('=');
        const QByteArray name = (eq < 0 ? option : option.left(eq)).toLower();
        const QByteArray value = eq < 0 ? QByteArray() : unquoted(option.mid(eq + 1));
        if (name == "cert-authority" && eq < 0) {
            e->certAuthority = true;
        } else if (name == "namespaces" && eq >= 0) {
            for (const QByteArray &ns : value.split(','))
                e->namespaces << QString::fromUtf8(ns);
        } else if ((name == "valid-after" || name == "valid-before") && eq >= 0) {
            const QDateTime t = absoluteTime(value);
            if (!t.isValid()) {
                *why = AllowedSigners::tr("the time \"%1\" is not YYYYMMDD[HHMM[SS]][Z]")
                           .arg(QString::fromUtf8(value));
                return false;
            }
            (name == "valid-after" ? e->validAfter : e->validBefore) = t;
        } else {
            *why = AllowedSigners::tr("unknown option \"%1\"").arg(QString::fromUtf8(option));
            return false;
        }
    }
    return true;
}

}

bool AllowedSigners::matchesPattern(QStringView text, QStringView pattern)
{
    // Iterative glob with backtracking to the last '*': linear in practice, no recursion on hostile input.
    qsizetype t = 0, p = 0, star = -1, mark = 0;
    while (t < text.size()) {
        if (p < pattern.size() && (pattern.at(p) == QLatin1Char('?') || pattern.at(p) == text.at(t))) {
            ++t;
            ++p;
        } else if (p < pattern.size() && pattern.at(p) == QLatin1Char('*')) {
            star = p++;
            mark = t;
        } else if (star >= 0) {
            p = star + 1;
            t = ++mark;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern.at(p) == QLatin1Char('*'))
        ++p;
    return p == pattern.size();
}

bool AllowedSigners::matchesPatternList(const QString &text, const QStringList &patterns)
{
    bool matched = false;
    for (const QString &pattern : patterns) {
        const bool negated = pattern.startsWith(QLatin1Char('!'));
        const QStringView body = negated ? QStringView(pattern).mid(1) : QStringView(pattern);
        if (matchesPattern(text, body)) {
            if (negated)
                return false;
            matched = true;
        }
    }
    return matched;
}

bool AllowedSigners::Entry::accepts(const QString &principal, const QString &signatureNamespace,
    const QByteArray &blob, const QDateTime &at) const
{
    if (certAuthority || blob != keyBlob || !matchesPatternList(principal, principals))
        return false;
    if (!namespaces.isEmpty() && !matchesPatternList(signatureNamespace, namespaces))
        return false;
    if (validAfter.isValid() && at < validAfter)
        return false;
    if (validBefore.isValid() && at > validBefore)
        return false;
    return true;
}

AllowedSigners AllowedSigners::parse(const QByteArray &text)
{
    AllowedSigners out;
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype n = 0; n < lines.size(); ++n) {
        QByteArray line = lines.at(n);
        if (line.endsWith('\r'))
            line.chop(1);
        qsizetype pos = 0;
        while (pos < line.size() && isSpace(line.at(pos)))
            ++pos;
        if (pos == line.size() || line.at(pos) == '#')
            continue;
        const int number = int(n + 1);
        const auto refuse = [&out, number](const QString &why) {
            out.m_unreadable << tr("line %1: %2").arg(number).arg(why);
        };
        Entry e;
        e.line = number;
        const QByteArray principals = unquoted(nextField(line, &pos));
        for (const QByteArray &p : principals.split(','))
            e.principals << QString::fromUtf8(p);
        QByteArray field = nextField(line, &pos);
        if (!isKeyType(field)) {
            QString why;
            if (!parseOptions(field, &e, &why)) {
                refuse(why);
                continue;
            }
            field = nextField(line, &pos);
        }
        const QByteArray key = nextField(line, &pos);
        const QByteArray blob = QByteArray::fromBase64(key, QByteArray::AbortOnBase64DecodingErrors);
        if (!isKeyType(field) || key.isEmpty() || blob.isEmpty() || blobType(blob) != field) {
            refuse(tr("no public key of the form \"TYPE BASE64\""));
            continue;
        }
        e.keyType = QString::fromLatin1(field);
        e.keyBlob = blob;
        out.m_entries << e;
    }
    return out;
}

bool AllowedSigners::load(const QString &path, AllowedSigners *out, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the allowed signers file %1: %2").arg(path, f.errorString());
        return false;
    }
    constexpr qint64 limit = 16 * 1024 * 1024;
    if (f.size() > limit) {
        *error = tr("The allowed signers file %1 is larger than 16 MiB.").arg(path);
        return false;
    }
    *out = parse(f.readAll());
    return true;
}

const AllowedSigners::Entry *AllowedSigners::find(const QString &principal, const QString &signatureNamespace,
    const QByteArray &keyBlob, const QDateTime &at) const
{
    for (const Entry &e : m_entries) {
        if (e.accepts(principal, signatureNamespace, keyBlob, at))
            return &e;
    }
    return nullptr;
}

QString AllowedSigners::principalOf(const QByteArray &keyBlob) const
{
    for (const Entry &e : m_entries) {
        if (e.certAuthority || e.keyBlob != keyBlob)
            continue;
        for (const QString &p : e.principals) {
            if (!p.isEmpty() && !p.contains(QLatin1Char('*')) && !p.contains(QLatin1Char('?'))
                && !p.startsWith(QLatin1Char('!')))
                return p;
        }
    }
    return {};
}
