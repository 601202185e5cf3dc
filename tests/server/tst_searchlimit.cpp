// The search limit of docs/search.md: a list request with search= answers at most the first
// 2,500 matches in the requested order (exact TotalCount below that), lists without search= are
// counted exactly however long. Checked against the full list read page by page, on a server with
// more than 10,000 buyer users.

#include "TestServer.h"

#include <QTest>
#include <QUrl>
#include <algorithm>

using namespace onbehalf::test;
using nlohmann::json;

namespace {

constexpr int kLimit = 2500; // ListQuery::kMaxSearchMatches, as documented

// Byte order of the UTF-8 text: what both databases sort by.
bool textLess(const QString &a, const QString &b)
{
    return a.toUtf8() < b.toUtf8();
}

bool contains(const json &user, const QString &term)
{
    for (const char *f : {"ID", "Username", "FirstName", "LastName", "Email"}) {
        if (jsonField(user, f).toLower().contains(term.toLower()))
            return true;
    }
    return false;
}

} // namespace

class TestSearchLimit : public QObject
{
    Q_OBJECT

    TestServer m_server;
    std::unique_ptr<Http> m_http;
    QByteArray m_agent;
    json m_all; // every buyer user, by ID

    // Pages of `path` (which has its query) until TotalPages, checking Meta on the way.
    int readPages(const QString &path, int pageSize, json *items, QString *why)
    {
        *items = json::array();
        for (int page = 1; page <= 1000; ++page) {
            const QString url = path + QStringLiteral("&pageSize=%1&page=%2").arg(pageSize).arg(page);
            const Http::Response r = m_http->get(url, m_agent);
            if (r.status != 200) {
                *why = QStringLiteral("%1 → %2").arg(url).arg(r.status);
                return -1;
            }
            const json body = r.json();
            const json &meta = body["Meta"];
            const int total = meta.value("TotalCount", -1);
            const int expectedItems = std::max(0, std::min(pageSize, total - (page - 1) * pageSize));
            if (int(body["Items"].size()) != expectedItems ||
                meta.value("TotalPages", -1) != (total + pageSize - 1) / pageSize) {
                *why = QStringLiteral("%1: Meta %2 with %3 items")
                           .arg(url, QString::fromStdString(meta.dump()))
                           .arg(body["Items"].size());
                return -1;
            }
            for (const json &i : body["Items"])
                items->push_back(i);
            if (page >= meta.value("TotalPages", 0))
                return total;
        }
        *why = QStringLiteral("too many pages");
        return -1;
    }

    static QStringList ids(const json &items, size_t from = 0, size_t count = std::string::npos)
    {
        QStringList out;
        for (size_t i = from; i < items.size() && i - from < count; ++i)
            out << jsonField(items[i], "ID");
        return out;
    }

private slots:
    void initTestCase()
    {
        TestServer::Options options;
        options.seedUsers = 10500; // with the demo's buyer users: more than the limit
        QVERIFY2(m_server.start(options), qPrintable(m_server.errorString()));
        m_http = std::make_unique<Http>(m_server.url());
        m_agent = m_http->login(QStringLiteral("agent01"));
        QVERIFY(!m_agent.isEmpty());
        QString why;
        const int total = readPages(QStringLiteral("/v1/buyerusers?sortBy=ID"), 100, &m_all, &why);
        QVERIFY2(total > 0, qPrintable(why));
        QCOMPARE(int(m_all.size()), total);
    }

    // No search: every row counted and served, beyond the limit.
    void listsWithoutSearchAreNotLimited()
    {
        QVERIFY(m_all.size() > size_t(kLimit) + 500);
        const Http::Response filtered =
            m_http->get(QStringLiteral("/v1/buyerusers?Email=*example&pageSize=1"), m_agent);
        QCOMPARE(filtered.status, 200);
        const int expected = int(std::count_if(m_all.begin(), m_all.end(), [](const json &u) {
            return jsonField(u, "Email").toLower().endsWith(QLatin1String("example"));
        }));
        QVERIFY(expected > kLimit);
        QCOMPARE(filtered.json()["Meta"].value("TotalCount", -1), expected);
    }

    // Below the limit the count is exact; above it TotalCount is the limit and page 1 the first matches.
    void searchCounts_data()
    {
        QTest::addColumn<QString>("term");
        QTest::newRow("9,999 matches") << QStringLiteral("syn-00");  // SYN-000001 … SYN-009999
        QTest::newRow("1,000 matches") << QStringLiteral("syn-001"); // SYN-001000 … SYN-001999
        QTest::newRow("a few hundred") << QStringLiteral("syn-01");
        QTest::newRow("none") << QStringLiteral("zzqx");
        QTest::newRow("every synthetic user") << QStringLiteral("SYN-");
        QTest::newRow("one letter") << QStringLiteral("a");
    }
    void searchCounts()
    {
        QFETCH(QString, term);
        json want = json::array();
        for (const json &u : m_all) {
            if (contains(u, term))
                want.push_back(u);
        }
        const int expected = std::min(kLimit, int(want.size()));
        const Http::Response r = m_http->get(QStringLiteral("/v1/buyerusers?pageSize=100&search=%1")
                                                 .arg(QString::fromLatin1(QUrl::toPercentEncoding(term))),
                                             m_agent);
        QCOMPARE(r.status, 200);
        const json meta = r.json()["Meta"];
        QCOMPARE(meta.value("TotalCount", -1), expected);
        QCOMPARE(meta.value("TotalPages", -1), (expected + 99) / 100);
        QCOMPARE(ids(r.json()["Items"]), ids(want, 0, 100));
    }

    // Past the limit: pages 1…25 are the first 2,500 matches by ID, each once; page 26 is empty.
    void firstMatchesInOrder()
    {
        json want = json::array();
        for (const json &u : m_all) {
            if (contains(u, QStringLiteral("example")))
                want.push_back(u);
        }
        QVERIFY(want.size() > size_t(kLimit));
        json got;
        QString why;
        QCOMPARE(readPages(QStringLiteral("/v1/buyerusers?search=example"), 100, &got, &why), kLimit);
        QVERIFY2(why.isEmpty(), qPrintable(why));
        QCOMPARE(ids(got), ids(want, 0, kLimit));

        const Http::Response beyond = m_http->get(
            QStringLiteral("/v1/buyerusers?search=example&pageSize=100&page=%1").arg(kLimit / 100 + 1), m_agent);
        QCOMPARE(beyond.status, 200);
        QCOMPARE(beyond.json()["Meta"].value("TotalCount", -1), kLimit);
        QVERIFY(beyond.json()["Items"].empty());
    }

    // The limit applies in the requested order: by name, the last page is matches 2,401…2,500 by name.
    void limitFollowsTheSortOrder()
    {
        json want = json::array();
        for (const json &u : m_all) {
            if (contains(u, QStringLiteral("example")))
                want.push_back(u);
        }
        std::sort(want.begin(), want.end(), [](const json &a, const json &b) {
            const QString la = jsonField(a, "LastName"), lb = jsonField(b, "LastName");
            if (la != lb)
                return textLess(la, lb);
            const QString fa = jsonField(a, "FirstName"), fb = jsonField(b, "FirstName");
            if (fa != fb)
                return textLess(fa, fb);
            return textLess(jsonField(a, "ID"), jsonField(b, "ID"));
        });
        const Http::Response last =
            m_http->get(QStringLiteral("/v1/buyerusers?search=example&sortBy=LastName,FirstName&pageSize=100&page=%1")
                            .arg(kLimit / 100),
                        m_agent);
        QCOMPARE(last.status, 200);
        QCOMPARE(last.json()["Meta"].value("TotalCount", -1), kLimit);
        QCOMPARE(ids(last.json()["Items"]), ids(want, kLimit - 100, 100));

        const Http::Response reversed =
            m_http->get(QStringLiteral("/v1/buyerusers?search=example&sortBy=!ID&pageSize=20&page=1"), m_agent);
        QCOMPARE(reversed.status, 200);
        QStringList newest;
        for (size_t i = m_all.size(); i-- > 0 && newest.size() < 20;) {
            if (contains(m_all[i], QStringLiteral("example")))
                newest << jsonField(m_all[i], "ID");
        }
        QCOMPARE(ids(reversed.json()["Items"]), newest);
    }

    // Matches that cluster at the far end of the requested order (an ID prefix, newest first):
    // the first and the last answered page are still the right ones.
    void clusteredLateInTheOrder()
    {
        QStringList want; // by ID, descending
        for (size_t i = m_all.size(); i-- > 0;) {
            if (contains(m_all[i], QStringLiteral("syn-00")))
                want << jsonField(m_all[i], "ID");
        }
        QVERIFY(want.size() > kLimit);
        for (const int page : {1, kLimit / 20}) {
            const Http::Response r = m_http->get(
                QStringLiteral("/v1/buyerusers?search=syn-00&sortBy=!ID&pageSize=20&page=%1").arg(page), m_agent);
            QCOMPARE(r.status, 200);
            QCOMPARE(r.json()["Meta"].value("TotalCount", -1), kLimit);
            QCOMPARE(ids(r.json()["Items"]), want.mid((page - 1) * 20, 20));
        }
    }

    void cleanupTestCase() { QVERIFY(m_server.stop()); }
};

QTEST_GUILESS_MAIN(TestSearchLimit)
#include "tst_searchlimit.moc"
