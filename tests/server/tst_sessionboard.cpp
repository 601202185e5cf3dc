#include "TestServer.h"

#include <QDateTime>
#include <QTest>

using namespace onbehalf::test;
using nlohmann::json;

namespace {
const std::string kClient = Http::kDemoClientId;

QString str(const json &j)
{
    return j.is_string() ? QString::fromStdString(j.get<std::string>()) : QString();
}

QDateTime time(const json &j)
{
    return QDateTime::fromString(str(j), Qt::ISODateWithMs);
}

QByteArray header(const Http::Response &r, const QByteArray &name)
{
    for (const auto &[k, v] : r.headers) {
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}
} // namespace

// Issue 17 on the server: the supervisor's live board (LastActivity, orders so far), force end with a
// comment, the call's append-only notes and the customer's receipt. Two instances share the
// database, so what one instance writes is checked as the other reads it.
class TestSessionBoard : public QObject
{
    Q_OBJECT

private:
    TestServer m_a, m_b;
    std::unique_ptr<Http> m_http, m_httpB;
    QByteArray m_agent1, m_agent2, m_supervisor, m_admin;

    struct Started
    {
        QString id;
        QByteArray buyerToken;
    };

    Started start(const QByteArray &agent, const char *reason = "Caller asked for help", const char *user = "NW-0002")
    {
        const Http::Response r = m_http->post(
            QStringLiteral("/v1/impersonationsessions"),
            {{"BuyerID", "NORTHWIND"}, {"UserID", user}, {"ClientID", kClient}, {"Reason", reason}}, agent);
        if (r.status != 201)
            qWarning("start: %d %s", r.status, r.body.constData());
        return {str(r.json()["Session"]["ID"]), str(r.json()["AccessToken"]["access_token"]).toLatin1()};
    }

    static QString path(const QString &id, const char *tail = "")
    {
        return QStringLiteral("/v1/impersonationsessions/") + id + QString::fromLatin1(tail);
    }

    json session(const QString &id, Http *http = nullptr)
    {
        return (http ? http : m_http.get())->get(path(id), m_supervisor).json();
    }

    // An order of `quantity` nitrile gloves (L) placed with the buyer token; submitted when asked.
    QString order(const QByteArray &buyer, int quantity, bool submit)
    {
        const Http::Response created = m_http->post(QStringLiteral("/v1/orders/Outgoing"), json::object(), buyer);
        const QString id = str(created.json()["ID"]);
        const Http::Response line =
            m_http->post(QStringLiteral("/v1/orders/Outgoing/") + id + QStringLiteral("/lineitems"),
                         {{"ProductID", "GLV-NIT-L"}, {"Quantity", quantity}}, buyer);
        if (created.status != 201 || line.status != 201)
            qWarning("order: %d %d %s", created.status, line.status, line.body.constData());
        if (submit) {
            const Http::Response r = m_http->post(
                QStringLiteral("/v1/orders/Outgoing/") + id + QStringLiteral("/submit"), json::object(), buyer);
            if (r.status != 201)
                qWarning("submit: %d %s", r.status, r.body.constData());
        }
        return id;
    }

private slots:
    void initTestCase()
    {
        // Old ended sessions (an hour to 90 days ago) for the notes' 30-minute window.
        TestServer::Options o;
        o.extraArguments = {QStringLiteral("--seed-sessions"), QStringLiteral("30")};
        QVERIFY2(m_a.start(o), qPrintable(m_a.errorString()));
        TestServer::Options second;
        second.attachTo = m_a.databaseUrl();
        second.signingKeyFile = m_a.signingKeyFile();
        QVERIFY2(m_b.start(second), qPrintable(m_b.errorString()));
        m_http = std::make_unique<Http>(m_a.url());
        m_httpB = std::make_unique<Http>(m_b.url());
        m_agent1 = m_http->login(QStringLiteral("agent01"));
        m_agent2 = m_http->login(QStringLiteral("agent02"));
        m_supervisor = m_http->login(QStringLiteral("supervisor01"));
        m_admin = m_http->login(QStringLiteral("admin01"));
        QVERIFY(!m_agent1.isEmpty() && !m_supervisor.isEmpty() && !m_admin.isEmpty());
    }

    void liveBoardShowsActivityAndOrdersSoFar()
    {
        const Started s = start(m_agent1);
        json r = session(s.id);
        QCOMPARE(time(r["LastActivity"]), time(r["DateStarted"])); // not used yet
        QCOMPARE(r["OrderCount"].get<int>(), 0);
        QCOMPARE(r["OrderTotal"].dump(), std::string("0"));
        const QString submitted = order(s.buyerToken, 10, true); // 115.00
        const QString cart = order(s.buyerToken, 1, false);      // 12.90, still a cart
        r = session(s.id);
        QVERIFY(time(r["LastActivity"]) > time(r["DateStarted"]));
        QCOMPARE(r["OrderCount"].get<int>(), 2);
        QCOMPARE(r["OrderTotal"].dump(), std::string("127.9"));
        QCOMPARE(r["SubmittedTotal"].dump(), std::string("115"));
        // The board: active sessions, newest first, with the same figures.
        const json board =
            m_http->get(QStringLiteral("/v1/impersonationsessions?Status=Active&pageSize=100"), m_supervisor).json();
        bool found = false;
        for (const json &item : board["Items"]) {
            QCOMPARE(str(item["Status"]), QStringLiteral("Active"));
            if (str(item["ID"]) == s.id) {
                found = true;
                QCOMPARE(item["OrderTotal"].dump(), std::string("127.9"));
                QCOMPARE(str(item["LastActivity"]), str(r["LastActivity"]));
            }
        }
        QVERIFY(found);
        // Idle sessions first: LastActivity is a list field.
        QCOMPARE(
            m_http->get(QStringLiteral("/v1/impersonationsessions?Status=Active&sortBy=LastActivity"), m_supervisor)
                .status,
            200);
        QVERIFY(!submitted.isEmpty() && !cart.isEmpty());
    }

    void lastActivityIsStoredCoalesced()
    {
        const Started s = start(m_agent1);
        const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
        QCOMPARE(m_http->get(QStringLiteral("/v1/me"), s.buyerToken).status, 200);
        // The first use is stored at once: the other instance reads it from the database.
        const QDateTime stored = time(session(s.id, m_httpB.get())["LastActivity"]);
        QVERIFY(stored >= before);
        QTest::qWait(5); // a later millisecond for the next use
        QCOMPARE(m_http->get(QStringLiteral("/v1/me"), s.buyerToken).status, 200);
        // Within the write interval the database is not written again; this instance knows better.
        QVERIFY(time(session(s.id)["LastActivity"]) > stored);
        QCOMPARE(time(session(s.id, m_httpB.get())["LastActivity"]), stored);
        // The agent's own requests are not the session's activity.
        QCOMPARE(m_http->get(QStringLiteral("/v1/me"), m_agent1).status, 200);
        QCOMPARE(time(session(s.id, m_httpB.get())["LastActivity"]), stored);
    }

    void supervisorForceEndsWithAComment()
    {
        const Started s = start(m_agent1);
        QCOMPARE(m_httpB->get(QStringLiteral("/v1/me"), s.buyerToken).status, 200);
        const QString why = QStringLiteral("Order pattern looks like fraud — call back through the hotline");
        const Http::Response tooLong = m_http->post(
            path(s.id, "/end"), {{"EndCause", "Revoked"}, {"Comment", std::string(1001, 'x')}}, m_supervisor);
        QCOMPARE(tooLong.status, 400);
        QCOMPARE(tooLong.errorCode(), QStringLiteral("Onbehalf.TooLong"));
        const Http::Response r =
            m_http->post(path(s.id, "/end"), {{"EndCause", "Revoked"}, {"Comment", why.toStdString()}}, m_supervisor);
        QCOMPARE(r.status, 200);
        QCOMPARE(str(r.json()["EndCause"]), QStringLiteral("Revoked"));
        QCOMPARE(str(r.json()["EndedBy"]), QStringLiteral("supervisor01"));
        QCOMPARE(str(r.json()["EndComment"]), why);
        // Refused at once, on both instances.
        QCOMPARE(m_http->get(QStringLiteral("/v1/me"), s.buyerToken).status, 401);
        QCOMPARE(m_httpB->get(QStringLiteral("/v1/me"), s.buyerToken).status, 401);
        // The agent reads why and by whom.
        const json seen = m_http->get(path(s.id), m_agent1).json();
        QCOMPARE(str(seen["EndedBy"]), QStringLiteral("supervisor01"));
        QCOMPARE(str(seen["EndComment"]), why);
        // Once.
        QCOMPARE(m_http->post(path(s.id, "/end"), {{"EndCause", "Revoked"}}, m_supervisor).status, 409);
    }

    void agentEndsOnScreenLock()
    {
        const Started s = start(m_agent1);
        QCOMPARE(m_http->post(path(s.id, "/end"), {{"EndCause", "ScreenLocked"}}, m_supervisor).status, 403);
        QCOMPARE(m_http->post(path(s.id, "/end"), {{"EndCause", "ScreenLocked"}}, s.buyerToken).status, 403);
        const Http::Response r = m_http->post(path(s.id, "/end"), {{"EndCause", "ScreenLocked"}}, m_agent1);
        QCOMPARE(r.status, 200);
        QCOMPARE(str(r.json()["EndCause"]), QStringLiteral("ScreenLocked"));
        QCOMPARE(str(r.json()["EndedBy"]), QStringLiteral("agent01"));
        QVERIFY(r.json()["EndComment"].is_null());
        QCOMPARE(m_http->get(QStringLiteral("/v1/me"), s.buyerToken).status, 401);
    }

    void notesAreAppendOnly()
    {
        const Started s = start(m_agent1);
        const Http::Response v =
            m_http->post(path(s.id, "/notes"), {{"Kind", "Verification"}, {"Checks", {"Email", "Postcode"}}}, m_agent1);
        QCOMPARE(v.status, 201);
        QCOMPARE(str(v.json()["AuthorUsername"]), QStringLiteral("agent01"));
        const QString noteId = str(v.json()["ID"]);
        QCOMPARE(m_http->post(path(s.id, "/notes"), {{"Kind", "Note"}, {"Text", "Asked about delivery"}}, m_supervisor)
                     .status,
                 201);
        const json r = session(s.id, m_httpB.get());
        QCOMPARE(r["Notes"].size(), size_t(2));
        QCOMPARE(str(r["Notes"][0]["Kind"]), QStringLiteral("Verification"));
        QCOMPARE(r["Notes"][0]["Checks"].dump(), json({"Email", "Postcode"}).dump());
        QCOMPARE(str(r["Notes"][0]["AuthorUserID"]), QStringLiteral("ADM-AGENT01"));
        QVERIFY(time(r["Notes"][0]["DateCreated"]).isValid());
        QCOMPARE(str(r["Notes"][1]["AuthorUsername"]), QStringLiteral("supervisor01"));
        QCOMPARE(m_http->get(path(s.id, "/notes"), m_agent1).json()["Meta"]["TotalCount"].get<int>(), 2);
        QCOMPARE(str(m_http->get(path(s.id, "/notes/") + noteId, m_agent1).json()["Kind"]),
                 QStringLiteral("Verification"));
        // No edit, no delete: 405 naming what is allowed.
        const QString note = path(s.id, "/notes/") + noteId;
        for (const QByteArray &method : {QByteArray("PUT"), QByteArray("PATCH"), QByteArray("DELETE")}) {
            const Http::Response r405 = m_http->request(method, note, R"({"Text":"changed"})", m_supervisor);
            QCOMPARE(r405.status, 405);
            QCOMPARE(header(r405, "Allow"), QByteArray("GET"));
        }
        QCOMPARE(m_http->request("DELETE", path(s.id, "/notes"), {}, m_supervisor).status, 405);
        QCOMPARE(session(s.id)["Notes"][0]["Checks"].dump(), json({"Email", "Postcode"}).dump());
    }

    void notesRefuseWrongWritersAndShapes_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("error");
        QTest::newRow("unknown kind") << QByteArray(R"({"Kind":"Edit","Text":"x"})")
                                      << QStringLiteral("Onbehalf.InvalidNoteKind");
        QTest::newRow("no kind") << QByteArray(R"({"Text":"x"})") << QStringLiteral("Required");
        QTest::newRow("wrap-up without disposition")
            << QByteArray(R"({"Kind":"WrapUp","Text":"x"})") << QStringLiteral("Required");
        QTest::newRow("unknown disposition") << QByteArray(R"({"Kind":"WrapUp","Disposition":"Happy"})")
                                             << QStringLiteral("Onbehalf.InvalidDisposition");
        QTest::newRow("disposition on a note") << QByteArray(R"({"Kind":"Note","Text":"x","Disposition":"Resolved"})")
                                               << QStringLiteral("Onbehalf.DispositionNotAllowed");
        QTest::newRow("checks on a note") << QByteArray(R"({"Kind":"Note","Text":"x","Checks":["Email"]})")
                                          << QStringLiteral("Onbehalf.ChecksNotAllowed");
        QTest::newRow("check not in the policy") << QByteArray(R"({"Kind":"Verification","Checks":["Shoe size"]})")
                                                 << QStringLiteral("Onbehalf.UnknownCheck");
        QTest::newRow("empty verification")
            << QByteArray(R"({"Kind":"Verification"})") << QStringLiteral("Onbehalf.VerificationEmpty");
        QTest::newRow("empty note") << QByteArray(R"({"Kind":"Note","Text":"  "})") << QStringLiteral("Required");
    }

    void notesRefuseWrongWritersAndShapes()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, error);
        const Started s = start(m_agent1);
        const Http::Response r = m_http->request("POST", path(s.id, "/notes"), body, m_agent1);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), error);
        const json ok{{"Kind", "WrapUp"}, {"Disposition", "Resolved"}};
        // The buyer token writes nothing into the record; another agent does not see the session.
        const Http::Response buyer = m_http->post(path(s.id, "/notes"), ok, s.buyerToken);
        QCOMPARE(buyer.status, 403);
        QCOMPARE(buyer.errorCode(), QStringLiteral("ImpersonationSession.BuyerTokenNotAllowed"));
        QCOMPARE(m_http->post(path(s.id, "/notes"), ok, m_agent2).status, 404);
        QCOMPARE(m_http->post(path(s.id, "/notes"), ok, m_admin).status, 403);
        QVERIFY(session(s.id)["Notes"].empty());
    }

    void agentWritesUntilThirtyMinutesAfterTheEnd()
    {
        const Started s = start(m_agent1);
        QCOMPARE(m_http->post(path(s.id, "/end"), json::object(), m_agent1).status, 200);
        const Http::Response wrapUp = m_http->post(
            path(s.id, "/notes"), {{"Kind", "WrapUp"}, {"Disposition", "FollowUp"}, {"Text", "Call back"}}, m_agent1);
        QCOMPARE(wrapUp.status, 201);
        QCOMPARE(str(wrapUp.json()["Disposition"]), QStringLiteral("FollowUp"));
        // A seeded session of agent01 that ended long ago: closed to the agent, open to a supervisor.
        const json old = m_http
                             ->get(QStringLiteral("/v1/impersonationsessions?AgentUsername=agent01&Status=Ended&"
                                                  "DateEnded=<") +
                                       QDateTime::currentDateTimeUtc().addSecs(-31 * 60).toString(Qt::ISODate) +
                                       QStringLiteral("&pageSize=1"),
                                   m_agent1)
                             .json();
        QCOMPARE(old["Items"].size(), size_t(1));
        const QString oldId = str(old["Items"][0]["ID"]);
        const json note{{"Kind", "Note"}, {"Text", "Customer called again"}};
        const Http::Response closed = m_http->post(path(oldId, "/notes"), note, m_agent1);
        QCOMPARE(closed.status, 403);
        QCOMPARE(closed.errorCode(), QStringLiteral("Onbehalf.NotesClosed"));
        QCOMPARE(m_http->post(path(oldId, "/notes"), note, m_supervisor).status, 201);
    }

    void receiptInThreeFormats()
    {
        const Started s = start(m_agent1, "Reorder <script>alert('x')</script> & \"gloves\"", "NW-0003");
        const QString submitted = order(s.buyerToken, 10, true); // 115.00
        const QString cart = order(s.buyerToken, 1, false);
        const json j = m_http->get(path(s.id, "/receipt"), m_agent1).json();
        QCOMPARE(str(j["AgentName"]), QStringLiteral("Alex Morgan"));
        QCOMPARE(str(j["CompanyName"]), QStringLiteral("Northwind Health"));
        QCOMPARE(j["Total"].dump(), std::string("115"));
        QCOMPARE(str(j["Currency"]), QStringLiteral("USD"));
        QCOMPARE(j["Orders"].size(), size_t(2));
        QVERIFY(!j.dump().empty() && j.dump().find("agent01") == std::string::npos);
        QVERIFY(j.dump().find("ADM-AGENT01") == std::string::npos);

        const Http::Response text = m_http->get(path(s.id, "/receipt?format=text"), m_supervisor);
        QCOMPARE(text.status, 200);
        QVERIFY2(header(text, "Content-Type").startsWith("text/plain"), header(text, "Content-Type").constData());
        const QString t = QString::fromUtf8(text.body);
        QVERIFY2(t.contains(QStringLiteral("Alex Morgan of our service desk")), qPrintable(t));
        QVERIFY(t.contains(QStringLiteral("Order %1: $115.00, Open").arg(submitted)));
        QVERIFY(t.contains(QStringLiteral("Order %1: $12.90, Not submitted").arg(cart)));
        QVERIFY(t.contains(QStringLiteral("Total submitted: $115.00")));
        QVERIFY(!t.contains(QStringLiteral("agent01")));

        const Http::Response html = m_http->get(path(s.id, "/receipt?format=html"), m_agent1);
        QCOMPARE(html.status, 200);
        QVERIFY(header(html, "Content-Type").startsWith("text/html"));
        const QString h = QString::fromUtf8(html.body);
        QVERIFY2(h.contains(QStringLiteral("Reorder &lt;script&gt;alert('x')&lt;/script&gt; &amp; &quot;gloves&quot;")),
                 qPrintable(h));
        QVERIFY(!h.contains(QStringLiteral("<script>")));
        QVERIFY(h.contains(QStringLiteral("<td>%1</td><td>$115.00</td>").arg(submitted)));

        // The session's agent or a supervisor only.
        QCOMPARE(m_http->get(path(s.id, "/receipt"), m_agent2).status, 404);
        QCOMPARE(m_http->get(path(s.id, "/receipt"), m_admin).status, 403);
        QCOMPARE(m_http->get(path(s.id, "/receipt"), s.buyerToken).status, 403);
        const Http::Response pdf = m_http->get(path(s.id, "/receipt?format=pdf"), m_agent1);
        QCOMPARE(pdf.status, 400);
        QCOMPARE(pdf.errorCode(), QStringLiteral("Onbehalf.InvalidFormat"));
    }
};

QTEST_GUILESS_MAIN(TestSessionBoard)
#include "tst_sessionboard.moc"
