// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/ReportBuilder.h"
#include "report/writers/JsonReportWriter.h"
#include "support/ReportFixtures.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

namespace {

// A JSON Schema check for the keywords resources/report.schema.json uses: type, required, properties,
// additionalProperties, items, enum, const, minimum, minLength, pattern, $ref (#/$defs/...), oneOf.
// Anything else in the schema is reported as unsupported, so the check cannot silently pass.
class SchemaCheck {
public:
    explicit SchemaCheck(const QJsonObject &root)
        : m_root(root)
    {
    }

    QStringList validate(const QJsonValue &value)
    {
        m_errors.clear();
        check(value, m_root, QStringLiteral("$"));
        return m_errors;
    }

private:
    static QString typeOf(const QJsonValue &v)
    {
        switch (v.type()) {
        case QJsonValue::Null:
            return QStringLiteral("null");
        case QJsonValue::Bool:
            return QStringLiteral("boolean");
        case QJsonValue::Double:
            return v.toDouble() == double(qint64(v.toDouble())) ? QStringLiteral("integer")
                                                                : QStringLiteral("number");
        case QJsonValue::String:
            return QStringLiteral("string");
        case QJsonValue::Array:
            return QStringLiteral("array");
        case QJsonValue::Object:
            return QStringLiteral("object");
        case QJsonValue::Undefined:
            break;
        }
        return QStringLiteral("undefined");
    }

    static bool typeMatches(const QString &actual, const QString &wanted)
    {
        return actual == wanted || (wanted == QLatin1String("number") && actual == QLatin1String("integer"));
    }

    void check(const QJsonValue &v, const QJsonObject &schema, const QString &where)
    {
        static const QStringList known = { QStringLiteral("$schema"), QStringLiteral("$id"),
            QStringLiteral("title"), QStringLiteral("description"), QStringLiteral("$defs"),
            QStringLiteral("type"), QStringLiteral("required"), QStringLiteral("properties"),
            QStringLiteral("additionalProperties"), QStringLiteral("items"), QStringLiteral("enum"),
            QStringLiteral("const"), QStringLiteral("minimum"), QStringLiteral("minLength"),
            QStringLiteral("pattern"), QStringLiteral("$ref"), QStringLiteral("oneOf") };
        for (const QString &k : schema.keys()) {
            if (!known.contains(k))
                m_errors << QStringLiteral("%1: unsupported schema keyword %2").arg(where, k);
        }
        if (schema.contains(QStringLiteral("$ref"))) {
            const QString ref = schema.value(QStringLiteral("$ref")).toString();
            const QString name = ref.section(QLatin1Char('/'), -1);
            check(v, m_root.value(QStringLiteral("$defs")).toObject().value(name).toObject(), where);
        }
        if (schema.contains(QStringLiteral("oneOf"))) {
            int matches = 0;
            for (const QJsonValue &sub : schema.value(QStringLiteral("oneOf")).toArray()) {
                QStringList saved = m_errors;
                m_errors.clear();
                check(v, sub.toObject(), where);
                if (m_errors.isEmpty())
                    ++matches;
                m_errors = saved;
            }
            if (matches != 1)
                m_errors << QStringLiteral("%1: matches %2 of the oneOf alternatives, not exactly one")
                                .arg(where)
                                .arg(matches);
        }
        const QString actual = typeOf(v);
        if (schema.contains(QStringLiteral("type"))) {
            const QJsonValue t = schema.value(QStringLiteral("type"));
            QStringList wanted;
            if (t.isArray()) {
                for (const QJsonValue &x : t.toArray())
                    wanted << x.toString();
            } else {
                wanted << t.toString();
            }
            bool ok = false;
            for (const QString &w : std::as_const(wanted))
                ok = ok || typeMatches(actual, w);
            if (!ok) {
                m_errors << QStringLiteral("%1: is %2, expected %3")
                                .arg(where, actual, wanted.join(QLatin1Char('|')));
                return;
            }
        }
        if (schema.contains(QStringLiteral("const")) && v != schema.value(QStringLiteral("const")))
            m_errors << QStringLiteral("%1: is not the constant").arg(where);
        if (schema.contains(QStringLiteral("enum"))
            && !schema.value(QStringLiteral("enum")).toArray().contains(v))
            m_errors << QStringLiteral("%1: \"%2\" is not one of the allowed values")
                            .arg(where, v.toVariant().toString());
        if (v.isDouble() && schema.contains(QStringLiteral("minimum"))
            && v.toDouble() < schema.value(QStringLiteral("minimum")).toDouble())
            m_errors << QStringLiteral("%1: below the minimum").arg(where);
        if (v.isString()) {
            if (v.toString().size() < schema.value(QStringLiteral("minLength")).toInt())
                m_errors << QStringLiteral("%1: too short").arg(where);
            if (schema.contains(QStringLiteral("pattern"))
                && !QRegularExpression(schema.value(QStringLiteral("pattern")).toString())
                        .match(v.toString())
                        .hasMatch())
                m_errors << QStringLiteral("%1: \"%2\" does not match %3")
                                .arg(where, v.toString().left(80),
                                    schema.value(QStringLiteral("pattern")).toString());
        }
        if (v.isObject()) {
            const QJsonObject o = v.toObject();
            for (const QJsonValue &r : schema.value(QStringLiteral("required")).toArray()) {
                if (!o.contains(r.toString()))
                    m_errors << QStringLiteral("%1: missing \"%2\"").arg(where, r.toString());
            }
            const QJsonObject props = schema.value(QStringLiteral("properties")).toObject();
            const QJsonValue additional = schema.value(QStringLiteral("additionalProperties"));
            for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
                const QString at = where + QLatin1Char('.') + it.key();
                if (props.contains(it.key()))
                    check(it.value(), props.value(it.key()).toObject(), at);
                else if (additional.isBool() && !additional.toBool())
                    m_errors << QStringLiteral("%1: not allowed here").arg(at);
                else if (additional.isObject())
                    check(it.value(), additional.toObject(), at);
            }
        }
        if (v.isArray() && schema.contains(QStringLiteral("items"))) {
            const QJsonArray a = v.toArray();
            for (int i = 0; i < a.size(); ++i)
                check(a.at(i), schema.value(QStringLiteral("items")).toObject(),
                    QStringLiteral("%1[%2]").arg(where).arg(i));
        }
    }

    QJsonObject m_root;
    QStringList m_errors;
};

QJsonObject loadSchema()
{
    QFile f(QStringLiteral(COCKPIT_SOURCE_DIR "/resources/report.schema.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

}

class TestJsonReportWriter : public QObject {
    Q_OBJECT

private:
    QJsonObject m_report;

private Q_SLOTS:
    void initTestCase()
    {
        QTemporaryDir dir;
        auto session = ReportFixtures::makeSession(dir.filePath(QStringLiteral("s.cutover")), 9, 6);
        QVERIFY(session);
        const QList<ChecklistItem> items = session->allItems();
        QVERIFY(session
                    ->setStatus(items.at(7).id, ItemStatus::Skipped, QStringLiteral("bob"),
                        QStringLiteral("not needed"))
                    .ok);
        QVERIFY(session
                    ->setEvidence(
                        items.at(0).id, { QStringLiteral("https://wiki/ticket-1") }, QStringLiteral("bob"))
                    .ok);
        LessonsLearned notes(session.get());
        QVERIFY(notes
                    .setResultStatement(
                        { QStringLiteral("Goal"), QStringLiteral("Well"), QStringLiteral("Open"), {}, {} },
                        QStringLiteral("alice"))
                    .ok);
        Lesson plain;
        plain.text = QStringLiteral("No change");
        QVERIFY(notes.addLesson(plain, QStringLiteral("alice")).ok);
        Lesson withChange;
        withChange.text = QStringLiteral("Expected result too vague");
        withChange.change.kind = RunbookChange::Kind::Change;
        withChange.change.target = RunbookChange::Target::Expected;
        withChange.change.phase = QStringLiteral("Cutover");
        withChange.change.task = QStringLiteral("Task number 4");
        withChange.change.expected = QStringLiteral("Error ratio below 0.1 %");
        QVERIFY(notes.addLesson(withChange, QStringLiteral("alice")).ok);

        ReportBuilder builder;
        builder.setContributors({ std::make_shared<ReportFixtures::FakeIncidentLogContributor>(
            QList<ReportFixtures::FakeIncidentLogContributor::Entry> {
                { QStringLiteral("VERIFIED"), true }, { QStringLiteral("DRAFT-ENTRY"), false } }) });
        ReportDocument doc;
        QString error;
        QVERIFY(builder.build(*session, &doc, &error));
        QImage chart(64, 32, QImage::Format_RGB32);
        chart.fill(Qt::white);
        ReportSection metrics;
        metrics.id = QStringLiteral("metrics");
        metrics.title = QStringLiteral("Metrics");
        metrics.blocks.append(ReportBlock::figure(chart, QStringLiteral("chart")));
        metrics.blocks.append(ReportBlock::code(QStringLiteral("x")));
        doc.sections.insert(3, metrics);
        const QString path = dir.filePath(QStringLiteral("report.json"));
        QVERIFY(JsonReportWriter::write(doc, path).ok);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonParseError pe;
        m_report = QJsonDocument::fromJson(f.readAll(), &pe).object();
        QCOMPARE(pe.error, QJsonParseError::NoError);
    }

    void validatesAgainstTheSchema()
    {
        const QJsonObject schema = loadSchema();
        QVERIFY2(!schema.isEmpty(), "resources/report.schema.json is missing or not JSON");
        const QStringList errors = SchemaCheck(schema).validate(m_report);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    }

    void schemaCheckCatchesBrokenReports()
    {
        const QJsonObject schema = loadSchema();
        QJsonObject broken = m_report;
        broken.remove(QStringLiteral("integrity"));
        QVERIFY(!SchemaCheck(schema).validate(broken).isEmpty());

        broken = m_report;
        QJsonArray lessons = broken.value(QStringLiteral("lessons")).toArray();
        QJsonObject lesson = lessons.at(1).toObject();
        QJsonObject change = lesson.value(QStringLiteral("change")).toObject();
        change.insert(QStringLiteral("kind"), QStringLiteral("rename"));
        lesson.insert(QStringLiteral("change"), change);
        lessons[1] = lesson;
        broken.insert(QStringLiteral("lessons"), lessons);
        QVERIFY(!SchemaCheck(schema).validate(broken).isEmpty());

        broken = m_report;
        broken.insert(QStringLiteral("surprise"), 1);
        QVERIFY(!SchemaCheck(schema).validate(broken).isEmpty());
    }

    void contentIsComplete()
    {
        QCOMPARE(m_report.value(QStringLiteral("format_version")).toInt(), 1);
        const QJsonObject session = m_report.value(QStringLiteral("session")).toObject();
        QCOMPARE(session.value(QStringLiteral("lead")).toString(), QStringLiteral("alice"));
        QCOMPARE(session.value(QStringLiteral("mode")).toString(), QStringLiteral("rehearsal"));
        int items = 0;
        for (const QJsonValue &p :
            m_report.value(QStringLiteral("checklist")).toObject().value(QStringLiteral("phases")).toArray())
            items += int(p.toObject().value(QStringLiteral("items")).toArray().size());
        QCOMPARE(items, 9);
        const QJsonArray lessons = m_report.value(QStringLiteral("lessons")).toArray();
        QCOMPARE(lessons.size(), 2);
        QVERIFY(lessons.at(0).toObject().value(QStringLiteral("change")).isNull());
        QCOMPARE(lessons.at(1)
                     .toObject()
                     .value(QStringLiteral("change"))
                     .toObject()
                     .value(QStringLiteral("target"))
                     .toString(),
            QStringLiteral("expected"));
        const QByteArray all = QJsonDocument(m_report).toJson();
        QVERIFY(all.contains("VERIFIED"));
        QVERIFY(!all.contains("DRAFT-ENTRY"));
        const QJsonObject integrity = m_report.value(QStringLiteral("integrity")).toObject();
        const QJsonArray audit = m_report.value(QStringLiteral("audit")).toArray();
        QCOMPARE(integrity.value(QStringLiteral("record_count")).toInt(), audit.size());
        QCOMPARE(integrity.value(QStringLiteral("head_hash")).toString(),
            audit.last().toObject().value(QStringLiteral("hash")).toString());
    }
};

QTEST_MAIN(TestJsonReportWriter)
#include "tst_jsonreportwriter.moc"
