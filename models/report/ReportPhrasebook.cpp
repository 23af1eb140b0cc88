// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/ReportPhrasebook.h"

#include <QFile>
#include <QSet>
#include <QXmlStreamReader>

#include <algorithm>

namespace {

// The translation contexts whose messages end up in recorded measurements and traffic records.
const QSet<QString> &recordedContexts()
{
    static const QSet<QString> contexts { QStringLiteral("CutoverEngine"), QStringLiteral("GateRunner"),
        QStringLiteral("GateMeasurement"), QStringLiteral("GateProbe"), QStringLiteral("HttpHealthProbe"),
        QStringLiteral("BusinessTransactionProbe"), QStringLiteral("DataConsistencyProbe"),
        QStringLiteral("MetricConditionProbe"), QStringLiteral("MetricCondition"),
        QStringLiteral("MetricHub"), QStringLiteral("AsyncProcess"), QStringLiteral("PrometheusSource"),
        QStringLiteral("PrometheusResponseParser"), QStringLiteral("HttpProberSource"),
        QStringLiteral("CsvReplaySource"), QStringLiteral("SimulatedSource") };
    return contexts;
}

// The engine marks what it decided by itself with this prefix (not a translated message).
const QString automaticPrefix = QStringLiteral("(automatic) ");

const QRegularExpression &placeholder()
{
    static const QRegularExpression re(QStringLiteral("%([1-9])"));
    return re;
}

}

const ReportPhrasebook &ReportPhrasebook::forLanguage(const QString &language)
{
    static const ReportPhrasebook none;
    if (language != QLatin1String("de"))
        return none;
    static const ReportPhrasebook german = [] {
        QFile file(QStringLiteral(":/report/cockpit_de.ts"));
        if (!file.open(QIODevice::ReadOnly)) {
            qWarning("ReportPhrasebook: the German messages are not built into this program");
            return ReportPhrasebook();
        }
        return fromTs(file.readAll());
    }();
    return german;
}

ReportPhrasebook ReportPhrasebook::fromTs(const QByteArray &ts)
{
    ReportPhrasebook book;
    QXmlStreamReader xml(ts);
    QString context, source, translation;
    bool inContext = false, usable = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("context")) {
                context.clear();
            } else if (name == QLatin1String("name")) {
                context = xml.readElementText(QXmlStreamReader::SkipChildElements);
                inContext = recordedContexts().contains(context);
            } else if (name == QLatin1String("message")) {
                source.clear();
                translation.clear();
                usable = xml.attributes().value(QLatin1String("numerus")) != QLatin1String("yes");
            } else if (name == QLatin1String("source")) {
                source = xml.readElementText(QXmlStreamReader::SkipChildElements);
            } else if (name == QLatin1String("translation")) {
                const QStringView type = xml.attributes().value(QLatin1String("type"));
                if (!type.isEmpty())
                    usable = false; // unfinished, vanished or obsolete
                translation = xml.readElementText(QXmlStreamReader::SkipChildElements);
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            if (!inContext || !usable || source.isEmpty() || translation.isEmpty() || source == translation)
                continue;
            if (!source.contains(placeholder())) {
                book.m_exact.insert(source, translation);
                continue;
            }
            // The literal text around the arguments must say something ("%1: %2" would match anything).
            QString literal = source;
            literal.remove(placeholder());
            int letters = 0;
            for (const QChar c : std::as_const(literal))
                letters += c.isLetter() ? 1 : 0;
            if (letters < 3)
                continue;
            Pattern p;
            p.translation = translation;
            p.literalLength = int(literal.size());
            QString re = QStringLiteral("^");
            QList<int> seen;
            qsizetype at = 0;
            QRegularExpressionMatchIterator it = placeholder().globalMatch(source);
            while (it.hasNext()) {
                const QRegularExpressionMatch m = it.next();
                re += QRegularExpression::escape(source.mid(at, m.capturedStart() - at));
                const int arg = m.captured(1).toInt();
                const int index = int(seen.indexOf(arg));
                if (index >= 0) {
                    re += QStringLiteral("\\%1").arg(index + 1);
                } else {
                    seen.append(arg);
                    re += QStringLiteral("(.+?)");
                }
                at = m.capturedEnd();
            }
            re += QRegularExpression::escape(source.mid(at)) + QLatin1Char('$');
            p.source = QRegularExpression(re, QRegularExpression::DotMatchesEverythingOption);
            p.captureArgs = seen;
            if (p.source.isValid())
                book.m_patterns.append(p);
        }
    }
    std::stable_sort(book.m_patterns.begin(), book.m_patterns.end(),
        [](const Pattern &a, const Pattern &b) { return a.literalLength > b.literalLength; });
    return book;
}

QString ReportPhrasebook::translate(const QString &recorded) const
{
    if (isEmpty() || recorded.isEmpty())
        return recorded;
    return translate(recorded, 0);
}

QString ReportPhrasebook::translate(const QString &recorded, int depth) const
{
    if (depth > 6 || recorded.isEmpty())
        return recorded;
    if (recorded.startsWith(automaticPrefix))
        return QStringLiteral("(automatisch) ") + translate(recorded.mid(automaticPrefix.size()), depth + 1);
    const auto exact = m_exact.constFind(recorded);
    if (exact != m_exact.constEnd())
        return *exact;
    for (const Pattern &p : m_patterns) {
        const QRegularExpressionMatch m = p.source.match(recorded);
        if (m.hasMatch())
            return fill(p, m, depth);
    }
    // Several messages joined: an HTTP gate's conditions ("status = 200, latency ≤ 500 ms"), its problems
    // ("status 500 instead of 200; latency 900 ms above 500 ms"), a metric gate's ("≤ 0.01 and ≥ 0").
    for (const QString &separator : { QStringLiteral("; "), QStringLiteral(", "), QStringLiteral(" and ") }) {
        if (!recorded.contains(separator))
            continue;
        const QStringList parts = recorded.split(separator);
        QStringList out;
        bool changed = false;
        for (const QString &part : parts) {
            out << translate(part, depth + 1);
            changed = changed || out.constLast() != part;
        }
        if (changed)
            return out.join(separator == QLatin1String(" and ") ? QStringLiteral(" und ") : separator);
    }
    return recorded;
}

QString ReportPhrasebook::fill(const Pattern &p, const QRegularExpressionMatch &m, int depth) const
{
    // One pass over the translation, so an argument that itself holds "%1" is never substituted again.
    QString out;
    qsizetype at = 0;
    QRegularExpressionMatchIterator it = placeholder().globalMatch(p.translation);
    while (it.hasNext()) {
        const QRegularExpressionMatch ph = it.next();
        out += p.translation.mid(at, ph.capturedStart() - at);
        const int index = int(p.captureArgs.indexOf(ph.captured(1).toInt()));
        out += index >= 0 ? translate(m.captured(index + 1), depth + 1) : ph.captured(0);
        at = ph.capturedEnd();
    }
    out += p.translation.mid(at);
    return out;
}
