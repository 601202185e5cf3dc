#include "TestServer.h"

#include <QSet>
#include <QTest>

using namespace onbehalf::test;
using nlohmann::json;

// Session-history search is served by an index (SQLite FTS5 trigram, PostgreSQL pg_trgm) and
// must find exactly what the search grammar says: every word matches AgentUsername, Username or
// CaseNumber from their start, or UserFullName or Reason anywhere, ignoring case. The expected
// sets are computed here from the full list.
class TestSessionSearch : public QObject
{
    Q_OBJECT

private:
    TestServer m_server;
    std::unique_ptr<Http> m_http;
    QByteArray m_token;
    std::vector<json> m_all;

    QSet<QString> ids(const QString &query)
    {
        QSet<QString> found;
        for (int page = 1; page < 1000; ++page) {
            const Http::Response r = m_http->get(
                QStringLiteral("/v1/impersonationsessions?pageSize=100&page=%1&%2").arg(page).arg(query), m_token);
            if (r.status != 200) {
                qWarning("%s: %d %s", qPrintable(query), r.status, r.body.constData());
                return {QStringLiteral("error")};
            }
            const json j = r.json();
            for (const json &s : j["Items"])
                found.insert(QString::fromStdString(s["ID"].get<std::string>()));
            if (page >= j["Meta"]["TotalPages"].get<int>())
                break;
        }
        return found;
    }

    static QString text(const json &s, const char *field)
    {
        return s.contains(field) && s[field].is_string() ? QString::fromStdString(s[field].get<std::string>()).toLower()
                                                         : QString();
    }

    QSet<QString> expected(const QString &search, bool anyTerm = false)
    {
        const QStringList words = search.simplified().split(u' ', Qt::SkipEmptyParts);
        QSet<QString> out;
        for (const json &s : m_all) {
            int matched = 0;
            for (const QString &word : words) {
                const QString w = word.toLower();
                // OrderCloud's search: a word matches text inside any field (docs/search.md).
                if (text(s, "AgentUsername").contains(w) || text(s, "Username").contains(w) ||
                    text(s, "CaseNumber").contains(w) || text(s, "UserFullName").contains(w) ||
                    text(s, "Reason").contains(w))
                    ++matched;
            }
            if (anyTerm ? matched > 0 : matched == words.size())
                out.insert(QString::fromStdString(s["ID"].get<std::string>()));
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        TestServer::Options options;
        options.extraArguments = {QStringLiteral("--seed-sessions"), QStringLiteral("1500")};
        QVERIFY2(m_server.start(options), qPrintable(m_server.errorString()));
        m_http = std::make_unique<Http>(m_server.url());
        m_token = m_http->login(QStringLiteral("supervisor01"));
        QVERIFY(!m_token.isEmpty());
        for (int page = 1; page < 1000; ++page) {
            const Http::Response r =
                m_http->get(QStringLiteral("/v1/impersonationsessions?pageSize=100&page=%1").arg(page), m_token);
            QCOMPARE(r.status, 200);
            const json j = r.json();
            for (const json &s : j["Items"])
                m_all.push_back(s);
            if (page >= j["Meta"]["TotalPages"].get<int>())
                break;
        }
        QVERIFY(m_all.size() >= 1500);
    }

    void sameResultsAsTheGrammarSays_data()
    {
        QTest::addColumn<QString>("search");
        for (const char *term :
             {"locked", "LOCKED", "reorder", "ward supplies", "price breaks", "jane", "doe", "agent02", "CASE-1001",
              "case-100", "urgent damage", "ma", "a", "zzzq", "ard", "month-end", "er dam", "jane locked", "o\"r"})
            QTest::newRow(term) << QString::fromLatin1(term);
    }

    void sameResultsAsTheGrammarSays()
    {
        QFETCH(QString, search);
        const QString query = QStringLiteral("search=") + QString::fromLatin1(QUrl::toPercentEncoding(search));
        // OrderCloud's default searchType is AnyTerm.
        QCOMPARE(ids(query), expected(search, true));
        QCOMPARE(ids(query + QStringLiteral("&searchType=AllTermsAnyField")), expected(search));
    }

    void searchOnNarrows()
    {
        QSet<QString> want;
        for (const json &s : m_all) {
            if (text(s, "Reason").contains(QStringLiteral("locked")))
                want.insert(QString::fromStdString(s["ID"].get<std::string>()));
        }
        QVERIFY(!want.isEmpty());
        QCOMPARE(ids(QStringLiteral("search=locked&searchOn=Reason")), want);
        QCOMPARE(ids(QStringLiteral("search=locked&searchOn=Username")), QSet<QString>());
    }
};

QTEST_GUILESS_MAIN(TestSessionSearch)
#include "tst_sessionsearch.moc"
