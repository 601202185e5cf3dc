#include "RawHttp.h"
#include "TestServer.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTest>

using namespace onbehalf::test;
using nlohmann::json;

namespace {

QByteArray requestBytes(const QByteArray &method, const QByteArray &path, const QByteArray &token = {},
                        const QByteArray &body = {}, bool keepAlive = true,
                        const QByteArray &contentType = "application/json")
{
    QByteArray r = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    if (!token.isEmpty())
        r += "Authorization: Bearer " + token + "\r\n";
    if (!body.isEmpty() || method == "POST")
        r += "Content-Type: " + contentType + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    if (!keepAlive)
        r += "Connection: close\r\n";
    return r + "\r\n" + body;
}

QString errorCode(const RawHttp::Response &r)
{
    const json j = json::parse(r.body.constBegin(), r.body.constEnd(), nullptr, false);
    if (j.is_object() && j.contains("Errors") && j["Errors"].is_array() && !j["Errors"].empty())
        return QString::fromStdString(j["Errors"][0].value("ErrorCode", std::string()));
    return {};
}

QByteArray passwordForm(const char *user)
{
    return QByteArray("grant_type=password&client_id=") + Http::kDemoClientId + "&username=" + user +
           "&password=Onbehalf%232026&scope=";
}

} // namespace

// The HTTP transport itself: limits enforced while reading, timeouts, the connection cap, and
// many requests at once answered exactly.
class TestTransport : public QObject
{
    Q_OBJECT

private:
    TestServer m_server;
    std::unique_ptr<Http> m_http;

private slots:
    void initTestCase()
    {
        TestServer::Options options;
        // Short timeouts keep the suite fast; the limits are the defaults (64 KiB head, 1 MiB body).
        options.extraArguments = {QStringLiteral("--idle-timeout"), QStringLiteral("1"),
                                  QStringLiteral("--read-timeout"), QStringLiteral("1.5")};
        QVERIFY2(m_server.start(options), qPrintable(m_server.errorString()));
        m_http = std::make_unique<Http>(m_server.url());
    }

    void healthAndReadiness()
    {
        QCOMPARE(m_http->get(QStringLiteral("/healthz")).status, 200);
        const Http::Response ready = m_http->get(QStringLiteral("/readyz"));
        QCOMPARE(ready.status, 200);
        QVERIFY(ready.json()["Status"] == "ready");
    }

    void bodyRefusedBeforeItIsRead()
    {
        // 100 MB declared, not one byte of it sent: the answer comes from the head alone.
        RawHttp c(m_server.url());
        QVERIFY(c.connected());
        QElapsedTimer timer;
        timer.start();
        QVERIFY(c.send("POST /oauth/token HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                       "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 104857600\r\n\r\n"));
        const RawHttp::Response r = c.read(5000);
        QCOMPARE(r.status, 413);
        QCOMPARE(errorCode(r), QStringLiteral("PayloadTooLarge"));
        QVERIFY2(timer.elapsed() < 1500, "answered before the read timeout, without the body");
        QVERIFY(c.waitForClose(5000));
    }

    void bodyJustOverTheLimit()
    {
        RawHttp c(m_server.url());
        const QByteArray body(1024 * 1024 + 1, 'a');
        c.send(requestBytes("POST", "/oauth/token", {}, body, true, "application/x-www-form-urlencoded"));
        const RawHttp::Response r = c.read(5000);
        QCOMPARE(r.status, 413);

        // At the limit it is read and handled (a bad form, so 400 — not 413).
        RawHttp ok(m_server.url());
        const QByteArray atLimit = "grant_type=password&x=" + QByteArray(1024 * 1024 - 22, 'a');
        QCOMPARE(atLimit.size(), 1024 * 1024);
        ok.send(requestBytes("POST", "/oauth/token", {}, atLimit, true, "application/x-www-form-urlencoded"));
        QCOMPARE(ok.read(5000).status, 400);
    }

    void chunkedBodyCutAtTheLimit()
    {
        RawHttp c(m_server.url());
        QVERIFY(c.send("POST /oauth/token HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                       "Content-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\n"));
        const QByteArray chunk = QByteArray::number(64 * 1024, 16) + "\r\n" + QByteArray(64 * 1024, 'b') + "\r\n";
        // 4 MiB offered in 64 KiB chunks; the server answers once it has seen more than 1 MiB.
        for (int i = 0; i < 64 && c.socket().bytesAvailable() == 0; ++i) {
            if (!c.send(chunk))
                break;
        }
        const RawHttp::Response r = c.read(5000);
        QCOMPARE(r.status, 413);
        QCOMPARE(errorCode(r), QStringLiteral("PayloadTooLarge"));
    }

    void oversizedHead()
    {
        RawHttp c(m_server.url());
        c.send("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Filler: " + QByteArray(70 * 1024, 'h') + "\r\n\r\n");
        const RawHttp::Response r = c.read(5000);
        QVERIFY2(r.status == 431 || r.status == 400, qPrintable(QString::number(r.status)));
        QVERIFY(!errorCode(r).isEmpty());
        QVERIFY(c.waitForClose(5000));

        // A head within the limit is fine.
        RawHttp ok(m_server.url());
        ok.send("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Filler: " + QByteArray(60 * 1024, 'h') + "\r\n\r\n");
        QCOMPARE(ok.read(5000).status, 200);
    }

    void malformedRequest()
    {
        RawHttp c(m_server.url());
        c.send("THIS IS NOT HTTP\r\n\r\n");
        const RawHttp::Response r = c.read(5000);
        QCOMPARE(r.status, 400);
        QCOMPARE(errorCode(r), QStringLiteral("InvalidRequest"));
    }

    void keepAliveServesSeveralRequests()
    {
        RawHttp c(m_server.url());
        for (int i = 0; i < 3; ++i) {
            QVERIFY(c.send(requestBytes("GET", "/healthz")));
            QCOMPARE(c.read(5000).status, 200);
        }
        // Pipelined: two requests in one write, two answers in order.
        QVERIFY(c.send(requestBytes("GET", "/healthz") + requestBytes("GET", "/nowhere")));
        QCOMPARE(c.read(5000).status, 200);
        QCOMPARE(c.read(5000).status, 404);
    }

    void idleConnectionClosed()
    {
        RawHttp c(m_server.url());
        QVERIFY(c.send(requestBytes("GET", "/healthz")));
        QCOMPARE(c.read(5000).status, 200);
        QElapsedTimer timer;
        timer.start();
        QVERIFY2(c.waitForClose(6000), "the idle connection was not closed");
        QVERIFY2(timer.elapsed() >= 700, qPrintable(QStringLiteral("closed after %1 ms").arg(timer.elapsed())));
    }

    void slowRequestCutOff()
    {
        // Slow loris: a head that trickles in a byte at a time never completes in time.
        RawHttp c(m_server.url());
        const QByteArray head = "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ";
        QVERIFY(c.send(head));
        QElapsedTimer timer;
        timer.start();
        while (c.connected() && timer.elapsed() < 6000) {
            c.send("a");
            c.socket().waitForReadyRead(200);
            c.socket().readAll();
        }
        QVERIFY2(!c.connected(), "the slow client was never cut off");
        QVERIFY2(timer.elapsed() >= 1000, qPrintable(QStringLiteral("cut off after %1 ms").arg(timer.elapsed())));
    }

    void connectionCapAnswers503()
    {
        TestServer small;
        TestServer::Options options;
        options.demo = false;
        options.extraArguments = {QStringLiteral("--max-connections"), QStringLiteral("4")};
        QVERIFY2(small.start(options), qPrintable(small.errorString()));
        std::vector<std::unique_ptr<RawHttp>> open;
        for (int i = 0; i < 4; ++i) {
            open.push_back(std::make_unique<RawHttp>(small.url()));
            QVERIFY(open.back()->send(requestBytes("GET", "/healthz")));
            QCOMPARE(open.back()->read(5000).status, 200);
        }
        RawHttp fifth(small.url());
        fifth.send(requestBytes("GET", "/healthz"));
        const RawHttp::Response refused = fifth.read(5000);
        QCOMPARE(refused.status, 503);
        QCOMPARE(errorCode(refused), QStringLiteral("ServiceUnavailable"));
        QVERIFY(refused.header("Retry-After").toInt() > 0);
        QVERIFY(fifth.waitForClose(5000));

        // One goes away: there is room again.
        open.front()->socket().disconnectFromHost();
        open.erase(open.begin());
        int status = 0;
        for (int attempt = 0; attempt < 50 && status != 200; ++attempt) {
            RawHttp again(small.url());
            again.send(requestBytes("GET", "/healthz"));
            status = again.read(5000).status;
            if (status != 200)
                QTest::qWait(50);
        }
        QCOMPARE(status, 200);
    }

    void listGrammarLimits()
    {
        const QByteArray admin = m_http->login(QStringLiteral("agent01"));
        const QString users = QStringLiteral("/v1/buyers/NORTHWIND/users?");
        auto code = [&](const QString &query) {
            const Http::Response r = m_http->get(users + query, admin);
            return r.status == 400 ? r.errorCode() : QString::number(r.status);
        };
        QStringList alternatives;
        for (int i = 0; i < 101; ++i)
            alternatives << QStringLiteral("u%1").arg(i);
        QCOMPARE(code(QStringLiteral("Username=") + alternatives.join(u'|')),
                 QStringLiteral("List.TooManyAlternatives"));
        alternatives.removeLast();
        QCOMPARE(code(QStringLiteral("Username=") + alternatives.join(u'|')), QStringLiteral("200"));
        QStringList words;
        for (int i = 0; i < 65; ++i)
            words << QStringLiteral("w%1").arg(i);
        QCOMPARE(code(QStringLiteral("search=") + words.join(QStringLiteral("%20"))),
                 QStringLiteral("List.TooManySearchTerms"));
        words.removeLast();
        QCOMPARE(code(QStringLiteral("search=") + words.join(QStringLiteral("%20"))), QStringLiteral("200"));
        QStringList filters;
        for (int i = 0; i < 33; ++i)
            filters << QStringLiteral("xp.f%1=v").arg(i);
        QCOMPARE(code(filters.join(u'&')), QStringLiteral("List.TooManyFilters"));
        filters.removeLast();
        QCOMPARE(code(filters.join(u'&')), QStringLiteral("200"));
        QCOMPARE(code(QStringLiteral("Username=") + QString(513, u'x')), QStringLiteral("List.ValueTooLong"));
        QCOMPARE(code(QStringLiteral("Username=") + QString(512, u'x')), QStringLiteral("200"));
        QCOMPARE(code(QStringLiteral("search=") + QString(513, u'x')), QStringLiteral("List.ValueTooLong"));
        // What the issue found: 999 alternatives and a 3,000-word search answered 500.
        QStringList many;
        for (int i = 0; i < 999; ++i)
            many << QStringLiteral("x%1").arg(i);
        QCOMPARE(code(QStringLiteral("Username=") + many.join(u'|')), QStringLiteral("List.TooManyAlternatives"));
        QStringList manyWords;
        for (int i = 0; i < 3000; ++i)
            manyWords << QStringLiteral("w");
        QCOMPARE(code(QStringLiteral("search=") + manyWords.join(QStringLiteral("%20"))),
                 QStringLiteral("List.TooManySearchTerms"));
    }

    // 200 requests at once, each on its own connection: sign-ins, profile reads, searches and
    // order creation. Every answer is the exact one, and the orders created are the orders listed.
    void requestStorm()
    {
        const QByteArray agent = m_http->login(QStringLiteral("agent01"));
        const QByteArray jane = m_http->login(QStringLiteral("jane.doe"));
        QVERIFY(!agent.isEmpty() && !jane.isEmpty());
        const Http::Response me = m_http->get(QStringLiteral("/v1/me"), agent);
        const QString searchPath = QStringLiteral("/v1/buyers/NORTHWIND/users?search=a&pageSize=20");
        const Http::Response search = m_http->get(searchPath, agent);
        QCOMPARE(me.status, 200);
        QCOMPARE(search.status, 200);

        constexpr int kRequests = 200;
        const QByteArray marker = "storm-" + QByteArray::number(QDateTime::currentMSecsSinceEpoch());
        std::vector<std::unique_ptr<RawHttp>> clients;
        for (int i = 0; i < kRequests; ++i) {
            clients.push_back(std::make_unique<RawHttp>(m_server.url()));
            QVERIFY(clients.back()->connected());
        }
        // Every request is sent before any answer is read: the server has them all at once.
        for (int i = 0; i < kRequests; ++i) {
            QByteArray bytes;
            switch (i % 8) {
            case 0:
            case 4:
            case 6:
                bytes = requestBytes("POST", "/v1/orders/Outgoing", jane,
                                     QByteArray::fromStdString(json{{"Comments", marker.toStdString()}}.dump()), false);
                break;
            case 1:
            case 5:
                bytes = requestBytes("GET", "/v1/me", agent, {}, false);
                break;
            case 2:
            case 7:
                bytes = requestBytes("GET", searchPath.toUtf8(), agent, {}, false);
                break;
            case 3:
                bytes = requestBytes("POST", "/oauth/token", {}, passwordForm("agent02"), false,
                                     "application/x-www-form-urlencoded");
                break;
            }
            QVERIFY(clients[std::size_t(i)]->send(bytes));
        }
        QSet<QString> created;
        int orders = 0;
        for (int i = 0; i < kRequests; ++i) {
            const RawHttp::Response r = clients[std::size_t(i)]->read(60000);
            const json body = json::parse(r.body.constBegin(), r.body.constEnd(), nullptr, false);
            switch (i % 8) {
            case 0:
            case 4:
            case 6:
                QVERIFY2(
                    r.status == 201,
                    qPrintable(QStringLiteral("order %1: %2 %3").arg(i).arg(r.status).arg(QString::fromUtf8(r.body))));
                ++orders;
                created.insert(QString::fromStdString(body["ID"].get<std::string>()));
                break;
            case 1:
            case 5:
                QCOMPARE(r.status, 200);
                QVERIFY2(body == me.json(), r.body.constData());
                break;
            case 2:
            case 7:
                QCOMPARE(r.status, 200);
                QVERIFY2(body == search.json(), r.body.constData());
                break;
            case 3:
                QCOMPARE(r.status, 200);
                QVERIFY(jwtClaims(QByteArray::fromStdString(body["access_token"].get<std::string>()))["usr"] ==
                        "agent02");
                break;
            }
        }
        QCOMPARE(created.size(), orders); // no ID handed out twice

        // Listed afterwards: exactly the orders acknowledged, none lost, none twice.
        QSet<QString> listed;
        int rows = 0;
        for (int page = 1; page < 100; ++page) {
            const Http::Response list =
                m_http->get(QStringLiteral("/v1/orders/Outgoing?pageSize=100&page=%1&Comments=%2")
                                .arg(page)
                                .arg(QString::fromUtf8(marker)),
                            jane);
            QCOMPARE(list.status, 200);
            const json j = list.json();
            for (const json &o : j["Items"]) {
                listed.insert(QString::fromStdString(o["ID"].get<std::string>()));
                ++rows;
            }
            if (page >= j["Meta"]["TotalPages"].get<int>())
                break;
        }
        QCOMPARE(rows, orders);
        QCOMPARE(listed, created);
    }
};

QTEST_GUILESS_MAIN(TestTransport)
#include "tst_transport.moc"
