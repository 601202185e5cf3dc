#include "FakeMarketplace.h"

#include "FakeMarketplaceData.h"

#include <QDateTime>
#include <QTcpSocket>

namespace onbehalf::test {

using json = nlohmann::json;

namespace {

constexpr qsizetype kMaxRequest = 4 * 1024 * 1024;

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

FakeMarketplace::Answer notFound()
{
    // What OrderCloud answers for a route it does not have.
    return FakeMarketplace::Answer::json(404, oc::errors("NotFound", QStringLiteral("Not found")));
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    default:
        return status >= 500 ? "Server Error" : "Status";
    }
}

} // namespace

json FakeMarketplace::Call::json() const
{
    return nlohmann::json::parse(body.constBegin(), body.constEnd(), nullptr, false);
}

FakeMarketplace::Answer FakeMarketplace::Answer::json(int status, const nlohmann::json &body)
{
    Answer a;
    a.status = status;
    a.body = QByteArray::fromStdString(body.dump());
    return a;
}

FakeMarketplace::Answer FakeMarketplace::Answer::raw(int status, QByteArray body, QByteArray contentType)
{
    Answer a;
    a.status = status;
    a.body = std::move(body);
    a.contentType = std::move(contentType);
    return a;
}

FakeMarketplace::FakeMarketplace(QObject *parent) : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FakeMarketplace::onConnection);
}

FakeMarketplace::~FakeMarketplace()
{
    // The sockets are the server's children and go after m_buffers; their "disconnected" must
    // not reach a lambda that erases from it.
    m_server.close();
    const QList<QTcpSocket *> sockets = m_server.findChildren<QTcpSocket *>();
    for (QTcpSocket *socket : sockets) {
        socket->disconnect(this);
        delete socket;
    }
}

bool FakeMarketplace::start()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl FakeMarketplace::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
}

void FakeMarketplace::override(const QByteArray &method, const QString &path, const Answer &answer, int times)
{
    m_overrides.push_back(Override{method, path, answer, times});
}

std::vector<FakeMarketplace::Call> FakeMarketplace::callsTo(const QByteArray &method, const QString &pathPrefix) const
{
    std::vector<Call> out;
    for (const Call &c : m_calls) {
        if (c.method == method && c.path.startsWith(pathPrefix))
            out.push_back(c);
    }
    return out;
}

std::vector<json> FakeMarketplace::orders() const
{
    std::vector<json> out;
    for (const auto &[id, o] : m_orders)
        out.push_back(o);
    return out;
}

std::vector<json> FakeMarketplace::lineItems(const QString &orderId) const
{
    const auto it = m_lineItems.find(orderId);
    return it == m_lineItems.end() ? std::vector<json>() : it->second;
}

void FakeMarketplace::onConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void FakeMarketplace::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    while (true) {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0) {
            if (buffer.size() > kMaxRequest)
                socket->abort();
            return;
        }
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        qsizetype length = 0;
        Call call;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            const QByteArray name = lines[i].left(colon).trimmed().toLower();
            const QByteArray value = lines[i].mid(colon + 1).trimmed();
            if (name == "content-length")
                length = value.toLongLong();
            else if (name == "authorization" && value.startsWith("Bearer "))
                call.bearer = value.mid(7);
        }
        if (buffer.size() < headerEnd + 4 + length)
            return; // the body is still coming
        call.method = requestLine.value(0);
        const QUrl target(QString::fromLatin1(requestLine.value(1)));
        call.path = target.path(QUrl::FullyDecoded);
        call.query = QUrlQuery(target.query(QUrl::FullyEncoded));
        call.body = buffer.mid(headerEnd + 4, length);
        buffer.remove(0, headerEnd + 4 + length);
        m_calls.push_back(call);
        respond(socket, answer(call));
        if (socket->state() != QAbstractSocket::ConnectedState)
            return;
    }
}

FakeMarketplace::Answer FakeMarketplace::Answer::hung()
{
    Answer a;
    a.hang = true;
    return a;
}

void FakeMarketplace::respond(QTcpSocket *socket, const Answer &a)
{
    if (a.hang)
        return;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(a.status) + ' ' + reasonPhrase(a.status) + "\r\n";
    if (a.status != 204)
        head += "Content-Type: " + a.contentType + "\r\nContent-Length: " + QByteArray::number(a.body.size()) + "\r\n";
    head += "Connection: keep-alive\r\n\r\n";
    socket->write(head);
    if (a.dropConnection) {
        socket->write(a.body.left(a.body.size() / 2));
        socket->flush();
        socket->disconnectFromHost();
        return;
    }
    if (a.status != 204)
        socket->write(a.body);
}

QByteArray FakeMarketplace::issue(const QByteArray &userType, const QString &user, const QString &clientId,
                                  bool impersonation)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    json claims{{"usr", user.toStdString()},
                {"cid", clientId.toStdString()},
                {"usrtype", userType.toStdString()},
                {"role", json::array({"Shopper"})},
                {"iss", "https://auth.ordercloud.io"},
                {"aud", "https://api.ordercloud.io"},
                {"exp", now + 3600},
                {"nbf", now},
                {"u", std::to_string(++m_counter)}};
    if (impersonation)
        claims["imp"] = "agent-1";
    return base64Url(R"({"alg":"RS256","kid":"fake","typ":"JWT"})") + '.' +
           base64Url(QByteArray::fromStdString(claims.dump())) + '.' +
           base64Url("sig-" + QByteArray::number(m_counter));
}

FakeMarketplace::Answer FakeMarketplace::answer(const Call &call)
{
    for (auto it = m_overrides.begin(); it != m_overrides.end(); ++it) {
        const bool prefix = it->path.endsWith(QLatin1Char('*'));
        const bool matches =
            it->method == call.method && (prefix ? call.path.startsWith(it->path.chopped(1)) : call.path == it->path);
        if (!matches)
            continue;
        const Answer a = it->answer;
        if (it->times > 0 && --it->times == 0)
            m_overrides.erase(it);
        return a;
    }
    if (call.path == QLatin1String("/oauth/token"))
        return oauth(call);
    if (!call.path.startsWith(QLatin1String("/v1/")))
        return notFound();
    const QStringList path = call.path.mid(4).split(QLatin1Char('/'));
    if (m_buyerTokens.contains(call.bearer))
        return asBuyer(call, path);
    if (m_agentTokens.contains(call.bearer))
        return asAgent(call, path);
    return Answer::json(401, oc::errors("InvalidToken", QStringLiteral("Access token is invalid or expired.")));
}

FakeMarketplace::Answer FakeMarketplace::oauth(const Call &call)
{
    const QUrlQuery form(QString::fromUtf8(call.body));
    const QString grant = form.queryItemValue(QStringLiteral("grant_type"), QUrl::FullyDecoded);
    const QString client = form.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded);
    auto refused = [](const char *code, const char *message) {
        json body = oc::errors(code, QString::fromLatin1(message));
        body["error"] = "invalid_grant";
        body["error_description"] = message;
        return Answer::json(400, body);
    };
    if (client != QLatin1String(kClientId))
        return refused("Auth.InvalidClientID", "Invalid client ID.");
    if (grant == QLatin1String("password")) {
        if (form.queryItemValue(QStringLiteral("username"), QUrl::FullyDecoded) != QLatin1String(kAgent) ||
            form.queryItemValue(QStringLiteral("password"), QUrl::FullyDecoded) != QLatin1String(kPassword))
            return refused("Auth.InvalidUsernameOrPassword", "Invalid username or password.");
    } else if (grant == QLatin1String("refresh_token")) {
        const QByteArray presented = form.queryItemValue(QStringLiteral("refresh_token"), QUrl::FullyDecoded).toUtf8();
        // Rotation: only the newest refresh token works.
        if (m_refreshTokens.isEmpty() || m_refreshTokens.last() != presented)
            return refused("Auth.InvalidRefreshToken", "Refresh token is invalid.");
    } else {
        return refused("Auth.UnsupportedGrantType", "Unsupported grant type.");
    }
    const QByteArray access = issue("admin", QString::fromLatin1(kAgent), client, false);
    m_agentTokens << access;
    m_refreshTokens << "refresh-" + QByteArray::number(++m_counter);
    return Answer::json(200, oc::accessToken(access, 36000, m_refreshTokens.last()));
}

FakeMarketplace::Answer FakeMarketplace::asAgent(const Call &call, const QStringList &p)
{
    const int page = std::max(1, call.query.queryItemValue(QStringLiteral("page")).toInt());
    const int pageSize = std::clamp(call.query.queryItemValue(QStringLiteral("pageSize")).toInt(), 0, 100);
    const int size = pageSize == 0 ? 20 : pageSize;
    if (call.method == "GET" && p == QStringList{QStringLiteral("me")})
        return Answer::json(200, oc::agentMe(QString::fromLatin1(kAgent)));
    if (call.method == "DELETE" && p == QStringList{QStringLiteral("me"), QStringLiteral("tokens")})
        return Answer::raw(204, {});
    if (call.method == "GET" && p == QStringList{QStringLiteral("buyers")})
        return Answer::json(200, oc::listPage(json::array({oc::buyer()}), page, size));
    const bool acrossBuyers = p == QStringList{QStringLiteral("buyerusers")};
    const bool ofBuyer = p.size() == 3 && p[0] == QLatin1String("buyers") && p[2] == QLatin1String("users");
    if (call.method == "GET" && (acrossBuyers || (ofBuyer && p[1] == QLatin1String(kBuyerId)))) {
        const QString search = call.query.queryItemValue(QStringLiteral("search"), QUrl::FullyDecoded).toLower();
        json items = json::array();
        for (const json &u : oc::buyerUsers()) {
            const QString text =
                QString::fromStdString(u["Username"].get<std::string>() + ' ' + u["FirstName"].get<std::string>() +
                                       ' ' + u["LastName"].get<std::string>() + ' ' + u["Email"].get<std::string>())
                    .toLower();
            bool all = true;
            for (const QString &word : search.split(QLatin1Char(' '), Qt::SkipEmptyParts))
                all = all && text.contains(word);
            if (all)
                items.push_back(u);
        }
        return Answer::json(200, oc::listPage(items, page, size));
    }
    if (call.method == "GET" && p.size() == 4 && p[0] == QLatin1String("buyers") && p[2] == QLatin1String("users")) {
        for (const json &u : oc::buyerUsers()) {
            if (u["ID"] == p[3].toStdString())
                return Answer::json(200, u);
        }
        return Answer::json(404, oc::errors("NotFound", QStringLiteral("User not found: %1").arg(p[3]),
                                            json{{"ObjectType", "User"}, {"ObjectID", p[3].toStdString()}}));
    }
    if (call.method == "POST" && p.size() == 5 && p[0] == QLatin1String("buyers") &&
        p[4] == QLatin1String("accesstoken")) {
        const json body = call.json();
        const QString clientId = body.is_object() && body.contains("ClientID") && body["ClientID"].is_string()
                                     ? QString::fromStdString(body["ClientID"].get<std::string>())
                                     : QString();
        const QByteArray token = issue("buyer", p[3], clientId, true);
        m_buyerTokens << token;
        return Answer::json(200, oc::accessToken(token, 3600, {}));
    }
    // Addresses as an administrator reads them: the user's own at user level (the Address model
    // carries no Shipping/Billing; the assignment does), none for groups.
    if (call.method == "GET" && p.size() == 4 && p[0] == QLatin1String("buyers") &&
        p[2] == QLatin1String("addresses") && p[3] == QLatin1String("assignments")) {
        json items = json::array();
        const json a = oc::buyerAddress();
        if (call.query.queryItemValue(QStringLiteral("level")) != QLatin1String("Group") &&
            call.query.queryItemValue(QStringLiteral("userID")) == QLatin1String(kUserId))
            items.push_back(json{{"AddressID", a["ID"]},
                                 {"UserID", kUserId},
                                 {"UserGroupID", nullptr},
                                 {"IsShipping", a["Shipping"]},
                                 {"IsBilling", a["Billing"]}});
        return Answer::json(200, oc::listPage(items, 1, size));
    }
    if (call.method == "GET" && p.size() == 3 && p[0] == QLatin1String("buyers") &&
        p[2] == QLatin1String("addresses")) {
        json a = oc::buyerAddress();
        json items = json::array();
        if (call.query.queryItemValue(QStringLiteral("ID"), QUrl::FullyDecoded)
                .split(QLatin1Char('|'))
                .contains(QString::fromStdString(a["ID"].get<std::string>()))) {
            for (const char *key : {"Shipping", "Billing", "Editable"})
                a.erase(key);
            items.push_back(a);
        }
        return Answer::json(200, oc::listPage(items, 1, size));
    }
    if (call.method == "GET" && p.size() == 4 && p[0] == QLatin1String("buyers") && p[2] == QLatin1String("usergroups"))
        return Answer::json(200, oc::listPage(json::array(), 1, 100));
    if (call.method == "GET" && p == QStringList{QStringLiteral("orders"), QStringLiteral("Incoming")}) {
        json items = json::array();
        for (const auto &[id, o] : m_orders) {
            if (o["IsSubmitted"].get<bool>())
                items.push_back(o);
        }
        return Answer::json(200, oc::listPage(items, page, size));
    }
    return notFound(); // /v1/impersonationsessions among them: no sessions extension here
}

void FakeMarketplace::recompute(json &order)
{
    double subtotal = 0;
    const auto &lines = m_lineItems[QString::fromStdString(order["ID"].get<std::string>())];
    for (const json &li : lines)
        subtotal += li["LineSubtotal"].get<double>();
    // OrderCloud computes tax and shipping with more decimals than a currency has.
    const double tax = subtotal * 0.0825;
    const double shipping = lines.empty() ? 0.0 : 4.123456;
    order["LineItemCount"] = lines.size();
    order["Subtotal"] = subtotal;
    order["TaxCost"] = tax;
    order["ShippingCost"] = shipping;
    order["Total"] = subtotal + tax + shipping;
    order["LastUpdated"] = oc::now().toStdString();
}

FakeMarketplace::Answer FakeMarketplace::asBuyer(const Call &call, const QStringList &p)
{
    const int pageSize = std::clamp(call.query.queryItemValue(QStringLiteral("pageSize")).toInt(), 0, 100);
    const int size = pageSize == 0 ? 20 : pageSize;
    if (call.method == "GET" && p == QStringList{QStringLiteral("me")}) {
        json me = oc::buyerUsers()[0];
        me["Buyer"] = json{{"ID", kBuyerId}, {"DefaultCatalogID", kBuyerId}};
        me["Supplier"] = nullptr;
        me["Seller"] = nullptr;
        return Answer::json(200, me);
    }
    if (call.method == "DELETE" && p == QStringList{QStringLiteral("me"), QStringLiteral("tokens")})
        return Answer::raw(204, {}); // recorded: the test proves the desk never does this
    if (call.method == "GET" && p == QStringList{QStringLiteral("me"), QStringLiteral("products")})
        return Answer::json(200, oc::listPage(oc::buyerProducts(), 1, size));
    if (call.method == "GET" && p == QStringList{QStringLiteral("me"), QStringLiteral("addresses")})
        return Answer::json(200, oc::listPage(json::array({oc::buyerAddress()}), 1, size));
    if (call.method == "GET" && p == QStringList{QStringLiteral("me"), QStringLiteral("orders")}) {
        const QString status = call.query.queryItemValue(QStringLiteral("Status"));
        json items = json::array();
        for (const auto &[id, o] : m_orders) {
            if (status.isEmpty() || o["Status"] == status.toStdString())
                items.push_back(o);
        }
        return Answer::json(200, oc::listPage(items, 1, size));
    }
    if (p.size() < 2 || p[0] != QLatin1String("orders") || p[1] != QLatin1String("Outgoing"))
        return notFound();
    if (call.method == "POST" && p.size() == 2) {
        const json body = call.json();
        const QString id = QStringLiteral("oTLt0Frf7l4kdUIz%1").arg(++m_counter);
        json fromUser = oc::buyerUsers()[0];
        m_orders[id] = oc::newOrder(id, fromUser, body.is_object() && body.contains("xp") ? body["xp"] : json());
        return Answer::json(201, m_orders[id]);
    }
    const QString id = p.value(2);
    auto order = m_orders.find(id);
    if (order == m_orders.end())
        return Answer::json(404, oc::errors("NotFound", QStringLiteral("Order not found: %1").arg(id),
                                            json{{"ObjectType", "Order"}, {"ObjectID", id.toStdString()}}));
    if (p.size() == 3 && call.method == "GET")
        return Answer::json(200, order->second);
    if (p.size() == 3 && call.method == "PATCH") {
        const json patch = call.json();
        if (patch.is_object()) {
            for (const auto &[key, value] : patch.items())
                order->second[key] = value;
        }
        return Answer::json(200, order->second);
    }
    if (p.size() == 4 && p[3] == QLatin1String("submit") && call.method == "POST") {
        if (order->second["Status"] != "Unsubmitted")
            return Answer::json(400, oc::errors("Order.CannotSubmitBadStatus", QStringLiteral("Bad status")));
        if (m_lineItems[id].empty())
            return Answer::json(400, oc::errors("Order.CannotSubmitWithNoLineItems", QStringLiteral("No lines")));
        order->second["Status"] = "Open";
        order->second["IsSubmitted"] = true;
        order->second["DateSubmitted"] = oc::now().toStdString();
        return Answer::json(201, order->second);
    }
    if (p.size() >= 4 && p[3] == QLatin1String("lineitems"))
        return lineItemsRoute(call, id, p.mid(4));
    return notFound();
}

FakeMarketplace::Answer FakeMarketplace::lineItemsRoute(const Call &call, const QString &orderId,
                                                        const QStringList &rest)
{
    json &order = m_orders[orderId];
    auto &lines = m_lineItems[orderId];
    if (rest.isEmpty() && call.method == "GET")
        return Answer::json(200, oc::listPage(json(lines), 1, 100));
    if (rest.isEmpty() && call.method == "POST") {
        const json body = call.json();
        if (!body.is_object() || !body.contains("ProductID") || !body["ProductID"].is_string())
            return Answer::json(400, oc::errors("Required", QStringLiteral("ProductID is required.")));
        const int quantity =
            body.contains("Quantity") && body["Quantity"].is_number_integer() ? body["Quantity"].get<int>() : 1;
        for (const json &product : oc::buyerProducts()) {
            if (product["ID"] != body["ProductID"])
                continue;
            lines.push_back(oc::lineItem(QStringLiteral("li-%1").arg(++m_counter), product, quantity));
            recompute(order);
            return Answer::json(201, lines.back());
        }
        return Answer::json(404, oc::errors("NotFound", QStringLiteral("Product not found."),
                                            json{{"ObjectType", "Product"}, {"ObjectID", body["ProductID"]}}));
    }
    for (auto it = lines.begin(); it != lines.end(); ++it) {
        if (rest.value(0).toStdString() != (*it)["ID"].get<std::string>())
            continue;
        if (call.method == "DELETE") {
            lines.erase(it);
            recompute(order);
            return Answer::raw(204, {});
        }
        if (call.method == "PATCH") {
            const json body = call.json();
            if (body.is_object() && body.contains("Quantity") && body["Quantity"].is_number_integer()) {
                const int quantity = body["Quantity"].get<int>();
                (*it)["Quantity"] = quantity;
                (*it)["LineSubtotal"] = (*it)["UnitPrice"].get<double>() * quantity;
                (*it)["LineTotal"] = (*it)["LineSubtotal"];
            }
            recompute(order);
            return Answer::json(200, *it);
        }
    }
    return Answer::json(404, oc::errors("NotFound", QStringLiteral("Line item not found.")));
}

} // namespace onbehalf::test
