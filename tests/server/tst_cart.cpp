#include "TestServer.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace onbehalf::test;
using nlohmann::json;

namespace {
QString str(const json &j)
{
    return j.is_string() ? QString::fromStdString(j.get<std::string>()) : QString();
}

// The same object as the other API gives it, but for what changes between two reads.
#define SAME_JSON(a, b)                                                                                                \
    do {                                                                                                               \
        const json l_ = (a), r_ = (b);                                                                                 \
        QVERIFY2(l_ == r_, (l_.dump() + "\n  !=\n" + r_.dump()).c_str());                                              \
    } while (false)

json comparable(json order)
{
    order.erase("FromUser"); // LastActive moves with every sign-in
    return order;
}
} // namespace

// The Cart API against the Orders API it mirrors, jane.doe's storefront cart, and incrementors
// (issue 16).
class TestCart : public QObject
{
    Q_OBJECT

private:
    TestServer m_server;
    std::unique_ptr<Http> m_http;
    QByteArray m_admin, m_agent, m_jane, m_sam;

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        m_http = std::make_unique<Http>(m_server.url());
        m_admin = m_http->login(QStringLiteral("admin01"));
        m_agent = m_http->login(QStringLiteral("agent01"));
        m_jane = m_http->login(QStringLiteral("jane.doe"));
        m_sam = m_http->login(QStringLiteral("sam.rivera"));
        QVERIFY(!m_admin.isEmpty() && !m_agent.isEmpty() && !m_jane.isEmpty() && !m_sam.isEmpty());
    }

    void janeStartsWithAStorefrontCart()
    {
        const Http::Response cart = m_http->get(QStringLiteral("/v1/cart"), m_jane);
        QCOMPARE(cart.status, 200);
        const QString id = str(cart.json()["ID"]);
        QCOMPARE(id, QStringLiteral("SF-NW-0001-CART"));
        QCOMPARE(str(cart.json()["Status"]), QStringLiteral("Unsubmitted"));
        QCOMPARE(cart.json()["LineItemCount"].get<int>(), 2);
        QCOMPARE(str(cart.json()["ShippingAddressID"]), QStringLiteral("NW-0001-SHIP"));
        // The cart is the order, as the Orders API gives it.
        const Http::Response order = m_http->get(QStringLiteral("/v1/orders/Outgoing/") + id, m_jane);
        SAME_JSON(comparable(cart.json()), comparable(order.json()));
        const json lines = m_http->get(QStringLiteral("/v1/cart/lineitems"), m_jane).json();
        SAME_JSON(lines, m_http->get(QStringLiteral("/v1/orders/Outgoing/%1/lineitems").arg(id), m_jane).json());
        QCOMPARE(lines["Items"].size(), size_t(2));
        QCOMPARE(str(lines["Items"][0]["ProductID"]), QStringLiteral("GLV-NIT-M"));
        QCOMPARE(str(lines["Items"][1]["ProductID"]), QStringLiteral("SAN-GEL-500"));
        // Seen from the agent's side too: an unsubmitted order of jane's.
        const json mine = m_http->get(QStringLiteral("/v1/me/orders?Status=Unsubmitted"), m_jane).json();
        QCOMPARE(mine["Meta"]["TotalCount"].get<int>(), 1);
    }

    void noCartYet()
    {
        // sam.rivera has none: an order with no ID yet, and no lines.
        const Http::Response cart = m_http->get(QStringLiteral("/v1/cart"), m_sam);
        QCOMPARE(cart.status, 200);
        QVERIFY(cart.json()["ID"].is_null());
        QCOMPARE(str(cart.json()["FromUserID"]), QStringLiteral("CS-0001"));
        const json lines = m_http->get(QStringLiteral("/v1/cart/lineitems"), m_sam).json();
        QCOMPARE(lines["Meta"]["TotalCount"].get<int>(), 0);
        QCOMPARE(m_http->post(QStringLiteral("/v1/cart/submit"), json::object(), m_sam).status, 404);
        // A refused first line or change makes no cart.
        QCOMPARE(m_http->post(QStringLiteral("/v1/cart/lineitems"), {{"ProductID", "NOPE"}}, m_sam).status, 404);
        QCOMPARE(m_http->patch(QStringLiteral("/v1/cart"), {{"xp", 5}}, m_sam).status, 400);
        QVERIFY(m_http->get(QStringLiteral("/v1/cart"), m_sam).json()["ID"].is_null());
        QCOMPARE(m_http->get(QStringLiteral("/v1/me/orders"), m_sam).json()["Meta"]["TotalCount"].get<int>(), 0);
        QCOMPARE(m_http->del(QStringLiteral("/v1/cart"), m_sam).status, 204);
        // An admin user has no cart.
        QCOMPARE(m_http->get(QStringLiteral("/v1/cart"), m_admin).status, 403);
    }

    void cartLifecycleMirrorsTheOrder()
    {
        // Adding to no cart makes one.
        Http::Response r =
            m_http->post(QStringLiteral("/v1/cart/lineitems"), {{"ProductID", "PEN-BLU"}, {"Quantity", 2}}, m_sam);
        QCOMPARE(r.status, 201);
        const QString lineId = str(r.json()["ID"]);
        const QString id = str(m_http->get(QStringLiteral("/v1/cart"), m_sam).json()["ID"]);
        QVERIFY(!id.isEmpty());
        const QString order = QStringLiteral("/v1/orders/Outgoing/") + id;
        r = m_http->patch(QStringLiteral("/v1/cart/lineitems/") + lineId, {{"Quantity", 3}}, m_sam);
        QCOMPARE(r.status, 200);
        SAME_JSON(r.json(), m_http->get(order + QStringLiteral("/lineitems/") + lineId, m_sam).json());
        QCOMPARE(m_http->get(QStringLiteral("/v1/cart/lineitems/") + lineId, m_sam).json()["Quantity"].get<int>(), 3);
        r = m_http->patch(QStringLiteral("/v1/cart"), {{"Comments", "For the science fair"}, {"xp", {{"Room", "B12"}}}},
                          m_sam);
        QCOMPARE(str(r.json()["Comments"]), QStringLiteral("For the science fair"));
        SAME_JSON(comparable(r.json()), comparable(m_http->get(order, m_sam).json()));
        r = m_http->put(QStringLiteral("/v1/cart/shipto"),
                        {{"Street1", "1200 Columbia Way"},
                         {"City", "Vancouver"},
                         {"State", "WA"},
                         {"Zip", "98660"},
                         {"Country", "US"}},
                        m_sam);
        QCOMPARE(r.status, 200);
        QCOMPARE(str(m_http->get(order, m_sam).json()["ShippingAddress"]["City"]), QStringLiteral("Vancouver"));

        // Checkout through the cart is the order's checkout.
        QCOMPARE(m_http->post(QStringLiteral("/v1/cart/submit"), json::object(), m_sam).errorCode(),
                 QStringLiteral("Order.MissingShipMethodSelection"));
        json ws = m_http->post(QStringLiteral("/v1/cart/estimateshipping"), json::object(), m_sam).json();
        QCOMPARE(str(ws["Order"]["ID"]), id);
        ws = m_http
                 ->post(QStringLiteral("/v1/cart/shipmethods"),
                        {{"ShipMethodSelections", {{{"ShipEstimateID", "SHIP-ALL"}, {"ShipMethodID", "Standard"}}}}},
                        m_sam)
                 .json();
        QCOMPARE(QString::fromStdString(ws["Order"]["Total"].dump()), QStringLiteral("41.33")); // 28.50 + 9.95 + 2.88
        SAME_JSON(m_http->post(QStringLiteral("/v1/cart/calculate"), json::object(), m_sam).json(),
                  m_http->get(order + QStringLiteral("/worksheet"), m_sam).json());
        SAME_JSON(m_http->get(QStringLiteral("/v1/cart/worksheet"), m_sam).json(),
                  m_http->get(order + QStringLiteral("/worksheet"), m_sam).json());
        QCOMPARE(m_http->post(QStringLiteral("/v1/cart/validate"), json::object(), m_sam).status, 204);
        r = m_http->post(QStringLiteral("/v1/cart/submit"), json::object(), m_sam);
        QCOMPARE(r.status, 201);
        QCOMPARE(str(r.json()["ID"]), id);
        QCOMPARE(str(r.json()["Status"]), QStringLiteral("Open"));
        // Submitted: the cart is empty again.
        QVERIFY(m_http->get(QStringLiteral("/v1/cart"), m_sam).json()["ID"].is_null());
    }

    void putAndDeleteTheCart()
    {
        Http::Response r =
            m_http->put(QStringLiteral("/v1/cart"), {{"ID", "CART-{orderIncrementor}"}, {"Comments", "new"}}, m_sam);
        QCOMPARE(r.status, 201);
        const QString id = str(r.json()["ID"]);
        QVERIFY2(id.startsWith(QStringLiteral("CART-")) && id.size() == 11, qPrintable(id));
        r = m_http->put(QStringLiteral("/v1/cart"), {{"Comments", "changed"}}, m_sam);
        QCOMPARE(r.status, 200);
        QCOMPARE(str(r.json()["ID"]), id);
        QCOMPARE(str(r.json()["Comments"]), QStringLiteral("changed"));
        QCOMPARE(m_http->del(QStringLiteral("/v1/cart/lineitems/NOPE"), m_sam).status, 404);
        QCOMPARE(m_http->del(QStringLiteral("/v1/cart"), m_sam).status, 204);
        QCOMPARE(m_http->get(QStringLiteral("/v1/orders/Outgoing/") + id, m_sam).status, 404);
        QVERIFY(m_http->get(QStringLiteral("/v1/cart"), m_sam).json()["ID"].is_null());
    }

    void incrementorCrud()
    {
        const QString base = QStringLiteral("/v1/incrementors");
        Http::Response r = m_http->get(base + QStringLiteral("/orderIncrementor"), m_agent); // agents may read
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json()["LeftPaddingCount"].get<int>(), 6);
        QCOMPARE(m_http->post(base, {{"ID", "x"}, {"LastNumber", 0}, {"LeftPaddingCount", 2}}, m_agent).status, 403);
        r = m_http->post(base, {{"ID", "ticket"}, {"Name", "Tickets"}, {"LastNumber", 41}, {"LeftPaddingCount", 3}},
                         m_admin);
        QCOMPARE(r.status, 201);
        SAME_JSON(r.json(), json({{"ID", "ticket"}, {"Name", "Tickets"}, {"LastNumber", 41}, {"LeftPaddingCount", 3}}));
        QCOMPARE(m_http->post(base, {{"ID", "ticket"}, {"LastNumber", 0}, {"LeftPaddingCount", 0}}, m_admin).status,
                 409);
        QCOMPARE(m_http->post(base, {{"ID", "bad"}, {"LastNumber", -1}, {"LeftPaddingCount", 0}}, m_admin).status, 400);
        QCOMPARE(m_http->post(base, {{"ID", "bad"}, {"LastNumber", 1}}, m_admin).errorCode(),
                 QStringLiteral("Required"));

        // The next order numbered by it takes 42, padded to three digits.
        r = m_http->post(QStringLiteral("/v1/orders/Outgoing"), {{"ID", "T-{ticket}-{ticket}"}}, m_jane);
        QCOMPARE(r.status, 201);
        QCOMPARE(str(r.json()["ID"]), QStringLiteral("T-042-043"));
        QCOMPARE(m_http->get(base + QStringLiteral("/ticket"), m_admin).json()["LastNumber"].get<int>(), 43);
        r = m_http->post(QStringLiteral("/v1/orders/Outgoing"), {{"ID", "T-{nosuch}"}}, m_jane);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorCode(), QStringLiteral("NotFound"));

        r = m_http->patch(base + QStringLiteral("/ticket"), {{"LeftPaddingCount", 5}}, m_admin);
        QCOMPARE(r.json()["LeftPaddingCount"].get<int>(), 5);
        QCOMPARE(r.json()["LastNumber"].get<int>(), 43);
        r = m_http->put(base + QStringLiteral("/ticket"), {{"LastNumber", 99}, {"LeftPaddingCount", 0}}, m_admin);
        QCOMPARE(r.status, 200);
        QCOMPARE(str(m_http->post(QStringLiteral("/v1/orders/Outgoing"), {{"ID", "T-{ticket}"}}, m_jane).json()["ID"]),
                 QStringLiteral("T-100"));
        const json list = m_http->get(base + QStringLiteral("?sortBy=ID"), m_admin).json();
        QCOMPARE(list["Meta"]["TotalCount"].get<int>(), 2);
        QCOMPARE(m_http->del(base + QStringLiteral("/ticket"), m_admin).status, 204);
        QCOMPARE(m_http->get(base + QStringLiteral("/ticket"), m_admin).status, 404);
    }

    void incrementorIdsUniqueUnderConcurrentCreates()
    {
        QCOMPARE(
            m_http->put(QStringLiteral("/v1/incrementors/race"), {{"LastNumber", 0}, {"LeftPaddingCount", 4}}, m_admin)
                .status,
            201);
        // 20 creates at once, each on a connection of its own, so the server handles them in parallel.
        constexpr int kCreates = 20;
        std::vector<std::unique_ptr<QNetworkAccessManager>> nams;
        std::vector<QNetworkReply *> replies;
        QUrl url = m_server.url();
        url.setPath(QStringLiteral("/v1/orders/Outgoing"));
        for (int i = 0; i < kCreates; ++i) {
            nams.push_back(std::make_unique<QNetworkAccessManager>());
            QNetworkRequest req(url);
            req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
            req.setRawHeader("Authorization", "Bearer " + m_jane);
            replies.push_back(nams.back()->post(req, QByteArray(R"({"ID":"R-{race}"})")));
        }
        QSet<QString> ids;
        for (QNetworkReply *reply : replies) {
            if (!reply->isFinished()) {
                QSignalSpy done(reply, &QNetworkReply::finished);
                QVERIFY(done.wait(30000));
            }
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
            ids.insert(str(json::parse(reply->readAll().toStdString())["ID"]));
            reply->deleteLater();
        }
        QCOMPARE(ids.size(), kCreates);
        for (int n = 1; n <= kCreates; ++n)
            QVERIFY2(ids.contains(QStringLiteral("R-%1").arg(n, 4, 10, QLatin1Char('0'))),
                     qPrintable(QString::number(n)));
        QCOMPARE(m_http->get(QStringLiteral("/v1/incrementors/race"), m_admin).json()["LastNumber"].get<int>(),
                 kCreates);
    }
};

QTEST_GUILESS_MAIN(TestCart)
#include "tst_cart.moc"
