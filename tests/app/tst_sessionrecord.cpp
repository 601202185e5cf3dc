#include "core/api/Discovery.h"
#include "core/net/MarketplaceClient.h"
#include "core/platform/Settings.h"
#include "core/platform/TokenStore.h"
#include "core/session/SessionJournal.h"
#include "core/session/SessionManager.h"
#include "wire/ImpersonationSession.h"
#include "wire/OnbehalfXp.h"
#include "wire/SessionGrant.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace onbehalf;

// The one impersonation-session record (wire), the journal that keeps it on the desk, and the
// route-level reading of the sessions-extension probe. No server needed.
class TestSessionRecord : public QObject
{
    Q_OBJECT

private:
    static wire::ImpersonationSession sample()
    {
        wire::ImpersonationSession s;
        s.ID = QStringLiteral("S1");
        s.AgentUserID = QStringLiteral("A1");
        s.AgentUsername = QStringLiteral("agent01");
        s.BuyerID = QStringLiteral("NORTHWIND");
        s.BuyerName = QStringLiteral("Northwind Health");
        s.UserID = QStringLiteral("NW-0001");
        s.Username = QStringLiteral("jane.doe");
        s.UserFullName = QStringLiteral("Jane Doe");
        s.ClientID = QStringLiteral("client");
        s.Roles = {QStringLiteral("Shopper")};
        s.note = {QStringLiteral("Caller reorders"), QStringLiteral("CASE-1")};
        s.DateStarted = QDateTime(QDate(2026, 1, 2), QTime(10, 0), QTimeZone::utc());
        s.TokenExpires = s.DateStarted.addSecs(3600);
        return s;
    }

private slots:
    void roundTripsAsTheServerWritesIt()
    {
        wire::ImpersonationSession s = sample();
        s.DateEnded = s.DateStarted.addSecs(600);
        s.EndCause = wire::EndCause::Inactivity;
        wire::SessionOrder open{QStringLiteral("O1"), QStringLiteral("Open"), wire::Amount::fromUnits(123456), {}, {}};
        wire::SessionOrder cart{
            QStringLiteral("O2"), QStringLiteral("Unsubmitted"), wire::Amount::fromUnits(5), {}, {}};
        s.Orders = {open, cart};
        const nlohmann::json j = s;
        QVERIFY(j["Reason"] == "Caller reorders");
        QVERIFY(j["CaseNumber"] == "CASE-1");
        QVERIFY(j["EndCause"] == "Inactivity");
        QVERIFY(j["Status"] == "Ended");
        QVERIFY(j["DurationSeconds"] == 600);
        QVERIFY(j["OrderCount"] == 2);
        // Submitted orders only count as money spent.
        QVERIFY(j["SubmittedTotal"] == nlohmann::json(wire::Amount::fromUnits(123456)));
        const auto back = j.get<wire::ImpersonationSession>();
        QCOMPARE(back.ID, s.ID);
        QCOMPARE(back.note, s.note);
        QCOMPARE(back.EndCause, s.EndCause);
        QCOMPARE(back.DateEnded, s.DateEnded);
        QCOMPARE(back.Orders.size(), size_t(2));
        QCOMPARE(back.orderCount(), 2);
        QVERIFY(!back.isActive());
    }

    void refusesWhatItCannotTrust_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QByteArray>("patch");
        QTest::newRow("unknown end cause") << "EndCause" << QByteArray(R"({"EndCause":"Bored"})");
        QTest::newRow("status contradicts") << "Status" << QByteArray(R"({"Status":"Ended"})");
        QTest::newRow("roles not a list") << "Roles" << QByteArray(R"({"Roles":"Shopper"})");
        QTest::newRow("no ID") << "ID" << QByteArray(R"({"ID":null})");
        QTest::newRow("total not money") << "Orders" << QByteArray(R"({"Orders":[{"ID":"O","Total":"lots"}]})");
    }

    void refusesWhatItCannotTrust()
    {
        QFETCH(QString, field);
        QFETCH(QByteArray, patch);
        nlohmann::json j = sample();
        j.merge_patch(nlohmann::json::parse(patch.toStdString()));
        try {
            (void)j.get<wire::ImpersonationSession>();
            QFAIL("decoded");
        } catch (const wire::DecodeError &e) {
            QVERIFY2(e.field().startsWith(field), qPrintable(e.field()));
        }
    }

    void grantNeedsAToken()
    {
        nlohmann::json j{{"Session", sample()}, {"AccessToken", {{"access_token", ""}, {"expires_in", 60}}}};
        QVERIFY_THROWS_EXCEPTION(wire::DecodeError, (void)j.get<wire::SessionGrant>());
        j["AccessToken"]["access_token"] = "a.b.c";
        QCOMPARE(j.get<wire::SessionGrant>().Token.access_token, QStringLiteral("a.b.c"));
    }

    void endCausesAreNamed()
    {
        for (const QString &name : wire::endCauseNames())
            QCOMPARE(wire::endCauseName(*wire::parseEndCause(name)), name);
        QVERIFY(!wire::parseEndCause(QStringLiteral("agentended")));
        QVERIFY(!wire::clientMayClaim(wire::EndCause::Expired));
        QVERIFY(wire::clientMayClaim(wire::EndCause::SignedOut));
    }

    void onbehalfXpFromAnOrder()
    {
        const nlohmann::json xp{{"Other", 1},
                                {"Onbehalf",
                                 {{"SessionID", "S1"},
                                  {"AgentUsername", "agent01"},
                                  {"Reason", "r"},
                                  {"CaseNumber", "c"},
                                  {"Future", true}}}};
        const auto a = wire::OnbehalfXp::fromOrderXp(xp);
        QVERIFY(a);
        QCOMPARE(a->SessionID, QStringLiteral("S1"));
        QCOMPARE(a->note.CaseNumber, QStringLiteral("c"));
        QVERIFY(!wire::OnbehalfXp::fromOrderXp(nlohmann::json{{"Onbehalf", "text"}}));
        QVERIFY(!wire::OnbehalfXp::fromOrderXp(nlohmann::json{{"Onbehalf", {{"SessionID", 5}}}}));
        QVERIFY(!wire::OnbehalfXp::fromOrderXp(nullptr));
    }

    void journalKeepsWhatItCannotRead()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("journal.json"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            // An old entry (bare OrderIDs, old cause) and one this version cannot read.
            f.write(R"([{"ID":"local-1","Marketplace":"m","AgentUsername":"a","DateStarted":"2026-01-01T10:00:00Z",
                        "TokenExpires":"2026-01-01T11:00:00Z","OrderIDs":["O1","O2"]},
                       {"ID":"local-2","EndCause":"SomethingNew","DateEnded":"2026-01-01T10:30:00Z"}])");
        }
        SessionJournal journal(path);
        QCOMPARE(journal.entries().size(), size_t(1));
        const JournalEntry old = *journal.find(QStringLiteral("local-1"));
        QCOMPARE(old.Orders.size(), size_t(2));
        QVERIFY(old.hasOrder(QStringLiteral("O2")));
        QVERIFY(journal.markEnded(QStringLiteral("local-1"), wire::EndCause::AgentEnded,
                                  QDateTime::currentDateTimeUtc(), false));
        // The unreadable record is still in the file: an audit record is never dropped.
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto all = nlohmann::json::parse(f.readAll().toStdString());
        QCOMPARE(all.size(), size_t(2));
        QVERIFY(all[1]["EndCause"] == "SomethingNew");
        QCOMPARE(journal.find(QStringLiteral("local-1"))->EndCause, wire::EndCause::AgentEnded);
    }

#ifdef Q_OS_UNIX
    void journalIsTheUsersAlone()
    {
        // Written with a permissive umask, into a folder and over a file others could read: the
        // journal names customers and reasons, so both end up the user's alone.
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("data"));
        const QString path = folder + QStringLiteral("/journal.json");
        const mode_t old = ::umask(0022);
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QFile::setPermissions(folder, QFileDevice::Permissions(0x7755)));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("[]");
        }
        QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions(0x6644)));
        SessionJournal journal(path);
        JournalEntry e;
        static_cast<wire::ImpersonationSession &>(e) = sample();
        const bool written = journal.upsert(e);
        ::umask(old);
        QVERIFY2(written, qPrintable(journal.lastError()));
        struct stat st
        {
        };
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, mode_t(0600));
        QCOMPARE(::stat(QFile::encodeName(folder).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, mode_t(0700));
    }
#endif

    void journalReportsAFailedWrite()
    {
        QTemporaryDir dir;
        // A file where the journal's folder should be: no user, root included, can write there.
        const QString blocker = dir.filePath(QStringLiteral("blocker"));
        QFile f(blocker);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        SessionJournal journal(blocker + QStringLiteral("/sub/journal.json"));
        JournalEntry e;
        static_cast<wire::ImpersonationSession &>(e) = sample();
        QVERIFY(!journal.upsert(e));
        QVERIFY(!journal.lastError().isEmpty());
        QVERIFY(!journal.markEnded(e.ID, wire::EndCause::AgentEnded, QDateTime::currentDateTimeUtc(), false));
    }

    void probeIsReadAtRouteLevel_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("expected");
        using E = Discovery::Extension;
        QTest::newRow("200") << 200 << QByteArray("{}") << int(E::Present);
        QTest::newRow("403 not a supervisor")
            << 403 << QByteArray(R"({"Errors":[{"ErrorCode":"InsufficientRoles"}]})") << int(E::Present);
        QTest::newRow("400") << 400 << QByteArray(R"({"Errors":[{"ErrorCode":"List.InvalidProperty"}]})")
                             << int(E::Present);
        QTest::newRow("404 route") << 404
                                   << QByteArray(
                                          R"({"Errors":[{"ErrorCode":"NotFound","Data":{"ObjectType":"Route"}}]})")
                                   << int(E::Absent);
        QTest::newRow("404 bare") << 404 << QByteArray() << int(E::Absent);
        QTest::newRow("404 html") << 404 << QByteArray("<html>Not Found</html>") << int(E::Absent);
        QTest::newRow("405") << 405 << QByteArray() << int(E::Absent);
        QTest::newRow("404 some object")
            << 404 << QByteArray(R"({"Errors":[{"ErrorCode":"NotFound","Data":{"ObjectType":"User","ObjectID":"x"}}]})")
            << int(E::Unknown);
        QTest::newRow("500") << 500 << QByteArray() << int(E::Unknown);
        QTest::newRow("401") << 401 << QByteArray() << int(E::Unknown);
    }

    void probeIsReadAtRouteLevel()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, expected);
        const auto json = nlohmann::json::parse(body.toStdString(), nullptr, false);
        const ApiError e =
            status == 200 ? ApiError() : ApiError::fromHttp(status, json.is_discarded() ? nlohmann::json() : json);
        QCOMPARE(int(Discovery::classify(e)), expected);
    }

    void oddErrorBodiesDoNotThrow()
    {
        // Data of the wrong shape where a message wants a number.
        const auto e = ApiError::fromHttp(
            400, nlohmann::json{{"Errors", {{{"ErrorCode", "PriceSchedule.CannotExceedMax"}, {"Data", "ten"}}}}});
        QVERIFY(!e.message().isEmpty());
        const auto f = ApiError::fromHttp(400, nlohmann::json{{"Errors", {{{"ErrorCode", 5}, {"Data", nullptr}}}}});
        QVERIFY(!f.message().isEmpty());
    }

    void storedSettingsAreValidated()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("OnbehalfTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_sessionrecord"));
        QSettings raw;
        raw.clear();
        for (const auto &[stored, expected] : std::vector<std::pair<QString, int>>{{QStringLiteral("abc"), 15},
                                                                                   {QStringLiteral("0"), 1},
                                                                                   {QStringLiteral("-3"), 1},
                                                                                   {QStringLiteral("100000"), 480},
                                                                                   {QStringLiteral(" 20 "), 20},
                                                                                   {QString(), 15}}) {
            raw.setValue(QStringLiteral("session/inactivityMinutes"), stored);
            raw.sync();
            QCOMPARE(Settings().value(SettingKeys::InactivityMinutes), expected);
        }
        Settings settings;
        MarketplaceSettings m;
        m.signInClientId = QStringLiteral("desk client"); // a space: not a client ID
        m.impersonationClientId = QStringLiteral(" storefront ");
        m.roles = {QStringLiteral("Shopper"), QStringLiteral("Shopper"), QStringLiteral("Me Admin"), QString()};
        m.customRoles = {QStringLiteral("CallCenter")};
        m.hasClientSecret = true;
        settings.setMarketplaceSettings(QStringLiteral("https://api.example/"), m);
        const MarketplaceSettings back = settings.marketplaceSettings(QStringLiteral("https://api.example"));
        QCOMPARE(back.signInClientId, QString());
        QCOMPARE(back.impersonationClientId, QStringLiteral("storefront"));
        QCOMPARE(back.roles, QStringList{QStringLiteral("Shopper")});
        QCOMPARE(back.customRoles, QStringList{QStringLiteral("CallCenter")});
        QVERIFY(back.hasClientSecret);
        QString error;
        QCOMPARE(MarketplaceSettings::parseRoles(QStringLiteral("Shopper, MeAdmin\nMeXpAdmin"), &error),
                 (QStringList{QStringLiteral("Shopper"), QStringLiteral("MeAdmin"), QStringLiteral("MeXpAdmin")}));
        QVERIFY(error.isEmpty());
        MarketplaceSettings::parseRoles(QStringLiteral("Shopper Me/Admin"), &error);
        QVERIFY(error.contains(QStringLiteral("Me/Admin")));
        raw.clear();
    }

    void inactivityLimitIsClamped()
    {
        MarketplaceClient client;
        TokenStore tokens;
        SessionJournal journal(QStringLiteral("unused.json"));
        SessionManager m(&client, &tokens, &journal);
        m.setInactivityLimit(0);
        QCOMPARE(m.inactivityLimit(), SessionManager::kDefaultInactivitySeconds);
        m.setInactivityLimit(-5);
        QCOMPARE(m.inactivityLimit(), SessionManager::kDefaultInactivitySeconds);
        m.setInactivityLimit(10 * 24 * 3600);
        QCOMPARE(m.inactivityLimit(), SessionManager::kMaxInactivitySeconds);
        m.setInactivityLimit(900);
        QCOMPARE(m.inactivityLimit(), 900);
    }
};

QTEST_GUILESS_MAIN(TestSessionRecord)
#include "tst_sessionrecord.moc"
