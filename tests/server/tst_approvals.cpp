#include "TestServer.h"

#include <QTest>

using namespace onbehalf::test;
using nlohmann::json;

namespace {
const QString kStorefront = QStringLiteral("0FF1CE00-DE5C-4000-8000-000000000002");

QString str(const json &j)
{
    return j.is_string() ? QString::fromStdString(j.get<std::string>()) : QString();
}
QString num(const json &j)
{
    return QString::fromStdString(j.dump());
}
} // namespace

// Approval rules and the approval workflow (issue 16), against the demo marketplace's contract:
// CONTOSO's rule "order.Total > 500.00" approved by CONTOSO-APPROVERS (maria.gonzalez).
// Buyers order through the Storefront client here, which has no checkout integration, so the
// totals are the lines' alone (the checkout suite covers the integration).
class TestApprovals : public QObject
{
    Q_OBJECT

private:
    TestServer m_server;
    std::unique_ptr<Http> m_http;
    QByteArray m_admin, m_sam, m_maria, m_oliver, m_jane, m_agent;

    // A submitted order of `token`'s user with the given lines, xp and ship-to; its submit answer.
    Http::Response submitOrder(const QByteArray &token, const std::vector<std::pair<const char *, int>> &lines,
                               const json &xp = json::object())
    {
        const Http::Response created = m_http->post(QStringLiteral("/v1/orders/Outgoing"), {{"xp", xp}}, token);
        if (created.status != 201)
            return created;
        const QString id = str(created.json()["ID"]);
        for (const auto &[product, quantity] : lines) {
            const Http::Response li = m_http->post(QStringLiteral("/v1/orders/Outgoing/%1/lineitems").arg(id),
                                                   {{"ProductID", product}, {"Quantity", quantity}}, token);
            if (li.status != 201)
                return li;
        }
        return m_http->post(QStringLiteral("/v1/orders/Outgoing/%1/submit").arg(id), json::object(), token);
    }

    Http::Response decide(const QString &id, const char *verb, const QByteArray &token,
                          const json &info = json::object())
    {
        return m_http->post(QStringLiteral("/v1/orders/Outgoing/%1/%2").arg(id, QLatin1String(verb)), info, token);
    }

    QStringList approvableBy(const QByteArray &token)
    {
        QStringList ids;
        const json page = m_http->get(QStringLiteral("/v1/me/orders/approvable"), token).json();
        for (const json &o : page["Items"])
            ids << str(o["ID"]);
        return ids;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        m_http = std::make_unique<Http>(m_server.url());
        m_admin = m_http->login(QStringLiteral("admin01"));
        m_agent = m_http->login(QStringLiteral("agent01"));
        m_sam = m_http->login(QStringLiteral("sam.rivera"), QLatin1String(Http::kDemoPassword), kStorefront);
        m_oliver = m_http->login(QStringLiteral("oliver.thompson"), QLatin1String(Http::kDemoPassword), kStorefront);
        m_jane = m_http->login(QStringLiteral("jane.doe"), QLatin1String(Http::kDemoPassword), kStorefront);
        // The demo's approver signs in with the demo password, as the README says.
        m_maria = m_http->login(QStringLiteral("maria.gonzalez"));
        QVERIFY(!m_admin.isEmpty() && !m_sam.isEmpty() && !m_maria.isEmpty() && !m_oliver.isEmpty());
    }

    void demoRuleIsSeeded()
    {
        const Http::Response r = m_http->get(QStringLiteral("/v1/buyers/CONTOSO/approvalrules"), m_admin);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json()["Meta"]["TotalCount"].get<int>(), 1);
        const json rule = r.json()["Items"][0];
        QCOMPARE(str(rule["ApprovingGroupID"]), QStringLiteral("CONTOSO-APPROVERS"));
        QCOMPARE(str(rule["RuleExpression"]), QStringLiteral("order.Total > 500.00"));
        const json members =
            m_http
                ->get(QStringLiteral("/v1/buyers/CONTOSO/usergroups/assignments?userGroupID=CONTOSO-APPROVERS"),
                      m_admin)
                .json();
        QCOMPARE(members["Items"].size(), size_t(1));
        QCOMPARE(str(members["Items"][0]["UserID"]), QStringLiteral("CS-0002"));
        // NORTHWIND and FABRIKAM have none: their orders never wait.
        QCOMPARE(m_http->get(QStringLiteral("/v1/buyers/NORTHWIND/approvalrules"), m_admin)
                     .json()["Meta"]["TotalCount"]
                     .get<int>(),
                 0);
        // Reading rules needs ApprovalRuleAdmin/Reader: an agent has neither.
        QCOMPARE(m_http->get(QStringLiteral("/v1/buyers/CONTOSO/approvalrules"), m_agent).status, 403);
    }

    void totalAtOrBelowTheLimitOpensAtOnce()
    {
        // 10 × 45.00 = 450.00: not above 500.00.
        const Http::Response r = submitOrder(m_sam, {{"SCI-KIT", 10}});
        QCOMPARE(r.status, 201);
        QCOMPARE(str(r.json()["Status"]), QStringLiteral("Open"));
        QVERIFY(r.json()["DateApproved"].is_null());
        const Http::Response approvals =
            m_http->get(QStringLiteral("/v1/orders/Outgoing/%1/approvals").arg(str(r.json()["ID"])), m_sam);
        QCOMPARE(approvals.status, 200);
        QCOMPARE(approvals.json()["Meta"]["TotalCount"].get<int>(), 0);
    }

    void approvedByAnEligibleApproverOnly()
    {
        // 10 × 45.00 + 3 × 24.00 = 522.00 > 500.00.
        const Http::Response r = submitOrder(m_sam, {{"SCI-KIT", 10}, {"PPR-A4", 3}});
        QCOMPARE(r.status, 201);
        const json order = r.json();
        const QString id = str(order["ID"]);
        QCOMPARE(num(order["Total"]), QStringLiteral("522"));
        QCOMPARE(str(order["Status"]), QStringLiteral("AwaitingApproval"));
        QVERIFY(order["IsSubmitted"].get<bool>());
        QVERIFY(!order["DateSubmitted"].is_null());
        QVERIFY(order["DateApproved"].is_null() && order["DateDeclined"].is_null());

        json approvals = m_http->get(QStringLiteral("/v1/orders/Outgoing/%1/approvals").arg(id), m_sam).json();
        QCOMPARE(approvals["Items"].size(), size_t(1));
        QCOMPARE(str(approvals["Items"][0]["Status"]), QStringLiteral("Pending"));
        QCOMPARE(str(approvals["Items"][0]["ApprovalRuleID"]), QStringLiteral("CONTOSO-ORDER-OVER-500"));
        QVERIFY(approvals["Items"][0]["Approver"].is_null());
        const json eligible =
            m_http->get(QStringLiteral("/v1/orders/Outgoing/%1/eligibleapprovers").arg(id), m_sam).json();
        QCOMPARE(eligible["Items"].size(), size_t(1));
        QCOMPARE(str(eligible["Items"][0]["Username"]), QStringLiteral("maria.gonzalez"));
        QVERIFY(approvableBy(m_maria).contains(id));
        QVERIFY(!approvableBy(m_oliver).contains(id));
        // The approver reads what it is asked to approve; a colleague outside the group does not.
        QCOMPARE(m_http->get(QStringLiteral("/v1/orders/Outgoing/") + id, m_maria).status, 200);
        QCOMPARE(
            m_http->get(QStringLiteral("/v1/orders/Outgoing/%1/lineitems").arg(id), m_maria).json()["Items"].size(),
            size_t(2));
        QCOMPARE(m_http->get(QStringLiteral("/v1/orders/Outgoing/") + id, m_oliver).status, 404);

        // Not eligible: the buyer itself (not in the group), a colleague who cannot see the order,
        // another company's user, an admin user.
        Http::Response refused = decide(id, "approve", m_sam);
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.errorCode(), QStringLiteral("Order.NotEligibleApprover"));
        QCOMPARE(decide(id, "approve", m_oliver).status, 404);
        QCOMPARE(decide(id, "approve", m_jane).status, 404);
        QCOMPARE(decide(id, "decline", m_admin).status, 403);
        QCOMPARE(str(m_http->get(QStringLiteral("/v1/orders/Outgoing/") + id, m_sam).json()["Status"]),
                 QStringLiteral("AwaitingApproval"));

        const Http::Response approved = decide(id, "approve", m_maria, {{"Comments", "Science week: fine"}});
        QCOMPARE(approved.status, 200);
        QCOMPARE(str(approved.json()["Status"]), QStringLiteral("Open"));
        QVERIFY(!approved.json()["DateApproved"].is_null());
        QVERIFY(approved.json()["DateDeclined"].is_null());
        approvals = m_http->get(QStringLiteral("/v1/orders/Outgoing/%1/approvals").arg(id), m_sam).json();
        const json a = approvals["Items"][0];
        QCOMPARE(str(a["Status"]), QStringLiteral("Approved"));
        QCOMPARE(str(a["Approver"]["Username"]), QStringLiteral("maria.gonzalez"));
        QCOMPARE(str(a["Comments"]), QStringLiteral("Science week: fine"));
        QVERIFY(!a["DateCompleted"].is_null());
        QVERIFY(!approvableBy(m_maria).contains(id));
        // Decided once: a second decision is refused.
        refused = decide(id, "decline", m_maria);
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.errorCode(), QStringLiteral("Order.NotAwaitingApproval"));
    }

    void declinedStaysDeclined()
    {
        const Http::Response r = submitOrder(m_sam, {{"DEF-AED", 1}});
        QCOMPARE(str(r.json()["Status"]), QStringLiteral("AwaitingApproval"));
        const QString id = str(r.json()["ID"]);
        const Http::Response declined = decide(id, "decline", m_maria, {{"Comments", "Over this term's budget"}});
        QCOMPARE(declined.status, 200);
        QCOMPARE(str(declined.json()["Status"]), QStringLiteral("Declined"));
        QVERIFY(!declined.json()["DateDeclined"].is_null());
        QVERIFY(declined.json()["DateApproved"].is_null());
        const json a =
            m_http->get(QStringLiteral("/v1/orders/Outgoing/%1/approvals").arg(id), m_sam).json()["Items"][0];
        QCOMPARE(str(a["Status"]), QStringLiteral("Declined"));
        QCOMPARE(str(a["Comments"]), QStringLiteral("Over this term's budget"));
        QCOMPARE(a["AllowResubmit"].get<bool>(), false);
        const Http::Response again =
            m_http->post(QStringLiteral("/v1/orders/Outgoing/%1/submit").arg(id), json::object(), m_sam);
        QCOMPARE(again.errorCode(), QStringLiteral("Order.CannotSubmitBadStatus"));
        // The company's order list shows the state.
        const json mine = m_http->get(QStringLiteral("/v1/me/orders?Status=Declined"), m_sam).json();
        QCOMPARE(mine["Meta"]["TotalCount"].get<int>(), 1);
    }

    void declineWithResubmitReturnsTheOrder()
    {
        const Http::Response r = submitOrder(m_sam, {{"DEF-AED", 1}});
        const QString id = str(r.json()["ID"]);
        const Http::Response declined =
            decide(id, "decline", m_maria, {{"Comments", "One per site: change the site"}, {"AllowResubmit", true}});
        QCOMPARE(str(declined.json()["Status"]), QStringLiteral("Unsubmitted"));
        QVERIFY(!declined.json()["DateDeclined"].is_null());
        // Editable and submittable again; the rule applies again, with a fresh approval.
        QCOMPARE(m_http->patch(QStringLiteral("/v1/orders/Outgoing/") + id, {{"Comments", "Main site"}}, m_sam).status,
                 200);
        const Http::Response again =
            m_http->post(QStringLiteral("/v1/orders/Outgoing/%1/submit").arg(id), json::object(), m_sam);
        QCOMPARE(again.status, 201);
        QCOMPARE(str(again.json()["Status"]), QStringLiteral("AwaitingApproval"));
        const json approvals = m_http->get(QStringLiteral("/v1/orders/Outgoing/%1/approvals").arg(id), m_sam).json();
        QCOMPARE(approvals["Items"].size(), size_t(1));
        QCOMPARE(str(approvals["Items"][0]["Status"]), QStringLiteral("Pending"));
    }

    void xpRulesAndCrud()
    {
        // A rule of the test's own on NORTHWIND: urgent orders above 100.00 by Procurement.
        const json rule{
            {"ID", "NW-URGENT"},
            {"Name", "Urgent"},
            {"ApprovingGroupID", "NORTHWIND-PROCUREMENT"},
            {"RuleExpression", "order.xp.Priority = 'High' and (order.Total > 100 or not order.xp.Budgeted = true)"}};
        Http::Response r = m_http->post(QStringLiteral("/v1/buyers/NORTHWIND/approvalrules"), rule, m_admin);
        QCOMPARE(r.status, 201);
        QCOMPARE(
            str(m_http->get(QStringLiteral("/v1/buyers/NORTHWIND/approvalrules/NW-URGENT"), m_admin).json()["Name"]),
            QStringLiteral("Urgent"));

        auto statusOf = [this](const json &xp, std::vector<std::pair<const char *, int>> lines) {
            return str(submitOrder(m_jane, lines, xp).json()["Status"]);
        };
        // 10 × 11.50 = 115.00; 1 × 12.90.
        QCOMPARE(statusOf({{"Priority", "High"}, {"Budgeted", true}}, {{"GLV-NIT-M", 10}}),
                 QStringLiteral("AwaitingApproval"));
        QCOMPARE(statusOf({{"Priority", "High"}, {"Budgeted", true}}, {{"GLV-NIT-M", 1}}), QStringLiteral("Open"));
        QCOMPARE(statusOf({{"Priority", "High"}}, {{"GLV-NIT-M", 1}}), QStringLiteral("AwaitingApproval"));
        QCOMPARE(statusOf({{"Priority", "Low"}}, {{"GLV-NIT-M", 10}}), QStringLiteral("Open"));
        QCOMPARE(statusOf(json::object(), {{"GLV-NIT-M", 10}}), QStringLiteral("Open"));

        r = m_http->patch(QStringLiteral("/v1/buyers/NORTHWIND/approvalrules/NW-URGENT"),
                          {{"RuleExpression", "order.LineItemCount >= 2"}}, m_admin);
        QCOMPARE(r.status, 200);
        QCOMPARE(statusOf(json::object(), {{"GLV-NIT-M", 1}, {"GAU-10", 1}}), QStringLiteral("AwaitingApproval"));
        QCOMPARE(m_http->del(QStringLiteral("/v1/buyers/NORTHWIND/approvalrules/NW-URGENT"), m_admin).status, 204);
        QCOMPARE(statusOf(json::object(), {{"GLV-NIT-M", 1}, {"GAU-10", 1}}), QStringLiteral("Open"));
    }

    void expressionsItCannotEvaluateAreRefused_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::newRow("line items") << QStringLiteral("line.Product.xp.Color = 'red'");
        QTest::newRow("unknown field") << QStringLiteral("order.Colour = 'red'");
        QTest::newRow("dangling operator") << QStringLiteral("order.Total >");
        QTest::newRow("open text") << QStringLiteral("order.xp.A = 'x");
        QTest::newRow("two values") << QStringLiteral("order.Total > 5 5");
        QTest::newRow("function") << QStringLiteral("contains(order.ID, 'A')");
        QTest::newRow("unbalanced") << QStringLiteral("(order.Total > 5");
        QTest::newRow("deep nesting") << QString(5000, QLatin1Char('(')) + QStringLiteral("order.Total > 1") +
                                             QString(5000, QLatin1Char(')'));
        QTest::newRow("not a number") << QStringLiteral("order.Total > 1.2.3");
    }

    void expressionsItCannotEvaluateAreRefused()
    {
        QFETCH(QString, expression);
        const Http::Response r = m_http->post(
            QStringLiteral("/v1/buyers/CONTOSO/approvalrules"),
            {{"ApprovingGroupID", "CONTOSO-APPROVERS"}, {"RuleExpression", expression.toStdString()}}, m_admin);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("ApprovalRule.InvalidRuleExpression"));
    }

    void ruleReferencesAreChecked()
    {
        Http::Response r = m_http->post(
            QStringLiteral("/v1/buyers/CONTOSO/approvalrules"),
            {{"ApprovingGroupID", "NORTHWIND-PROCUREMENT"}, {"RuleExpression", "order.Total > 1"}}, m_admin);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("InvalidReference"));
        r = m_http->post(QStringLiteral("/v1/buyers/CONTOSO/approvalrules"), {{"Name", "no expression"}}, m_admin);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("Required"));
        r = m_http->post(QStringLiteral("/v1/buyers/CONTOSO/approvalrules"),
                         {{"ApprovingGroupID", "CONTOSO-APPROVERS"}, {"RuleExpression", "   "}}, m_admin);
        QCOMPARE(r.errorCode(), QStringLiteral("Required"));
        r = m_http->post(QStringLiteral("/v1/buyers/NOPE/approvalrules"),
                         {{"ApprovingGroupID", "X"}, {"RuleExpression", "order.Total > 1"}}, m_admin);
        QCOMPARE(r.status, 404);
        // Nothing refused was stored.
        QCOMPARE(m_http->get(QStringLiteral("/v1/buyers/CONTOSO/approvalrules"), m_admin)
                     .json()["Meta"]["TotalCount"]
                     .get<int>(),
                 1);
    }
};

QTEST_GUILESS_MAIN(TestApprovals)
#include "tst_approvals.moc"
