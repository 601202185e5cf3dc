#include "resources/ApprovalExpression.h"

#include "wire/Money.h"

#include <variant>
#include <vector>

namespace onbehalf::server {

namespace {

struct Token
{
    enum Kind
    {
        Number,
        Text,
        Word,
        Op,
        Open,
        Close,
        End
    } kind;
    QString text;
};

// A value during evaluation: missing, a boolean, an exact number or text.
using Value = std::variant<std::monostate, bool, wire::Amount, QString>;

std::vector<Token> tokenize(const QString &s, QString *error)
{
    std::vector<Token> out;
    qsizetype i = 0;
    while (i < s.size()) {
        const QChar c = s[i];
        if (c.isSpace()) {
            ++i;
        } else if (c == QLatin1Char('(') || c == QLatin1Char(')')) {
            out.push_back({c == QLatin1Char('(') ? Token::Open : Token::Close, QString(c)});
            ++i;
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            QString text;
            qsizetype j = i + 1;
            for (; j < s.size() && s[j] != c; ++j)
                text += s[j];
            if (j >= s.size()) {
                *error = QStringLiteral("unterminated text starting at position %1").arg(i + 1);
                return {};
            }
            out.push_back({Token::Text, text});
            i = j + 1;
        } else if (c.isDigit() || (c == QLatin1Char('-') && i + 1 < s.size() && s[i + 1].isDigit())) {
            qsizetype j = i + 1;
            while (j < s.size() && (s[j].isDigit() || s[j] == QLatin1Char('.')))
                ++j;
            out.push_back({Token::Number, s.mid(i, j - i)});
            i = j;
        } else if (c.isLetter() || c == QLatin1Char('_')) {
            qsizetype j = i + 1;
            while (j < s.size() && (s[j].isLetterOrNumber() || s[j] == QLatin1Char('_') || s[j] == QLatin1Char('.')))
                ++j;
            out.push_back({Token::Word, s.mid(i, j - i)});
            i = j;
        } else {
            static const QStringList ops{QStringLiteral(">="), QStringLiteral("<="), QStringLiteral("!="),
                                         QStringLiteral("<>"), QStringLiteral("="),  QStringLiteral(">"),
                                         QStringLiteral("<")};
            bool matched = false;
            for (const QString &op : ops) {
                if (QStringView(s).mid(i).startsWith(op)) {
                    out.push_back({Token::Op, op});
                    i += op.size();
                    matched = true;
                    break;
                }
            }
            if (!matched) {
                *error = QStringLiteral("unexpected '%1' at position %2").arg(c).arg(i + 1);
                return {};
            }
        }
    }
    out.push_back({Token::End, QString()});
    return out;
}

const QStringList kOrderFields{
    QStringLiteral("Total"),      QStringLiteral("Subtotal"),          QStringLiteral("ShippingCost"),
    QStringLiteral("TaxCost"),    QStringLiteral("LineItemCount"),     QStringLiteral("ID"),
    QStringLiteral("FromUserID"), QStringLiteral("FromCompanyID"),     QStringLiteral("Comments"),
    QStringLiteral("Currency"),   QStringLiteral("ShippingAddressID"), QStringLiteral("BillingAddressID")};

Value fromJson(const nlohmann::json &j)
{
    if (j.is_boolean())
        return j.get<bool>();
    if (j.is_number()) {
        if (const auto a = wire::Amount::fromJson(j))
            return *a;
        return std::monostate{};
    }
    if (j.is_string())
        return QString::fromStdString(j.get<std::string>());
    return std::monostate{};
}

} // namespace

struct ApprovalExpression::Node
{
    enum Kind
    {
        Literal,
        Field, // path[0] is the order field, or "xp" followed by the xp path
        Not,
        And,
        Or,
        Compare
    } kind;
    Value literal;
    QStringList path;
    QString op;
    std::shared_ptr<const Node> left, right;

    Value value(const wire::Order &o) const
    {
        switch (kind) {
        case Literal:
            return literal;
        case Field:
            return fieldValue(o);
        case Not:
            return !truth(left->value(o));
        case And:
            return truth(left->value(o)) && truth(right->value(o));
        case Or:
            return truth(left->value(o)) || truth(right->value(o));
        case Compare:
            return compare(left->value(o), right->value(o));
        }
        return std::monostate{};
    }

    static bool truth(const Value &v)
    {
        const bool *b = std::get_if<bool>(&v);
        return b && *b;
    }

    Value fieldValue(const wire::Order &o) const
    {
        if (path.front() == QLatin1String("xp")) {
            const nlohmann::json *j = &o.xp;
            for (qsizetype i = 1; i < path.size(); ++i) {
                if (!j->is_object() || !j->contains(path[i].toStdString()))
                    return std::monostate{};
                j = &(*j)[path[i].toStdString()];
            }
            return fromJson(*j);
        }
        const QString &f = path.front();
        const auto opt = [](const std::optional<QString> &s) -> Value {
            return s ? Value(*s) : Value(std::monostate{});
        };
        if (f == QLatin1String("Total"))
            return o.Total;
        if (f == QLatin1String("Subtotal"))
            return o.Subtotal;
        if (f == QLatin1String("ShippingCost"))
            return o.ShippingCost;
        if (f == QLatin1String("TaxCost"))
            return o.TaxCost;
        if (f == QLatin1String("LineItemCount"))
            return wire::Amount::fromDecimal(o.LineItemCount, 0);
        if (f == QLatin1String("ID"))
            return o.ID;
        if (f == QLatin1String("FromUserID"))
            return o.FromUserID;
        if (f == QLatin1String("FromCompanyID"))
            return o.FromCompanyID;
        if (f == QLatin1String("Currency"))
            return o.Currency;
        if (f == QLatin1String("Comments"))
            return opt(o.Comments);
        if (f == QLatin1String("ShippingAddressID"))
            return opt(o.ShippingAddressID);
        return opt(o.BillingAddressID);
    }

    Value compare(const Value &a, const Value &b) const
    {
        const bool equalOp = op == QLatin1String("=");
        const bool notEqualOp = op == QLatin1String("!=") || op == QLatin1String("<>");
        if (std::holds_alternative<std::monostate>(a) || std::holds_alternative<std::monostate>(b)) {
            // Only "is it (not) there" compares with a missing value.
            const bool bothMissing = a.index() == b.index();
            return equalOp ? bothMissing : notEqualOp ? !bothMissing : false;
        }
        if (a.index() != b.index())
            return notEqualOp;
        int c = 0;
        if (const auto *x = std::get_if<wire::Amount>(&a))
            c = *x < std::get<wire::Amount>(b) ? -1 : *x == std::get<wire::Amount>(b) ? 0 : 1;
        else if (const auto *t = std::get_if<QString>(&a))
            c = t->compare(std::get<QString>(b));
        else
            c = std::get<bool>(a) == std::get<bool>(b) ? 0 : 1;
        if (equalOp)
            return c == 0;
        if (notEqualOp)
            return c != 0;
        if (std::holds_alternative<bool>(a))
            return false;
        if (op == QLatin1String(">"))
            return c > 0;
        if (op == QLatin1String(">="))
            return c >= 0;
        if (op == QLatin1String("<"))
            return c < 0;
        return c <= 0;
    }
};

namespace {

using NodePtr = std::shared_ptr<const ApprovalExpression::Node>;
using Node = ApprovalExpression::Node;

class Parser
{
public:
    explicit Parser(std::vector<Token> tokens) : m_t(std::move(tokens)) {}

    NodePtr parse(QString *error)
    {
        NodePtr n = orExpr();
        if (!m_error.isEmpty() || peek().kind != Token::End) {
            *error = m_error.isEmpty() ? QStringLiteral("unexpected '%1'").arg(peek().text) : m_error;
            return nullptr;
        }
        return n;
    }

private:
    const Token &peek() const { return m_t[m_pos]; }
    bool isWord(const char *w) const
    {
        return peek().kind == Token::Word && peek().text.compare(QLatin1String(w), Qt::CaseInsensitive) == 0;
    }
    NodePtr fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = message;
        return nullptr;
    }
    static NodePtr binary(Node::Kind kind, NodePtr l, NodePtr r, const QString &op = {})
    {
        return std::make_shared<const Node>(Node{kind, std::monostate{}, {}, op, std::move(l), std::move(r)});
    }

    NodePtr orExpr()
    {
        NodePtr left = andExpr();
        while (left && isWord("or")) {
            ++m_pos;
            NodePtr right = andExpr();
            if (!right)
                return nullptr;
            left = binary(Node::Or, left, right);
        }
        return left;
    }
    NodePtr andExpr()
    {
        NodePtr left = unary();
        while (left && isWord("and")) {
            ++m_pos;
            NodePtr right = unary();
            if (!right)
                return nullptr;
            left = binary(Node::And, left, right);
        }
        return left;
    }
    NodePtr unary()
    {
        // Nesting is bounded: a rule of 100,000 '(' or 'not' must not exhaust the stack.
        if (++m_depth > kMaxDepth)
            return fail(QStringLiteral("the expression is nested too deeply"));
        NodePtr n = unaryBody();
        --m_depth;
        return n;
    }
    NodePtr unaryBody()
    {
        if (isWord("not")) {
            ++m_pos;
            NodePtr inner = unary();
            return inner ? binary(Node::Not, inner, nullptr) : nullptr;
        }
        NodePtr left = operand();
        if (!left || peek().kind != Token::Op)
            return left;
        const QString op = peek().text;
        ++m_pos;
        NodePtr right = operand();
        return right ? binary(Node::Compare, left, right, op) : nullptr;
    }
    NodePtr operand()
    {
        const Token t = peek();
        ++m_pos;
        auto literal = [](Value v) {
            return std::make_shared<const Node>(Node{Node::Literal, std::move(v), {}, {}, nullptr, nullptr});
        };
        switch (t.kind) {
        case Token::Number: {
            const auto a = wire::Amount::parse(t.text);
            return a ? literal(*a) : fail(QStringLiteral("'%1' is not a number").arg(t.text));
        }
        case Token::Text:
            return literal(t.text);
        case Token::Open: {
            NodePtr inner = orExpr();
            if (!inner)
                return nullptr;
            if (peek().kind != Token::Close)
                return fail(QStringLiteral("a ')' is missing"));
            ++m_pos;
            return inner;
        }
        case Token::Word:
            return word(t.text);
        default:
            return fail(t.kind == Token::End ? QStringLiteral("the expression ends too early")
                                             : QStringLiteral("unexpected '%1'").arg(t.text));
        }
    }
    NodePtr word(const QString &w)
    {
        auto literal = [](Value v) {
            return std::make_shared<const Node>(Node{Node::Literal, std::move(v), {}, {}, nullptr, nullptr});
        };
        if (w.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
            return literal(true);
        if (w.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
            return literal(false);
        if (w.compare(QLatin1String("null"), Qt::CaseInsensitive) == 0)
            return literal(std::monostate{});
        const QStringList parts = w.split(QLatin1Char('.'));
        if (parts.size() < 2 || parts.front() != QLatin1String("order") || parts.contains(QString()))
            return fail(QStringLiteral("'%1' is not something an approval rule can evaluate (order.<Field> or "
                                       "order.xp.<path>)")
                            .arg(w));
        const QStringList path = parts.mid(1);
        if (path.front() == QLatin1String("xp") ? path.size() < 2
                                                : path.size() != 1 || !kOrderFields.contains(path.front()))
            return fail(QStringLiteral("'%1' is not an order field an approval rule can evaluate").arg(w));
        return std::make_shared<const Node>(Node{Node::Field, std::monostate{}, path, {}, nullptr, nullptr});
    }

    static constexpr int kMaxDepth = 32;
    std::vector<Token> m_t;
    size_t m_pos = 0;
    int m_depth = 0;
    QString m_error;
};

} // namespace

std::shared_ptr<const ApprovalExpression> ApprovalExpression::parse(const QString &text, QString *error)
{
    QString problem;
    std::vector<Token> tokens = tokenize(text, &problem);
    if (!problem.isEmpty()) {
        *error = problem;
        return nullptr;
    }
    if (tokens.size() == 1) {
        *error = QStringLiteral("the expression is empty");
        return nullptr;
    }
    NodePtr root = Parser(std::move(tokens)).parse(&problem);
    if (!root) {
        *error = problem;
        return nullptr;
    }
    return std::make_shared<const ApprovalExpression>(root);
}

bool ApprovalExpression::holdsFor(const wire::Order &order) const
{
    return Node::truth(m_root->value(order));
}

} // namespace onbehalf::server
