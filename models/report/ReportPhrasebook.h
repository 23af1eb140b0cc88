// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QString>

#include <memory>

// Puts the texts the engine and the gates recorded (a measurement's value, condition and reason, the
// reason of a state change or a traffic intent) into the report's language. They are stored in English,
// as they were measured, in records that are part of the hash chain and never rewritten; so the report
// translates them when it renders, for records of every age: each text is matched against the messages
// the engine and the gates write (the application's German translation, resources/translations/
// cockpit_de.ts, built into the library), and the German message is filled with the matched arguments,
// themselves translated where they are such a message ("gate failed: 3 failed measurements ..."). A text
// that matches no message (a command's own output, a person's reason) is shown as it was written.
class ReportPhrasebook {
public:
    // The phrasebook for a report language; English (or anything not German) leaves texts as they are.
    static const ReportPhrasebook &forLanguage(const QString &language);

    QString translate(const QString &recorded) const;
    bool isEmpty() const { return m_exact.isEmpty() && m_patterns.isEmpty(); }

    // Loads the messages of the engine's and the gates' contexts from a Qt .ts file; public for tests.
    static ReportPhrasebook fromTs(const QByteArray &ts);

private:
    struct Pattern {
        QRegularExpression source; // the English message, its %1..%9 as captures
        QList<int> captureArgs; // capture i+1 holds argument captureArgs[i]
        QString translation;
        int literalLength = 0;
    };
    QString translate(const QString &recorded, int depth) const;
    QString fill(const Pattern &p, const QRegularExpressionMatch &m, int depth) const;

    QHash<QString, QString> m_exact;
    QList<Pattern> m_patterns; // the most specific (longest literal text) first
};
