#include "wire/AccessToken.h"
#include "wire/ApiError.h"
#include "wire/ApiRoles.h"
#include "wire/Buyer.h"
#include "wire/ImpersonationConfig.h"
#include "wire/ListPage.h"
#include "wire/User.h"

#include <QTest>
#include <QTimeZone>

using namespace onbehalf::wire;
using nlohmann::json;

class TestWireModels : public QObject
{
    Q_OBJECT

private slots:
    void userRoundTripKeepsEveryField()
    {
        User u;
        u.ID = QStringLiteral("NW-0001");
        u.Username = QStringLiteral("jane.doe");
        u.FirstName = QStringLiteral("Zoë");
        u.LastName = QStringLiteral("Müller");
        u.Email = QStringLiteral("zoe@northwind.example");
        u.Phone = QStringLiteral("+1 555 0100");
        u.Active = true;
        u.xp = json{{"Tier", "Gold"}};
        u.AvailableRoles = {QStringLiteral("Shopper")};
        u.DateCreated = QDateTime(QDate(2025, 3, 4), QTime(5, 6, 7, 89), QTimeZone::utc());

        const json j = u;
        QCOMPARE(j["FirstName"].get<std::string>(), std::string("Zoë"));
        QCOMPARE(j["DateCreated"].get<std::string>(), std::string("2025-03-04T05:06:07.089+00:00"));
        QVERIFY(j["CompanyID"].is_null());
        const User back = j.get<User>();
        QCOMPARE(back.FirstName, u.FirstName);
        QCOMPARE(back.Phone, u.Phone);
        QCOMPARE(back.DateCreated, u.DateCreated);
        QCOMPARE(back.AvailableRoles, u.AvailableRoles);
        QVERIFY(back.xp == u.xp);
    }

    void passwordIsReadButNeverWritten()
    {
        const User u = json{{"Username", "a"}, {"Password", "Secret#12345"}}.get<User>();
        QCOMPARE(u.Password, std::optional<QString>(QStringLiteral("Secret#12345")));
        const json out = u;
        QVERIFY(out["Password"].is_null());
        QVERIFY(out.dump().find("Secret") == std::string::npos);
    }

    void missingAndNullFieldsKeepDefaults()
    {
        const User u = json{{"ID", "x"}, {"Phone", nullptr}}.get<User>();
        QCOMPARE(u.ID, QStringLiteral("x"));
        QVERIFY(!u.Phone);
        QVERIFY(!u.Active);
        QVERIFY(u.xp.is_object());
    }

    void wrongTypesNameTheField_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("number for string") << QStringLiteral(R"({"Username": 5})") << QStringLiteral("Username");
        QTest::newRow("string for bool") << QStringLiteral(R"({"Active": "yes"})") << QStringLiteral("Active");
        QTest::newRow("number for bool") << QStringLiteral(R"({"Active": 1})") << QStringLiteral("Active");
        QTest::newRow("bad date") << QStringLiteral(R"({"DateCreated": "yesterday"})") << QStringLiteral("DateCreated");
        QTest::newRow("array of numbers")
            << QStringLiteral(R"({"AvailableRoles": [1]})") << QStringLiteral("AvailableRoles");
    }

    void wrongTypesNameTheField()
    {
        QFETCH(QString, body);
        QFETCH(QString, field);
        try {
            (void)json::parse(body.toStdString()).get<User>();
            QFAIL("expected a DecodeError");
        } catch (const DecodeError &e) {
            QCOMPARE(e.field(), field);
        }
    }

    void integersAreStrict()
    {
        try {
            (void)json{{"expires_in", "600"}}.get<AccessToken>();
            QFAIL("a string is not a number of seconds");
        } catch (const DecodeError &e) {
            QCOMPARE(e.field(), QStringLiteral("expires_in"));
        }
        try {
            (void)json{{"expires_in", 1.5}}.get<AccessToken>();
            QFAIL("a fraction is not a whole number");
        } catch (const DecodeError &e) {
            QCOMPARE(e.field(), QStringLiteral("expires_in"));
        }
    }

    void accessTokenOmitsAbsentRefreshToken()
    {
        AccessToken t;
        t.access_token = QStringLiteral("a.b.c");
        t.expires_in = 600;
        json j = t;
        QVERIFY(!j.contains("refresh_token"));
        t.refresh_token = QStringLiteral("r");
        j = t;
        QCOMPARE(j["refresh_token"].get<std::string>(), std::string("r"));
        QCOMPARE(j["token_type"].get<std::string>(), std::string("bearer"));
    }

    void listPageParsesOrderCloudEnvelope()
    {
        const json j = json::parse(R"({"Meta":{"Page":2,"PageSize":20,"TotalCount":25,"TotalPages":2,
            "ItemRange":[21,25]},"Items":[{"ID":"NORTHWIND","Name":"Northwind Health","Active":true}]})");
        const auto page = j.get<ListPage<Buyer>>();
        QCOMPARE(page.meta.Page, 2);
        QCOMPARE(page.meta.ItemRange[0], 21);
        QCOMPARE(page.meta.ItemRange[1], 25);
        QCOMPARE(page.items.size(), size_t(1));
        QCOMPARE(page.items[0].Name, QStringLiteral("Northwind Health"));
        QCOMPARE(json(page)["Meta"]["TotalCount"].get<int>(), 25);
    }

    void errorEnvelopeWithOAuthFields()
    {
        const json j = json::parse(R"({"error":"invalid_grant","error_description":"x",
            "Errors":[{"ErrorCode":"Auth.InvalidUsernameOrPassword","Message":"m","Data":null}]})");
        const auto body = j.get<ApiErrorBody>();
        QCOMPARE(body.error, std::optional<QString>(QStringLiteral("invalid_grant")));
        QCOMPARE(body.Errors.size(), size_t(1));
        QCOMPARE(body.Errors[0].ErrorCode, QStringLiteral("Auth.InvalidUsernameOrPassword"));
    }

    void impersonationConfigNullsMeanAny()
    {
        const auto c = json::parse(R"({"ID":"imp","BuyerID":"NORTHWIND","ImpersonationBuyerID":null,
            "SecurityProfileID":"p","ClientID":"c"})")
                           .get<ImpersonationConfig>();
        QVERIFY(!c.ImpersonationBuyerID);
        QCOMPARE(c.BuyerID, std::optional<QString>(QStringLiteral("NORTHWIND")));
        const json back = c;
        QVERIFY(back["UserID"].is_null());
    }

    void requiredFieldsTreatBlankAsMissing()
    {
        const json j = {{"Name", "  "}, {"ID", "x"}, {"Other", nullptr}};
        QCOMPARE(missingRequired(j, {"Name", "ID", "Other", "Absent"}),
                 QStringList({QStringLiteral("Name"), QStringLiteral("Other"), QStringLiteral("Absent")}));
    }

    void dateTimesAreUtcWithOffset()
    {
        const auto t = parseDateTime(QStringLiteral("2026-01-02T03:04:05+02:00"));
        QVERIFY(t);
        QCOMPARE(formatDateTime(*t), QStringLiteral("2026-01-02T01:04:05.000+00:00"));
        QVERIFY(!parseDateTime(QStringLiteral("2026-13-45")));
    }

    void builtInRoles()
    {
        QVERIFY(isBuiltInRole(QStringLiteral("BuyerImpersonation")));
        QVERIFY(isBuiltInRole(QStringLiteral("FullAccess")));
        QVERIFY(!isBuiltInRole(QStringLiteral("ServiceDeskSupervisor")));
    }
};

QTEST_GUILESS_MAIN(TestWireModels)
#include "tst_wiremodels.moc"
