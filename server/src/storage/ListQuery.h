#pragma once

#include "storage/Database.h"
#include "storage/TextWalk.h"
#include "wire/ListPage.h"

#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrlQuery>
#include <QVariantList>
#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <utility>
#include <vector>

namespace onbehalf::server {

enum class FieldType
{
    Text,
    Number,
    Bool,
    Date
};

// One listable property of a resource: its API name and the SQL that yields it.
struct ListField
{
    QString name;
    QString expr;
    FieldType type = FieldType::Text;
    bool searchable = false;
    QString foldedExpr;          // a lower-cased copy: search and filters compare against it
    bool containsSearch = false; // free text (a reason): searched with LIKE on the column itself
    bool searchOnOnly = false;   // searched only when searchOn names it (not by a plain search=)
    // A field with its own kind of search word (a phone number): given a word (or, when searchOn
    // names only this field, the whole search text) a condition and its binds, or "" when the
    // text is not of that kind and the field's text is searched as usual.
    std::function<QString(const QString &text, QVariantList &binds)> searchMatch;

    ListField() = default;
    ListField(QString name_, QString expr_, FieldType type_ = FieldType::Text, bool searchable_ = false,
              QString foldedExpr_ = {})
        : name(std::move(name_)), expr(std::move(expr_)), type(type_), searchable(searchable_),
          foldedExpr(std::move(foldedExpr_))
    {}
};

// An index that yields a list's rows in one sort order within the scope its handler gives
// (its leading columns): for matches that are a large share of the scope, walking it and
// filtering is cheaper than sorting every match.
struct OrderedIndex
{
    QString name;
    QStringList sortBy; // API names as in sortBy, without the ID tie-breaker (empty: by ID alone)
};

// SQLite: a text index whose row keys follow the list's order by ID within the list's scope (the
// users of one buyer: UserSearchIndex). A search of the combined fields with no filter, in that
// order, reads its matches from the index in order and stops after the first kMaxSearchMatches.
struct OrderedSearchIndex
{
    QString table;      // the FTS5 table; its rowid is the order key
    QString rowsOfKeys; // a condition keeping the rows whose keys the query "%1" selects
    // The FTS5 query for the folded words (all of them, or any); "" when it cannot serve them.
    std::function<QString(const QStringList &foldedWords, bool all)> match;
    // The open bounds of the scope's keys; nullopt when the index cannot serve the scope now.
    std::function<std::optional<std::pair<qint64, qint64>>()> keyRange;
};

// An index over the folded text of several searchable fields (a trigram index) that narrows a
// search to the rows containing its terms before the exact per-field test runs on those rows.
struct SearchIndex
{
    QStringList fields;   // API names it covers
    QString combinedExpr; // their folded values joined by a newline: containing a term = one field does
    QString scanIndex;    // SQLite: an index holding combinedExpr, to count by when the words are not looked up
    // A clause keeping the rows whose combined text contains every term (all) or any term; empty
    // when the index cannot serve these terms (too short for trigrams).
    std::function<QString(const QStringList &terms, bool all, QVariantList &binds)> narrow;
    // Optional: whether narrow's clause alone decides for these terms (each in any of the fields),
    // so the rows need no test of their own.
    std::function<bool(const QStringList &terms)> exact;
    OrderedSearchIndex ordered; // optional
};

struct ListSpec
{
    std::vector<ListField> fields;
    std::vector<OrderedIndex> orderedIndexes;
    QString xpColumn; // empty: the resource has no xp
    QStringList defaultSort{QStringLiteral("ID")};
    QSet<QString> extraParameters; // endpoint-specific query keys that are not filters
    // Optional: a full-text index that narrows one search word to candidate rows (a superset of
    // the matches; the word's own conditions still decide, so results are those without it).
    // Given the word and the API names of the fields searched, it returns a SQL condition and
    // appends its binds, or returns "" when it cannot help.
    std::function<QString(const QString &word, const QStringList &fields, QVariantList *binds)> searchIndex;
    SearchIndex combinedSearch; // optional: the users\' combined text and its trigram index
    TextWalkIndex textWalk;     // optional (SQLite): full text whose rowids follow a sort (sessions)

    const ListField *find(const QString &name) const;
};

// A WHERE clause under construction, with its positional binds.
struct SqlWhere
{
    QStringList clauses;
    QVariantList binds;

    void add(const QString &clause, const QVariantList &values = {});
    QString sql() const; // "" or " WHERE a AND b"
};

// The OrderCloud list grammar (page, pageSize, search, searchOn, searchType, sortBy,
// filters with * | ! > < >= <= and xp. paths) translated into SQL. Anything it does not
// understand is a 400 List.Invalid…, never ignored.
class ListQuery
{
public:
    static constexpr int kDefaultPageSize = 20;
    static constexpr int kMaxPageSize = 100;
    // What one list request may ask for: beyond these it is a 400 List.*, never a huge statement.
    static constexpr int kMaxFilters = 32;
    static constexpr int kMaxAlternatives = 100; // "a|b|c" in one filter
    static constexpr int kMaxSearchWords = 64;
    static constexpr int kMaxValueLength = 512; // one filter alternative, one search word, a key
    // A search answers at most this many matches, the first in the requested order (see
    // docs/search.md): counting every match of a common word is what made searches slow.
    static constexpr int kMaxSearchMatches = 2500;

    static ListQuery parse(const QUrlQuery &query, const ListSpec &spec, const Database &db);

    int page() const { return m_page; }
    int pageSize() const { return m_pageSize; }
    const SqlWhere &where() const { return m_where; }
    const QString &orderBy() const { return m_orderBy; }

    // Runs "SELECT <columns> FROM <from> [scope AND filters] ORDER BY … LIMIT … OFFSET …"
    // and a COUNT(*) over the same rows, and wraps the items into the Meta/Items envelope.
    // With a search, the rows are the first kMaxSearchMatches matches in the requested order.
    nlohmann::json run(Database &db, const QString &columns, const QString &from, const SqlWhere &scope,
                       const std::function<nlohmann::json(const QSqlQuery &)> &row) const;

private:
    void parseSearch(const QString &term, const QString &searchOn, const QString &searchType, const ListSpec &spec,
                     const Database &db);
    void parseFilter(const QString &key, const QString &value, const ListSpec &spec, const Database &db);
    void parseSort(const QString &sortBy, const ListSpec &spec);
    // The ordered index answers this search: its words, no filter, sorted by ID alone.
    bool orderedServes() const { return !m_orderedMatch.isEmpty() && !m_filtered && m_byId; }
    nlohmann::json envelope(nlohmann::json items, int total) const; // Meta + Items of this page
    nlohmann::json runLookedUp(Database &db, const QString &columns, const QString &from, const SqlWhere &all,
                               const std::function<nlohmann::json(const QSqlQuery &)> &row) const;
    nlohmann::json runOrdered(Database &db, const QString &columns, const QString &from, const SqlWhere &scope,
                              std::pair<qint64, qint64> keys,
                              const std::function<nlohmann::json(const QSqlQuery &)> &row) const;
    QString walkIndexFor(Database &db, const QString &from, const SqlWhere &scope, int total, bool limited) const;
    nlohmann::json runIndexedPostgres(Database &db, const QString &columns, const QString &from, const SqlWhere &scope,
                                      const SqlWhere &all,
                                      const std::function<nlohmann::json(const QSqlQuery &)> &row) const;

    int m_page = 1;
    int m_pageSize = kDefaultPageSize;
    SqlWhere m_where;
    QString m_orderBy;
    QString m_orderedIndex;  // an index that already yields m_orderBy, if the spec has one
    QString m_countIndex;    // SQLite: count the matches over this index (a search scanning the combined text)
    bool m_searched = false; // a search= narrows the rows: at most kMaxSearchMatches of them are answered
    bool m_lookedUp = false; // SQLite: the search's rows come from an index look-up of its words
    bool m_filtered = false; // a filter narrows the rows
    bool m_byId = false;     // sorted by ID alone, ascending
    OrderedSearchIndex m_ordered;
    QString m_orderedMatch; // the search as a query of m_ordered ("" when it cannot serve it)

    // PostgreSQL: an index narrows the search (ListQueryPostgres.cpp).
    bool m_indexedPostgres = false;

    TextWalkIndex m_textWalk; // set when the sort is the one the spec's textWalk yields
    QString m_textMatch;      // SQLite: the search as one FTS5 expression of textWalk (walked, not narrowed)
};

} // namespace onbehalf::server
