#include "TestServer.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QScopeGuard>
#include <QSet>
#include <QTest>
#include <unistd.h>

using namespace onbehalf::test;
using nlohmann::json;

namespace {

// pg_ctl on the suite's throw-away cluster (scripts/lib/common.sh exports where it is), as its
// owner: through runuser when the tests run as root.
bool pgCtl(const QStringList &arguments, QString *output)
{
    const QString bin = qEnvironmentVariable("ONBEHALF_TEST_PG_BIN");
    const QString owner = qEnvironmentVariable("ONBEHALF_TEST_PG_OWNER");
    QStringList command{bin + QStringLiteral("/pg_ctl"), QStringLiteral("-D"),
                        qEnvironmentVariable("ONBEHALF_TEST_PG_DATA")};
    command << arguments;
    QProcess p;
    p.setWorkingDirectory(QStringLiteral("/"));
    p.setProcessChannelMode(QProcess::MergedChannels);
    if (::geteuid() == 0 && owner != QLatin1String("root"))
        p.start(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), owner, QStringLiteral("--")} + command);
    else
        p.start(command.takeFirst(), command);
    const bool ok = p.waitForFinished(90000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    *output = QString::fromUtf8(p.readAll());
    return ok;
}

struct Outcome
{
    qint64 sentAt = 0; // ms since the load started
    int status = 0;
    bool order = false;
    bool retryAfter = false;
    QString orderId;
};

} // namespace

// PostgreSQL restarted under load: 503 with Retry-After while it is down, never a 500, full
// service within 5 s after it is back, and every acknowledged write still there.
class TestDbRestart : public QObject
{
    Q_OBJECT

private:
    TestServer m_server;

private slots:
    void initTestCase()
    {
        if (!m_server.isPostgres())
            QSKIP("PostgreSQL only (runs as tst_dbrestart_postgresql)");
        if (qEnvironmentVariable("ONBEHALF_TEST_PG_DATA").isEmpty())
            QSKIP("ONBEHALF_TEST_PG_DATA is not set; run through scripts/test.sh");
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    }

    void restartUnderLoad()
    {
        Http http(m_server.url());
        const QByteArray agent = http.login(QStringLiteral("agent01"));
        const QByteArray jane = http.login(QStringLiteral("jane.doe"));
        QVERIFY(!agent.isEmpty() && !jane.isEmpty());
        const QByteArray marker = "restart-" + QByteArray::number(QDateTime::currentMSecsSinceEpoch());

        QNetworkAccessManager nam;
        QElapsedTimer clock;
        clock.start();
        std::vector<Outcome> outcomes;
        bool running = true;
        int inFlight = 0;
        int counter = 0;
        std::function<void()> fire = [&] {
            const bool order = (counter++ % 2) == 0;
            QUrl url = m_server.url();
            url.setPath(order ? QStringLiteral("/v1/orders/Outgoing") : QStringLiteral("/v1/me"));
            QNetworkRequest req(url);
            req.setRawHeader("Authorization", "Bearer " + (order ? jane : agent));
            req.setTransferTimeout(20000);
            const qint64 sentAt = clock.elapsed();
            QNetworkReply *reply;
            if (order) {
                req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
                reply = nam.post(req, QByteArray::fromStdString(json{{"Comments", marker.toStdString()}}.dump()));
            } else {
                reply = nam.get(req);
            }
            ++inFlight;
            QObject::connect(reply, &QNetworkReply::finished, reply, [&, reply, sentAt, order] {
                --inFlight;
                Outcome o;
                o.sentAt = sentAt;
                o.order = order;
                o.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                o.retryAfter = !reply->rawHeader("Retry-After").isEmpty();
                const QByteArray body = reply->readAll();
                if (order && o.status == 201)
                    o.orderId = QString::fromStdString(json::parse(body.toStdString())["ID"].get<std::string>());
                outcomes.push_back(o);
                reply->deleteLater();
                if (running)
                    fire();
            });
        };
        for (int i = 0; i < 4; ++i)
            fire();

        // Whatever happens below, the cluster is running again when the test ends.
        bool down = false;
        const auto restore = qScopeGuard([&down] {
            QString ignored;
            if (down)
                pgCtl({QStringLiteral("-l"), qEnvironmentVariable("ONBEHALF_TEST_PG_LOG"), QStringLiteral("-o"),
                       qEnvironmentVariable("ONBEHALF_TEST_PG_OPTIONS"), QStringLiteral("-w"), QStringLiteral("start")},
                      &ignored);
        });

        QTest::qWait(1000);
        QString output;
        const qint64 stopAt = clock.elapsed();
        down = true;
        QVERIFY2(pgCtl({QStringLiteral("-m"), QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("stop")},
                       &output),
                 qPrintable(output));
        QTest::qWait(2000);
        QVERIFY2(
            pgCtl({QStringLiteral("-l"), qEnvironmentVariable("ONBEHALF_TEST_PG_LOG"), QStringLiteral("-o"),
                   qEnvironmentVariable("ONBEHALF_TEST_PG_OPTIONS"), QStringLiteral("-w"), QStringLiteral("start")},
                  &output),
            qPrintable(output));
        down = false;
        const qint64 backAt = clock.elapsed();
        QTest::qWait(7000);
        running = false;
        QTRY_COMPARE_WITH_TIMEOUT(inFlight, 0, 30000);

        int served = 0, unavailable = 0, orders503 = 0;
        QSet<QString> acknowledged;
        for (const Outcome &o : outcomes) {
            QVERIFY2(o.status != 500, "a request was answered 500");
            QVERIFY2(o.status == 200 || o.status == 201 || o.status == 503,
                     qPrintable(QStringLiteral("unexpected status %1 at %2 ms").arg(o.status).arg(o.sentAt)));
            if (o.status == 503) {
                ++unavailable;
                QVERIFY2(o.retryAfter, "a 503 without Retry-After");
                if (o.order)
                    ++orders503;
                QVERIFY2(o.sentAt >= stopAt - 1000,
                         qPrintable(QStringLiteral("503 before the database went down (%1 ms)").arg(o.sentAt)));
                QVERIFY2(o.sentAt < backAt + 5000,
                         qPrintable(QStringLiteral("503 %1 ms after the database was back").arg(o.sentAt - backAt)));
            } else {
                ++served;
            }
            if (!o.orderId.isEmpty())
                acknowledged.insert(o.orderId);
        }
        qInfo("requests: %d served, %d answered 503 while the database was down", served, unavailable);
        QVERIFY2(unavailable > 0, "no request noticed the database was down");
        QVERIFY(served > 20);
        // Service is back in full: the last two seconds saw successes only.
        int late = 0;
        for (const Outcome &o : outcomes)
            late += o.sentAt >= backAt + 5000 ? 1 : 0;
        QVERIFY2(late > 10, "too few requests after the restart");

        // No acknowledged order lost (a 503'd one may or may not have been written).
        QSet<QString> listed;
        for (int page = 1; page < 100; ++page) {
            const Http::Response list = http.get(QStringLiteral("/v1/orders/Outgoing?pageSize=100&page=%1&Comments=%2")
                                                     .arg(page)
                                                     .arg(QString::fromUtf8(marker)),
                                                 jane);
            QCOMPARE(list.status, 200);
            const json j = list.json();
            for (const json &o : j["Items"])
                listed.insert(QString::fromStdString(o["ID"].get<std::string>()));
            if (page >= j["Meta"]["TotalPages"].get<int>())
                break;
        }
        QStringList missing;
        for (const QString &id : std::as_const(acknowledged)) {
            if (!listed.contains(id))
                missing << id;
        }
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("acknowledged orders missing: ") + missing.join(u',')));
        QVERIFY(listed.size() <= acknowledged.size() + orders503);
        QCOMPARE(http.get(QStringLiteral("/readyz")).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestDbRestart)
#include "tst_dbrestart.moc"
