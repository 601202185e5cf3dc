#pragma once

#include <QString>
#include <QStringList>
#include <QVariantList>

namespace onbehalf::server::UserSearchPostgres {

// The schema step that gives every user the set of pairs of neighbouring characters of its
// search text (search_grams) with a GIN index: the look-up for words pg_trgm has no trigram for
// (one or two letters, "9@", "o'b"). See docs/search.md.
QStringList migration();
static constexpr int kPendingListKb = 512;

// The search indexes' definitions (the trigram one when the extension is there), and the
// statements that drop them: a bulk load (seeding) drops them and builds them again after it,
// which costs a third of keeping them up to date row by row.
QString pairsIndex();
QString trigramIndex();
QStringList dropIndexes();

// The distinct pairs of neighbouring characters of a (folded) word, at most kMaxGrams of them:
// a user whose text holds the word holds every one of them.
QStringList wordGrams(const QString &word);
static constexpr int kMaxGrams = 16;

// The tsquery for a word: its pairs (each quoted literally), or for one character the pairs
// that begin with it.
QString tsquery(const QString &word);

// A clause that keeps (a superset of) the users whose search text contains every term (all) or
// any term, through an index for each term: pg_trgm for words with a run of three letters or
// digits (when trigramIndex), else the pairs. Terms are folded here. Empty when a word cannot be
// looked up (it holds a chr(1)) and any word may match.
QString narrow(const QStringList &terms, bool all, bool trigramIndex, QVariantList &binds);

} // namespace onbehalf::server::UserSearchPostgres
