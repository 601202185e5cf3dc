#include "storage/UserSearchPostgres.h"

#include <QChar>
#include <QSet>
#include <string>

namespace onbehalf::server::UserSearchPostgres {

namespace {

// pg_trgm takes trigrams only from runs of letters and digits.
bool hasTrigram(const QString &word)
{
    int run = 0;
    for (const char32_t c : word.toUcs4()) {
        run = QChar::isLetterOrNumber(c) ? run + 1 : 0;
        if (run >= 3)
            return true;
    }
    return false;
}

QString likeContains(const QString &word)
{
    QString out = QStringLiteral("%");
    for (const QChar c : word) {
        if (c == QLatin1Char('%') || c == QLatin1Char('_') || c == QLatin1Char('\\'))
            out += QLatin1Char('\\');
        out += c;
    }
    return out + QLatin1Char('%');
}

} // namespace

QStringList migration()
{
    // The distinct pairs of neighbouring characters of a text that ends with a newline, so every
    // character of it begins a pair: a one-letter word is a pair that begins with it (a prefix
    // look-up), a two-letter word is a pair. regexp '(..)' cuts the text into pairs from the
    // start ('.' takes a newline too), once as it is and once from its second character; chr(1)
    // separates them (a pair that holds a chr(1) is lost: words with one are not looked up).
    // PostgreSQL computes it whenever a user is written, so every writer keeps it in step.
    const QString grams = QStringLiteral(
        "CREATE FUNCTION onbehalf_search_grams(s text) RETURNS tsvector LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE "
        "AS $$ SELECT array_to_tsvector(array_remove("
        "string_to_array(regexp_replace(s || chr(10), '(..)', '\\1' || chr(1), 'g'), chr(1)) || "
        "string_to_array(regexp_replace(substr(s, 2) || chr(10), '(..)', '\\1' || chr(1), 'g'), chr(1)), '')) $$");
    // A generated column may not read another one (search_l): the same joined text again.
    const QString joined = QStringLiteral("id_l || chr(10) || username_l || chr(10) || first_l || chr(10) || last_l || "
                                          "chr(10) || email_l");
    return {
        grams,
        // Stored, so a plan that tests rows (rather than the index) reads the pairs instead of
        // computing them; a tsvector keeps them sorted and compact (about 250 bytes a user).
        QStringLiteral("ALTER TABLE users ADD COLUMN search_grams tsvector GENERATED ALWAYS AS "
                       "(onbehalf_search_grams(%1)) STORED")
            .arg(joined),
        // Every search reads the whole list of entries not yet merged into the index: keep it
        // short (the default, 4 MB, costs a search about 2 ms when full).
        pairsIndex(),
        QStringLiteral("DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_indexes WHERE indexname = 'users_search_trgm') THEN "
                       "ALTER INDEX users_search_trgm SET (gin_pending_list_limit = %1); END IF; END $$")
            .arg(kPendingListKb),
        // A search is a few milliseconds of work: starting parallel workers for it costs more
        // than it saves, and takes the cores other requests are waiting for.
        QStringLiteral("ALTER TABLE users SET (parallel_workers = 0)"),
    };
}

QString pairsIndex()
{
    return QStringLiteral("CREATE INDEX IF NOT EXISTS users_search_grams ON users USING gin (search_grams) "
                          "WITH (gin_pending_list_limit = %1)")
        .arg(kPendingListKb);
}

QString trigramIndex()
{
    return QStringLiteral("CREATE INDEX IF NOT EXISTS users_search_trgm ON users USING gin (search_l gin_trgm_ops) "
                          "WITH (gin_pending_list_limit = %1)")
        .arg(kPendingListKb);
}

QStringList dropIndexes()
{
    return {QStringLiteral("DROP INDEX IF EXISTS users_search_grams"),
            QStringLiteral("DROP INDEX IF EXISTS users_search_trgm")};
}

QStringList wordGrams(const QString &word)
{
    const std::u32string chars = word.toStdU32String();
    QStringList out;
    QSet<QString> seen;
    for (size_t i = 0; i + 2 <= chars.size() && out.size() < kMaxGrams; ++i) {
        const QString pair = QString::fromStdU32String(chars.substr(i, 2));
        if (!seen.contains(pair)) {
            seen.insert(pair);
            out << pair;
        }
    }
    return out;
}

QString tsquery(const QString &word)
{
    auto quoted = [](QString text) -> QString {
        text.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('\''), QStringLiteral("''"));
        return QLatin1Char('\'') + text + QLatin1Char('\'');
    };
    if (word.toUcs4().size() == 1)
        return quoted(word) + QStringLiteral(":*"); // the pairs that begin with it
    QStringList pairs;
    for (const QString &g : wordGrams(word))
        pairs << quoted(g);
    return pairs.join(QStringLiteral(" & "));
}

QString narrow(const QStringList &terms, bool all, bool trigramIndex, QVariantList &binds)
{
    QStringList parts;
    for (const QString &term : terms) {
        const QString folded = term.toLower();
        if (trigramIndex && hasTrigram(folded)) {
            parts << QStringLiteral("search_l LIKE ?");
            binds << likeContains(folded);
        } else if (!folded.contains(QChar(1))) {
            parts << QStringLiteral("search_grams @@ CAST(? AS tsquery)");
            binds << tsquery(folded);
        } else if (!all) {
            return {}; // "any of the words" needs every word looked up
        }
    }
    if (parts.isEmpty())
        return {};
    return QLatin1Char('(') + parts.join(all ? QStringLiteral(" AND ") : QStringLiteral(" OR ")) + QLatin1Char(')');
}

} // namespace onbehalf::server::UserSearchPostgres
