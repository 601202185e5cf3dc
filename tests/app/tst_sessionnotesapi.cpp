#include "TestServer.h"
#include "core/api/SessionNotesApi.h"
#include "core/api/SessionsApi.h"

#include <QTest>

using namespace onbehalf;
using namespace onbehalf::test;

// The typed call behind the verification and wrap-up dialogs: what it sends is what the server
// records, and the server's refusals come back as errors with its codes.
class TestSessionNotesApi : public QObject
{
    Q_OBJECT

private:
    TestServer m_server;
    std::unique_ptr<MarketplaceClient> m_client;
    std::unique_ptr<SessionsApi> m_sessions;
    std::unique_ptr<SessionNotesApi> m_notes;

    template <typename T, typename Call>
    static Result<T> wait(Call call)
    {
        Result<T> out;
        bool done = false;
        call([&](Result<T> r) {
            out = std::move(r);
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 20000))
            out.error = ApiError::timeout();
        return out;
    }

    QString startSession()
    {
        wire::SessionStart s;
        s.BuyerID = QStringLiteral("NORTHWIND");
        s.UserID = QStringLiteral("NW-0002");
        s.ClientID = QString::fromLatin1(Http::kDemoClientId);
        s.note.Reason = QStringLiteral("Caller asked for help");
        auto grant = wait<wire::SessionGrant>([&](auto done) { m_sessions->start(s, nullptr, done); });
        if (!grant.ok())
            qWarning("start: %s", qPrintable(grant.error.message()));
        return grant.value.Session.ID;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        m_client = std::make_unique<MarketplaceClient>();
        m_client->setBaseUrl(m_server.url());
        m_client->setClientId(QString::fromLatin1(Http::kDemoClientId));
        QVERIFY(wait<wire::AccessToken>([&](auto done) {
                    m_client->signIn(QStringLiteral("agent01"), QString::fromLatin1(Http::kDemoPassword), nullptr,
                                     done);
                }).ok());
        m_sessions = std::make_unique<SessionsApi>(m_client.get());
        m_notes = std::make_unique<SessionNotesApi>(m_client.get());
    }

    void requestsCarryOnlyTheirKindsFields()
    {
        const auto v = CallNoteRequest::verification({QStringLiteral("Email")}, QStringLiteral("dob"));
        QCOMPARE(v.kind, QStringLiteral("Verification"));
        QVERIFY(!v.disposition);
        const auto w = CallNoteRequest::wrapUp(QStringLiteral("Resolved"), {});
        QCOMPARE(w.kind, QStringLiteral("WrapUp"));
        QVERIFY(w.checks.isEmpty());
        QCOMPARE(w.disposition, std::optional<QString>(QStringLiteral("Resolved")));
        QCOMPARE(CallNoteRequest::note(QStringLiteral("x")).kind, QStringLiteral("Note"));
    }

    void appendedNotesAreTheSessionsRecord()
    {
        const QString id = startSession();
        QVERIFY(!id.isEmpty());
        auto verified = wait<wire::CallNote>([&](auto done) {
            m_notes->append(id,
                            CallNoteRequest::verification({QStringLiteral("Email"), QStringLiteral("Postcode")},
                                                          QStringLiteral("Asked for the postcode of the office")),
                            nullptr, done);
        });
        QVERIFY2(verified.ok(), qPrintable(verified.error.message()));
        QVERIFY(!verified.value.ID.isEmpty());
        QCOMPARE(verified.value.AuthorUsername, QStringLiteral("agent01"));
        QCOMPARE(verified.value.Checks, QStringList({QStringLiteral("Email"), QStringLiteral("Postcode")}));

        auto remark = wait<wire::CallNote>([&](auto done) {
            m_notes->append(id, CallNoteRequest::note(QStringLiteral("Wants the invoice by post")), nullptr, done);
        });
        QVERIFY2(remark.ok(), qPrintable(remark.error.message()));
        auto wrapUp = wait<wire::CallNote>([&](auto done) {
            m_notes->append(id, CallNoteRequest::wrapUp(QStringLiteral("FollowUp"), {}), nullptr, done);
        });
        QVERIFY2(wrapUp.ok(), qPrintable(wrapUp.error.message()));
        QCOMPARE(wrapUp.value.Disposition, std::optional<QString>(QStringLiteral("FollowUp")));

        // Read back both ways: the notes route and the session record, oldest first.
        auto listed = wait<wire::ListPage<wire::CallNote>>([&](auto done) { m_notes->list(id, nullptr, done); });
        QVERIFY2(listed.ok(), qPrintable(listed.error.message()));
        QCOMPARE(listed.value.items.size(), size_t(3));
        QCOMPARE(listed.value.items[0].Kind, QStringLiteral("Verification"));
        QCOMPARE(listed.value.items[0].Text, QStringLiteral("Asked for the postcode of the office"));
        QCOMPARE(listed.value.items[1].Text, QStringLiteral("Wants the invoice by post"));
        QCOMPARE(listed.value.items[2].Kind, QStringLiteral("WrapUp"));
        auto record = wait<wire::ImpersonationSession>([&](auto done) { m_sessions->get(id, nullptr, done); });
        QVERIFY2(record.ok(), qPrintable(record.error.message()));
        QCOMPARE(record.value.Notes.size(), size_t(3));
        QCOMPARE(record.value.Notes[2].Disposition, std::optional<QString>(QStringLiteral("FollowUp")));
    }

    void refusalsKeepTheServersCode_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("code");
        QTest::newRow("unknown disposition") << "badDisposition"
                                             << "Onbehalf.InvalidDisposition";
        QTest::newRow("check not in the policy") << "badCheck"
                                                 << "Onbehalf.UnknownCheck";
        QTest::newRow("empty verification") << "emptyVerification"
                                            << "Onbehalf.VerificationEmpty";
        QTest::newRow("note without text") << "emptyNote"
                                           << "Required";
    }

    void refusalsKeepTheServersCode()
    {
        QFETCH(QString, kind);
        QFETCH(QString, code);
        const QString id = startSession();
        QVERIFY(!id.isEmpty());
        CallNoteRequest request;
        if (kind == QLatin1String("badDisposition"))
            request = CallNoteRequest::wrapUp(QStringLiteral("Solved"), {});
        else if (kind == QLatin1String("badCheck"))
            request = CallNoteRequest::verification({QStringLiteral("ShoeSize")}, {});
        else if (kind == QLatin1String("emptyVerification"))
            request = CallNoteRequest::verification({}, {});
        else
            request = CallNoteRequest::note(QStringLiteral("   "));
        auto r = wait<wire::CallNote>([&](auto done) { m_notes->append(id, request, nullptr, done); });
        QCOMPARE(r.error.status(), 400);
        QCOMPARE(r.error.errorCode(), code);
    }

    void unknownSessionIsNotFound()
    {
        auto r = wait<wire::CallNote>([&](auto done) {
            m_notes->append(QStringLiteral("no such/session"), CallNoteRequest::note(QStringLiteral("x")), nullptr,
                            done);
        });
        QCOMPARE(r.error.status(), 404);
    }
};

QTEST_GUILESS_MAIN(TestSessionNotesApi)
#include "tst_sessionnotesapi.moc"
