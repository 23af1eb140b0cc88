// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/MetricCondition.h"

#include <QCoreApplication>

#include <cmath>
#include <limits>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("MetricCondition", text);
}

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

}

struct MetricCondition::Node {
    enum class Type { Number, Series, Binary, Negate } type = Type::Number;
    double number = 0;
    QString series;
    QChar op;
    std::shared_ptr<const Node> left;
    std::shared_ptr<const Node> right;

    double value(const QHash<QString, MetricValueProvider::Reading> &readings) const
    {
        switch (type) {
        case Type::Number:
            return number;
        case Type::Series: {
            const auto it = readings.constFind(series);
            return (it != readings.constEnd() && it->kind == MetricValueProvider::Reading::Kind::Value)
                ? it->value
                : kNaN;
        }
        case Type::Negate:
            return -left->value(readings);
        case Type::Binary: {
            const double a = left->value(readings);
            const double b = right->value(readings);
            switch (op.unicode()) {
            case '+':
                return a + b;
            case '-':
                return a - b;
            case '*':
                return a * b;
            default:
                return b == 0 ? kNaN : a / b;
            }
        }
        }
        return kNaN;
    }
    QString toString() const
    {
        switch (type) {
        case Type::Number:
            return QString::number(number, 'g', 10);
        case Type::Series:
            return series;
        case Type::Negate:
            return QLatin1Char('-') + left->toString();
        case Type::Binary:
            return left->toString() + QLatin1Char(' ') + op + QLatin1Char(' ') + right->toString();
        }
        return {};
    }
};

namespace {

using NodePtr = std::shared_ptr<const MetricCondition::Node>;
using Node = MetricCondition::Node;

class Parser {
public:
    explicit Parser(const QString &text)
        : m_s(text)
    {
    }
    QString error;
    QStringList series;

    void skip()
    {
        while (m_i < m_s.size() && m_s.at(m_i).isSpace())
            ++m_i;
    }
    bool atEnd()
    {
        skip();
        return m_i >= m_s.size();
    }
    QChar peek()
    {
        skip();
        return m_i < m_s.size() ? m_s.at(m_i) : QChar();
    }
    bool fail(const QString &what)
    {
        if (error.isEmpty())
            error = tr("At position %1: %2").arg(m_i + 1).arg(what);
        return false;
    }
    QString comparison()
    {
        skip();
        static const char *ops[] = { "<=", ">=", "==", "!=", "<", ">" };
        for (const char *op : ops) {
            const QLatin1String l(op);
            if (QStringView(m_s).mid(m_i).startsWith(l)) {
                m_i += l.size();
                return QString(l);
            }
        }
        return {};
    }
    NodePtr sum()
    {
        NodePtr left = product();
        while (left && (peek() == QLatin1Char('+') || peek() == QLatin1Char('-'))) {
            const QChar op = m_s.at(m_i++);
            NodePtr right = product();
            if (!right)
                return nullptr;
            left = binary(op, left, right);
        }
        return left;
    }
    NodePtr product()
    {
        NodePtr left = unary();
        while (left && (peek() == QLatin1Char('*') || peek() == QLatin1Char('/'))) {
            // '/' directly followed by a name character after an identifier is part of a series
            // name; it was consumed by unary() already, so here it is an operator.
            const QChar op = m_s.at(m_i++);
            NodePtr right = unary();
            if (!right)
                return nullptr;
            left = binary(op, left, right);
        }
        return left;
    }
    NodePtr unary()
    {
        const QChar c = peek();
        if (c == QLatin1Char('-')) {
            ++m_i;
            NodePtr inner = unary();
            if (!inner)
                return nullptr;
            auto n = std::make_shared<Node>();
            n->type = Node::Type::Negate;
            n->left = inner;
            return n;
        }
        if (c == QLatin1Char('(')) {
            ++m_i;
            NodePtr inner = sum();
            if (!inner)
                return nullptr;
            if (peek() != QLatin1Char(')')) {
                fail(tr("a closing parenthesis is missing"));
                return nullptr;
            }
            ++m_i;
            return inner;
        }
        if (c.isDigit() || c == QLatin1Char('.'))
            return number();
        if (c.isLetter() || c == QLatin1Char('_'))
            return seriesName();
        fail(c.isNull()
                ? tr("a number or a series name is missing at the end")
                : tr("unexpected \"%1\"; expected a number or a series name such as error_ratio/new").arg(c));
        return nullptr;
    }
    NodePtr number()
    {
        const int start = m_i;
        while (m_i < m_s.size()
            && (m_s.at(m_i).isDigit() || m_s.at(m_i) == QLatin1Char('.') || m_s.at(m_i) == QLatin1Char('e')
                || m_s.at(m_i) == QLatin1Char('E')
                || ((m_s.at(m_i) == QLatin1Char('-') || m_s.at(m_i) == QLatin1Char('+')) && m_i > start
                    && (m_s.at(m_i - 1) == QLatin1Char('e') || m_s.at(m_i - 1) == QLatin1Char('E')))))
            ++m_i;
        bool ok = false;
        double v = m_s.mid(start, m_i - start).toDouble(&ok);
        if (!ok) {
            m_i = start;
            fail(tr("\"%1\" is not a number").arg(m_s.mid(start, m_i - start)));
            return nullptr;
        }
        if (m_i < m_s.size() && m_s.at(m_i) == QLatin1Char('%')) {
            ++m_i;
            v /= 100.0;
        }
        auto n = std::make_shared<Node>();
        n->number = v;
        return n;
    }
    NodePtr seriesName()
    {
        auto isName = [](QChar ch) {
            return ch.isLetterOrNumber() || ch == QLatin1Char('_') || ch == QLatin1Char('.');
        };
        const int start = m_i;
        while (m_i < m_s.size() && isName(m_s.at(m_i)))
            ++m_i;
        if (m_i >= m_s.size() || m_s.at(m_i) != QLatin1Char('/')) {
            fail(tr("\"%1\" is not a series name: expected metric/path, e.g. %1/new")
                     .arg(m_s.mid(start, m_i - start)));
            return nullptr;
        }
        ++m_i;
        const int pathStart = m_i;
        while (m_i < m_s.size() && isName(m_s.at(m_i)))
            ++m_i;
        if (m_i == pathStart) {
            fail(tr("the series name \"%1\" has no path after the slash (old or new)")
                     .arg(m_s.mid(start, m_i - start)));
            return nullptr;
        }
        auto n = std::make_shared<Node>();
        n->type = Node::Type::Series;
        n->series = m_s.mid(start, m_i - start);
        if (!series.contains(n->series))
            series.append(n->series);
        return n;
    }
    static NodePtr binary(QChar op, NodePtr l, NodePtr r)
    {
        auto n = std::make_shared<Node>();
        n->type = Node::Type::Binary;
        n->op = op;
        n->left = std::move(l);
        n->right = std::move(r);
        return n;
    }

private:
    QString m_s;
    int m_i = 0;
};

QString formatValue(double v)
{
    return std::isnan(v) ? QStringLiteral("n/a") : QString::number(v, 'g', 6);
}

}

std::optional<MetricCondition> MetricCondition::parse(const QString &text, QString *error)
{
    Parser p(text);
    if (p.atEnd()) {
        *error = tr("The condition is empty; write e.g. \"error_ratio/new < 0.005\".");
        return std::nullopt;
    }
    NodePtr left = p.sum();
    QString op;
    if (left) {
        op = p.comparison();
        if (op.isEmpty())
            p.fail(tr("a comparison (<, <=, >, >=, ==, !=) is expected"));
    }
    NodePtr right = (left && !op.isEmpty()) ? p.sum() : nullptr;
    if (right && !p.atEnd())
        p.fail(tr("unexpected text after the condition"));
    if (!p.error.isEmpty() || !left || !right) {
        *error = tr("The condition \"%1\" cannot be read. %2").arg(text, p.error);
        return std::nullopt;
    }
    if (p.series.isEmpty()) {
        *error
            = tr("The condition \"%1\" names no series; write e.g. \"error_ratio/new < 0.005\".").arg(text);
        return std::nullopt;
    }
    MetricCondition c;
    c.m_text = text.trimmed();
    c.m_op = op;
    c.m_left = left;
    c.m_right = right;
    c.m_series = p.series;
    return c;
}

QString MetricCondition::verdictKey(Verdict v)
{
    switch (v) {
    case Verdict::Pass:
        return QStringLiteral("pass");
    case Verdict::Fail:
        return QStringLiteral("fail");
    case Verdict::Inconclusive:
        return QStringLiteral("inconclusive");
    case Verdict::NoData:
        return QStringLiteral("no-data");
    }
    return {};
}

MetricCondition::Outcome MetricCondition::judge(
    const QHash<QString, MetricValueProvider::Reading> &readings) const
{
    using Kind = MetricValueProvider::Reading::Kind;
    Outcome o;
    o.condition = m_text;
    o.readings = readings;
    o.measured = m_left->value(readings);
    o.limit = m_right->value(readings);

    QStringList values;
    QStringList errors;
    QStringList missing;
    for (const QString &s : m_series) {
        const auto it = readings.constFind(s);
        if (it == readings.constEnd()) {
            missing.append(tr("%1: no reading").arg(s));
            continue;
        }
        switch (it->kind) {
        case Kind::Value:
            values.append(tr("%1 = %2").arg(s, formatValue(it->value)));
            break;
        case Kind::Error:
            errors.append(tr("%1: %2").arg(s, it->error));
            break;
        case Kind::NoData:
            missing.append(it->error.isEmpty() ? tr("%1: no data").arg(s) : it->error);
            break;
        }
    }
    const QString comparison = tr("%1 %2 %3").arg(formatValue(o.measured), m_op, formatValue(o.limit));
    if (!errors.isEmpty()) {
        o.verdict = Verdict::Inconclusive;
        o.detail = tr("Inconclusive: the metric source reports an error (%1).")
                       .arg(errors.join(QStringLiteral("; ")));
        return o;
    }
    if (!missing.isEmpty()) {
        o.verdict = Verdict::NoData;
        o.detail = tr("No data: %1.").arg(missing.join(QStringLiteral("; ")));
        return o;
    }
    if (!std::isfinite(o.measured) || !std::isfinite(o.limit)) {
        o.verdict = Verdict::Inconclusive;
        o.detail = tr("Inconclusive: %1 gives no finite result (%2).")
                       .arg(m_text, values.join(QStringLiteral(", ")));
        return o;
    }
    bool holds = false;
    if (m_op == QLatin1String("<"))
        holds = o.measured < o.limit;
    else if (m_op == QLatin1String("<="))
        holds = o.measured <= o.limit;
    else if (m_op == QLatin1String(">"))
        holds = o.measured > o.limit;
    else if (m_op == QLatin1String(">="))
        holds = o.measured >= o.limit;
    else if (m_op == QLatin1String("=="))
        holds = o.measured == o.limit;
    else
        holds = o.measured != o.limit;
    o.verdict = holds ? Verdict::Pass : Verdict::Fail;
    o.detail = (holds ? tr("Pass: %1 holds (%2).") : tr("Fail: %1 does not hold (%2)."))
                   .arg(comparison, values.join(QStringLiteral(", ")));
    return o;
}

void MetricCondition::evaluate(MetricValueProvider &provider, std::function<void(const Outcome &)> done) const
{
    struct State {
        QHash<QString, MetricValueProvider::Reading> readings;
        int remaining = 0;
    };
    auto state = std::make_shared<State>();
    state->remaining = int(m_series.size());
    const MetricCondition self = *this;
    for (const QString &s : m_series) {
        provider.latest(s, [state, s, self, done](const MetricValueProvider::Reading &r) {
            state->readings.insert(s, r);
            if (--state->remaining == 0)
                done(self.judge(state->readings));
        });
    }
}
