// PostgreSQL's way of answering a search that an index narrows (users; docs/search.md): the same
// rows in the same order as ListQuery::run, fetched so that neither common nor clustered words
// make the planner visit most of the table.

#include "storage/ListQuery.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <algorithm>

namespace onbehalf::server {

namespace {
constexpr double kWalkSlack = 4.0; // rows a capped walk may visit, over what an even spread needs
constexpr int kMinWalk = 500;
} // namespace

nlohmann::json ListQuery::runIndexedPostgres(Database &db, const QString &columns, const QString &from,
                                             const SqlWhere &scope, const SqlWhere &all,
                                             const std::function<nlohmann::json(const QSqlQuery &)> &row) const
{
    const int offset = (m_page - 1) * m_pageSize;
    nlohmann::json items = nlohmann::json::array();
    auto read = [&](QSqlQuery &q) {
        while (q.next())
            items.push_back(row(q));
    };

    // One pass over the first kMaxSearchMatches + 1 matches the index finds, in any order, keeping
    // only their row and sort keys: their number is the count, and when that is all of them the
    // page is sorted from them and its rows read by row. Counting and then searching again for
    // the page did the costly part twice. (A row of NULLs carries the count when no page is read.)
    QStringList sortKeys = m_orderBy.split(QStringLiteral(", "));
    for (QString &key : sortKeys)
        key = key.section(QLatin1Char(' '), 0, -2); // without ASC / DESC
    QVariantList binds = all.binds;
    binds << kMaxSearchMatches + 1 << kMaxSearchMatches << m_pageSize << offset;
    QSqlQuery first = db.exec(
        QStringLiteral("WITH matches AS MATERIALIZED (SELECT ctid AS matched_row, ") +
            sortKeys.join(QStringLiteral(", ")) + QStringLiteral(" FROM ") + from + all.sql() +
            QStringLiteral(" LIMIT ?), total AS MATERIALIZED (SELECT COUNT(*) AS matched FROM matches), "
                           "page AS MATERIALIZED (SELECT matched_row FROM matches, total WHERE total.matched <= ? "
                           "ORDER BY ") +
            m_orderBy + QStringLiteral(" LIMIT ? OFFSET ?) SELECT ") + columns +
            QStringLiteral(", total.matched FROM total LEFT JOIN (") + from + QStringLiteral(" JOIN page ON ") + from +
            QStringLiteral(".ctid = page.matched_row) ON true ORDER BY ") + m_orderBy,
        binds);
    const int countColumn = first.record().count() - 1;
    int total = 0;
    while (first.next()) {
        total = first.value(countColumn).toInt();
        if (!first.value(0).isNull())
            items.push_back(row(first));
    }
    if (total <= kMaxSearchMatches || offset >= kMaxSearchMatches)
        return envelope(std::move(items), std::min(total, kMaxSearchMatches));

    // More matches than a search answers: the page is the first rows in order. Walking an index
    // in that order finds them after about (page end) / (share of rows matching) rows when the
    // matches are spread; when they cluster late in the order (an ID prefix sorted by ID) the
    // walk would visit most of the table, so it stops after a few times that many rows and the
    // matches are looked up through the search index and sorted instead.
    items = nlohmann::json::array();
    const int count = std::min(m_pageSize, kMaxSearchMatches - offset);
    if (!m_orderedIndex.isEmpty()) {
        const double rows =
            db.scalar(QStringLiteral("SELECT reltuples FROM pg_class WHERE oid = CAST(? AS regclass)"), {from})
                .toDouble();
        const double expected = double(offset + count) * std::max(rows, 1.0) / (kMaxSearchMatches + 1);
        const int cap = int(std::min(std::max(kWalkSlack * expected, double(kMinWalk)), 1e9));
        QVariantList walkBinds = scope.binds;
        walkBinds << cap;
        walkBinds << all.binds;
        walkBinds << count << offset;
        QSqlQuery walk =
            db.exec(QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM (SELECT * FROM ") + from + scope.sql() +
                        QStringLiteral(" ORDER BY ") + m_orderBy + QStringLiteral(" LIMIT ?) AS ") + from + all.sql() +
                        QStringLiteral(" ORDER BY ") + m_orderBy + QStringLiteral(" LIMIT ? OFFSET ?"),
                    walkBinds);
        read(walk);
        if (int(items.size()) == count)
            return envelope(std::move(items), kMaxSearchMatches);
        items = nlohmann::json::array();
    }
    // Every match through the search index, sorted by its keys (OFFSET 0 keeps the planner from
    // walking instead); the page's rows are read by row.
    QVariantList lookUpBinds = all.binds;
    lookUpBinds << count << offset;
    QSqlQuery lookUp = db.exec(
        QStringLiteral("WITH matches AS MATERIALIZED (SELECT ctid AS matched_row, ") +
            sortKeys.join(QStringLiteral(", ")) + QStringLiteral(" FROM ") + from + all.sql() +
            QStringLiteral(" OFFSET 0), page AS MATERIALIZED (SELECT matched_row FROM matches ORDER BY ") + m_orderBy +
            QStringLiteral(" LIMIT ? OFFSET ?) SELECT ") + columns + QStringLiteral(" FROM ") + from +
            QStringLiteral(" JOIN page ON ") + from + QStringLiteral(".ctid = page.matched_row ORDER BY ") + m_orderBy,
        lookUpBinds);
    read(lookUp);
    return envelope(std::move(items), kMaxSearchMatches);
}

} // namespace onbehalf::server
