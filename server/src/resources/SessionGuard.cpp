#include "resources/SessionGuard.h"

#include "Services.h"
#include "auth/Caller.h"
#include "http/HttpError.h"
#include "resources/DocumentResource.h"
#include "storage/PolicyStore.h"
#include "storage/SessionStore.h"

namespace onbehalf::server::SessionGuard {

namespace {

bool governed(const Caller &c)
{
    return c.isImpersonation() && !c.sessionId.isEmpty();
}

void requireVerification(Services &s, const Caller &c, const wire::OnbehalfPolicy &policy)
{
    if (!policy.RequireVerification || s.sessions.notes().hasKind(c.sessionId, QStringLiteral("Verification")))
        return;
    throw HttpError(403, QStringLiteral("Onbehalf.VerificationRequired"),
                    QStringLiteral("The caller has not been verified in this session: record a Verification note "
                                   "before placing orders."),
                    nlohmann::json{{"SessionID", c.sessionId}, {"VerificationChecks", policy.VerificationChecks}});
}

nlohmann::json describe(const wire::CoSignRequest &r)
{
    return nlohmann::json{
        {"RequestID", r.ID}, {"OrderID", r.OrderID},   {"OrderTotal", r.OrderTotal}, {"SessionTotal", r.SessionTotal},
        {"Limit", r.Limit},  {"Currency", r.Currency}, {"Status", r.Status},         {"Comment", r.Comment}};
}

HttpError coSignRequired(const wire::CoSignRequest &r)
{
    return HttpError(
        403, QStringLiteral("Onbehalf.CoSignRequired"),
        QStringLiteral("This order brings the session to %1 %2, over the limit of %3 %2: a supervisor "
                       "must co-sign it before it can be submitted.")
            .arg(wire::Money::toDecimalString(r.SessionTotal), r.Currency, wire::Money::toDecimalString(r.Limit)),
        describe(r));
}

} // namespace

void beforeOrderCreate(Services &s, const Caller &c)
{
    if (governed(c))
        requireVerification(s, c, PolicyStore::load(s.db));
}

void beforeSubmit(Services &s, const Caller &c, const wire::Order &order)
{
    if (!governed(c))
        return;
    const wire::OnbehalfPolicy policy = PolicyStore::load(s.db);
    requireVerification(s, c, policy);
    if (!policy.SessionOrderLimit)
        return;
    const wire::Amount limit = *policy.SessionOrderLimit;
    wire::Amount earlier;
    auto orders = s.sessions.ordersOf({c.sessionId});
    for (const wire::SessionOrder &o : orders[c.sessionId]) {
        if (o.ID != order.ID && o.counts())
            earlier = earlier + *o.Total;
    }
    const wire::Amount sessionTotal = earlier + order.Total;
    // An order in another currency cannot be held against the limit: a supervisor decides it.
    const bool comparable = order.Currency == policy.Currency;
    if (comparable && sessionTotal <= limit)
        return;

    CoSignStore &cosigns = s.sessions.cosigns();
    const auto latest = cosigns.latest(c.sessionId, order.ID);
    // A decision covers the order up to the amounts it was asked for.
    const bool covered = latest && order.Total <= latest->OrderTotal && sessionTotal <= latest->SessionTotal &&
                         latest->Currency == order.Currency;
    if (covered && latest->isApproved())
        return;
    if (covered && latest->Status == QLatin1String("Declined"))
        throw HttpError(403, QStringLiteral("Onbehalf.CoSignDeclined"),
                        QStringLiteral("A supervisor declined this order%1.")
                            .arg(latest->Comment ? QStringLiteral(": ") + *latest->Comment : QString()),
                        describe(*latest));
    if (covered && latest->isPending())
        throw coSignRequired(*latest);
    // The order grew since it was asked for: the old request no longer describes it.
    if (latest && latest->isPending())
        cosigns.supersede(latest->ID);

    wire::CoSignRequest r;
    r.ID = DocumentResource::newId();
    r.OrderID = order.ID;
    r.OrderTotal = order.Total;
    r.SessionTotal = sessionTotal;
    r.Limit = limit;
    r.Currency = order.Currency;
    r.Status = QStringLiteral("Pending");
    r.RequestedBy = s.sessions.find(c.sessionId).value_or(SessionRecord()).AgentUsername;
    r.DateRequested = QDateTime::currentDateTimeUtc();
    if (!cosigns.insert(c.sessionId, r)) {
        // Another submit of the same order asked at the same moment: point at its request.
        if (const auto other = cosigns.latest(c.sessionId, order.ID))
            throw coSignRequired(*other);
    }
    throw coSignRequired(r);
}

} // namespace onbehalf::server::SessionGuard
