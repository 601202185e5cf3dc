#include "resources/ReceiptResources.h"

#include "Services.h"
#include "http/HttpError.h"
#include "http/RequestContext.h"
#include "http/Router.h"
#include "resources/ReceiptFormat.h"
#include "resources/SessionAccess.h"
#include "storage/Database.h"
#include "storage/PolicyStore.h"
#include "storage/SessionStore.h"

namespace onbehalf::server::ReceiptResources {

namespace {

// The agent as the customer may know them: first and last name, never the username.
QString agentName(Services &s, const QString &agentUserId)
{
    QSqlQuery q = s.db.exec(QStringLiteral("SELECT first_name, last_name FROM users WHERE id = ?"), {agentUserId});
    const QString name =
        q.next() ? QString(q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString()).trimmed() : QString();
    return name.isEmpty() ? QStringLiteral("A member") : name;
}

wire::SessionReceipt build(Services &s, const SessionRecord &r)
{
    wire::SessionReceipt receipt;
    receipt.SessionID = r.ID;
    receipt.AgentName = agentName(s, r.AgentUserID);
    receipt.CustomerName = r.UserFullName.trimmed().isEmpty() ? r.Username : r.UserFullName;
    receipt.CompanyName = r.BuyerName;
    receipt.Reason = r.note.Reason;
    receipt.CaseNumber = r.note.CaseNumber;
    receipt.DateStarted = r.DateStarted;
    receipt.DateEnded = r.DateEnded;
    SessionRecord withOrders = r;
    withOrders.Orders = std::move(s.sessions.ordersOf({r.ID})[r.ID]);
    receipt.Total = withOrders.submittedTotal();
    receipt.Orders = std::move(withOrders.Orders);
    // The orders' own currency; the policy's when there are none.
    const QVariant currency =
        s.db.scalar(QStringLiteral("SELECT currency FROM orders WHERE session_id = ? ORDER BY date_created"), {r.ID});
    receipt.Currency = currency.isValid() ? currency.toString() : PolicyStore::load(s.db).Currency;
    return receipt;
}

} // namespace

void registerRoutes(Router &router, Services &s)
{
    router.add(HttpRequest::Method::Get, QStringLiteral("/v1/impersonationsessions/{sessionID}/receipt"),
               [&s](RequestContext &ctx) {
                   SessionAccess::refuseBuyerToken(ctx, QStringLiteral("read a session's receipt"));
                   const SessionRecord r = SessionAccess::visibleSession(ctx, s);
                   const QString format = ctx.queryValue(QStringLiteral("format")).toLower();
                   if (!format.isEmpty() && format != QLatin1String("json") && format != QLatin1String("text") &&
                       format != QLatin1String("html"))
                       throw HttpError::badRequest(QStringLiteral("Onbehalf.InvalidFormat"),
                                                   QStringLiteral("format must be json, text or html."),
                                                   nlohmann::json{{"format", format}});
                   const wire::SessionReceipt receipt = build(s, r);
                   if (format == QLatin1String("text"))
                       return Reply::document("text/plain; charset=utf-8", ReceiptFormat::text(receipt).toUtf8());
                   if (format == QLatin1String("html"))
                       return Reply::document("text/html; charset=utf-8", ReceiptFormat::html(receipt).toUtf8());
                   return Reply::ok(nlohmann::json(receipt));
               });
}

} // namespace onbehalf::server::ReceiptResources
