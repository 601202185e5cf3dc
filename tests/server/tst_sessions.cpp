#include "TestServer.h"

#include <QDate>
#include <QTest>

using namespace onbehalf::test;
using nlohmann::json;

namespace {
const std::string kClient = Http::kDemoClientId;

QString s(const json &j)
{
    return QString::fromStdString(j.get<std::string>());
}
} // namespace

// The impersonation-session audit trail: start, end, expiry, visibility, and what cannot be done to it.
class TestSessions : public QObject
{
    Q_OBJECT

private:
    TestServer m_server;
    std::unique_ptr<Http> m_http;
    QByteArray m_agent1, m_agent2, m_supervisor, m_admin;

    Http::Response start(const QByteArray &agent, const char *buyer, const char *user,
                         const json &extra = json::object())
    {
        json body{
            {"BuyerID", buyer}, {"UserID", user}, {"ClientID", kClient}, {"Reason", "Caller needs help with an order"}};
        body.update(extra);
        return m_http->post(QStringLiteral("/v1/impersonationsessions"), body, agent);
    }

    json list(const QString &query, const QByteArray &token)
    {
        const Http::Response r = m_http->get(QStringLiteral("/v1/impersonationsessions?pageSize=100&") + query, token);
        if (r.status != 200)
            qWarning("%s → %d %s", qPrintable(query), r.status, r.body.constData());
        return r.json();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        m_http = std::make_unique<Http>(m_server.url());
        m_agent1 = m_http->login(QStringLiteral("agent01"));
        m_agent2 = m_http->login(QStringLiteral("agent02"));
        m_supervisor = m_http->login(QStringLiteral("supervisor01"));
        m_admin = m_http->login(QStringLiteral("admin01"));
    }

    void startRecordsWhoWhomAndWhy()
    {
        const Http::Response r = start(m_agent1, "NORTHWIND", "NW-0001", {{"CaseNumber", "CASE-42"}});
        QCOMPARE(r.status, 201);
        const json session = r.json()["Session"];
        QCOMPARE(session["AgentUsername"].get<std::string>(), std::string("agent01"));
        QCOMPARE(session["Username"].get<std::string>(), std::string("jane.doe"));
        QCOMPARE(session["BuyerName"].get<std::string>(), std::string("Northwind Health"));
        QCOMPARE(session["Reason"].get<std::string>(), std::string("Caller needs help with an order"));
        QCOMPARE(session["CaseNumber"].get<std::string>(), std::string("CASE-42"));
        QCOMPARE(session["Status"].get<std::string>(), std::string("Active"));
        QVERIFY(session["DateEnded"].is_null());
        QVERIFY(session["TokenExpires"].is_string());
        const json claims =
            jwtClaims(QByteArray::fromStdString(r.json()["AccessToken"]["access_token"].get<std::string>()));
        QVERIFY(claims["obs"] == session["ID"]);
        QCOMPARE(claims["imp"].get<std::string>(), session["AgentUserID"].get<std::string>());
    }

    void reasonIsRequired()
    {
        Http::Response r = start(m_agent1, "NORTHWIND", "NW-0001", {{"Reason", "   "}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("Required"));
        r = start(m_agent1, "NORTHWIND", "NW-0001", {{"Reason", std::string(501, 'r')}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("ImpersonationSession.ReasonTooLong"));
        r = start(m_agent1, "NORTHWIND", "NW-0001", {{"Reason", 7}});
        QCOMPARE(r.status, 400);
    }

    void sameRulesAsTheAccessTokenEndpoint()
    {
        const Http::Response r = start(m_agent1, "FABRIKAM", "FB-0001");
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), QStringLiteral("Impersonation.NotAllowed"));
        QCOMPARE(start(m_admin, "NORTHWIND", "NW-0001").status, 403);
        // A refused start leaves no session behind.
        QCOMPARE(list(QStringLiteral("BuyerID=FABRIKAM"), m_supervisor)["Meta"]["TotalCount"].get<int>(), 0);
    }

    void plainAccessTokenIsAuditedToo()
    {
        const Http::Response r = m_http->post(QStringLiteral("/v1/buyers/CONTOSO/users/CS-0001/accesstoken"),
                                              {{"ClientID", kClient}}, m_agent2);
        QCOMPARE(r.status, 200);
        const QString sessionId =
            s(jwtClaims(QByteArray::fromStdString(r.json()["access_token"].get<std::string>()))["obs"]);
        const json session = m_http->get(QStringLiteral("/v1/impersonationsessions/") + sessionId, m_agent2).json();
        QCOMPARE(session["AgentUsername"].get<std::string>(), std::string("agent02"));
        QCOMPARE(session["Reason"].get<std::string>(), std::string());
        QCOMPARE(session["Status"].get<std::string>(), std::string("Active"));
    }

    void visibility()
    {
        QVERIFY(start(m_agent2, "CONTOSO", "CS-0002").status == 201 ||
                start(m_agent2, "CONTOSO", "CS-0003").status == 201);
        const json own1 = list(QString(), m_agent1);
        for (const auto &row : own1["Items"])
            QCOMPARE(row["AgentUsername"].get<std::string>(), std::string("agent01"));
        const json own2 = list(QString(), m_agent2);
        for (const auto &row : own2["Items"])
            QCOMPARE(row["AgentUsername"].get<std::string>(), std::string("agent02"));
        const json all = list(QString(), m_supervisor);
        QCOMPARE(all["Meta"]["TotalCount"].get<int>(),
                 own1["Meta"]["TotalCount"].get<int>() + own2["Meta"]["TotalCount"].get<int>());

        // Someone else's session is "not found" to an agent, visible to a supervisor.
        const QString other = s(own2["Items"][0]["ID"]);
        QCOMPARE(m_http->get(QStringLiteral("/v1/impersonationsessions/") + other, m_agent1).status, 404);
        QCOMPARE(m_http->get(QStringLiteral("/v1/impersonationsessions/") + other, m_supervisor).status, 200);

        Http::Response r = m_http->get(QStringLiteral("/v1/impersonationsessions"), m_admin);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), QStringLiteral("InsufficientRoles"));
        QCOMPARE(
            m_http->get(QStringLiteral("/v1/impersonationsessions"), m_http->login(QStringLiteral("jane.doe"))).status,
            403);
        const QByteArray imp = QByteArray::fromStdString(
            start(m_agent1, "NORTHWIND", "NW-0002").json()["AccessToken"]["access_token"].get<std::string>());
        QCOMPARE(m_http->get(QStringLiteral("/v1/impersonationsessions"), imp).status, 403);
    }

    void endOnceAndRevoke()
    {
        const Http::Response r = start(m_agent1, "NORTHWIND", "NW-0003");
        const QString id = s(r.json()["Session"]["ID"]);
        const QByteArray token = QByteArray::fromStdString(r.json()["AccessToken"]["access_token"].get<std::string>());
        QCOMPARE(m_http->get(QStringLiteral("/v1/me"), token).status, 200);

        const QString end = QStringLiteral("/v1/impersonationsessions/") + id + QStringLiteral("/end");
        QCOMPARE(m_http->post(end, {{"EndCause", "Expired"}}, m_agent1).status, 400); // the server's to say
        QCOMPARE(m_http->post(end, {{"EndCause", "Bored"}}, m_agent1).status, 400);
        QCOMPARE(m_http->post(end, {{"EndCause", "AgentEnded"}}, m_agent2).status, 404); // not agent02's
        const Http::Response ended = m_http->post(end, {{"EndCause", "Inactivity"}}, m_agent1);
        QCOMPARE(ended.status, 200);
        QCOMPARE(ended.json()["EndCause"].get<std::string>(), std::string("Inactivity"));
        QCOMPARE(ended.json()["Status"].get<std::string>(), std::string("Ended"));
        QVERIFY(ended.json()["DateEnded"].is_string());
        const Http::Response again = m_http->post(end, {{"EndCause", "AgentEnded"}}, m_agent1);
        QCOMPARE(again.status, 409);
        QCOMPARE(again.errorCode(), QStringLiteral("ImpersonationSession.AlreadyEnded"));
        QCOMPARE(m_http->get(QStringLiteral("/v1/me"), token).status, 401);
        // The first end stays the record.
        QCOMPARE(m_http->get(QStringLiteral("/v1/impersonationsessions/") + id, m_agent1)
                     .json()["EndCause"]
                     .get<std::string>(),
                 std::string("Inactivity"));
    }

    void nothingEditsOrDeletesASession()
    {
        const QString id = s(list(QString(), m_agent1)["Items"][0]["ID"]);
        const QString path = QStringLiteral("/v1/impersonationsessions/") + id;
        QCOMPARE(m_http->patch(path, {{"Reason", "changed"}}, m_supervisor).status, 405);
        QCOMPARE(m_http->put(path, {{"Reason", "changed"}}, m_supervisor).status, 405);
        QCOMPARE(m_http->del(path, m_supervisor).status, 405);
        QVERIFY(m_http->get(path, m_agent1).json()["Reason"].get<std::string>() != "changed");
    }

    void renewKeepsTheSession()
    {
        const Http::Response r = start(m_agent1, "CONTOSO", "CS-0004");
        const QString id = s(r.json()["Session"]["ID"]);
        const QByteArray oldToken =
            QByteArray::fromStdString(r.json()["AccessToken"]["access_token"].get<std::string>());
        const Http::Response renewed = m_http->post(
            QStringLiteral("/v1/impersonationsessions/") + id + QStringLiteral("/renew"), json::object(), m_agent1);
        QCOMPARE(renewed.status, 200);
        const QByteArray newToken =
            QByteArray::fromStdString(renewed.json()["AccessToken"]["access_token"].get<std::string>());
        QCOMPARE(s(jwtClaims(newToken)["obs"]), id);
        QCOMPARE(m_http->get(QStringLiteral("/v1/me"), newToken).status, 200);
        QCOMPARE(m_http->get(QStringLiteral("/v1/me"), oldToken).status, 401);
        QCOMPARE(m_http
                     ->post(QStringLiteral("/v1/impersonationsessions/") + id + QStringLiteral("/renew"),
                            json::object(), m_supervisor)
                     .status,
                 403);
    }

    void filtersAndSearch()
    {
        QCOMPARE(start(m_agent1, "CONTOSO", "CS-0005",
                       {{"Reason", "Replacement calculators for exams"}, {"CaseNumber", "INC-777"}})
                     .status,
                 201);
        auto count = [this](const QString &q) { return list(q, m_supervisor)["Meta"]["TotalCount"].get<int>(); };
        const int all = count(QString());
        QCOMPARE(count(QStringLiteral("Status=Active")) + count(QStringLiteral("Status=Ended")), all);
        QVERIFY(count(QStringLiteral("Status=Ended")) >= 1);
        QCOMPARE(count(QStringLiteral("AgentUsername=agent01")) + count(QStringLiteral("AgentUsername=agent02")), all);
        QCOMPARE(count(QStringLiteral("search=calculators")), 1); // a word inside the reason
        QCOMPARE(count(QStringLiteral("search=INC-777")), 1);
        QCOMPARE(count(QStringLiteral("search=jane")), count(QStringLiteral("Username=jane.doe")));
        QCOMPARE(count(QStringLiteral("BuyerID=CONTOSO&AgentUsername=agent01")), 2);
        const QString today = QDate::currentDate().toString(Qt::ISODate);
        QCOMPARE(count(QStringLiteral("DateStarted=>") + today), all);
        QCOMPARE(count(QStringLiteral("DateStarted=<") + today), 0);
        QCOMPARE(count(QStringLiteral("EndCause=Inactivity")), 1);
        // Newest first by default.
        const json page = list(QString(), m_supervisor);
        for (size_t i = 1; i < page["Items"].size(); ++i)
            QVERIFY(page["Items"][i - 1]["DateStarted"].get<std::string>() >=
                    page["Items"][i]["DateStarted"].get<std::string>());
        QCOMPARE(m_http->get(QStringLiteral("/v1/impersonationsessions?Mood=happy"), m_supervisor).status, 400);
    }

    void signOutEndsTheAgentsSessions()
    {
        const QByteArray agent3 = m_http->login(QStringLiteral("agent03"));
        const Http::Response r = start(agent3, "NORTHWIND", "NW-0005");
        const QString id = s(r.json()["Session"]["ID"]);
        const QByteArray imp = QByteArray::fromStdString(r.json()["AccessToken"]["access_token"].get<std::string>());
        QCOMPARE(m_http->del(QStringLiteral("/v1/me/tokens"), agent3).status, 204);
        QCOMPARE(m_http->get(QStringLiteral("/v1/me"), imp).status, 401);
        const json session = m_http->get(QStringLiteral("/v1/impersonationsessions/") + id, m_supervisor).json();
        QCOMPARE(session["EndCause"].get<std::string>(), std::string("SignedOut"));
    }

    void expiredSessionsAreReportedAsExpired()
    {
        TestServer shortLived;
        TestServer::Options o;
        o.accessTokenLifetime = 2;
        QVERIFY2(shortLived.start(o), qPrintable(shortLived.errorString()));
        Http http(shortLived.url());
        const QByteArray agent = http.login(QStringLiteral("agent01"));
        const Http::Response r = http.post(
            QStringLiteral("/v1/impersonationsessions"),
            {{"BuyerID", "NORTHWIND"}, {"UserID", "NW-0001"}, {"ClientID", kClient}, {"Reason", "Short call"}}, agent);
        QCOMPARE(r.status, 201);
        const QString id = s(r.json()["Session"]["ID"]);
        const QByteArray imp = QByteArray::fromStdString(r.json()["AccessToken"]["access_token"].get<std::string>());
        QTest::qWait(3000);
        QCOMPARE(http.get(QStringLiteral("/v1/me"), imp).status, 401);
        // The agent's own token lives 2 s too: sign in again to look.
        const json session =
            http.get(QStringLiteral("/v1/impersonationsessions/") + id, http.login(QStringLiteral("agent01"))).json();
        QCOMPARE(session["Status"].get<std::string>(), std::string("Ended"));
        QCOMPARE(session["EndCause"].get<std::string>(), std::string("Expired"));
        QVERIFY(session["DateEnded"] == session["TokenExpires"]);
        const Http::Response end = http.post(QStringLiteral("/v1/impersonationsessions/") + id + QStringLiteral("/end"),
                                             {{"EndCause", "AgentEnded"}}, http.login(QStringLiteral("agent01")));
        QCOMPARE(end.status, 409);
    }
};

QTEST_GUILESS_MAIN(TestSessions)
#include "tst_sessions.moc"
