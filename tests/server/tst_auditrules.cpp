#include "TestServer.h"

#include <QTest>

using namespace onbehalf::test;
using nlohmann::json;

namespace {
const std::string kClient = Http::kDemoClientId;

QString str(const json &j)
{
    return j.is_string() ? QString::fromStdString(j.get<std::string>()) : QString();
}
} // namespace

// Who may write how an impersonation session ended: the agent (its own causes), a supervisor
// (Revoked), the server (Expired) — never the session's own buyer token.
class TestAuditRules : public QObject
{
    Q_OBJECT

private:
    TestServer m_server;
    std::unique_ptr<Http> m_http;
    QByteArray m_agent1, m_agent2, m_supervisor, m_admin;

    struct Started
    {
        QString id;
        QByteArray buyerToken;
    };

    Started start(const QByteArray &agent, const char *buyer = "NORTHWIND", const char *user = "NW-0002")
    {
        const Http::Response r = m_http->post(
            QStringLiteral("/v1/impersonationsessions"),
            {{"BuyerID", buyer}, {"UserID", user}, {"ClientID", kClient}, {"Reason", "Caller asked for help"}}, agent);
        if (r.status != 201)
            qWarning("start: %d %s", r.status, r.body.constData());
        return {str(r.json()["Session"]["ID"]), str(r.json()["AccessToken"]["access_token"]).toLatin1()};
    }

    QString endPath(const QString &id)
    {
        return QStringLiteral("/v1/impersonationsessions/") + id + QStringLiteral("/end");
    }

    json session(const QString &id)
    {
        return m_http->get(QStringLiteral("/v1/impersonationsessions/") + id, m_supervisor).json();
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

    void buyerTokenCannotEndOrChangeItsSession()
    {
        const Started s = start(m_agent1);
        for (const char *cause : {"AgentEnded", "Revoked", "Inactivity"}) {
            const Http::Response r = m_http->post(endPath(s.id), {{"EndCause", cause}}, s.buyerToken);
            QCOMPARE(r.status, 403);
            QCOMPARE(r.errorCode(), QStringLiteral("ImpersonationSession.BuyerTokenCannotEnd"));
        }
        QCOMPARE(m_http
                     ->post(QStringLiteral("/v1/impersonationsessions/") + s.id + QStringLiteral("/renew"),
                            json::object(), s.buyerToken)
                     .status,
                 403);
        // Dropping its own token is allowed, but writes nothing into the session's record.
        QCOMPARE(m_http->del(QStringLiteral("/v1/me/tokens"), s.buyerToken).status, 204);
        QCOMPARE(m_http->get(QStringLiteral("/v1/me"), s.buyerToken).status, 401);
        QCOMPARE(str(session(s.id)["Status"]), QStringLiteral("Active"));
        // The agent still tells how it ended.
        const Http::Response ended = m_http->post(endPath(s.id), {{"EndCause", "AgentEnded"}}, m_agent1);
        QCOMPARE(ended.status, 200);
        QCOMPARE(str(ended.json()["EndCause"]), QStringLiteral("AgentEnded"));
        QCOMPARE(str(ended.json()["EndedBy"]), QStringLiteral("agent01"));
    }

    void agentChoosesOnlyItsOwnCauses_data()
    {
        QTest::addColumn<QString>("cause");
        QTest::addColumn<int>("status");
        QTest::newRow("Expired is the server's") << QStringLiteral("Expired") << 400;
        QTest::newRow("Revoked is a supervisor's") << QStringLiteral("Revoked") << 403;
        for (const char *own : {"AgentEnded", "Inactivity", "SignedOut", "Recovered"})
            QTest::newRow(own) << QString::fromLatin1(own) << 200;
    }

    void agentChoosesOnlyItsOwnCauses()
    {
        QFETCH(QString, cause);
        QFETCH(int, status);
        const Started s = start(m_agent1);
        const Http::Response r = m_http->post(endPath(s.id), {{"EndCause", cause.toStdString()}}, m_agent1);
        QCOMPARE(r.status, status);
        const json now = session(s.id);
        if (status == 200) {
            QCOMPARE(str(now["EndCause"]), cause);
            QCOMPARE(str(now["EndedBy"]), QStringLiteral("agent01"));
            QCOMPARE(m_http->get(QStringLiteral("/v1/me"), s.buyerToken).status, 401);
        } else {
            QCOMPARE(str(now["Status"]), QStringLiteral("Active"));
            QVERIFY(now["EndedBy"].is_null());
            QCOMPARE(m_http->post(endPath(s.id), json::object(), m_agent1).status, 200);
        }
    }

    void supervisorRevokesAndIsRecorded()
    {
        const Started s = start(m_agent1);
        // A supervisor may not speak for the agent...
        const Http::Response asAgent = m_http->post(endPath(s.id), {{"EndCause", "AgentEnded"}}, m_supervisor);
        QCOMPARE(asAgent.status, 403);
        QCOMPARE(asAgent.errorCode(), QStringLiteral("ImpersonationSession.NotYours"));
        // ...but revokes, under the supervisor's own name.
        const Http::Response r = m_http->post(endPath(s.id), {{"EndCause", "Revoked"}}, m_supervisor);
        QCOMPARE(r.status, 200);
        QCOMPARE(str(r.json()["EndCause"]), QStringLiteral("Revoked"));
        QCOMPARE(str(r.json()["EndedBy"]), QStringLiteral("supervisor01"));
        QCOMPARE(m_http->get(QStringLiteral("/v1/me"), s.buyerToken).status, 401);
        // Another agent cannot see it, let alone end it.
        QCOMPARE(m_http->post(endPath(start(m_agent1).id), {{"EndCause", "Revoked"}}, m_agent2).status, 404);
    }

    void adminRevocationIsRecordedWithWhoDidIt()
    {
        const Started s = start(m_agent1, "CONTOSO", "CS-0004");
        QVERIFY(!s.id.isEmpty());
        QCOMPARE(m_http->del(QStringLiteral("/v1/buyers/CONTOSO/users/CS-0004/tokens"), m_admin).status, 204);
        const json now = session(s.id);
        QCOMPARE(str(now["EndCause"]), QStringLiteral("Revoked"));
        QCOMPARE(str(now["EndedBy"]), QStringLiteral("admin01"));
    }

    void agentSignOutRecordsTheAgent()
    {
        const QByteArray agent = m_http->login(QStringLiteral("agent03"));
        const Started s = start(agent);
        QCOMPARE(m_http->del(QStringLiteral("/v1/me/tokens"), agent).status, 204);
        const json now = session(s.id);
        QCOMPARE(str(now["EndCause"]), QStringLiteral("SignedOut"));
        QCOMPARE(str(now["EndedBy"]), QStringLiteral("agent03"));
    }
};

QTEST_GUILESS_MAIN(TestAuditRules)
#include "tst_auditrules.moc"
