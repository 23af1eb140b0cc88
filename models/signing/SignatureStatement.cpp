// SPDX-License-Identifier: GPL-3.0-or-later
#include "signing/SignatureStatement.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QTimeZone>

namespace {

const char *const firstLine = "cutover-cockpit signature v1";
const char *const keys[]
    = { "session", "act", "entity", "record", "meaning", "principal", "name", "time", "chain-head" };

QString line(const char *key, const QString &value)
{
    const QString v = SignatureStatement::oneLine(value);
    return v.isEmpty() ? QLatin1String(key) + QLatin1Char(':')
                       : QLatin1String(key) + QStringLiteral(": ") + v;
}

}

QString SignatureStatement::oneLine(const QString &value)
{
    QString out = value;
    for (QChar &c : out) {
        const char16_t u = c.unicode();
        if (u == u'\n' || u == u'\r' || u == u'\v' || u == u'\f' || u == 0x85 || u == 0x2028 || u == 0x2029)
            c = QLatin1Char(' ');
    }
    while (!out.isEmpty() && out.back().isSpace())
        out.chop(1);
    return out;
}

QString SignatureStatement::timeText(const QDateTime &time)
{
    if (!time.isValid())
        return QString();
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz'Z'"));
}

QByteArray SignatureStatement::toText() const
{
    QStringList lines;
    lines << QLatin1String(firstLine);
    lines << line("session", sessionId);
    lines << line("act", act);
    lines << line("entity", entity + QLatin1Char(' ') + QString::number(entityId));
    lines << line("record", record);
    lines << line("meaning", meaning);
    lines << line("principal", principal);
    lines << line("name", displayName);
    lines << line("time", timeText(time));
    lines << line("chain-head", chainHead);
    return (lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8();
}

bool SignatureStatement::parse(const QByteArray &text, SignatureStatement *statement, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const QString s = QString::fromUtf8(text);
    if (!s.endsWith(QLatin1Char('\n')))
        return fail(QCoreApplication::translate(
            "SignatureStatement", "The statement does not end with a line break."));
    const QStringList lines = s.left(s.size() - 1).split(QLatin1Char('\n'));
    if (lines.size() != 10)
        return fail(
            QCoreApplication::translate("SignatureStatement", "The statement has %1 lines instead of 10.")
                .arg(lines.size()));
    if (lines.at(0) != QLatin1String(firstLine))
        return fail(
            QCoreApplication::translate("SignatureStatement", "The statement does not start with \"%1\".")
                .arg(QLatin1String(firstLine)));
    QStringList values;
    for (int i = 0; i < 9; ++i) {
        const QString &l = lines.at(i + 1);
        const QString key = QLatin1String(keys[i]) + QLatin1Char(':');
        if (!l.startsWith(key))
            return fail(
                QCoreApplication::translate("SignatureStatement", "Line %1 of the statement is not \"%2\".")
                    .arg(i + 2)
                    .arg(key));
        QString v = l.mid(key.size());
        if (v.startsWith(QLatin1Char(' ')))
            v.remove(0, 1);
        values << v;
    }
    SignatureStatement st;
    st.sessionId = values.at(0);
    st.act = values.at(1);
    const int space = values.at(2).lastIndexOf(QLatin1Char(' '));
    bool idOk = false;
    st.entity = space > 0 ? values.at(2).left(space) : QString();
    st.entityId = space > 0 ? values.at(2).mid(space + 1).toLongLong(&idOk) : 0;
    if (!idOk)
        return fail(QCoreApplication::translate(
            "SignatureStatement", "The statement's entity line is not \"ENTITY ID\"."));
    st.record = values.at(3);
    st.meaning = values.at(4);
    st.principal = values.at(5);
    st.displayName = values.at(6);
    st.time = QDateTime::fromString(values.at(7), QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz'Z'"));
    st.time.setTimeZone(QTimeZone::utc());
    if (!st.time.isValid())
        return fail(QCoreApplication::translate(
            "SignatureStatement", "The statement's time \"%1\" is not UTC with milliseconds.")
                        .arg(values.at(7)));
    st.chainHead = values.at(8);
    if (st.toText() != text)
        return fail(
            QCoreApplication::translate("SignatureStatement", "The statement is not in its canonical form."));
    *statement = st;
    return true;
}

bool SignatureStatement::operator==(const SignatureStatement &o) const
{
    return toText() == o.toText();
}
