#include "storage/ListQuery.h"

#include "http/HttpError.h"
#include "storage/ListFilter.h"
#include "wire/Json.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <algorithm>
#include <cmath>

namespace onbehalf::server {

namespace {

const QSet<QString> &reservedKeys()
{
    static const QSet<QString> keys{QStringLiteral("page"),     QStringLiteral("pageSize"),   QStringLiteral("search"),
                                    QStringLiteral("searchOn"), QStringLiteral("searchType"), QStringLiteral("sortBy")};
    return keys;
}

int positiveInt(const QString &key, const QString &value, int max)
{
    bool ok = false;
    const int n = value.toInt(&ok);
    if (!ok || n < 1 || n > max)
        throw HttpError::badRequest(key == QLatin1String("page") ? QStringLiteral("List.InvalidPage")
                                                                 : QStringLiteral("List.InvalidPageSize"),
                                    QStringLiteral("%1 must be a whole number from 1 to %2").arg(key).arg(max));
    return n;
}

} // namespace

const ListField *ListSpec::find(const QString &name) const
{
    for (const ListField &f : fields) {
        if (f.name.compare(name, Qt::CaseInsensitive) == 0)
            return &f;
    }
    return nullptr;
}

void SqlWhere::add(const QString &clause, const QVariantList &values)
{
    clauses << clause;
    binds << values;
}

QString SqlWhere::sql() const
{
    if (clauses.isEmpty())
        return {};
    return QStringLiteral(" WHERE (") + clauses.join(QStringLiteral(") AND (")) + QLatin1Char(')');
}

ListQuery ListQuery::parse(const QUrlQuery &query, const ListSpec &spec, const Database &db)
{
    ListQuery q;
    QString search, searchOn, searchType, sortBy;
    int filters = 0;
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        // Filters are checked per alternative, search per word (below); the rest whole.
        const bool perPart =
            key == QLatin1String("search") || (!reservedKeys().contains(key) && !spec.extraParameters.contains(key));
        ListFilter::checkLength(key, perPart ? QString() : value);
        if (key == QLatin1String("page"))
            q.m_page = positiveInt(key, value, 1000000);
        else if (key == QLatin1String("pageSize"))
            q.m_pageSize = positiveInt(key, value, kMaxPageSize);
        else if (key == QLatin1String("search"))
            search = value;
        else if (key == QLatin1String("searchOn"))
            searchOn = value;
        else if (key == QLatin1String("searchType"))
            searchType = value;
        else if (key == QLatin1String("sortBy"))
            sortBy = value;
        else if (!spec.extraParameters.contains(key) && !reservedKeys().contains(key)) {
            if (++filters > kMaxFilters)
                throw HttpError::badRequest(QStringLiteral("List.TooManyFilters"),
                                            QStringLiteral("At most %1 filters per list request.").arg(kMaxFilters),
                                            nlohmann::json{{"Limit", kMaxFilters}});
            q.parseFilter(key, value, spec, db);
        }
    }
    q.parseSort(sortBy, spec); // first: whether an ordered index serves the search depends on it
    if (!search.trimmed().isEmpty())
        q.parseSearch(search, searchOn, searchType, spec, db);
    return q;
}

// OrderCloud's search (see docs/search.md): each word of `search` matches text anywhere inside a
// field, case-insensitively ("doe@north" inside an e-mail, "ohns" inside "Johnson"); searchType
// says how several words combine. AnyTerm (the default): any word in any field. AllTermsAnyField:
// every word, each in some field ("Jane Doe" across first and last name). AllTermsSameField:
// every word in one field. ExactPhrase, ExactPhrasePrefix: the whole phrase inside one field.
void ListQuery::parseSearch(const QString &term, const QString &searchOn, const QString &searchType,
                            const ListSpec &spec, const Database &db)
{
    std::vector<const ListField *> fields;
    if (searchOn.trimmed().isEmpty()) {
        for (const ListField &f : spec.fields) {
            if (f.searchable && !f.searchOnOnly)
                fields.push_back(&f);
        }
    } else {
        for (const QString &name : searchOn.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const ListField *f = spec.find(name.trimmed());
            if (!f || !f->searchable)
                throw HttpError::badRequest(QStringLiteral("List.InvalidSearchProperty"),
                                            QStringLiteral("'%1' cannot be searched on.").arg(name.trimmed()),
                                            nlohmann::json{{"Property", name.trimmed()}});
            if (std::find(fields.begin(), fields.end(), f) == fields.end())
                fields.push_back(f);
        }
    }
    if (fields.empty())
        throw HttpError::badRequest(QStringLiteral("List.InvalidSearchProperty"),
                                    QStringLiteral("This list cannot be searched."));

    enum class Mode
    {
        AnyTerm,
        AllTermsAnyField,
        AllTermsSameField,
        Phrase
    };
    Mode mode = Mode::AnyTerm;
    if (searchType.isEmpty() || searchType == QLatin1String("AnyTerm"))
        mode = Mode::AnyTerm;
    else if (searchType == QLatin1String("AllTermsAnyField"))
        mode = Mode::AllTermsAnyField;
    else if (searchType == QLatin1String("AllTermsSameField"))
        mode = Mode::AllTermsSameField;
    else if (searchType == QLatin1String("ExactPhrase") || searchType == QLatin1String("ExactPhrasePrefix"))
        mode = Mode::Phrase;
    else
        throw HttpError::badRequest(QStringLiteral("List.InvalidSearchType"),
                                    QStringLiteral("Unknown searchType '%1'.").arg(searchType));
    const QString simplified = term.simplified();
    // The whole text is one value of the only field searched (a phone number with spaces in it).
    if (fields.size() == 1 && fields.front()->searchMatch) {
        QVariantList binds;
        const QString clause = fields.front()->searchMatch(simplified, binds);
        if (!clause.isEmpty()) {
            m_where.add(clause, binds);
            m_searched = true;
            return;
        }
    }
    QStringList tokens =
        mode == Mode::Phrase ? QStringList{simplified} : simplified.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (tokens.size() > kMaxSearchWords)
        throw HttpError::badRequest(QStringLiteral("List.TooManySearchTerms"),
                                    QStringLiteral("At most %1 words per search.").arg(kMaxSearchWords),
                                    nlohmann::json{{"Limit", kMaxSearchWords}});
    for (const QString &token : std::as_const(tokens))
        ListFilter::checkLength(QStringLiteral("search"), token);
    tokens.removeDuplicates(); // after the limit: it bounds the request, repeated words included

    const bool sqlite = db.dialect() == Database::Dialect::Sqlite;
    // Text inside a folded column: instr/strpos compare the folded bytes exactly in both dialects.
    auto contains = [sqlite](const QString &folded) {
        return (sqlite ? QStringLiteral("instr(%1, ?) > 0") : QStringLiteral("strpos(%1, ?) > 0")).arg(folded);
    };
    auto fieldContains = [&](const ListField *f, const QString &token, QVariantList &binds) -> QString {
        if (f->searchMatch) {
            QVariantList own;
            const QString clause = f->searchMatch(token, own);
            if (!clause.isEmpty()) {
                binds << own;
                return QLatin1Char('(') + clause + QLatin1Char(')');
            }
        }
        const QString folded = token.toLower();
        if (!f->foldedExpr.isEmpty() && sqlite) {
            binds << folded;
            return contains(f->foldedExpr);
        }
        if (!f->foldedExpr.isEmpty()) {
            // PostgreSQL: the same bytes compared (a "C" column, wildcards escaped), but in a
            // form a pg_trgm index on the folded column can serve (strpos cannot be).
            binds << QString(QLatin1Char('%') + ListFilter::likeEscape(folded) + QLatin1Char('%'));
            return QStringLiteral("%1 LIKE ? ESCAPE '\\'").arg(f->foldedExpr);
        }
        binds << QString(QLatin1Char('%') + ListFilter::likeEscape(folded) + QLatin1Char('%'));
        return QStringLiteral("LOWER(%1) LIKE ? ESCAPE '\\'").arg(f->expr);
    };

    // The spec's combined text stands for "any of these fields" when exactly its fields are searched.
    const SearchIndex &index = spec.combinedSearch;
    bool covered = !index.fields.isEmpty();
    for (const ListField *f : fields)
        covered = covered && index.fields.contains(f->name);
    QStringList fieldNames;
    for (const ListField *f : fields)
        fieldNames << f->name;
    const bool combined = covered && !index.combinedExpr.isEmpty() && int(fields.size()) == index.fields.size();
    auto anyField = [&](const QString &token, QVariantList &binds) {
        if (combined) {
            binds << token.toLower();
            return contains(index.combinedExpr);
        }
        // A per-word index of the spec (sessions) narrows the word to candidate rows first.
        QVariantList indexBinds;
        const QString narrowed =
            spec.searchIndex && m_textMatch.isEmpty() ? spec.searchIndex(token, fieldNames, &indexBinds) : QString();
        binds << indexBinds;
        QStringList alternatives;
        for (const ListField *f : fields)
            alternatives << fieldContains(f, token, binds);
        const QString any = alternatives.size() == 1
                                ? alternatives.first()
                                : QLatin1Char('(') + alternatives.join(QStringLiteral(" OR ")) + QLatin1Char(')');
        return narrowed.isEmpty() ? any
                                  : QLatin1Char('(') + narrowed + QStringLiteral(" AND ") + any + QLatin1Char(')');
    };

    if (combined && index.ordered.match && (mode == Mode::AnyTerm || mode == Mode::AllTermsAnyField)) {
        QStringList folded;
        for (const QString &token : std::as_const(tokens))
            folded << token.toLower();
        m_ordered = index.ordered;
        m_orderedMatch = index.ordered.match(folded, mode == Mode::AllTermsAnyField);
    }

    // No filters, in the order of the spec's text walk: the search is one FTS5 expression (TextWalk).
    if (sqlite && !m_filtered && mode != Mode::AllTermsSameField)
        m_textMatch = TextWalk::expression(m_textWalk, tokens, fieldNames, mode != Mode::AnyTerm);

    QStringList parts;
    QVariantList binds;
    if (mode == Mode::AllTermsSameField) {
        for (const ListField *f : fields) {
            QStringList all;
            for (const QString &token : std::as_const(tokens))
                all << fieldContains(f, token, binds);
            parts << QLatin1Char('(') + all.join(QStringLiteral(" AND ")) + QLatin1Char(')');
        }
    } else {
        for (const QString &token : std::as_const(tokens))
            parts << anyField(token, binds);
    }
    const bool any = mode == Mode::AnyTerm || mode == Mode::AllTermsSameField;
    QString clause = parts.join(any ? QStringLiteral(" OR ") : QStringLiteral(" AND "));

    // The index first: it turns a scan for the words into a look-up of the rows that have them.
    // (Not needed where the ordered index answers; it still serves a scope it cannot answer now.)
    if (covered && index.narrow && !orderedServes()) {
        QVariantList narrowBinds;
        const QString narrow = index.narrow(tokens, mode != Mode::AnyTerm, narrowBinds);
        if (!narrow.isEmpty()) {
            // Where the index's answer is exact, the per-row test adds nothing but its cost.
            const bool exact = combined && index.exact && mode != Mode::AllTermsSameField && mode != Mode::Phrase &&
                               index.exact(tokens);
            if (exact) {
                clause = narrow;
                binds = narrowBinds;
            } else {
                clause = narrow + QStringLiteral(" AND (") + clause + QLatin1Char(')');
                narrowBinds << binds;
                binds = narrowBinds;
            }
            m_lookedUp = sqlite;
            m_indexedPostgres = !sqlite;
        } else if (combined && sqlite) {
            // SQLite's planner does not know that reading the rows costs far more than reading
            // an index that holds the combined text.
            m_countIndex = index.scanIndex;
        }
    }
    m_where.add(clause, binds);
    m_searched = true;
}

void ListQuery::parseFilter(const QString &key, const QString &value, const ListSpec &spec, const Database &db)
{
    ListFilter::parse(key, value, spec, db, m_where);
    m_filtered = true;
}

void ListQuery::parseSort(const QString &sortBy, const ListSpec &spec)
{
    QStringList names = sortBy.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (names.isEmpty())
        names = spec.defaultSort;
    QStringList terms;
    QStringList canonical; // the sort as API names, to match an ordered index
    bool hasId = false;
    for (QString name : std::as_const(names)) {
        name = name.trimmed();
        const bool desc = name.startsWith(QLatin1Char('!'));
        if (desc)
            name = name.mid(1);
        const ListField *f = spec.find(name);
        if (!f)
            throw HttpError::badRequest(QStringLiteral("List.InvalidSortProperty"),
                                        QStringLiteral("'%1' is not a property you can sort by.").arg(name),
                                        nlohmann::json{{"Property", name}});
        hasId = hasId || f->name == QLatin1String("ID");
        terms << f->expr + (desc ? QStringLiteral(" DESC") : QStringLiteral(" ASC"));
        canonical << (desc ? QStringLiteral("!") : QString()) + f->name;
    }
    // A unique tie-breaker keeps pages stable.
    if (!hasId) {
        if (const ListField *id = spec.find(QStringLiteral("ID")))
            terms << id->expr + QStringLiteral(" ASC");
    } else if (canonical.constLast() == QLatin1String("ID")) {
        canonical.removeLast();
    }
    m_orderBy = terms.join(QStringLiteral(", "));
    m_byId = canonical.isEmpty();
    m_textWalk = spec.textWalk.sortBy == canonical ? spec.textWalk : TextWalkIndex();
    for (const OrderedIndex &index : spec.orderedIndexes) {
        if (index.sortBy == canonical)
            m_orderedIndex = index.name;
    }
}

// SQLite's planner has no statistics on value ranges (no STAT4 in common builds): for a search it
// sorts every match ("s": 33,000 users of a buyer); walking the ordered index and filtering finds
// the first page after some hundred rows. The matches are counted anyway, so choose here.
QString ListQuery::walkIndexFor(Database &db, const QString &from, const SqlWhere &scope, int total, bool limited) const
{
    if (m_orderedIndex.isEmpty() || db.dialect() != Database::Dialect::Sqlite)
        return {};
    const double wanted = double(m_page) * m_pageSize; // rows the walk must find
    if (m_where.clauses.isEmpty())
        return m_orderedIndex; // every row in scope matches
    // More matches than a search answers: the sort would fetch them all, the walk stops at the
    // page, having visited no more rows than the count did.
    if (limited)
        return m_orderedIndex;
    constexpr int kCheapSort = 1000; // fewer matches than this sort in about a millisecond
    if (total < kCheapSort || wanted >= total)
        return {};
    const double inScope =
        db.scalar(QStringLiteral("SELECT COUNT(*) FROM ") + from + scope.sql(), scope.binds).toDouble();
    // The walk visits about wanted × inScope / total rows; the sort fetches and orders all matches.
    return wanted * inScope / total < 2.0 * total ? m_orderedIndex : QString();
}

nlohmann::json ListQuery::envelope(nlohmann::json items, int total) const
{
    const int offset = (m_page - 1) * m_pageSize; // rows before this page
    wire::Meta meta;
    meta.Page = m_page, meta.PageSize = m_pageSize, meta.TotalCount = total;
    meta.TotalPages = (total + m_pageSize - 1) / m_pageSize;
    meta.ItemRange = {offset + 1, offset + int(items.size())};
    return nlohmann::json{{"Meta", meta}, {"Items", std::move(items)}};
}

// Few candidates from the index look-up: counting them, then testing them again to sort the page,
// did the costly part twice. One ordered pass of row keys gives both (the same rows as before);
// the page's rows are read in the same order again (ID breaks ties: the same sequence).
nlohmann::json ListQuery::runLookedUp(Database &db, const QString &columns, const QString &from, const SqlWhere &all,
                                      const std::function<nlohmann::json(const QSqlQuery &)> &row) const
{
    const QVariantList ordered =
        TextWalk::firstRows(db, m_textWalk, from, all, m_textMatch, m_orderBy, kMaxSearchMatches + 1);
    const int total = std::min(int(ordered.size()), kMaxSearchMatches);
    const int offset = (m_page - 1) * m_pageSize;
    nlohmann::json items = nlohmann::json::array();
    if (offset < total) {
        const QVariantList slice = ordered.mid(offset, std::min(m_pageSize, total - offset));
        const QStringList marks(slice.size(), QStringLiteral("?"));
        QSqlQuery q = db.exec(QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM ") + from +
                                  QStringLiteral(" WHERE ") + from + QStringLiteral(".rowid IN (") +
                                  marks.join(QLatin1Char(',')) + QStringLiteral(") ORDER BY ") + m_orderBy,
                              slice);
        while (q.next())
            items.push_back(row(q));
    }
    return envelope(std::move(items), total);
}

// The matches in the index's key order = by ID: counted in the index (up to one past the limit)
// and the page's keys read from it; no other row is read or tested.
nlohmann::json ListQuery::runOrdered(Database &db, const QString &columns, const QString &from, const SqlWhere &scope,
                                     std::pair<qint64, qint64> keys,
                                     const std::function<nlohmann::json(const QSqlQuery &)> &row) const
{
    const QString &t = m_ordered.table;
    const QString matches = QStringLiteral("SELECT rowid FROM ") + t + QStringLiteral(" WHERE ") + t +
                            QStringLiteral(" MATCH ? AND rowid BETWEEN ? AND ? ORDER BY rowid LIMIT ?");
    const QVariantList range{m_orderedMatch, keys.first + 1, keys.second - 1};
    // Prepared once per connection: the statements' text is the same for every search of a list.
    int total = 0;
    {
        Database::Prepared count(db, QStringLiteral("SELECT COUNT(*) FROM (") + matches + QLatin1Char(')'),
                                 range + QVariantList{kMaxSearchMatches + 1});
        total = std::min(count.next() ? count.value(0).toInt() : 0, kMaxSearchMatches);
    }
    const int offset = (m_page - 1) * m_pageSize;
    nlohmann::json items = nlohmann::json::array();
    if (offset < total) {
        SqlWhere page = scope; // the keys lie in the scope; the scope still guards the rows read
        page.add(m_ordered.rowsOfKeys.arg(matches + QStringLiteral(" OFFSET ?")),
                 range + QVariantList{std::min(m_pageSize, total - offset), offset});
        Database::Prepared q(db,
                             QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM ") + from + page.sql() +
                                 QStringLiteral(" ORDER BY ") + m_orderBy,
                             page.binds);
        while (q.next())
            items.push_back(row(q.query()));
    }
    return envelope(std::move(items), total);
}

nlohmann::json ListQuery::run(Database &db, const QString &columns, const QString &from, const SqlWhere &scope,
                              const std::function<nlohmann::json(const QSqlQuery &)> &row) const
{
    SqlWhere all = scope;
    all.clauses << m_where.clauses;
    all.binds << m_where.binds;

    if (orderedServes()) {
        if (const auto keys = m_ordered.keyRange())
            return runOrdered(db, columns, from, scope, *keys, row);
    }
    if (m_lookedUp || !m_textMatch.isEmpty())
        return runLookedUp(db, columns, from, all, row);
    if (m_indexedPostgres)
        return runIndexedPostgres(db, columns, from, scope, all, row);
    const QString countFrom = m_countIndex.isEmpty() ? from : from + QStringLiteral(" INDEXED BY ") + m_countIndex;
    int total = 0;
    bool limited = false; // more rows match than a search answers
    if (m_searched) {
        // Counting stops one past the limit: a word most rows contain costs a few thousand row
        // tests, not a pass over the table.
        QVariantList binds = all.binds;
        binds << kMaxSearchMatches + 1;
        total = db.scalar(QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM ") + countFrom + all.sql() +
                              QStringLiteral(" LIMIT ?) AS matches"),
                          binds)
                    .toInt();
        limited = total > kMaxSearchMatches;
        total = std::min(total, kMaxSearchMatches);
    } else {
        total = db.scalar(QStringLiteral("SELECT COUNT(*) FROM ") + countFrom + all.sql(), all.binds).toInt();
    }
    const int offset = (m_page - 1) * m_pageSize;
    nlohmann::json items = nlohmann::json::array();
    if (offset < total) {
        QVariantList binds = all.binds;
        binds << std::min(m_pageSize, total - offset) << offset; // a page never reaches past the answered rows
        const QString walk = walkIndexFor(db, from, scope, total, limited);
        const QString source = walk.isEmpty() ? from : from + QStringLiteral(" INDEXED BY ") + walk;
        QSqlQuery q = db.exec(QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM ") + source + all.sql() +
                                  QStringLiteral(" ORDER BY ") + m_orderBy + QStringLiteral(" LIMIT ? OFFSET ?"),
                              binds);
        while (q.next())
            items.push_back(row(q));
    }
    return envelope(std::move(items), total);
}

} // namespace onbehalf::server
