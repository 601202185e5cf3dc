// GET /v1/buyerusers (OrderCloud's Users.ListAcrossBuyers) and OrderCloud's search semantics,
// checked against an independent computation over every buyer's users (read buyer by buyer).

#include "TestServer.h"

#include <QTest>
#include <QUrl>
#include <algorithm>
#include <functional>
#include <map>
#include <optional>

using namespace onbehalf::test;
using nlohmann::json;
using Params = QList<QPair<QString, QString>>;

namespace {

QStringList ids(const json &items)
{
    QStringList out;
    for (const json &i : items)
        out << jsonField(i, "ID");
    return out;
}

// Byte order of the UTF-8 text: what both databases sort by.
bool textLess(const QString &a, const QString &b)
{
    return a.toUtf8() < b.toUtf8();
}

bool byName(const json &a, const json &b)
{
    const QString la = jsonField(a, "LastName"), lb = jsonField(b, "LastName");
    if (la != lb)
        return textLess(la, lb);
    const QString fa = jsonField(a, "FirstName"), fb = jsonField(b, "FirstName");
    if (fa != fb)
        return textLess(fa, fb);
    return textLess(jsonField(a, "ID"), jsonField(b, "ID"));
}

const QStringList kSearchFields{QStringLiteral("ID"), QStringLiteral("Username"), QStringLiteral("FirstName"),
                                QStringLiteral("LastName"), QStringLiteral("Email")};

// OrderCloud's search as documented in docs/search.md: words are found anywhere inside a field,
// case-insensitively; searchType says how several words combine.
bool matches(const json &u, const QString &search, const QString &searchType, const QStringList &fields)
{
    const QString simplified = search.simplified().toLower();
    const bool phrase = searchType.startsWith(QLatin1String("ExactPhrase"));
    const QStringList words = phrase ? QStringList{simplified} : simplified.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    auto in = [&](const QString &f, const QString &w) {
        return jsonField(u, f.toUtf8().constData()).toLower().contains(w);
    };
    auto anyField = [&](const QString &w) {
        return std::any_of(fields.begin(), fields.end(), [&](const QString &f) { return in(f, w); });
    };
    if (searchType.isEmpty() || searchType == QLatin1String("AnyTerm") || phrase)
        return std::any_of(words.begin(), words.end(), anyField);
    if (searchType == QLatin1String("AllTermsAnyField"))
        return std::all_of(words.begin(), words.end(), anyField);
    // AllTermsSameField
    return std::any_of(fields.begin(), fields.end(), [&](const QString &f) {
        return std::all_of(words.begin(), words.end(), [&](const QString &w) { return in(f, w); });
    });
}

} // namespace

class TestBuyerUsers : public QObject
{
    Q_OBJECT

private:
    TestServer m_server;
    std::unique_ptr<Http> m_http;
    QByteArray m_agent;
    QByteArray m_admin;
    json m_all;                           // every buyer user, read buyer by buyer
    std::map<QString, QString> m_buyerOf; // user ID → buyer ID
    QString m_failure;

    const QString kPath = QStringLiteral("/v1/buyerusers");

    // Every item of a list, page after page, with the Meta checked on the way.
    std::optional<json> fetchAll(const QString &path, const Params &params = {}, int pageSize = 100)
    {
        json all = json::array();
        for (int page = 1; page < 1000; ++page) {
            Params p = params;
            p << qMakePair(QStringLiteral("pageSize"), QString::number(pageSize))
              << qMakePair(QStringLiteral("page"), QString::number(page));
            const Http::Response r = m_http->get(withQuery(path, p), m_agent);
            if (r.status != 200) {
                m_failure = QStringLiteral("%1 → %2 %3")
                                .arg(withQuery(path, p))
                                .arg(r.status)
                                .arg(QString::fromUtf8(r.body.left(300)));
                return std::nullopt;
            }
            const json body = r.json();
            const json &meta = body["Meta"];
            const int total = meta.value("TotalCount", -1);
            const int offset = (page - 1) * pageSize;
            const int count = int(body["Items"].size());
            if (meta.value("Page", 0) != page || count != std::max(0, std::min(pageSize, total - offset)) ||
                meta.value("TotalPages", -1) != (total + pageSize - 1) / pageSize) {
                m_failure = QStringLiteral("%1: inconsistent Meta %2 with %3 items")
                                .arg(withQuery(path, p), QString::fromStdString(meta.dump()))
                                .arg(count);
                return std::nullopt;
            }
            for (const json &i : body["Items"])
                all.push_back(i);
            if (page >= meta.value("TotalPages", 0)) {
                if (int(all.size()) != total) {
                    m_failure = QStringLiteral("%1: %2 items for TotalCount %3").arg(path).arg(all.size()).arg(total);
                    return std::nullopt;
                }
                return all;
            }
        }
        m_failure = QStringLiteral("%1: too many pages").arg(path);
        return std::nullopt;
    }

    json expected(const std::function<bool(const json &)> &pred) const
    {
        json out = json::array();
        for (const json &u : m_all) {
            if (pred(u))
                out.push_back(u);
        }
        std::sort(out.begin(), out.end(), byName);
        return out;
    }

    // The server's answer, in name order, equals `want` (also in name order).
    QString differs(const Params &params, const json &want)
    {
        Params p = params;
        p << qMakePair(QStringLiteral("sortBy"), QStringLiteral("LastName,FirstName"));
        const auto got = fetchAll(kPath, p, 37);
        if (!got)
            return m_failure;
        if (ids(*got) != ids(want)) {
            return withQuery(kPath, p) + QStringLiteral(": got %1 users, expected %2 (first got %3, first expected %4)")
                                             .arg(got->size())
                                             .arg(want.size())
                                             .arg(got->empty() ? QString() : jsonField((*got)[0], "ID"),
                                                  want.empty() ? QString() : jsonField(want[0], "ID"));
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        TestServer::Options options;
        options.seedUsers = 1500; // enough that common words scan and rare ones use the trigram index
        QVERIFY2(m_server.start(options), qPrintable(m_server.errorString()));
        m_http = std::make_unique<Http>(m_server.url());
        m_agent = m_http->login(QStringLiteral("agent01"));
        m_admin = m_http->login(QStringLiteral("admin01"));
        QVERIFY(!m_agent.isEmpty() && !m_admin.isEmpty());
        const auto buyers = fetchAll(QStringLiteral("/v1/buyers"));
        QVERIFY2(buyers, qPrintable(m_failure));
        QVERIFY(buyers->size() >= 3);
        m_all = json::array();
        for (const json &b : *buyers) {
            const QString buyer = jsonField(b, "ID");
            const auto users = fetchAll(QStringLiteral("/v1/buyers/%1/users").arg(buyer));
            QVERIFY2(users, qPrintable(m_failure));
            for (const json &u : *users) {
                m_all.push_back(u);
                m_buyerOf[jsonField(u, "ID")] = buyer;
            }
        }
        QVERIFY(m_all.size() >= 1500);
    }

    void roles()
    {
        QCOMPARE(m_http->get(kPath, m_agent).status, 200);
        QCOMPARE(m_http->get(kPath).status, 401);
        // A buyer user has neither BuyerUserReader nor BuyerUserAdmin.
        const Http::Response buyer = m_http->get(kPath, m_http->login(QStringLiteral("jane.doe")));
        QCOMPARE(buyer.status, 403);
        const json error = buyer.json()["Errors"][0];
        QCOMPARE(QString::fromStdString(error.value("ErrorCode", std::string())), QStringLiteral("InsufficientRoles"));
        const json sufficient = error["Data"]["SufficientRoles"];
        QVERIFY(std::find(sufficient.begin(), sufficient.end(), json("BuyerUserReader")) != sufficient.end());
        QVERIFY(std::find(sufficient.begin(), sufficient.end(), json("BuyerUserAdmin")) != sufficient.end());
        // The agent's token narrowed by scope: with BuyerReader alone, 403; with BuyerUserReader, 200.
        const QString client = QString::fromLatin1(Http::kDemoClientId);
        const QString password = QString::fromLatin1(Http::kDemoPassword);
        QCOMPARE(
            m_http
                ->get(kPath, m_http->login(QStringLiteral("agent01"), password, client, QStringLiteral("BuyerReader")))
                .status,
            403);
        QCOMPARE(m_http
                     ->get(kPath, m_http->login(QStringLiteral("agent01"), password, client,
                                                QStringLiteral("BuyerUserReader")))
                     .status,
                 200);
    }

    void pagesAcrossBuyers()
    {
        const auto all = fetchAll(kPath);
        QVERIFY2(all, qPrintable(m_failure));
        QCOMPARE(all->size(), m_all.size());
        // OrderCloud's default order, by ID; every buyer's users, each a full User naming its buyer.
        QStringList got = ids(*all);
        QStringList want = ids(m_all);
        std::sort(want.begin(), want.end(), textLess);
        QCOMPARE(got, want);
        std::map<QString, int> perBuyer;
        for (const json &u : *all) {
            const QString id = jsonField(u, "ID");
            QCOMPARE(jsonField(u, "CompanyID"), m_buyerOf[id]);
            ++perBuyer[m_buyerOf[id]];
            QVERIFY2(u.contains("AvailableRoles") && u["AvailableRoles"].is_array(), qPrintable(id));
            QVERIFY2(!u.contains("Password") || u["Password"].is_null(), qPrintable(id));
            for (const char *f : {"Username", "FirstName", "LastName", "Email", "Active", "xp", "DateCreated"})
                QVERIFY2(u.contains(f), qPrintable(id + QLatin1Char(' ') + QLatin1String(f)));
        }
        QVERIFY(perBuyer.size() >= 3);
        // Small pages across buyer boundaries, backwards by ID.
        const auto backwards = fetchAll(kPath, {{QStringLiteral("sortBy"), QStringLiteral("!ID")}}, 7);
        QVERIFY2(backwards, qPrintable(m_failure));
        std::reverse(want.begin(), want.end());
        QCOMPARE(ids(*backwards), want);
    }

    void search_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<QString>("searchType");
        QTest::addColumn<QString>("searchOn");
        QTest::addColumn<QString>("mustFind"); // a user ID that must be among the matches, or empty
        auto row = [](const char *name, const char *search, const char *type, const char *on, const char *mustFind) {
            QTest::newRow(name) << QString::fromUtf8(search) << QString::fromUtf8(type) << QString::fromUtf8(on)
                                << QString::fromUtf8(mustFind);
        };
        const char *jane = "NW-0001";
        row("text inside an e-mail", "doe@north", "AllTermsAnyField", "", jane);
        row("inside an e-mail, upper case", "DOE@NORTH", "", "", jane);
        row("first and last name", "Jane Doe", "AllTermsAnyField", "", jane);
        row("first and last name, any word", "Jane Doe", "", "", jane);
        row("AnyTerm named", "jane zzzq", "AnyTerm", "", jane);
        row("two words, same field", "jane doe", "AllTermsSameField", "", "");
        row("words of the e-mail, same field", "jane doe", "AllTermsSameField", "Email", jane);
        row("exact phrase", "jane.doe@", "ExactPhrase", "", jane);
        row("exact phrase across fields", "Jane Doe", "ExactPhrase", "", "");
        row("phrase prefix", "ane.do", "ExactPhrasePrefix", "", jane);
        row("inside a word", "oe", "", "", jane);
        row("inside a word, three letters", "ohn", "", "", "");
        row("one letter", "q", "", "", "");
        row("two letters", "ja", "AllTermsAnyField", "", jane);
        row("common text", "syn-0", "", "", "");
        row("common, every user", "example", "", "", jane);
        row("several words, all", "mar syn a", "AllTermsAnyField", "", "");
        row("several words, any", "doe@north zzzq-nothing", "", "", jane);
        row("searchOn e-mail", "north", "", "Email", jane);
        row("searchOn names", "doe", "", "FirstName,LastName", jane);
        row("searchOn ID", "nw-000", "", "ID", jane);
        row("nothing", "zzzq-nothing", "AllTermsAnyField", "", "");
        row("quote", "o\"b", "", "", "");
        row("LIKE characters", "a_b 100%", "", "", "");
        row("non-ASCII", "GONZÁ", "", "", "");
    }

    void search()
    {
        QFETCH(QString, search);
        QFETCH(QString, searchType);
        QFETCH(QString, searchOn);
        QFETCH(QString, mustFind);
        const QStringList fields = searchOn.isEmpty() ? kSearchFields : searchOn.split(QLatin1Char(','));
        const json want = expected([&](const json &u) { return matches(u, search, searchType, fields); });
        if (!mustFind.isEmpty())
            QVERIFY2(ids(want).contains(mustFind), "the expectation itself should include the user");
        Params params{{QStringLiteral("search"), search}};
        if (!searchType.isEmpty())
            params << qMakePair(QStringLiteral("searchType"), searchType);
        if (!searchOn.isEmpty())
            params << qMakePair(QStringLiteral("searchOn"), searchOn);
        const QString diff = differs(params, want);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    void filtersAndSort()
    {
        const json contoso =
            expected([&](const json &u) { return m_buyerOf[jsonField(u, "ID")] == QLatin1String("CONTOSO"); });
        QVERIFY(contoso.size() > 10);
        QString diff = differs({{QStringLiteral("CompanyID"), QStringLiteral("CONTOSO")}}, contoso);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        diff = differs({{QStringLiteral("CompanyID"), QStringLiteral("contoso|FABRIKAM")},
                        {QStringLiteral("Active"), QStringLiteral("false")}},
                       expected([&](const json &u) {
                           const QString b = m_buyerOf[jsonField(u, "ID")];
                           // Filters compare case-insensitively, as OrderCloud's do.
                           return (b == QLatin1String("CONTOSO") || b == QLatin1String("FABRIKAM")) &&
                                  !u.value("Active", true);
                       }));
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        diff = differs({{QStringLiteral("search"), QStringLiteral("ma")},
                        {QStringLiteral("searchType"), QStringLiteral("AllTermsAnyField")},
                        {QStringLiteral("CompanyID"), QStringLiteral("!NORTHWIND")},
                        {QStringLiteral("Active"), QStringLiteral("true")}},
                       expected([&](const json &u) {
                           return m_buyerOf[jsonField(u, "ID")] != QLatin1String("NORTHWIND") &&
                                  u.value("Active", false) && matches(u, QStringLiteral("ma"), {}, kSearchFields);
                       }));
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        diff = differs({{QStringLiteral("xp.Region"), QStringLiteral("*")}}, expected([](const json &u) {
                           return u.contains("xp") && u["xp"].is_object() && u["xp"].contains("Region") &&
                                  u["xp"]["Region"].is_string() && !u["xp"]["Region"].get<std::string>().empty();
                       }));
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        // Descending by last name, across buyers.
        const auto desc = fetchAll(kPath, {{QStringLiteral("sortBy"), QStringLiteral("!LastName,ID")}});
        QVERIFY2(desc, qPrintable(m_failure));
        for (size_t i = 1; i < desc->size(); ++i) {
            const QString a = jsonField((*desc)[i - 1], "LastName"), b = jsonField((*desc)[i], "LastName");
            QVERIFY2(!textLess(a, b), qPrintable(a + QStringLiteral(" before ") + b));
        }
    }

    void invalidQueries()
    {
        auto code = [&](const Params &params) {
            const Http::Response r = m_http->get(withQuery(kPath, params), m_agent);
            return QStringLiteral("%1 %2").arg(r.status).arg(
                QString::fromStdString(r.json()["Errors"][0].value("ErrorCode", std::string())));
        };
        QCOMPARE(code({{QStringLiteral("Bogus"), QStringLiteral("1")}}), QStringLiteral("400 List.InvalidProperty"));
        QCOMPARE(code({{QStringLiteral("Password"), QStringLiteral("x")}}), QStringLiteral("400 List.InvalidProperty"));
        QCOMPARE(code({{QStringLiteral("sortBy"), QStringLiteral("Bogus")}}),
                 QStringLiteral("400 List.InvalidSortProperty"));
        QCOMPARE(code({{QStringLiteral("search"), QStringLiteral("a")},
                       {QStringLiteral("searchOn"), QStringLiteral("Active")}}),
                 QStringLiteral("400 List.InvalidSearchProperty"));
        QCOMPARE(code({{QStringLiteral("search"), QStringLiteral("a")},
                       {QStringLiteral("searchType"), QStringLiteral("Fuzzy")}}),
                 QStringLiteral("400 List.InvalidSearchType"));
        QCOMPARE(code({{QStringLiteral("pageSize"), QStringLiteral("101")}}),
                 QStringLiteral("400 List.InvalidPageSize"));
    }

    // The search index follows every write: create, rename, delete.
    void indexFollowsWrites()
    {
        auto found = [&](const QString &word) {
            const Http::Response r = m_http->get(withQuery(kPath, {{QStringLiteral("search"), word}}), m_agent);
            return ids(r.json()["Items"]);
        };
        const json user{{"ID", "ZX-QUIXOTE"},       {"Username", "quixote.zf"},       {"FirstName", "Quixote"},
                        {"LastName", "Zebrafinch"}, {"Email", "qz@lakeside.example"}, {"Active", true}};
        const Http::Response created = m_http->post(QStringLiteral("/v1/buyers/CONTOSO/users"), user, m_admin);
        QVERIFY2(created.status == 201, created.body.constData());
        QCOMPARE(found(QStringLiteral("ebrafin")), QStringList{QStringLiteral("ZX-QUIXOTE")});
        QCOMPARE(found(QStringLiteral("kesid")), QStringList{QStringLiteral("ZX-QUIXOTE")});
        const Http::Response renamed = m_http->patch(QStringLiteral("/v1/buyers/CONTOSO/users/ZX-QUIXOTE"),
                                                     json{{"LastName", "Yellowhammer"}}, m_admin);
        QVERIFY2(renamed.status == 200, renamed.body.constData());
        QCOMPARE(found(QStringLiteral("ebrafin")), QStringList{});
        QCOMPARE(found(QStringLiteral("llowhamm")), QStringList{QStringLiteral("ZX-QUIXOTE")});
        QCOMPARE(m_http->del(QStringLiteral("/v1/buyers/CONTOSO/users/ZX-QUIXOTE"), m_admin).status, 204);
        QCOMPARE(found(QStringLiteral("llowhamm")), QStringList{});
        QCOMPARE(found(QStringLiteral("kesid")), QStringList{});
    }

    void cleanupTestCase() { QVERIFY(m_server.stop()); }
};

QTEST_MAIN(TestBuyerUsers)
#include "tst_buyerusers.moc"
