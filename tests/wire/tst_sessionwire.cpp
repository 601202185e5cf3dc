#include "wire/CallNote.h"
#include "wire/CoSignRequest.h"
#include "wire/ImpersonationSession.h"
#include "wire/OnbehalfPolicy.h"
#include "wire/SessionEnd.h"
#include "wire/SessionReceipt.h"

#include <QTest>

using namespace onbehalf::wire;
using nlohmann::json;

// The sessions extension's issue-17 shapes: notes, co-sign requests, the policy, the receipt, and
// what the session record gained. Decoded strictly (a wrong type names its field), amounts exact.
class TestSessionWire : public QObject
{
    Q_OBJECT

private slots:
    void recordCarriesTheCallAndItsRequests()
    {
        const json j = json::parse(R"({"ID":"s1","DateStarted":"2026-11-26T10:00:00.000+00:00",
            "LastActivity":"2026-11-26T10:05:00.250+00:00","DateEnded":"2026-11-26T10:09:00.000+00:00",
            "EndCause":"ScreenLocked","EndedBy":"agent01","EndComment":null,
            "Orders":[{"ID":"o1","Status":"Open","Total":115.1},{"ID":"o2","Status":"Unsubmitted","Total":12.9}],
            "Notes":[{"ID":"n1","Kind":"Verification","Checks":["Email"],"AuthorUsername":"agent01",
                      "DateCreated":"2026-11-26T10:01:00.000+00:00"}],
            "CoSignRequests":[{"ID":"c1","OrderID":"o1","OrderTotal":115.1,"SessionTotal":115.1,"Limit":100,
                               "Currency":"USD","Status":"Approved","DecidedBy":"supervisor01"}]})");
        const auto s = j.get<ImpersonationSession>();
        QCOMPARE(s.EndCause, EndCause::ScreenLocked);
        QCOMPARE(s.LastActivity->time().msec(), 250);
        QVERIFY(!s.EndComment);
        QCOMPARE(s.Notes.at(0).Checks, QStringList{QStringLiteral("Email")});
        QVERIFY(s.CoSignRequests.at(0).isApproved());
        QCOMPARE(s.CoSignRequests.at(0).OrderTotal.toString(), QStringLiteral("115.1"));
        // Open carts count towards OrderTotal, not towards SubmittedTotal.
        QCOMPARE(s.orderTotal().toString(), QStringLiteral("128"));
        QCOMPARE(s.submittedTotal().toString(), QStringLiteral("115.1"));
        const json back = s;
        QCOMPARE(back["EndCause"].get<std::string>(), std::string("ScreenLocked"));
        QCOMPARE(back["Notes"][0]["Kind"].get<std::string>(), std::string("Verification"));
        QCOMPARE(back["OrderTotal"].dump(), std::string("128"));
        QVERIFY(back["EndComment"].is_null());
    }

    void wrongTypesNameTheirField()
    {
        try {
            (void)json::parse(R"({"Kind":"Verification","Checks":"Email"})").get<CallNote>();
            QFAIL("a string is not a list of checks");
        } catch (const DecodeError &e) {
            QCOMPARE(e.field(), QStringLiteral("Checks"));
        }
        try {
            (void)json::parse(R"({"SessionOrderLimit":"lots"})").get<OnbehalfPolicy>();
            QFAIL("text is not an amount");
        } catch (const DecodeError &e) {
            QCOMPARE(e.field(), QStringLiteral("SessionOrderLimit"));
        }
        try {
            (void)json::parse(R"({"OrderID":"o1","Approve":"yes"})").get<CoSignDecision>();
            QFAIL("\"yes\" is not a boolean");
        } catch (const DecodeError &e) {
            QCOMPARE(e.field(), QStringLiteral("Approve"));
        }
        QVERIFY_THROWS_EXCEPTION(DecodeError, (void)json::parse(R"({"EndCause":"Lunch"})").get<SessionEnd>());
    }

    void policyDefaultsAndExactLimit()
    {
        const auto none = json::object().get<OnbehalfPolicy>();
        QVERIFY(!none.SessionOrderLimit);
        QCOMPARE(none.Currency, QStringLiteral("USD"));
        QVERIFY(!none.RequireVerification);
        QCOMPARE(none.VerificationChecks.size(), 3);
        const auto p = json::parse(R"({"SessionOrderLimit":1000.10,"RequireVerification":true,
                                       "VerificationChecks":[]})")
                           .get<OnbehalfPolicy>();
        QCOMPARE(p.SessionOrderLimit->toString(), QStringLiteral("1000.1"));
        QVERIFY(p.RequireVerification);
        QVERIFY(p.VerificationChecks.isEmpty());
        QVERIFY(json::parse(R"({"SessionOrderLimit":null})").get<OnbehalfPolicy>().SessionOrderLimit == std::nullopt);
        const json out = p;
        QCOMPARE(out["SessionOrderLimit"].dump(), std::string("1000.1"));
        QVERIFY(out.contains("ScreenLockGraceMinutes") && out.contains("ModifiedBy"));
    }

    void endAndReceiptShapes()
    {
        SessionEnd e;
        e.EndCause = EndCause::Revoked;
        e.Comment = QStringLiteral("Suspicious orders");
        const json j = e;
        QCOMPARE(j["Comment"].get<std::string>(), std::string("Suspicious orders"));
        QCOMPARE(j.get<SessionEnd>().Comment, e.Comment);
        const json agentEnded{{"EndCause", "AgentEnded"}};
        QVERIFY(!agentEnded.get<SessionEnd>().Comment);

        SessionReceipt r;
        r.SessionID = QStringLiteral("s1");
        r.AgentName = QStringLiteral("Alex Morgan");
        r.Total = Amount::fromUnits(1151000);
        const json rj = r;
        for (const char *key : {"SessionID", "AgentName", "CustomerName", "CompanyName", "Reason", "CaseNumber",
                                "DateStarted", "DateEnded", "Orders", "Total", "Currency"})
            QVERIFY2(rj.contains(key), key);
        QCOMPARE(rj["Total"].dump(), std::string("115.1"));
        QCOMPARE(rj.get<SessionReceipt>().AgentName, r.AgentName);
    }
};

QTEST_GUILESS_MAIN(TestSessionWire)
#include "tst_sessionwire.moc"
