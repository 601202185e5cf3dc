// Buyer-user search for the words a trigram index cannot look up (one or two letters, "9@",
// "o'b", non-ASCII, characters outside the Basic Multilingual Plane): the answers equal an
// independent computation over every buyer user on SQLite and PostgreSQL alike; PostgreSQL's
// index of character pairs (storage/UserSearchPostgres) holds what its definition says, follows
// every write, serves the look-up, and is built for users that existed before it.

#include "TestServer.h"
#include "storage/Database.h"
#include "storage/Schema.h"
#include "storage/UserSearchPostgres.h"

#include <QSqlQuery>
#include <QTest>
#include <algorithm>
#include <optional>
#include <set>

using namespace onbehalf::test;
using nlohmann::json;
using onbehalf::server::Database;
namespace Pairs = onbehalf::server::UserSearchPostgres;
using Params = QList<QPair<QString, QString>>;

namespace {

const char *const kFields[] = {"ID", "Username", "FirstName", "LastName", "Email"};

// Byte order of the UTF-8 text: what both databases sort by.
bool textLess(const QString &a, const QString &b)
{
    return a.toUtf8() < b.toUtf8();
}

// docs/search.md: a word matches when it is inside a searched field, case folded by Qt.
bool hasWord(const json &u, const QString &word)
{
    return std::any_of(std::begin(kFields), std::end(kFields),
                       [&](const char *f) { return jsonField(u, f).toLower().contains(word.toLower()); });
}

// Users written by the test, with text the synthetic ones lack.
const QList<json> &oddUsers()
{
    static const QList<json> users{
        json{{"ID", "PAIR-1"},
             {"Username", "o'brien.pairs"},
             {"FirstName", "Siobhán"},
             {"LastName", "O'Brien"},
             {"Email", "ob\\x@pairs.example"},
             {"Active", true}},
        json{{"ID", "PAIR-2"},
             {"Username", "zoë.pairs"},
             {"FirstName", "Zoë"},
             {"LastName", "Ŋgǂwa 🦜x"},
             {"Email", "9@pairs.example"},
             {"Active", true}},
        json{{"ID", "PAIR-3"},
             {"Username", "a&b.pairs"},
             {"FirstName", "A:B"},
             {"LastName", "Mx. Q"},
             {"Email", "q%_@pairs.example"},
             {"Active", false}},
    };
    return users;
}

} // namespace

class TestUserSearchPairs : public QObject
{
    Q_OBJECT

private:
    TestServer m_server;
    std::unique_ptr<Http> m_http;
    QByteArray m_agent;
    QByteArray m_admin;
    json m_all;
    QString m_failure;

    std::optional<json> fetchAll(const QString &path, const Params &params = {})
    {
        json all = json::array();
        for (int page = 1; page < 1000; ++page) {
            Params p = params;
            p << qMakePair(QStringLiteral("pageSize"), QStringLiteral("100"))
              << qMakePair(QStringLiteral("page"), QString::number(page));
            const Http::Response r = m_http->get(withQuery(path, p), m_agent);
            if (r.status != 200) {
                m_failure = withQuery(path, p) + QStringLiteral(" → %1 ").arg(r.status) + QString::fromUtf8(r.body);
                return std::nullopt;
            }
            const json body = r.json();
            for (const json &i : body["Items"])
                all.push_back(i);
            if (page >= body["Meta"].value("TotalPages", 0))
                return all;
        }
        m_failure = path + QStringLiteral(": too many pages");
        return std::nullopt;
    }

    bool reloadAll()
    {
        const auto all = fetchAll(QStringLiteral("/v1/buyerusers"));
        if (all)
            m_all = *all;
        return all.has_value();
    }

    // The IDs the server answers for a search across buyers, in ID order, or why not.
    std::optional<QStringList> found(const QString &search, const QString &searchType = {})
    {
        Params p{{QStringLiteral("search"), search}};
        if (!searchType.isEmpty())
            p << qMakePair(QStringLiteral("searchType"), searchType);
        const auto got = fetchAll(QStringLiteral("/v1/buyerusers"), p);
        if (!got)
            return std::nullopt;
        QStringList ids;
        for (const json &u : *got)
            ids << jsonField(u, "ID");
        return ids;
    }

    QStringList expected(const std::function<bool(const json &)> &pred) const
    {
        QStringList ids;
        for (const json &u : m_all) {
            if (pred(u))
                ids << jsonField(u, "ID");
        }
        std::sort(ids.begin(), ids.end(), textLess);
        return ids;
    }

    std::unique_ptr<Database> openDatabase()
    {
        QString error;
        auto db = Database::open(m_server.databaseUrl(), &error);
        if (!db)
            m_failure = error;
        return db;
    }

private slots:
    void initTestCase()
    {
        TestServer::Options options;
        options.seedUsers = 1200;
        QVERIFY2(m_server.start(options), qPrintable(m_server.errorString()));
        m_http = std::make_unique<Http>(m_server.url());
        m_agent = m_http->login(QStringLiteral("agent01"));
        m_admin = m_http->login(QStringLiteral("admin01"));
        QVERIFY(!m_agent.isEmpty() && !m_admin.isEmpty());
        for (const json &u : oddUsers()) {
            const Http::Response r = m_http->post(QStringLiteral("/v1/buyers/CONTOSO/users"), u, m_admin);
            QVERIFY2(r.status == 201, r.body.constData());
        }
        QVERIFY2(reloadAll(), qPrintable(m_failure));
        QVERIFY(m_all.size() > 1200);
    }

    void shortWords_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<QString>("searchType");
        QTest::addColumn<QString>("mustFind"); // a user ID the expectation must hold, or empty
        auto row = [](const char *search, const char *type, const char *mustFind) {
            QTest::newRow(search) << QString::fromUtf8(search) << QString::fromUtf8(type)
                                  << QString::fromUtf8(mustFind);
        };
        row("a", "", "");
        row("Q", "", "PAIR-3");
        row("9", "", "PAIR-2");
        row("ja", "", "");
        row("JA", "", "");
        row("qz", "", "");
        row("'", "", "PAIR-1");
        row("o'", "", "PAIR-1");
        row("'b", "", "PAIR-1");
        row("\\", "", "PAIR-1");
        row("b\\x", "", "PAIR-1");
        row("9@", "", "PAIR-2");
        row("@p", "", "PAIR-1");
        row("&", "", "PAIR-3");
        row(":b", "", "PAIR-3");
        row("%_", "", "PAIR-3");
        row("_", "", "PAIR-3");
        row("x.", "", "PAIR-3");
        row("á", "", "PAIR-1");
        row("ÁN", "", "PAIR-1");
        row("ë", "", "PAIR-2");
        row("ŋ", "", "PAIR-2");
        row("Ŋgǂ", "", "PAIR-2");
        row("ǂ", "", "PAIR-2");
        row("🦜", "", "PAIR-2");
        row("🦜X", "", "PAIR-2");
        row("a zq", "AllTermsAnyField", "");
        row("o' ŋ", "", "PAIR-2");
        row("-0", "", "");
        row("s.", "", "");
        row(". q", "ExactPhrase", "PAIR-3");
    }

    // Every answer equals the independent computation, whatever index served it.
    void shortWords()
    {
        QFETCH(QString, search);
        QFETCH(QString, searchType);
        QFETCH(QString, mustFind);
        const QString simplified = search.simplified();
        const bool phrase = searchType == QLatin1String("ExactPhrase");
        const QStringList words = phrase ? QStringList{simplified} : simplified.split(QLatin1Char(' '));
        const bool all = searchType == QLatin1String("AllTermsAnyField");
        const QStringList want = expected([&](const json &u) {
            return all ? std::all_of(words.begin(), words.end(), [&](const QString &w) { return hasWord(u, w); })
                       : std::any_of(words.begin(), words.end(), [&](const QString &w) { return hasWord(u, w); });
        });
        if (!mustFind.isEmpty())
            QVERIFY2(want.contains(mustFind), "the expectation itself should include the user");
        QVERIFY2(want.size() <= 2500, "over the 2,500 rule: not comparable with the full list");
        const auto got = found(search, searchType);
        QVERIFY2(got, qPrintable(m_failure));
        QCOMPARE(*got, want);
    }

    // The pairs PostgreSQL stores for a text: every pair of neighbouring characters without a
    // newline, and for every character a pair that begins with it (computed here independently).
    void storedPairsAsDefined()
    {
        auto db = openDatabase();
        QVERIFY2(db, qPrintable(m_failure));
        if (db->dialect() != Database::Dialect::Postgres)
            QSKIP("PostgreSQL's index of pairs");
        QSqlQuery q = db->exec(QStringLiteral("SELECT search_l, array_to_string(tsvector_to_array(search_grams), "
                                              "chr(1)) FROM users WHERE id LIKE 'PAIR-%' OR id LIKE 'SYN-00001%'"));
        int rows = 0;
        while (q.next()) {
            ++rows;
            const std::u32string text = q.value(0).toString().toStdU32String();
            const QStringList stored = q.value(1).toString().split(QChar(1));
            const std::set<QString> pairs(stored.begin(), stored.end());
            for (size_t i = 0; i < text.size(); ++i) {
                const QString c = QString::fromStdU32String(text.substr(i, 1));
                if (c == QLatin1String("\n"))
                    continue;
                const QString pair = QString::fromStdU32String(text.substr(i, 2));
                if (pair.size() == c.size() * 2 && !pair.contains(QLatin1Char('\n')))
                    QVERIFY2(pairs.count(pair), qPrintable(QString(pair + QStringLiteral(" missing"))));
                const bool begun =
                    std::any_of(pairs.begin(), pairs.end(), [&](const QString &p) { return p.startsWith(c); });
                QVERIFY2(begun, qPrintable(QString(c + QStringLiteral(" begins no pair"))));
            }
        }
        QVERIFY(rows >= 3);
    }

    // Words without a trigram are looked up in the index of pairs (it can serve them; with
    // about a thousand users PostgreSQL may still prefer reading the table).
    void pairsIndexServes()
    {
        auto db = openDatabase();
        QVERIFY2(db, qPrintable(m_failure));
        if (db->dialect() != Database::Dialect::Postgres)
            QSKIP("PostgreSQL's index of pairs");
        // Seeding dropped them for its bulk load and built them again.
        for (const char *index : {"users_search_grams", "users_search_trgm"})
            QVERIFY2(
                db->scalar(QStringLiteral("SELECT 1 FROM pg_indexes WHERE indexname = ?"), {QString::fromLatin1(index)})
                    .isValid(),
                index);
        for (const QString &word : {QStringLiteral("o'"), QStringLiteral("ǂ"), QStringLiteral("9@")}) {
            QVariantList binds;
            const QString clause = Pairs::narrow({word}, true, true, binds);
            QVERIFY(clause.contains(QLatin1String("search_grams")));
            QCOMPARE(binds.size(), 1);
            // EXPLAIN cannot be prepared: the tsquery goes in as a literal (quotes doubled).
            QString literal = clause;
            literal.replace(QLatin1Char('?'), QLatin1Char('\'') +
                                                  binds[0].toString().replace(QLatin1Char('\''), QStringLiteral("''")) +
                                                  QLatin1Char('\''));
            Database::Transaction tx(*db);
            db->exec(QStringLiteral("SET LOCAL enable_seqscan = off"));
            QSqlQuery q = db->exec(QStringLiteral("EXPLAIN SELECT id FROM users WHERE ") + literal);
            QString plan;
            while (q.next())
                plan += q.value(0).toString() + QLatin1Char('\n');
            QVERIFY2(plan.contains(QLatin1String("users_search_grams")), qPrintable(plan));
        }
    }

    // The index follows every write: create, rename, delete.
    void followsWrites()
    {
        auto ids = [&](const QString &word) { return found(word).value_or(QStringList{QStringLiteral("error")}); };
        const json user{{"ID", "PAIR-W"},    {"Username", "w.pairs"},      {"FirstName", "Ʀw"},
                        {"LastName", "Ǥǥz"}, {"Email", "w@pairs.example"}, {"Active", true}};
        QCOMPARE(m_http->post(QStringLiteral("/v1/buyers/FABRIKAM/users"), user, m_admin).status, 201);
        QCOMPARE(ids(QStringLiteral("ǥz")), QStringList{QStringLiteral("PAIR-W")});
        QCOMPARE(ids(QStringLiteral("ʀ")), QStringList{QStringLiteral("PAIR-W")});
        QCOMPARE(m_http
                     ->patch(QStringLiteral("/v1/buyers/FABRIKAM/users/PAIR-W"),
                             json{{"LastName", "Ɋq"}, {"FirstName", "W"}}, m_admin)
                     .status,
                 200);
        QCOMPARE(ids(QStringLiteral("ǥz")), QStringList{});
        QCOMPARE(ids(QStringLiteral("ʀ")), QStringList{});
        QCOMPARE(ids(QStringLiteral("ɋ")), QStringList{QStringLiteral("PAIR-W")});
        QCOMPARE(m_http->del(QStringLiteral("/v1/buyers/FABRIKAM/users/PAIR-W"), m_admin).status, 204);
        QCOMPARE(ids(QStringLiteral("ɋ")), QStringList{});
    }

    // A database from before the index (PostgreSQL): the migration builds it for existing users.
    void migrationIndexesExistingUsers()
    {
        {
            auto db = openDatabase();
            QVERIFY2(db, qPrintable(m_failure));
            if (db->dialect() != Database::Dialect::Postgres)
                QSKIP("PostgreSQL's index of pairs");
        }
        QVERIFY(m_server.stop());
        {
            auto db = openDatabase();
            QVERIFY2(db, qPrintable(m_failure));
            const QList<QStringList> steps = onbehalf::server::Schema::migrations(db->dialect());
            QCOMPARE(db->setting(QStringLiteral("schema_version")).toInt(), int(steps.size()));
            // The step that adds the pairs (later steps run again too; on PostgreSQL they leave users alone and may run
            // twice).
            const auto pairs = std::find_if(steps.cbegin(), steps.cend(), [](const QStringList &step) {
                return step.join(QLatin1Char('\n')).contains(QLatin1String("search_grams"));
            });
            QVERIFY(pairs != steps.cend());
            db->exec(QStringLiteral("ALTER TABLE users DROP COLUMN search_grams"));
            db->exec(QStringLiteral("DROP FUNCTION onbehalf_search_grams(text)"));
            db->exec(QStringLiteral("ALTER TABLE users RESET (parallel_workers)"));
            db->setSetting(QStringLiteral("schema_version"), QString::number(pairs - steps.cbegin()));
        }
        QVERIFY2(m_server.restart({}), qPrintable(m_server.errorString()));
        m_agent = m_http->login(QStringLiteral("agent01"));
        const auto got = found(QStringLiteral("o'"));
        QVERIFY2(got, qPrintable(m_failure));
        QCOMPARE(*got, expected([](const json &u) { return hasWord(u, QStringLiteral("o'")); }));
        auto db = openDatabase();
        QVERIFY2(db, qPrintable(m_failure));
        QCOMPARE(db->scalar(QStringLiteral("SELECT COUNT(*) FROM users WHERE search_grams IS NULL")).toInt(), 0);
    }

    void cleanupTestCase() { QVERIFY(m_server.stop()); }
};

QTEST_MAIN(TestUserSearchPairs)
#include "tst_usersearchpairs.moc"
