#include "storage/TextWalk.h"

#include "storage/Database.h"
#include "storage/ListQuery.h"

#include <QSqlQuery>

namespace onbehalf::server {

namespace {
qint64 blockStart(qint64 rowid, qint64 span)
{
    const qint64 block = rowid / span - (rowid % span < 0 ? 1 : 0); // rounded down, negative rowids too
    return block * span;
}
} // namespace

QString TextWalk::expression(const TextWalkIndex &index, const QStringList &words, const QStringList &fields,
                             bool allTerms)
{
    if (!index.isSet())
        return {};
    QStringList parts;
    for (const QString &word : words) {
        const QString expr = index.match(word, fields);
        if (!expr.isEmpty())
            parts << QLatin1Char('(') + expr + QLatin1Char(')');
        else if (!allTerms)
            return {}; // rows with only this word would be missed
    }
    return parts.join(allTerms ? QStringLiteral(" AND ") : QStringLiteral(" OR "));
}

QVariantList TextWalk::firstRows(Database &db, const TextWalkIndex &index, const QString &from, const SqlWhere &all,
                                 const QString &match, const QString &orderBy, int limit)
{
    if (match.isEmpty()) {
        QSqlQuery q = db.exec(QStringLiteral("SELECT %1.rowid FROM %1").arg(from) + all.sql() +
                                  QStringLiteral(" ORDER BY ") + orderBy + QStringLiteral(" LIMIT ?"),
                              all.binds + QVariantList{limit});
        QVariantList out;
        while (q.next())
            out << q.value(0);
        return out;
    }
    const QString &fts = index.table;
    const auto array = [](const QStringList &numbers) {
        return QString(QLatin1Char('[') + numbers.join(QLatin1Char(',')) + QLatin1Char(']'));
    };
    // Fewer candidates than the limit (a rare word): all of them, tested and sorted. FTS5 finds
    // them faster in ascending rowid order, and the walk below would visit them all anyway.
    QStringList candidates;
    QSqlQuery probe = db.exec(QStringLiteral("SELECT rowid FROM %1 WHERE %1 MATCH ? LIMIT ?").arg(fts), {match, limit});
    while (probe.next())
        candidates << probe.value(0).toString();
    if (candidates.size() < limit) {
        SqlWhere where;
        where.add(index.rowKey + QStringLiteral(" IN (SELECT value FROM json_each(?))"), {array(candidates)});
        where.clauses << all.clauses;
        where.binds << all.binds << limit;
        QSqlQuery q = db.exec(QStringLiteral("SELECT %1.rowid FROM %1").arg(from) + where.sql() +
                                  QStringLiteral(" ORDER BY ") + orderBy + QStringLiteral(" LIMIT ?"),
                              where.binds);
        QVariantList out;
        while (q.next())
            out << q.value(0);
        return out;
    }
    // The index drives (CROSS JOIN keeps it the outer loop): its matches come in rowid order,
    // each costs a look-up of its row by the key, and the row's own conditions decide.
    auto walk = [&](const QString &range, const QVariantList &rangeBinds, const QString &tail,
                    const QVariantList &tailBinds) {
        SqlWhere where;
        where.add(fts + QStringLiteral(" MATCH ?"), {match});
        if (!range.isEmpty())
            where.add(range, rangeBinds);
        where.clauses << all.clauses;
        where.binds << all.binds << tailBinds;
        return db.exec(
            QStringLiteral("SELECT %2.rowid FROM %2 CROSS JOIN %1 ON %1.%3 = %2.rowid").arg(from, fts, index.rowKey) +
                where.sql() + QStringLiteral(" ORDER BY %1.rowid DESC").arg(fts) + tail,
            where.binds);
    };
    QStringList keys;
    qint64 last = 0;
    QSqlQuery walked = walk({}, {}, QStringLiteral(" LIMIT ?"), {limit});
    while (walked.next()) {
        last = walked.value(0).toLongLong();
        keys << QString::number(last);
    }
    if (keys.isEmpty())
        return {};
    if (keys.size() == limit) {
        // Every row ranking before the last one found has been found, but rows tying with it on
        // the first sort value may lie further down the walk: they share its block of rowids.
        const qint64 block = blockStart(last, index.tieSpan);
        QSqlQuery tie = walk(QStringLiteral("%1.rowid >= ? AND %1.rowid < ?").arg(fts), {block, last}, {}, {});
        while (tie.next())
            keys << tie.value(0).toString();
    }
    // The matches in the list's exact order (its tie-breakers included), as one bound array.
    QSqlQuery ordered = db.exec(QStringLiteral("SELECT rowid FROM %1 WHERE %2 IN (SELECT value FROM json_each(?)) "
                                               "ORDER BY %3 LIMIT ?")
                                    .arg(from, index.rowKey, orderBy),
                                {array(keys), limit});
    QVariantList out;
    while (ordered.next())
        out << ordered.value(0);
    return out;
}

} // namespace onbehalf::server
