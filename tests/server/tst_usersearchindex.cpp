// The users' text index (storage/UserSearchIndex, docs/search.md): a buyer's users searched with
// words of any length answer exactly what an independent computation over every user says, in ID
// order and page by page, whatever order the users were created in (also when new IDs keep
// falling between the same two neighbours, which forces the index to renumber the buyer), and
// every write is followed. On PostgreSQL the same answers come from pg_trgm.

#include "TestServer.h"
#include "storage/Database.h"

#include <QSqlQuery>
#include <QTest>
#include <algorithm>
#include <optional>

using namespace onbehalf::test;
using nlohmann::json;
using onbehalf::server::Database;
using Params = QList<QPair<QString, QString>>;

namespace {

// What OrderCloud's search compares: the five fields, folded, joined by a newline.
QString foldedText(const json &u)
{
    QStringList parts;
    for (const char *f : {"ID", "Username", "FirstName", "LastName", "Email"})
        parts << jsonField(u, f).toLower();
    return parts.join(QLatin1Char('\n'));
}

} // namespace

class TestUserSearchIndex : public QObject
{
    Q_OBJECT

private:
    TestServer m_server;
    std::unique_ptr<Http> m_http;
    QByteArray m_admin;
    QString m_failure;
    const QString kBuyer = QStringLiteral("IDXTEST");

    QString usersPath(const QString &buyer) const { return QStringLiteral("/v1/buyers/%1/users").arg(buyer); }

    // Every page of a list, in order; nullopt (m_failure says why) when a page fails or the
    // pages do not add up to TotalCount.
    std::optional<QStringList> fetchIds(const QString &path, const Params &params, int pageSize)
    {
        QStringList ids;
        for (int page = 1; page < 1000; ++page) {
            Params p = params;
            p << qMakePair(QStringLiteral("pageSize"), QString::number(pageSize))
              << qMakePair(QStringLiteral("page"), QString::number(page));
            const Http::Response r = m_http->get(withQuery(path, p), m_admin);
            if (r.status != 200) {
                m_failure = withQuery(path, p) + QStringLiteral(" → ") + QString::fromUtf8(r.body.left(300));
                return std::nullopt;
            }
            const json body = r.json();
            for (const json &i : body["Items"])
                ids << jsonField(i, "ID");
            if (page >= body["Meta"].value("TotalPages", 0)) {
                if (ids.size() != body["Meta"].value("TotalCount", -1)) {
                    m_failure = QStringLiteral("%1: %2 rows for TotalCount %3")
                                    .arg(withQuery(path, params))
                                    .arg(ids.size())
                                    .arg(body["Meta"].value("TotalCount", -1));
                    return std::nullopt;
                }
                return ids;
            }
        }
        m_failure = QStringLiteral("too many pages");
        return std::nullopt;
    }

    std::optional<std::vector<json>> allUsers(const QString &path)
    {
        std::vector<json> users;
        for (int page = 1; page < 1000; ++page) {
            const Http::Response r = m_http->get(path + QStringLiteral("?pageSize=100&page=%1").arg(page), m_admin);
            if (r.status != 200)
                return std::nullopt;
            const json body = r.json();
            for (const json &i : body["Items"])
                users.push_back(i);
            if (page >= body["Meta"].value("TotalPages", 0))
                return users;
        }
        return std::nullopt;
    }

    // The IDs a search must answer, by ID: any word (AnyTerm) or every word (AllTermsAnyField).
    static QStringList expected(const std::vector<json> &users, const QString &search, bool all)
    {
        const QStringList words = search.toLower().simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QStringList ids;
        for (const json &u : users) {
            const QString text = foldedText(u);
            const auto has = [&text](const QString &w) { return text.contains(w); };
            if (all ? std::all_of(words.begin(), words.end(), has) : std::any_of(words.begin(), words.end(), has))
                ids << jsonField(u, "ID");
        }
        std::sort(ids.begin(), ids.end());
        return ids;
    }

    // Every search answers the independent computation, both search types, paged; `path` is a
    // buyer's users or every buyer's (/v1/buyerusers), `filter` an extra list parameter that keeps
    // every user (it takes the search off the ordered index).
    bool searchesMatch(const QString &path, const QStringList &searches, const Params &filter = {})
    {
        const auto users = allUsers(path);
        if (!users) {
            m_failure = QStringLiteral("cannot list %1").arg(path);
            return false;
        }
        for (const QString &search : searches) {
            for (const bool all : {false, true}) {
                Params p = filter;
                p << qMakePair(QStringLiteral("search"), search);
                if (all)
                    p << qMakePair(QStringLiteral("searchType"), QStringLiteral("AllTermsAnyField"));
                const auto got = fetchIds(path, p, 7);
                if (!got)
                    return false;
                const QStringList want = expected(*users, search, all);
                if (*got != want) {
                    m_failure = QStringLiteral("%1 search '%2' (%3): got %4 (%5…), expected %6 (%7…)")
                                    .arg(path, search, all ? QStringLiteral("all") : QStringLiteral("any"))
                                    .arg(got->size())
                                    .arg(got->mid(0, 5).join(QLatin1Char(',')))
                                    .arg(want.size())
                                    .arg(want.mid(0, 5).join(QLatin1Char(',')));
                    return false;
                }
            }
        }
        return true;
    }

    bool createUser(const QString &id, const QString &first, const QString &last)
    {
        const json user{{"ID", id.toStdString()},
                        {"Username", QString(QStringLiteral("idx.") + id.toLower()).toStdString()},
                        {"FirstName", first.toStdString()},
                        {"LastName", last.toStdString()},
                        {"Email", QString(id.toLower() + QStringLiteral("@idx.example")).toStdString()},
                        {"Active", true}};
        const Http::Response r = m_http->post(usersPath(kBuyer), user, m_admin);
        if (r.status != 201)
            m_failure = id + QStringLiteral(": ") + QString::fromUtf8(r.body.left(300));
        return r.status == 201;
    }

    // SQLite: every key of the buyer lies in its range and follows the IDs (none waits).
    bool keysInIdOrder()
    {
        QString error;
        auto db = Database::open(m_server.databaseUrl(), &error);
        if (!db) {
            m_failure = error;
            return false;
        }
        if (db->dialect() != Database::Dialect::Sqlite)
            return true;
        QSqlQuery q =
            db->exec(QStringLiteral("SELECT k.rid, u.id, s.sid, s.dirty FROM users u JOIN users_search_keys k "
                                    "ON k.user_id = u.id JOIN users_search_scopes s ON s.kind = u.kind AND "
                                    "s.buyer_id = u.buyer_id WHERE u.buyer_id = ? ORDER BY u.id"),
                     {kBuyer});
        qint64 last = 0;
        int rows = 0;
        while (q.next()) {
            const qint64 rid = q.value(0).toLongLong();
            const qint64 sid = q.value(2).toLongLong();
            if (q.value(3).toInt() != 0 || rid <= last || rid <= (sid << 40) || rid >= ((sid + 1) << 40)) {
                m_failure = QStringLiteral("key %1 of %2 out of order or range").arg(rid).arg(q.value(1).toString());
                return false;
            }
            last = rid;
            ++rows;
        }
        if (rows == 0)
            m_failure = QStringLiteral("no keys");
        return rows > 0;
    }

private slots:
    void initTestCase()
    {
        TestServer::Options options;
        options.seedUsers = 300;
        QVERIFY2(m_server.start(options), qPrintable(m_server.errorString()));
        m_http = std::make_unique<Http>(m_server.url());
        m_admin = m_http->login(QStringLiteral("admin01"));
        QVERIFY(!m_admin.isEmpty());
        QCOMPARE(m_http
                     ->post(QStringLiteral("/v1/buyers"), json{{"ID", kBuyer.toStdString()}, {"Name", "Index test"}},
                            m_admin)
                     .status,
                 201);
    }

    // Words of every length, letters with accents, signs, several words, nothing found.
    void answersEqualTheComputation()
    {
        const QStringList searches{QStringLiteral("j"),        QStringLiteral("E"),      QStringLiteral("ó"),
                                   QStringLiteral("z"),        QStringLiteral("jo"),     QStringLiteral("@n"),
                                   QStringLiteral(".d"),       QStringLiteral("ÁL"),     QStringLiteral("0"),
                                   QStringLiteral("jan"),      QStringLiteral("johnso"), QStringLiteral("doe@north"),
                                   QStringLiteral("jane doe"), QStringLiteral("j d"),    QStringLiteral("syn-00"),
                                   QStringLiteral("qqq"),      QStringLiteral("a\x01"),  QStringLiteral("\"")};
        const Params everyone{{QStringLiteral("Active"), QStringLiteral("true|false")}};
        for (const QString &buyer : {QStringLiteral("NORTHWIND"), QStringLiteral("CONTOSO")}) {
            QVERIFY2(searchesMatch(usersPath(buyer), searches), qPrintable(m_failure));
            QVERIFY2(searchesMatch(usersPath(buyer), searches, everyone), qPrintable(m_failure));
        }
        QVERIFY2(searchesMatch(QStringLiteral("/v1/buyerusers"), searches), qPrintable(m_failure));
    }

    // New IDs that always fall just after the last one and before "N": each insert halves the free
    // keys there until none is left and the buyer is renumbered; answers and order stay exact.
    void insertsBetweenTheSameNeighbours()
    {
        QVERIFY2(createUser(QStringLiteral("M"), QStringLiteral("Mara"), QStringLiteral("Ortiz")),
                 qPrintable(m_failure));
        QVERIFY2(createUser(QStringLiteral("N"), QStringLiteral("Nils"), QStringLiteral("Berg")),
                 qPrintable(m_failure));
        QString id = QStringLiteral("M");
        for (int i = 0; i < 45; ++i) {
            id += QLatin1Char('A');
            QVERIFY2(createUser(id, QStringLiteral("Mia %1").arg(i), QStringLiteral("Keller")), qPrintable(m_failure));
        }
        for (const char *first : {"0", "00", "000", "Z", "ZZ"})
            QVERIFY2(createUser(QString::fromLatin1(first), QStringLiteral("Edge"), QStringLiteral("Case")),
                     qPrintable(m_failure));
        QVERIFY2(keysInIdOrder(), qPrintable(m_failure));
        QVERIFY2(searchesMatch(usersPath(kBuyer),
                               {QStringLiteral("m"), QStringLiteral("ma"), QStringLiteral("maaa"), QStringLiteral("ke"),
                                QStringLiteral("mia 4"), QStringLiteral("edge"), QStringLiteral("0")}),
                 qPrintable(m_failure));
    }

    // Renamed users are found by their new text only; deleted users are gone.
    void followsWrites()
    {
        const QString user = usersPath(kBuyer) + QStringLiteral("/MAA");
        auto found = [&](const QString &search) {
            const auto ids = fetchIds(usersPath(kBuyer), {{QStringLiteral("search"), search}}, 20);
            return ids && ids->contains(QStringLiteral("MAA"));
        };
        QVERIFY(found(QStringLiteral("keller")));
        QVERIFY(!found(QStringLiteral("ü")));
        QCOMPARE(m_http->patch(user, json{{"LastName", "Müller"}}, m_admin).status, 200);
        QVERIFY(found(QStringLiteral("ü")));
        QVERIFY(found(QStringLiteral("Mü")));
        QVERIFY(found(QStringLiteral("müll")));
        QVERIFY(!found(QStringLiteral("keller")));
        QCOMPARE(m_http->del(user, m_admin).status, 204);
        QVERIFY(!found(QStringLiteral("ü")));
        QVERIFY(!found(QStringLiteral("maa")));
        QVERIFY2(keysInIdOrder(), qPrintable(m_failure));
        QVERIFY2(searchesMatch(usersPath(kBuyer), {QStringLiteral("m"), QStringLiteral("ü"), QStringLiteral("ke")}),
                 qPrintable(m_failure));
    }

    void cleanupTestCase() { QVERIFY(m_server.stop()); }
};

QTEST_GUILESS_MAIN(TestUserSearchIndex)
#include "tst_usersearchindex.moc"
