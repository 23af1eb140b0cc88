// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

// The canonical text a person signs (docs/audit-format.md). UTF-8, LF line ends, no trailing spaces,
// exactly these lines in this order, ending with LF:
//   cutover-cockpit signature v1
//   session: <meta.session_id>
//   act: <act>
//   entity: <entity> <entity_id>
//   record: <one-line human description, newlines replaced by spaces>
//   meaning: <meaning text, stored English>
//   principal: <principal>
//   name: <display name, may be empty>
//   time: <UTC, yyyy-MM-ddTHH:mm:ss.zzzZ>
//   chain-head: <64 hex: the audit chain's head when the statement was made, before the act's record>
// A line whose value is empty ends right after the colon ("name:"), so no line has a trailing space.
struct SignatureStatement {
    QString sessionId;
    QString act;
    QString entity;
    qint64 entityId = 0;
    QString record;
    QString meaning; // SignatureMeaningText::stored()
    QString principal;
    QString displayName;
    QDateTime time; // UTC, milliseconds
    QString chainHead;

    // The canonical text (what is signed and stored in signatures.statement).
    QByteArray toText() const;
    // Parses a canonical text; false (with *error naming the first wrong line) unless the text is exactly
    // what toText() would make of the parsed fields.
    static bool parse(const QByteArray &text, SignatureStatement *statement, QString *error);
    // A value as it goes into one line: line breaks (CR, LF, and other vertical whitespace) become spaces,
    // trailing spaces are dropped.
    static QString oneLine(const QString &value);
    static QString timeText(const QDateTime &time);

    bool operator==(const SignatureStatement &other) const;
    bool operator!=(const SignatureStatement &other) const { return !(*this == other); }
};
