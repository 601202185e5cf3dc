#include "TestServer.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>
#include <algorithm>

using namespace onbehalf::test;
using nlohmann::json;

namespace {

constexpr int kLimit = 2500;      // ListQuery::kMaxSearchMatches (docs/search.md, the 2,500 rule)
constexpr int kGroups = 80;       // start times
constexpr int kPerGroup = 40;     // sessions starting at exactly the same time
constexpr int kActiveEvery = 150; // every 150th session is still open

QString field(const json &s, const char *name)
{
    return s.contains(name) && s[name].is_string() ? QString::fromStdString(s[name].get<std::string>()) : QString();
}

} // namespace

// The 2,500 rule on session history, where more sessions match than a search answers and many
// start at exactly the same time: the answer is the first 2,500 matches newest first, ties by ID,
// whatever way the server finds them (SQLite walks its full-text index in start order and must
// fetch the rest of a tie at the boundary; filters, an agent's own list and other orders take other
// ways). 3,200 sessions are written straight into the database in an order unlike that one (the
// way an import or a restored backup would), and every answer is checked against the full list.
class TestSessionSearchOrder : public QObject
{
    Q_OBJECT

    TestServer m_server;
    std::unique_ptr<Http> m_http;
    QByteArray m_supervisor;
    QByteArray m_agent01;
    std::vector<json> m_all;

    bool insertSessions(QString *why)
    {
        const QString url = m_server.databaseUrl();
        const QString conn = QStringLiteral("session-ties");
        bool ok = true;
        {
            QSqlDatabase db;
            if (url.startsWith(QLatin1String("sqlite:"))) {
                db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), conn);
                db.setDatabaseName(url.mid(7));
                db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
            } else {
                const QUrl u(url);
                db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), conn);
                db.setHostName(u.host());
                db.setPort(u.port(5432));
                db.setUserName(u.userName());
                db.setPassword(u.password());
                db.setDatabaseName(u.path().mid(1));
            }
            if (!db.open()) {
                *why = db.lastError().text();
                return false;
            }
            db.transaction();
            QSqlQuery q(db);
            q.prepare(QStringLiteral(
                "INSERT INTO impersonation_sessions (id, agent_user_id, agent_username, buyer_id, buyer_name, user_id, "
                "username, username_l, user_full_name, client_id, roles, reason, case_number, date_started, "
                "token_expires, date_ended, end_cause) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            const QDateTime newest = QDateTime::currentDateTimeUtc().addSecs(-600);
            const int count = kGroups * kPerGroup;
            for (int n = 0; n < count; ++n) {
                // Groups in a shuffled order, IDs in another; two groups share each second (250 ms apart).
                const int group = (n / kPerGroup * 31) % kGroups; // 31 is prime to 80: every group once
                const int id = (n * 37) % count;                  // 37 is prime to 3,200: every number once
                const QDateTime started = newest.addSecs(-qint64(group / 2) * 97).addMSecs(-(group % 2) * 250);
                const bool active = n % kActiveEvery == 0;
                const bool agent01 = (n / 3) % 6 != 0;
                const QString reason = n % 7 == 3 ? QStringLiteral("Caller asked for help with price breaks")
                                                  : QStringLiteral("Buyer locked out before month-end order");
                const QString stamp =
                    started.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QStringLiteral("+00:00");
                const QVariant ended = active ? QVariant(QMetaType::fromType<QString>()) : QVariant(stamp);
                const QVariant cause =
                    active ? QVariant(QMetaType::fromType<QString>()) : QVariant(QStringLiteral("AgentEnded"));
                const QString expires = (active ? QDateTime::currentDateTimeUtc().addSecs(36000) : started)
                                            .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) +
                                        QStringLiteral("+00:00");
                for (const QVariant &v :
                     QVariantList{QStringLiteral("TIE-%1").arg(id, 5, 10, QLatin1Char('0')),
                                  agent01 ? QStringLiteral("ADM-AGENT01") : QStringLiteral("ADM-AGENT02"),
                                  agent01 ? QStringLiteral("agent01") : QStringLiteral("agent02"),
                                  QStringLiteral("NORTHWIND"), QStringLiteral("Northwind Health"),
                                  QStringLiteral("TIE-USER"), QStringLiteral("Tie.User"), QStringLiteral("tie.user"),
                                  n % 5 == 0 ? QStringLiteral("Jane Tiebreak") : QStringLiteral("Sam Tiebreak"),
                                  QString::fromLatin1(Http::kDemoClientId), QStringLiteral("Shopper"), reason,
                                  QStringLiteral("TIE-CASE-%1").arg(n), stamp, expires, ended, cause})
                    q.addBindValue(v);
                if (!q.exec()) {
                    *why = q.lastError().text();
                    ok = false;
                    break;
                }
            }
            if (ok)
                ok = db.commit();
            db.close();
        }
        QSqlDatabase::removeDatabase(conn);
        return ok;
    }

    // The whole answer to `query` (its Meta checked page by page), or {"error"}.
    QStringList answer(const QString &query, const QByteArray &token, int pageSize, int *total)
    {
        QStringList ids;
        for (int page = 1; page <= 1000; ++page) {
            const QString path =
                QStringLiteral("/v1/impersonationsessions?pageSize=%1&page=%2&").arg(pageSize).arg(page) + query;
            const Http::Response r = m_http->get(path, token);
            if (r.status != 200) {
                qWarning("%s: %d %s", qPrintable(path), r.status, r.body.constData());
                return {QStringLiteral("error")};
            }
            const json j = r.json();
            *total = j["Meta"]["TotalCount"].get<int>();
            for (const json &s : j["Items"])
                ids << field(s, "ID");
            if (page >= j["Meta"]["TotalPages"].get<int>())
                break;
        }
        return ids;
    }

    // What the search grammar says: sessions with the words (any, or all) inside AgentUsername,
    // Username, UserFullName, Reason or CaseNumber, newest first, ties by ID, the first 2,500.
    QStringList expected(const QString &search, bool allTerms, const std::function<bool(const json &)> &keep,
                         int *total) const
    {
        std::vector<const json *> matches;
        const QStringList words = search.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const json &s : m_all) {
            int found = 0;
            for (const QString &w : words) {
                for (const char *f : {"AgentUsername", "Username", "UserFullName", "Reason", "CaseNumber"}) {
                    if (field(s, f).toLower().contains(w)) {
                        ++found;
                        break;
                    }
                }
            }
            if ((allTerms ? found == int(words.size()) : found > 0) && keep(s))
                matches.push_back(&s);
        }
        std::sort(matches.begin(), matches.end(), [](const json *a, const json *b) {
            const QDateTime ta = QDateTime::fromString(field(*a, "DateStarted"), Qt::ISODateWithMs);
            const QDateTime tb = QDateTime::fromString(field(*b, "DateStarted"), Qt::ISODateWithMs);
            if (ta != tb)
                return ta > tb;
            return field(*a, "ID").toUtf8() < field(*b, "ID").toUtf8();
        });
        *total = std::min(int(matches.size()), kLimit);
        QStringList ids;
        for (int i = 0; i < *total; ++i)
            ids << field(*matches[size_t(i)], "ID");
        return ids;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        QString why;
        QVERIFY2(insertSessions(&why), qPrintable(why));
        m_http = std::make_unique<Http>(m_server.url());
        m_supervisor = m_http->login(QStringLiteral("supervisor01"));
        m_agent01 = m_http->login(QStringLiteral("agent01"));
        QVERIFY(!m_supervisor.isEmpty() && !m_agent01.isEmpty());
        for (int page = 1; page < 1000; ++page) {
            const Http::Response r = m_http->get(
                QStringLiteral("/v1/impersonationsessions?sortBy=ID&pageSize=100&page=%1").arg(page), m_supervisor);
            QCOMPARE(r.status, 200);
            const json j = r.json();
            for (const json &s : j["Items"])
                m_all.push_back(s);
            if (page >= j["Meta"]["TotalPages"].get<int>())
                break;
        }
        QVERIFY(m_all.size() >= size_t(kGroups * kPerGroup));
    }

    void firstMatchesNewestFirst_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("search");
        QTest::addColumn<bool>("allTerms");
        QTest::addColumn<QString>("filter"); // "", "agent01" (the agent's own list), "active", "agent02"
        QTest::addColumn<int>("pageSize");
        // More matches than answered: the 2,500th falls inside a group of sessions that started together.
        QTest::newRow("common word") << "search=locked"
                                     << "locked" << false << "" << 100;
        QTest::newRow("common word, pages of 30") << "search=LOCKED"
                                                  << "locked" << false << "" << 30;
        QTest::newRow("either word") << "search=locked%20price"
                                     << "locked price" << false << "" << 100;
        QTest::newRow("both words") << "search=tiebreak%20locked&searchType=AllTermsAnyField"
                                    << "tiebreak locked" << true << "" << 100;
        QTest::newRow("short word in an AND") << "search=ja%20locked&searchType=AllTermsAnyField"
                                              << "ja locked" << true << "" << 100;
        QTest::newRow("explicit order") << "search=locked&sortBy=!DateStarted"
                                        << "locked" << false << "" << 100;
        QTest::newRow("explicit order and ID") << "search=locked&sortBy=!datestarted,ID"
                                               << "locked" << false << "" << 100;
        QTest::newRow("fewer matches") << "search=price"
                                       << "price" << false << "" << 100;
        QTest::newRow("one match") << "search=TIE-CASE-1234"
                                   << "tie-case-1234" << false << "" << 100;
        QTest::newRow("no match") << "search=zzzqq"
                                  << "zzzqq" << false << "" << 100;
        QTest::newRow("agent's own list") << "search=tiebreak"
                                          << "tiebreak" << false << "agent01" << 100;
        QTest::newRow("agent's own list, fewer") << "search=locked"
                                                 << "locked" << false << "agent01" << 100;
        QTest::newRow("with a filter") << "search=locked&Status=Active"
                                       << "locked" << false << "active" << 100;
        QTest::newRow("with a filter, common") << "search=tiebreak&AgentUsername=agent02"
                                               << "tiebreak" << false << "agent02" << 100;
    }

    void firstMatchesNewestFirst()
    {
        QFETCH(QString, query);
        QFETCH(QString, search);
        QFETCH(bool, allTerms);
        QFETCH(QString, filter);
        QFETCH(int, pageSize);
        const auto keep = [&filter](const json &s) {
            if (filter == QLatin1String("agent01"))
                return field(s, "AgentUsername") == QLatin1String("agent01");
            if (filter == QLatin1String("agent02"))
                return field(s, "AgentUsername") == QLatin1String("agent02");
            if (filter == QLatin1String("active"))
                return field(s, "Status") == QLatin1String("Active");
            return true;
        };
        int wantTotal = 0;
        const QStringList want = expected(search, allTerms, keep, &wantTotal);
        int total = -1;
        const QStringList got =
            answer(query, filter == QLatin1String("agent01") ? m_agent01 : m_supervisor, pageSize, &total);
        QCOMPARE(total, wantTotal);
        QCOMPARE(got.size(), want.size());
        for (qsizetype i = 0; i < want.size(); ++i)
            QVERIFY2(got[i] == want[i], qPrintable(QStringLiteral("#%1: %2, expected %3").arg(i).arg(got[i], want[i])));
    }

    // The boundary really falls inside a group: the test would prove nothing otherwise.
    void boundaryIsATie()
    {
        int total = 0;
        const QStringList first = expected(
            QStringLiteral("locked"), false, [](const json &) { return true; }, &total);
        QCOMPARE(total, kLimit);
        QString at, after;
        for (const json &s : m_all) {
            if (field(s, "ID") == first.constLast())
                at = field(s, "DateStarted");
        }
        int sameTime = 0;
        for (const json &s : m_all) {
            if (field(s, "DateStarted") == at && field(s, "Reason").contains(QLatin1String("locked")))
                ++sameTime;
        }
        int inAnswer = 0;
        for (const QString &id : first) {
            for (const json &s : m_all) {
                if (field(s, "ID") == id && field(s, "DateStarted") == at)
                    ++inAnswer;
            }
        }
        QVERIFY2(inAnswer > 0 && inAnswer < sameTime,
                 qPrintable(QStringLiteral("%1 of %2").arg(inAnswer).arg(sameTime)));
    }

    // Another order is answered from the same matches, sorted (no index yields it).
    void otherOrders()
    {
        int total = -1;
        const QStringList oldestFirst =
            answer(QStringLiteral("search=tiebreak&sortBy=DateStarted"), m_supervisor, 100, &total);
        QCOMPARE(total, kLimit);
        QCOMPARE(oldestFirst.size(), kLimit);
        std::vector<const json *> matches;
        for (const json &s : m_all) {
            if (field(s, "UserFullName").toLower().contains(QLatin1String("tiebreak")))
                matches.push_back(&s);
        }
        std::sort(matches.begin(), matches.end(), [](const json *a, const json *b) {
            const QDateTime ta = QDateTime::fromString(field(*a, "DateStarted"), Qt::ISODateWithMs);
            const QDateTime tb = QDateTime::fromString(field(*b, "DateStarted"), Qt::ISODateWithMs);
            if (ta != tb)
                return ta < tb;
            return field(*a, "ID").toUtf8() < field(*b, "ID").toUtf8();
        });
        for (int i = 0; i < kLimit; ++i)
            QCOMPARE(oldestFirst[i], field(*matches[size_t(i)], "ID"));
    }
};

QTEST_GUILESS_MAIN(TestSessionSearchOrder)
#include "tst_sessionsearchorder.moc"
