#include "storage/ListFilter.h"

#include "http/HttpError.h"
#include "storage/SqlValues.h"

#include <QDate>
#include <QRegularExpression>

namespace onbehalf::server {

namespace {

// The highest code point: every string that starts with p sorts below p + this.
const QString &rangeEnd()
{
    static const QString end = QString::fromUcs4(U"\U0010FFFF", 1);
    return end;
}

HttpError invalidValue(const QString &field, const QString &value, const QString &why)
{
    return HttpError::badRequest(QStringLiteral("List.InvalidFilterValue"),
                                 QStringLiteral("Invalid value '%1' for %2: %3").arg(value, field, why),
                                 nlohmann::json{{"Property", field}, {"Value", value}});
}

} // namespace

QString ListFilter::likeEscape(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (c == QLatin1Char('%') || c == QLatin1Char('_') || c == QLatin1Char('\\'))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

QString ListFilter::clipped(const QString &text)
{
    constexpr qsizetype kShown = 64;
    return text.size() <= kShown ? text : text.left(kShown) + QStringLiteral("…");
}

void ListFilter::checkLength(const QString &key, const QString &value)
{
    if (key.size() > ListQuery::kMaxValueLength || value.size() > ListQuery::kMaxValueLength)
        throw HttpError::badRequest(QStringLiteral("List.ValueTooLong"),
                                    QStringLiteral("'%1': a list parameter or value is longer than %2 characters.")
                                        .arg(clipped(key))
                                        .arg(ListQuery::kMaxValueLength),
                                    nlohmann::json{{"Property", clipped(key)}, {"Limit", ListQuery::kMaxValueLength}});
}

void ListFilter::parse(const QString &key, const QString &value, const ListSpec &spec, const Database &db,
                       SqlWhere &where)
{
    // Resolve the property: a declared field, or an xp path.
    ListField field;
    bool isXp = false;
    QStringList xpPath;
    if (key.startsWith(QLatin1String("xp."), Qt::CaseInsensitive) && !spec.xpColumn.isEmpty()) {
        static const QRegularExpression segment(QStringLiteral("^[A-Za-z0-9_\\-]+$"));
        xpPath = key.mid(3).split(QLatin1Char('.'));
        for (const QString &s : std::as_const(xpPath)) {
            if (!segment.match(s).hasMatch())
                throw HttpError::badRequest(QStringLiteral("List.InvalidProperty"),
                                            QStringLiteral("'%1' is not a valid xp path.").arg(key),
                                            nlohmann::json{{"Property", key}});
        }
        isXp = true;
        field.name = key;
        field.expr = db.jsonText(spec.xpColumn, xpPath);
    } else if (const ListField *f = spec.find(key)) {
        field = *f;
    } else {
        throw HttpError::badRequest(QStringLiteral("List.InvalidProperty"),
                                    QStringLiteral("'%1' is not a property you can filter on.").arg(key),
                                    nlohmann::json{{"Property", key}});
    }

    const QStringList alternatives = value.split(QLatin1Char('|'));
    if (alternatives.size() > ListQuery::kMaxAlternatives)
        throw HttpError::badRequest(QStringLiteral("List.TooManyAlternatives"),
                                    QStringLiteral("'%1': at most %2 alternatives (a|b|…) per filter.")
                                        .arg(clipped(key))
                                        .arg(ListQuery::kMaxAlternatives),
                                    nlohmann::json{{"Property", clipped(key)}, {"Limit", ListQuery::kMaxAlternatives}});
    for (const QString &alt : alternatives)
        checkLength(key, alt);

    QStringList positives, negatives;
    QVariantList posBinds, negBinds;
    for (QString alt : alternatives) {
        if (alt == QLatin1String("*")) {
            positives << QStringLiteral("(%1 IS NOT NULL AND %1 <> '')").arg(field.expr);
            continue;
        }
        if (alt == QLatin1String("!*")) {
            positives << QStringLiteral("(%1 IS NULL OR %1 = '')").arg(field.expr);
            continue;
        }
        bool negate = false;
        if (alt.startsWith(QLatin1Char('!'))) {
            negate = true;
            alt = alt.mid(1);
        }
        QString op = QStringLiteral("=");
        for (const char *candidate : {">=", "<=", ">", "<"}) {
            if (alt.startsWith(QLatin1String(candidate))) {
                op = QString::fromLatin1(candidate);
                alt = alt.mid(op.size());
                break;
            }
        }
        const bool comparison = op != QLatin1String("=");
        QString clause;
        QVariantList binds;

        FieldType type = field.type;
        QString expr = field.expr;
        if (isXp && comparison) {
            bool isNumber = false;
            const double n = alt.toDouble(&isNumber);
            if (isNumber) {
                expr = db.jsonNumber(spec.xpColumn, xpPath);
                clause = QStringLiteral("%1 %2 ?").arg(expr, op);
                binds << n;
            } else {
                type = FieldType::Text;
            }
        }
        if (clause.isEmpty()) {
            switch (type) {
            case FieldType::Number: {
                bool ok = false;
                const double n = alt.toDouble(&ok);
                if (!ok)
                    throw invalidValue(field.name, alt, QStringLiteral("a number is expected"));
                clause = QStringLiteral("%1 %2 ?").arg(expr, op);
                binds << n;
                break;
            }
            case FieldType::Bool: {
                const QString v = alt.toLower();
                if (comparison || (v != QLatin1String("true") && v != QLatin1String("false")))
                    throw invalidValue(field.name, alt, QStringLiteral("true or false is expected"));
                clause = QStringLiteral("%1 = ?").arg(expr);
                binds << (v == QLatin1String("true") ? 1 : 0);
                break;
            }
            case FieldType::Date: {
                const std::optional<QString> normal = SqlValues::normalizeDateFilter(alt);
                if (!normal)
                    throw invalidValue(field.name, alt, QStringLiteral("an ISO-8601 date or time is expected"));
                if (!comparison) {
                    // A bare date matches the whole day.
                    if (alt.size() == 10) {
                        clause = QStringLiteral("(%1 >= ? AND %1 < ?)").arg(expr);
                        binds << *normal
                              << *SqlValues::normalizeDateFilter(
                                     QDate::fromString(alt, Qt::ISODate).addDays(1).toString(Qt::ISODate));
                    } else {
                        clause = QStringLiteral("%1 = ?").arg(expr);
                        binds << *normal;
                    }
                } else {
                    clause = QStringLiteral("%1 %2 ?").arg(expr, op);
                    binds << *normal;
                }
                break;
            }
            case FieldType::Text:
                if (comparison) {
                    clause = QStringLiteral("%1 %2 ?").arg(expr, op);
                    binds << alt;
                } else if (alt.contains(QLatin1Char('*'))) {
                    const QString stem = alt.left(alt.size() - 1);
                    if (!field.foldedExpr.isEmpty() && alt.endsWith(QLatin1Char('*')) &&
                        !stem.contains(QLatin1Char('*'))) {
                        clause = QStringLiteral("(%1 >= ? AND %1 < ?)").arg(field.foldedExpr);
                        binds << stem.toLower() << QString(stem.toLower() + rangeEnd());
                    } else if (!field.foldedExpr.isEmpty()) {
                        // The folded copy was lower-cased by Qt, Unicode-aware; SQLite's own LIKE
                        // folds ASCII only ("*ÓJ*" must find Wójcik).
                        clause = QStringLiteral("%1 LIKE ? ESCAPE '\\'").arg(field.foldedExpr);
                        binds << likeEscape(alt.toLower()).replace(QLatin1Char('*'), QLatin1Char('%'));
                    } else {
                        clause = QStringLiteral("%1 %2 ? ESCAPE '\\'").arg(expr, db.ilike());
                        binds << likeEscape(alt).replace(QLatin1Char('*'), QLatin1Char('%'));
                    }
                } else if (!field.foldedExpr.isEmpty()) {
                    clause = QStringLiteral("%1 = ?").arg(field.foldedExpr);
                    binds << alt.toLower();
                } else {
                    clause = QStringLiteral("%1 %2 ? ESCAPE '\\'").arg(expr, db.ilike());
                    binds << likeEscape(alt);
                }
                break;
            }
        }
        if (negate) {
            negatives << QStringLiteral("(%1 IS NULL OR NOT (%2))").arg(expr, clause);
            negBinds << binds;
        } else {
            positives << clause;
            posBinds << binds;
        }
    }
    QStringList parts;
    QVariantList binds;
    if (!positives.isEmpty()) {
        parts << QLatin1Char('(') + positives.join(QStringLiteral(" OR ")) + QLatin1Char(')');
        binds << posBinds;
    }
    for (const QString &n : std::as_const(negatives))
        parts << n;
    binds << negBinds;
    where.add(parts.join(QStringLiteral(" AND ")), binds);
}

} // namespace onbehalf::server
