#pragma once

#include "storage/Database.h"

#include <QString>
#include <QStringList>
#include <QVariantList>
#include <optional>
#include <utility>

namespace onbehalf::server {

// SQLite: the users' text index (docs/search.md, "How it stays index-served"). One FTS5 row per
// user holds the folded search text (ID, Username, FirstName, LastName, Email) and, after it, the
// text's one- and two-character pieces as tokens of their own, so a word of any length is one
// exact look-up (no per-row test). Its row key is an order key: within one owner (a buyer's
// users, or the admin users) keys follow the users' IDs, so the matches of a word come out of
// the index already in the list's default order and a page stops reading after 2,501 of them.
// Triggers on users keep it in step (Schema: userSearchOrdered); an insert that finds no free
// key between its neighbours marks the owner for renumbering, which settle() does.
class UserSearchIndex
{
public:
    explicit UserSearchIndex(Database &db) : m_db(db) {}

    // The FTS5 query for the words, each the folded text of a word (lower-cased): all of them
    // (AND) or any (OR); empty when a word cannot be looked up exactly (it holds a control
    // character the index uses as a marker).
    static QString match(const QStringList &foldedWords, bool all);
    // How many users contain the word, counted up to `cap` (a look-up that stops there).
    qint64 count(const QString &foldedWord, qint64 cap) const;
    // About how many users there are (an upper bound, read in one index step).
    double userCount() const;

    // Open bounds of the order keys of the users of one owner; nullopt while that owner waits to
    // be renumbered (its newest users are outside the range). An owner with no users has an
    // empty range.
    std::optional<std::pair<qint64, qint64>> keyRange(const QString &kind, const QString &buyerId) const;

    // Merges the text index into one segment: after a bulk load (seeding) a look-up reads one
    // segment instead of the dozens the load left (about a third of the time per look-up).
    void optimize();

    // Renumbers every owner an insert marked (evenly spaced keys in ID order). Cheap when none is.
    void settle();

    // The SQL migration step that builds it (SQLite; nothing on PostgreSQL).
    static QStringList migration(Database::Dialect dialect);

    static constexpr int kKeyBits = 40; // keys of one owner: [sid << 40, (sid + 1) << 40)

private:
    void renumber(qint64 sid);

    Database &m_db;
};

} // namespace onbehalf::server
