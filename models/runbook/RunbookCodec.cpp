// SPDX-License-Identifier: GPL-3.0-or-later
#include "runbook/RunbookCodec.h"

#include "core/AtomicFile.h"
#include "core/Csv.h"
#include "core/FileKind.h"
#include "core/PrintableText.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QVariant>

#include <algorithm>
#include <cmath>
#include <functional>

namespace {

// The longest planned time a task may have (about ten weeks): more is a typing error, and it keeps the
// minutes within int.
constexpr double maxPlannedMinutes = 100000;

QString tr(const char *text)
{
    return QCoreApplication::translate("RunbookCodec", text);
}

enum class Column { Phase, Task, Expected, Owner, SignOff, Minutes };

// Header names accepted in English and German (compared case-insensitively, spaces and dashes ignored).
bool columnForHeader(const QString &header, Column *column)
{
    static const QHash<QString, Column> names = {
        { QStringLiteral("phase"), Column::Phase },
        { QStringLiteral("task"), Column::Task },
        { QStringLiteral("aufgabe"), Column::Task },
        { QStringLiteral("result"), Column::Expected },
        { QStringLiteral("expected"), Column::Expected },
        { QStringLiteral("expectedresult"), Column::Expected },
        { QStringLiteral("ergebnis"), Column::Expected },
        { QStringLiteral("erwartetesergebnis"), Column::Expected },
        { QStringLiteral("owner"), Column::Owner },
        { QStringLiteral("verantwortlich"), Column::Owner },
        { QStringLiteral("signoff"), Column::SignOff },
        { QStringLiteral("freigabe"), Column::SignOff },
        { QStringLiteral("minutes"), Column::Minutes },
        { QStringLiteral("duration"), Column::Minutes },
        { QStringLiteral("dauer"), Column::Minutes },
        { QStringLiteral("minuten"), Column::Minutes },
    };
    QString key = header.trimmed().toLower();
    key.remove(QLatin1Char(' '));
    key.remove(QLatin1Char('-'));
    key.remove(QLatin1Char('_'));
    key.remove(QChar(0x2011)); // non-breaking hyphen as in the article
    key.remove(QLatin1String("(min)"));
    const auto it = names.constFind(key);
    if (it == names.constEnd())
        return false;
    *column = *it;
    return true;
}

bool parseYesNo(const QString &text, bool *value)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty() || t == QLatin1String("no") || t == QLatin1String("nein") || t == QLatin1String("false")
        || t == QLatin1String("0") || t == QLatin1String("-")) {
        *value = false;
        return true;
    }
    if (t == QLatin1String("yes") || t == QLatin1String("ja") || t == QLatin1String("true")
        || t == QLatin1String("1") || t == QLatin1String("x") || t == QLatin1String("\u2713")) {
        *value = true;
        return true;
    }
    return false;
}

// Collects rows into phases, in the order in which the phases first appear.
class Builder {
public:
    RunbookCodec::ParseResult result;

    bool setHeader(const QStringList &headers, int line)
    {
        m_columns.clear();
        for (const QString &h : headers) {
            Column c;
            if (!columnForHeader(h, &c))
                return fail(line,
                    tr("unknown column \"%1\" (expected Phase, Task, Result and optionally Owner, "
                       "Sign-off, Minutes; German: Phase, Aufgabe, Ergebnis, Verantwortlich, "
                       "Freigabe, Minuten)")
                        .arg(h.trimmed()));
            if (m_columns.contains(c))
                return fail(line, tr("column \"%1\" appears twice").arg(h.trimmed()));
            m_columns.append(c);
        }
        if (!m_columns.contains(Column::Phase) || !m_columns.contains(Column::Task))
            return fail(line, tr("the header needs at least the columns Phase and Task"));
        return true;
    }

    bool addRow(const QStringList &cells, int line)
    {
        if (cells.size() != m_columns.size())
            return fail(
                line, tr("%1 cells, but the header has %2 columns").arg(cells.size()).arg(m_columns.size()));
        QString phase;
        RunbookTask task;
        for (int i = 0; i < cells.size(); ++i) {
            const QString cell = cells.at(i).trimmed();
            switch (m_columns.at(i)) {
            case Column::Phase:
                phase = cell;
                break;
            case Column::Task:
                task.task = cell;
                break;
            case Column::Expected:
                task.expected = cell;
                break;
            case Column::Owner:
                task.owner = cell;
                break;
            case Column::SignOff:
                if (!parseYesNo(cell, &task.signOffRequired))
                    return fail(line, tr("sign-off must be yes or no, not \"%1\"").arg(cell));
                break;
            case Column::Minutes: {
                bool ok = cell.isEmpty();
                task.plannedMinutes = cell.isEmpty() ? 0 : cell.toInt(&ok);
                if (!ok || task.plannedMinutes < 0)
                    return fail(
                        line, tr("minutes must be a whole number of zero or more, not \"%1\"").arg(cell));
                break;
            }
            }
        }
        return addTask(phase, task, line);
    }

    // Rows of one phase come together: a row naming the phase of the row before joins it; a name that
    // was a phase before (or differs from one only in case) is refused, as is a second JSON phase of a
    // name. A hash of the names keeps this linear in the number of rows.
    bool addTask(const QString &phase, const RunbookTask &task, int line)
    {
        if (phase.isEmpty())
            return fail(line, tr("the phase is empty"));
        if (task.task.isEmpty())
            return fail(line, tr("the task is empty"));
        if (result.runbook.phases.isEmpty() || result.runbook.phases.constLast().name != phase) {
            if (!addPhase(
                    phase, [line] { return line; }, QString()))
                return false;
        }
        result.runbook.phases.last().tasks.append(task);
        return true;
    }

    // where: how the phase is named in a message (JSON "phases[3]"), empty for a table row.
    // line: computed only for a message (finding a JSON line is a scan of the text).
    bool addPhase(const QString &phase, const std::function<int()> &lineOf, const QString &where)
    {
        const QString key = phase.toCaseFolded();
        if (const auto seen = m_phaseLines.constFind(key); seen != m_phaseLines.constEnd()) {
            const QString first = result.runbook.phases.at(seen->index).name;
            const int line = lineOf();
            if (!where.isEmpty())
                return fail(line,
                    tr("%1: a second phase named \"%2\" (%3 has that name); phase names must differ")
                        .arg(where, phase, QStringLiteral("phases[%1]").arg(seen->index)));
            return fail(line,
                tr("phase \"%1\" appears again after other phases (first at line %2 as \"%3\"); the rows of "
                   "a phase must be together and phase names must differ")
                    .arg(phase)
                    .arg(seen->line)
                    .arg(first));
        }
        m_phaseLines.insert(
            key, PhaseSeen { int(result.runbook.phases.size()), where.isEmpty() ? lineOf() : 0 });
        result.runbook.phases.append(RunbookPhase { phase, {} });
        return true;
    }

    bool fail(int line, const QString &message)
    {
        result.ok = false;
        result.runbook = Runbook(); // refused whole: nothing half-read is handed out
        result.line = line;
        result.error = line > 0 ? tr("line %1: %2").arg(line).arg(message) : message;
        return false;
    }

    RunbookCodec::ParseResult finish(int lastLine)
    {
        if (result.runbook.taskCount() == 0) {
            fail(lastLine > 0 ? lastLine : 0, tr("the runbook has no tasks"));
            return result;
        }
        result.ok = true;
        result.error.clear();
        result.line = 0;
        return result;
    }

    bool hasHeader() const { return !m_columns.isEmpty(); }

private:
    struct PhaseSeen {
        int index = 0;
        int line = 0;
    };
    QList<Column> m_columns;
    QHash<QString, PhaseSeen> m_phaseLines; // case-folded phase name -> where it began
};

QStringList splitMarkdownRow(const QString &line)
{
    QString body = line.trimmed();
    if (body.startsWith(QLatin1Char('|')))
        body.remove(0, 1);
    if (body.endsWith(QLatin1Char('|')) && !body.endsWith(QLatin1String("\\|")))
        body.chop(1);
    QStringList cells;
    QString cell;
    for (int i = 0; i < body.size(); ++i) {
        const QChar c = body.at(i);
        if (c == QLatin1Char('\\') && i + 1 < body.size() && body.at(i + 1) == QLatin1Char('|')) {
            cell += QLatin1Char('|');
            ++i;
        } else if (c == QLatin1Char('|')) {
            cells << cell;
            cell.clear();
        } else {
            cell += c;
        }
    }
    cells << cell;
    return cells;
}

bool isSeparatorRow(const QStringList &cells)
{
    for (const QString &c : cells) {
        const QString t = c.trimmed();
        if (t.isEmpty())
            return false;
        for (QChar ch : t) {
            if (ch != QLatin1Char('-') && ch != QLatin1Char(':'))
                return false;
        }
    }
    return true;
}

RunbookCodec::ParseResult parseMarkdown(const QString &text)
{
    Builder b;
    const QStringList lines = text.split(QLatin1Char('\n'));
    bool inTable = false;
    bool tableDone = false;
    int lastLine = 0;
    QString title;
    for (int i = 0; i < lines.size(); ++i) {
        const int lineNo = i + 1;
        const QString line = lines.at(i).trimmed();
        const bool tableLine = line.startsWith(QLatin1Char('|'));
        if (!tableLine) {
            if (inTable)
                tableDone = true;
            inTable = false;
            if (title.isEmpty() && line.startsWith(QLatin1Char('#')))
                title = line.mid(line.indexOf(QLatin1Char(' ')) + 1).trimmed();
            continue;
        }
        if (tableDone) {
            b.fail(lineNo,
                QCoreApplication::translate(
                    "RunbookCodec", "a second table was found; a runbook file holds one table"));
            return b.result;
        }
        const QStringList cells = splitMarkdownRow(line);
        if (!inTable) {
            inTable = true;
            if (!b.setHeader(cells, lineNo))
                return b.result;
            if (i + 1 >= lines.size() || !isSeparatorRow(splitMarkdownRow(lines.at(i + 1)))) {
                b.fail(lineNo + 1,
                    QCoreApplication::translate(
                        "RunbookCodec", "the header must be followed by a |---| line"));
                return b.result;
            }
            ++i;
            continue;
        }
        if (!b.addRow(cells, lineNo))
            return b.result;
        lastLine = lineNo;
    }
    if (!b.hasHeader()) {
        b.fail(0,
            QCoreApplication::translate(
                "RunbookCodec", "no table found: expected a line like | Phase | Task | Result |"));
        return b.result;
    }
    b.result.runbook.name = title;
    return b.finish(lastLine);
}

// RFC 4180 CSV with quoted fields (which may contain newlines); comma or semicolon as the separator.
RunbookCodec::ParseResult parseCsv(const QString &text)
{
    Builder b;
    QChar sep = QLatin1Char(',');
    const int firstLineEnd = text.indexOf(QLatin1Char('\n'));
    const QString first = text.left(firstLineEnd < 0 ? text.size() : firstLineEnd);
    if (first.count(QLatin1Char(';')) > first.count(QLatin1Char(',')))
        sep = QLatin1Char(';');

    int line = 1;
    int rowStartLine = 1;
    QStringList row;
    QString cell;
    bool quoted = false;
    bool cellWasQuoted = false;
    bool headerRead = false;
    int lastLine = 0;
    auto endRow = [&]() -> bool {
        row << cell;
        cell.clear();
        for (QString &c : row) // a cell this code exported with a formula guard reads back as written
            c = Csv::formulaUnescaped(c);
        const bool blank = row.size() == 1 && row.first().trimmed().isEmpty() && !cellWasQuoted;
        bool ok = true;
        if (!blank) {
            if (!headerRead) {
                ok = b.setHeader(row, rowStartLine);
                headerRead = true;
            } else {
                ok = b.addRow(row, rowStartLine);
                lastLine = rowStartLine;
            }
        }
        row.clear();
        cellWasQuoted = false;
        return ok;
    };
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    cell += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                // The run up to the next quote at once (the common case is a run of plain text).
                qsizetype end = i;
                while (end < text.size() && text.at(end) != QLatin1Char('"'))
                    ++end;
                const QStringView run = QStringView(text).sliced(i, end - i);
                line += int(run.count(QLatin1Char('\n')));
                cell += run;
                i = end - 1;
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            if (!cell.trimmed().isEmpty()) {
                b.fail(line, QCoreApplication::translate("RunbookCodec", "a quote inside an unquoted field"));
                return b.result;
            }
            cell.clear();
            quoted = true;
            cellWasQuoted = true;
        } else if (c == sep) {
            row << cell;
            cell.clear();
        } else if (c == QLatin1Char('\n')) {
            if (!endRow())
                return b.result;
            ++line;
            rowStartLine = line;
        } else if (c != QLatin1Char('\r')) {
            // The run up to the next character with a meaning here, at once.
            qsizetype end = i + 1;
            while (end < text.size()) {
                const QChar n = text.at(end);
                if (n == QLatin1Char('"') || n == sep || n == QLatin1Char('\n') || n == QLatin1Char('\r'))
                    break;
                ++end;
            }
            cell += QStringView(text).sliced(i, end - i);
            i = end - 1;
        }
    }
    if (quoted) {
        b.fail(rowStartLine, QCoreApplication::translate("RunbookCodec", "a quoted field is never closed"));
        return b.result;
    }
    if (!cell.isEmpty() || !row.isEmpty()) {
        if (!endRow())
            return b.result;
    }
    if (!headerRead) {
        b.fail(
            0, QCoreApplication::translate("RunbookCodec", "the CSV file is empty; it needs a header row"));
        return b.result;
    }
    return b.finish(lastLine);
}

int lineOfOffset(const QByteArray &data, int offset)
{
    return int(data.left(offset).count('\n')) + 1;
}

// Finds the line of a value in JSON text that QJsonDocument has already accepted, by its path of object keys
// (QString) and array indexes (int), so that a structural error can name a line as the table formats do. When
// the path ends in a member that is absent, the line of the object that lacks it is returned.
class JsonLineLocator {
public:
    explicit JsonLineLocator(const QByteArray &data)
        : m_data(data)
    {
    }

    int lineOf(const QVariantList &path)
    {
        m_pos = 0;
        skipSpace();
        qsizetype found = m_pos;
        for (const QVariant &step : path) {
            if (!enter(step))
                break;
            skipSpace();
            found = m_pos;
        }
        return lineOfOffset(found);
    }

private:
    int lineOfOffset(qsizetype offset) const { return int(m_data.left(offset).count('\n')) + 1; }
    char at() const { return m_pos < m_data.size() ? m_data.at(m_pos) : '\0'; }
    void skipSpace()
    {
        while (m_pos < m_data.size() && (at() == ' ' || at() == '\t' || at() == '\n' || at() == '\r'))
            ++m_pos;
    }
    QByteArray readString() // at the opening quote
    {
        QByteArray out;
        ++m_pos;
        while (m_pos < m_data.size() && at() != '"') {
            if (at() == '\\')
                out += m_data.at(m_pos++);
            if (m_pos < m_data.size())
                out += m_data.at(m_pos++);
        }
        ++m_pos;
        return out;
    }
    void skipValue()
    {
        skipSpace();
        const char c = at();
        if (c == '{' || c == '[') {
            const char close = c == '{' ? '}' : ']';
            ++m_pos;
            skipSpace();
            while (m_pos < m_data.size() && at() != close) {
                if (c == '{') {
                    readString();
                    skipSpace();
                    ++m_pos; // ':'
                }
                skipValue();
                skipSpace();
                if (at() == ',')
                    ++m_pos;
                skipSpace();
            }
            ++m_pos;
        } else if (c == '"') {
            readString();
        } else {
            while (m_pos < m_data.size() && !QByteArrayView(",]} \t\r\n").contains(at()))
                ++m_pos;
        }
    }
    // Moves from the start of a container to the start of the member or element named by step.
    bool enter(const QVariant &step)
    {
        const qsizetype start = m_pos;
        if (step.typeId() == QMetaType::Int) {
            if (at() != '[')
                return false;
            ++m_pos;
            for (int index = 0;; ++index) {
                skipSpace();
                if (at() == ']' || m_pos >= m_data.size())
                    break;
                if (index == step.toInt())
                    return true;
                skipValue();
                skipSpace();
                if (at() == ',')
                    ++m_pos;
            }
        } else {
            if (at() != '{')
                return false;
            ++m_pos;
            const QByteArray key = step.toString().toUtf8();
            for (;;) {
                skipSpace();
                if (at() != '"')
                    break;
                const QByteArray name = readString();
                skipSpace();
                ++m_pos; // ':'
                skipSpace();
                if (name == key)
                    return true;
                skipValue();
                skipSpace();
                if (at() == ',')
                    ++m_pos;
            }
        }
        m_pos = start;
        return false;
    }

    const QByteArray &m_data;
    qsizetype m_pos = 0;
};

// QJsonDocument keeps one of two members with the same name silently; a runbook that says a thing twice is
// ambiguous, so the text is scanned for that first. The scan runs on text QJsonDocument has accepted, keeps a
// set of names per open object, and is linear in the size of the text.
class JsonDuplicateKeys {
public:
    explicit JsonDuplicateKeys(const QByteArray &data)
        : m_data(data)
    {
    }

    // True when some object has a member name twice; *line, *column (1-based) and *key say where.
    bool find(int *line, int *column, QString *key)
    {
        QList<QSet<QString>> open;
        bool expectKey = false;
        while (m_pos < m_data.size()) {
            const char c = m_data.at(m_pos);
            if (c == '\n') {
                ++m_line;
                m_lineStart = m_pos + 1;
                ++m_pos;
            } else if (c == '{') {
                open.append(QSet<QString>());
                expectKey = true;
                ++m_pos;
            } else if (c == '}') {
                if (!open.isEmpty())
                    open.removeLast();
                expectKey = false;
                ++m_pos;
            } else if (c == ',') {
                expectKey = !open.isEmpty() && m_containers.endsWith('{');
                ++m_pos;
            } else if (c == '"') {
                const qsizetype start = m_pos;
                const QString text = readString();
                if (expectKey && !open.isEmpty()) {
                    if (open.last().contains(text)) {
                        *line = m_line;
                        *column = int(start - m_lineStart) + 1;
                        *key = text;
                        return true;
                    }
                    open.last().insert(text);
                }
                expectKey = false;
            } else {
                ++m_pos;
            }
            if (c == '{' || c == '[')
                m_containers.append(c);
            else if ((c == '}' || c == ']') && !m_containers.isEmpty())
                m_containers.chop(1);
        }
        return false;
    }

private:
    // At the opening quote; returns the decoded text (escapes resolved only when there are any).
    QString readString()
    {
        const qsizetype start = m_pos;
        ++m_pos;
        bool escaped = false;
        while (m_pos < m_data.size() && m_data.at(m_pos) != '"') {
            if (m_data.at(m_pos) == '\\') {
                escaped = true;
                ++m_pos;
            }
            ++m_pos;
        }
        ++m_pos;
        const QByteArray raw = m_data.mid(start, m_pos - start);
        if (!escaped)
            return QString::fromUtf8(raw.mid(1, raw.size() - 2));
        return QJsonDocument::fromJson("[" + raw + "]").array().at(0).toString();
    }

    const QByteArray &m_data;
    qsizetype m_pos = 0;
    int m_line = 1;
    qsizetype m_lineStart = 0;
    QByteArray m_containers; // the open '{' and '[' in order
};

RunbookCodec::ParseResult parseJson(const QByteArray &data)
{
    Builder b;
    JsonLineLocator locate(data);
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &pe);
    if (pe.error != QJsonParseError::NoError) {
        b.fail(lineOfOffset(data, pe.offset),
            QCoreApplication::translate("RunbookCodec", "invalid JSON: %1").arg(pe.errorString()));
        return b.result;
    }
    if (!doc.isObject()) {
        b.fail(1, QCoreApplication::translate("RunbookCodec", "the JSON must be an object with \"phases\""));
        return b.result;
    }
    int dupLine = 0;
    int dupColumn = 0;
    QString dupKey;
    if (JsonDuplicateKeys(data).find(&dupLine, &dupColumn, &dupKey)) {
        b.fail(dupLine, QString());
        b.result.error = QCoreApplication::translate(
            "RunbookCodec", "line %1, column %2: the member \"%3\" appears twice in one object; say it once")
                             .arg(dupLine)
                             .arg(dupColumn)
                             .arg(PrintableText::neutralise(dupKey));
        return b.result;
    }
    const QJsonObject root = doc.object();
    const QJsonValue phases = root.value(QStringLiteral("phases"));
    if (!phases.isArray()) {
        b.fail(locate.lineOf({ QStringLiteral("phases") }),
            QCoreApplication::translate("RunbookCodec", "\"phases\" must be an array"));
        return b.result;
    }
    const QJsonArray pa = phases.toArray();
    for (int p = 0; p < pa.size(); ++p) {
        const QJsonObject po = pa.at(p).toObject();
        const QString where = QStringLiteral("phases[%1]").arg(p);
        const QString name = po.value(QStringLiteral("name")).toString().trimmed();
        if (name.isEmpty()) {
            b.fail(locate.lineOf({ QStringLiteral("phases"), p, QStringLiteral("name") }),
                QCoreApplication::translate("RunbookCodec", "%1.name is missing or empty").arg(where));
            return b.result;
        }
        const QJsonValue tasks = po.value(QStringLiteral("tasks"));
        if (!tasks.isArray()) {
            b.fail(locate.lineOf({ QStringLiteral("phases"), p, QStringLiteral("tasks") }),
                QCoreApplication::translate("RunbookCodec", "%1.tasks must be an array").arg(where));
            return b.result;
        }
        const QJsonArray ta = tasks.toArray();
        const auto nameLine = [&locate, p] {
            return locate.lineOf({ QStringLiteral("phases"), p, QStringLiteral("name") });
        };
        if (PrintableText::firstControl(name) >= 0) {
            b.fail(nameLine(),
                QCoreApplication::translate("RunbookCodec",
                    "%1.name holds a control character (escape sequences, NUL and the like are not allowed "
                    "in a runbook)")
                    .arg(where));
            return b.result;
        }
        if (!b.addPhase(name, nameLine, where))
            return b.result;
        for (int t = 0; t < ta.size(); ++t) {
            const QString tw = QStringLiteral("%1.tasks[%2]").arg(where).arg(t);
            if (!ta.at(t).isObject()) {
                b.fail(locate.lineOf({ QStringLiteral("phases"), p, QStringLiteral("tasks"), t }),
                    QCoreApplication::translate("RunbookCodec", "%1 must be an object").arg(tw));
                return b.result;
            }
            const QJsonObject to = ta.at(t).toObject();
            RunbookTask task;
            task.task = to.value(QStringLiteral("task")).toString().trimmed();
            task.expected = to.value(QStringLiteral("expected")).toString().trimmed();
            task.owner = to.value(QStringLiteral("owner")).toString().trimmed();
            const QJsonValue so = to.value(QStringLiteral("signoff"));
            if (!so.isUndefined() && !so.isBool()) {
                b.fail(locate.lineOf({ QStringLiteral("phases"), p, QStringLiteral("tasks"), t,
                           QStringLiteral("signoff") }),
                    QCoreApplication::translate("RunbookCodec", "%1.signoff must be true or false").arg(tw));
                return b.result;
            }
            task.signOffRequired = so.toBool();
            const QJsonValue mv = to.value(QStringLiteral("minutes"));
            // Range first: converting a double beyond int's range to int is undefined behaviour.
            const double minutes = mv.toDouble();
            if (!mv.isUndefined()
                && (!mv.isDouble() || !(minutes >= 0) || minutes > maxPlannedMinutes
                    || minutes != std::floor(minutes))) {
                b.fail(locate.lineOf({ QStringLiteral("phases"), p, QStringLiteral("tasks"), t,
                           QStringLiteral("minutes") }),
                    QCoreApplication::translate(
                        "RunbookCodec", "%1.minutes must be a whole number from 0 to %2")
                        .arg(tw)
                        .arg(int(maxPlannedMinutes)));
                return b.result;
            }
            task.plannedMinutes = mv.toInt();
            if (task.task.isEmpty()) {
                b.fail(locate.lineOf({ QStringLiteral("phases"), p, QStringLiteral("tasks"), t,
                           QStringLiteral("task") }),
                    QCoreApplication::translate("RunbookCodec", "%1.task is missing or empty").arg(tw));
                return b.result;
            }
            if (const qsizetype bad = std::max(PrintableText::firstControl(task.task),
                    std::max(
                        PrintableText::firstControl(task.expected), PrintableText::firstControl(task.owner)));
                bad >= 0) {
                b.fail(locate.lineOf({ QStringLiteral("phases"), p, QStringLiteral("tasks"), t }),
                    QCoreApplication::translate("RunbookCodec",
                        "%1 holds a control character (escape sequences, NUL and the like are not allowed "
                        "in a runbook)")
                        .arg(tw));
                return b.result;
            }
            b.result.runbook.phases.last().tasks.append(task);
        }
    }
    b.result.runbook.name = root.value(QStringLiteral("name")).toString();
    b.result.runbook.language = root.value(QStringLiteral("language")).toString();
    return b.finish(0);
}

QString markdownCell(const QString &text)
{
    QString t = text;
    t.replace(QLatin1Char('|'), QLatin1String("\\|"));
    t.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return t;
}

}

bool RunbookCodec::formatForPath(const QString &path, Format *format)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown"))
        *format = Format::Markdown;
    else if (suffix == QLatin1String("csv"))
        *format = Format::Csv;
    else if (suffix == QLatin1String("json"))
        *format = Format::Json;
    else
        return false;
    return true;
}

namespace {

// A control character in a runbook file (other than line ends and tabs) is refused with its line and column:
// a NUL cuts text short in other tools and an escape sequence would be sent to a terminal as a command.
bool refuseControlCharacters(const QString &text, RunbookCodec::ParseResult *r)
{
    qsizetype lineStart = 0;
    int line = 1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c == u'\n') {
            ++line;
            lineStart = i + 1;
            continue;
        }
        // Printable ASCII, nearly all of a runbook, is never a control character: asked about only the rest.
        if ((c >= 0x20 && c < 0x7f) || c == u'\r' || PrintableText::firstControl(QString(QChar(c))) < 0)
            continue;
        r->ok = false;
        r->line = line;
        r->error = QCoreApplication::translate("RunbookCodec",
            "line %1, column %2: the control character %3 is not allowed in a runbook (a NUL byte, an "
            "escape sequence or the like)")
                       .arg(line)
                       .arg(i - lineStart + 1)
                       .arg(PrintableText::neutralise(QString(QChar(c))));
        return true;
    }
    return false;
}

}

RunbookCodec::ParseResult RunbookCodec::parse(const QByteArray &data, Format format)
{
    if (format == Format::Json) {
        ParseResult r;
        if (refuseControlCharacters(QString::fromUtf8(data), &r))
            return r;
        return parseJson(data);
    }
    QString text = QString::fromUtf8(data);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    if (text.contains(QChar::ReplacementCharacter)) {
        ParseResult r;
        const qsizetype at = text.indexOf(QChar::ReplacementCharacter);
        r.line = int(QStringView(text).left(at).count(QLatin1Char('\n'))) + 1;
        r.error = tr("line %1: the file is not UTF-8 text").arg(r.line);
        return r;
    }
    if (ParseResult r; refuseControlCharacters(text, &r))
        return r;
    return format == Format::Markdown ? parseMarkdown(text) : parseCsv(text);
}

RunbookCodec::ParseResult RunbookCodec::readFile(const QString &path)
{
    ParseResult r;
    Format format;
    if (!formatForPath(path, &format)) {
        r.error = tr("%1: unknown runbook format; use a .md, .csv or .json file").arg(path);
        return r;
    }
    // A FIFO or /dev/zero is never read (it would block or never end), and the size read is capped.
    QByteArray data;
    QString error;
    if (!FileKind::readCapped(path, maxFileBytes, tr("runbook"), &data, &error)) {
        r.error = error;
        return r;
    }
    r = parse(data, format);
    if (!r.ok)
        r.error = QStringLiteral("%1: %2").arg(path, r.error);
    else if (r.runbook.name.isEmpty())
        r.runbook.name = QFileInfo(path).completeBaseName();
    return r;
}

QByteArray RunbookCodec::write(const Runbook &runbook, Format format)
{
    const bool german = runbook.language == QLatin1String("de");
    QString out;
    switch (format) {
    case Format::Markdown: {
        if (!runbook.name.isEmpty())
            out += QStringLiteral("# %1\n\n").arg(runbook.name);
        out += german
            ? QStringLiteral("| Phase | Aufgabe | Ergebnis | Verantwortlich | Freigabe | Minuten |\n")
            : QStringLiteral("| Phase | Task | Result | Owner | Sign-off | Minutes |\n");
        out += QStringLiteral("|---|---|---|---|---|---|\n");
        for (const RunbookPhase &p : runbook.phases) {
            for (const RunbookTask &t : p.tasks) {
                const QString yes = german ? QStringLiteral("ja") : QStringLiteral("yes");
                const QString no = german ? QStringLiteral("nein") : QStringLiteral("no");
                out += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 |\n")
                           .arg(markdownCell(p.name), markdownCell(t.task), markdownCell(t.expected),
                               markdownCell(t.owner), t.signOffRequired ? yes : no,
                               t.plannedMinutes > 0 ? QString::number(t.plannedMinutes) : QString());
            }
        }
        break;
    }
    case Format::Csv:
        out += QStringLiteral("phase,task,expected,owner,signoff,minutes\n");
        for (const RunbookPhase &p : runbook.phases) {
            for (const RunbookTask &t : p.tasks) {
                out += QStringLiteral("%1,%2,%3,%4,%5,%6\n")
                           .arg(Csv::cell(p.name), Csv::cell(t.task), Csv::cell(t.expected),
                               Csv::cell(t.owner),
                               t.signOffRequired ? QStringLiteral("yes") : QStringLiteral("no"),
                               QString::number(t.plannedMinutes));
            }
        }
        break;
    case Format::Json: {
        QJsonArray phases;
        for (const RunbookPhase &p : runbook.phases) {
            QJsonArray tasks;
            for (const RunbookTask &t : p.tasks) {
                tasks.append(QJsonObject { { QStringLiteral("task"), t.task },
                    { QStringLiteral("expected"), t.expected }, { QStringLiteral("owner"), t.owner },
                    { QStringLiteral("signoff"), t.signOffRequired },
                    { QStringLiteral("minutes"), t.plannedMinutes } });
            }
            phases.append(
                QJsonObject { { QStringLiteral("name"), p.name }, { QStringLiteral("tasks"), tasks } });
        }
        const QJsonObject root { { QStringLiteral("name"), runbook.name },
            { QStringLiteral("language"), runbook.language }, { QStringLiteral("phases"), phases } };
        return QJsonDocument(root).toJson(QJsonDocument::Indented);
    }
    }
    return out.toUtf8();
}

bool RunbookCodec::writeFile(const Runbook &runbook, const QString &path, QString *error)
{
    Format format;
    if (!formatForPath(path, &format)) {
        *error = tr("%1: unknown runbook format; use a .md, .csv or .json file").arg(path);
        return false;
    }
    QString reason;
    if (!AtomicFile::write(path, write(runbook, format), &reason)) {
        *error = tr("%1 cannot be written: %2").arg(path, reason);
        return false;
    }
    return true;
}
