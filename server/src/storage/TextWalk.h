#pragma once

#include <QString>
#include <QStringList>
#include <QVariantList>
#include <functional>

namespace onbehalf::server {

class Database;
struct SqlWhere;

// SQLite: a full-text (FTS5) table whose rowids follow a list's sort order, so that walking a
// search's matches by descending rowid yields them in that order and the walk stops at the
// first kMaxSearchMatches + 1 (docs/search.md, "the 2,500 rule") instead of visiting them all.
// Rows that tie on the first sort value have rowids in one block [n × tieSpan, (n + 1) × tieSpan),
// and blocks rise with that value: the rest of a tie at the boundary is fetched by its block.
struct TextWalkIndex
{
    QString table;      // the FTS5 table
    QString rowKey;     // the listed table's column holding each row's rowid in it (unique; best
                        // indexed with the columns a walk tests and sorts by)
    QStringList sortBy; // the order descending rowids yield (API names, as OrderedIndex::sortBy)
    qint64 tieSpan = 1;
    // The FTS5 expression finding the rows that contain one search word in the given fields (a
    // superset: the word's own conditions still decide), or "" when the index cannot hold the word.
    std::function<QString(const QString &word, const QStringList &fields)> match;

    bool isSet() const { return !table.isEmpty() && bool(match); }
};

namespace TextWalk {

// The search words as one FTS5 expression of the index: any word (allTerms false) or all of them (a
// word it cannot hold is left out of an AND, not of an OR); "" when the index cannot serve them.
QString expression(const TextWalkIndex &index, const QStringList &words, const QStringList &fields, bool allTerms);

// The listed table's rowids of the first `limit` rows of `from` that satisfy `all` (and, unless
// empty, the FTS5 expression `match`, walking the index), in the order `orderBy`: the same rows, in
// the same order, as "SELECT rowid FROM from WHERE all ORDER BY orderBy LIMIT limit".
QVariantList firstRows(Database &db, const TextWalkIndex &index, const QString &from, const SqlWhere &all,
                       const QString &match, const QString &orderBy, int limit);

} // namespace TextWalk

} // namespace onbehalf::server
