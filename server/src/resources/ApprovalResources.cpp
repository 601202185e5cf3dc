#include "resources/ApprovalResources.h"

#include "Services.h"
#include "http/HttpError.h"
#include "http/RequestContext.h"
#include "http/Router.h"
#include "resources/ApprovalExpression.h"
#include "resources/DocumentResource.h"
#include "storage/ApprovalStore.h"
#include "storage/CheckoutStore.h"
#include "storage/Database.h"
#include "storage/DocumentStore.h"
#include "storage/OrderStore.h"
#include "storage/UserStore.h"
#include "wire/ApprovalRule.h"
#include "wire/OrderApprovalInfo.h"

#include <QSqlQuery>

namespace onbehalf::server::ApprovalResources {

namespace {

const QStringList kOrderRead{QStringLiteral("OrderAdmin"), QStringLiteral("OrderReader"), QStringLiteral("Shopper")};
const QStringList kApprove{QStringLiteral("OrderAdmin"), QStringLiteral("Shopper")};

// Pending approvals whose group holds the user (the caller's "approvable" orders).
const QString kApprovableBy =
    QStringLiteral("EXISTS (SELECT 1 FROM order_approvals a JOIN group_members m ON m.buyer_id = a.buyer_id AND "
                   "m.group_id = a.approving_group_id WHERE a.order_id = orders.id AND a.status = 'Pending' AND "
                   "m.user_id = ?)");

bool isMemberOfAny(Services &s, const QString &buyerId, const QString &userId, const QStringList &groups)
{
    for (const QString &g : groups) {
        if (s.db.scalar(
                    QStringLiteral("SELECT 1 FROM group_members WHERE buyer_id = ? AND group_id = ? AND user_id = ?"),
                    {buyerId, g, userId})
                .isValid())
            return true;
    }
    return false;
}

// The order as someone concerned with its approval sees it: its buyer user, its company's order
// readers, the marketplace's order admins and readers, and members of an approving group.
OrderRecord orderForApproval(Services &s, RequestContext &ctx)
{
    const Caller &c = ctx.requireRoles(kOrderRead);
    const QString id = ctx.param(QStringLiteral("orderID"));
    const QString dir = ctx.param(QStringLiteral("direction"));
    if (dir.compare(QLatin1String("Incoming"), Qt::CaseInsensitive) != 0 &&
        dir.compare(QLatin1String("Outgoing"), Qt::CaseInsensitive) != 0 &&
        dir.compare(QLatin1String("All"), Qt::CaseInsensitive) != 0)
        throw HttpError::badRequest(QStringLiteral("Order.InvalidDirection"),
                                    QStringLiteral("The order direction must be Incoming, Outgoing or All."),
                                    nlohmann::json{{"Direction", dir}});
    const auto r = OrderStore(s.db, s.users).find(id);
    if (!r)
        throw HttpError::notFound(QStringLiteral("Order"), id);
    const bool companyReader = c.hasAnyRole({QStringLiteral("OrderAdmin"), QStringLiteral("OrderReader")});
    bool sees = false;
    if (c.isAdmin())
        sees = companyReader;
    else if (c.buyerId == r->order.FromCompanyID) {
        QStringList groups;
        for (const auto &a : ApprovalStore(s.db, s.users).forOrder(id))
            groups << a.ApprovingGroupID;
        sees = r->order.FromUserID == c.userId || companyReader || isMemberOfAny(s, c.buyerId, c.userId, groups);
    }
    if (!sees)
        throw HttpError::notFound(QStringLiteral("Order"), id);
    return *r;
}

Reply decide(Services &s, RequestContext &ctx, bool approve)
{
    const Caller &c = ctx.requireRoles(kApprove);
    const OrderRecord r = orderForApproval(s, ctx);
    const auto info = ctx.jsonBody().get<wire::OrderApprovalInfo>();
    if (r.order.Status != QLatin1String("AwaitingApproval"))
        throw HttpError::badRequest(
            QStringLiteral("Order.NotAwaitingApproval"),
            QStringLiteral("Order %1 is %2; only an order awaiting approval can be %3.")
                .arg(r.order.ID, r.order.Status, approve ? QStringLiteral("approved") : QStringLiteral("declined")),
            nlohmann::json{{"OrderID", r.order.ID}, {"Status", r.order.Status}});
    ApprovalStore approvals(s.db, s.users);
    const auto mine = c.isBuyer() ? approvals.pendingFor(r.order.ID, c.userId) : std::vector<wire::OrderApproval>{};
    if (mine.empty())
        throw HttpError(
            403, QStringLiteral("Order.NotEligibleApprover"),
            QStringLiteral("%1 is not in a user group that may approve order %2 (%3).")
                .arg(c.username, r.order.ID, approvals.pendingGroups(r.order.ID).join(QStringLiteral(", "))),
            nlohmann::json{{"OrderID", r.order.ID}, {"ApprovingGroupIDs", approvals.pendingGroups(r.order.ID)}});

    const QDateTime now = QDateTime::currentDateTimeUtc();
    Database::Transaction tx(s.db);
    bool decided = false;
    for (const wire::OrderApproval &a : mine)
        decided = approvals.decide(r.order.ID, a.ApprovalRuleID,
                                   approve ? QStringLiteral("Approved") : QStringLiteral("Declined"), c.userId,
                                   info.Comments, info.AllowResubmit, now) ||
                  decided;
    if (!decided)
        throw HttpError::badRequest(QStringLiteral("Order.NotAwaitingApproval"),
                                    QStringLiteral("Order %1 was decided meanwhile.").arg(r.order.ID));
    // One decline declines the order; it opens when no approval is pending any more.
    if (!approve)
        approvals.declineOrder(r.order.ID, info.AllowResubmit, now);
    else if (approvals.pendingCount(r.order.ID) == 0) {
        approvals.approveOrder(r.order.ID, now);
        CheckoutStore checkout(s.db);
        CheckoutState st = checkout.load(r.order.ID);
        if (st.estimates || st.calculated) {
            st.approved = wire::OrderApprovedResponse{200, std::nullopt, nlohmann::json::object(), true};
            checkout.save(r.order.ID, st);
        }
    }
    tx.commit();
    OrderStore orders(s.db, s.users);
    return Reply::ok(orders.toJson(*orders.find(r.order.ID)));
}

void registerApprovalRoutes(Router &router, Services &s)
{
    using M = HttpRequest::Method;
    const QString base = QStringLiteral("/v1/orders/{direction}/{orderID}");

    router.add(M::Get, base + QStringLiteral("/approvals"), [&s](RequestContext &ctx) {
        const OrderRecord r = orderForApproval(s, ctx);
        const ListQuery q = ListQuery::parse(ctx.query(), ApprovalStore::listSpec(), s.db);
        SqlWhere scope;
        scope.add(QStringLiteral("order_id = ?"), {r.order.ID});
        ApprovalStore approvals(s.db, s.users);
        return Reply::ok(q.run(s.db, ApprovalStore::columns(), QStringLiteral("order_approvals"), scope,
                               [&approvals](const QSqlQuery &row) { return nlohmann::json(approvals.fromRow(row)); }));
    });

    router.add(M::Get, base + QStringLiteral("/eligibleapprovers"), [&s](RequestContext &ctx) {
        const OrderRecord r = orderForApproval(s, ctx);
        const QStringList groups = ApprovalStore(s.db, s.users).pendingGroups(r.order.ID);
        const ListQuery q = ListQuery::parse(ctx.query(), s.users.listSpec(), s.db);
        SqlWhere where;
        where.add(QStringLiteral("kind = 'buyer' AND buyer_id = ?"), {r.order.FromCompanyID});
        if (groups.isEmpty())
            where.add(QStringLiteral("1 = 0"));
        else
            where.add(
                QStringLiteral("id IN (SELECT user_id FROM group_members WHERE buyer_id = ? AND group_id IN (%1))")
                    .arg(QStringList(groups.size(), QStringLiteral("?")).join(QStringLiteral(", "))),
                QVariantList{r.order.FromCompanyID} + [&groups] {
                    QVariantList v;
                    for (const QString &g : groups)
                        v << g;
                    return v;
                }());
        std::vector<UserRecord> records;
        nlohmann::json page =
            q.run(s.db, UserStore::columns(), QStringLiteral("users"), where, [&records](const QSqlQuery &row) {
                records.push_back(UserStore::fromRow(row));
                return nlohmann::json();
            });
        page["Items"] = s.users.toJson(records);
        return Reply::ok(std::move(page));
    });

    router.add(M::Post, base + QStringLiteral("/approve"), [&s](RequestContext &ctx) { return decide(s, ctx, true); });
    router.add(M::Post, base + QStringLiteral("/decline"), [&s](RequestContext &ctx) { return decide(s, ctx, false); });

    router.add(M::Get, QStringLiteral("/v1/me/orders/approvable"), [&s](RequestContext &ctx) {
        const Caller &c = ctx.requireRoles({QStringLiteral("Shopper"), QStringLiteral("OrderAdmin")});
        OrderStore orders(s.db, s.users);
        const ListQuery q = ListQuery::parse(ctx.query(), orders.listSpec(), s.db);
        SqlWhere scope;
        scope.add(QStringLiteral("status = 'AwaitingApproval' AND from_company_id = ?"), {c.buyerId});
        scope.add(kApprovableBy, {c.userId});
        return Reply::ok(q.run(s.db, OrderStore::columns(), QStringLiteral("orders"), scope,
                               [&orders](const QSqlQuery &row) { return orders.toJson(orders.fromRow(row)); }));
    });
}

} // namespace

void registerRoutes(Router &router, Services &s)
{
    registerApprovalRoutes(router, s);

    DocumentKind rules;
    rules.kind = QStringLiteral("ApprovalRule");
    rules.collection = QStringLiteral("/v1/buyers/{buyerID}/approvalrules");
    rules.itemParam = QStringLiteral("approvalRuleID");
    rules.scopeParam = QStringLiteral("buyerID");
    rules.readRoles = {QStringLiteral("ApprovalRuleAdmin"), QStringLiteral("ApprovalRuleReader")};
    rules.writeRoles = {QStringLiteral("ApprovalRuleAdmin")};
    rules.requiredFields = {QStringLiteral("ApprovingGroupID"), QStringLiteral("RuleExpression")};
    rules.listFields = {{QStringLiteral("ID"), FieldType::Text},
                        {QStringLiteral("Name"), FieldType::Text},
                        {QStringLiteral("ApprovingGroupID"), FieldType::Text},
                        {QStringLiteral("RuleExpression"), FieldType::Text}};
    rules.searchFields = {QStringLiteral("ID"), QStringLiteral("Name"), QStringLiteral("Description")};
    rules.canonical = [](const nlohmann::json &body) { return nlohmann::json(body.get<wire::ApprovalRule>()); };
    rules.requireScope = [&s](const QString &buyer) {
        if (!s.docs.exists(QStringLiteral("Buyer"), QString(), buyer))
            throw HttpError::notFound(QStringLiteral("Buyer"), buyer);
    };
    rules.beforeSave = [&s](RequestContext &, nlohmann::json &doc, const QString &buyer,
                            const std::optional<nlohmann::json> &) {
        const auto rule = doc.get<wire::ApprovalRule>();
        QString error;
        // Refused when saved: a rule the server cannot evaluate would silently never apply.
        if (!ApprovalExpression::parse(rule.RuleExpression, &error))
            throw HttpError::badRequest(QStringLiteral("ApprovalRule.InvalidRuleExpression"),
                                        QStringLiteral("RuleExpression cannot be evaluated: %1.").arg(error),
                                        nlohmann::json{{"RuleExpression", rule.RuleExpression}});
        if (!s.docs.exists(QStringLiteral("UserGroup"), buyer, rule.ApprovingGroupID))
            throw HttpError::badRequest(
                QStringLiteral("InvalidReference"),
                QStringLiteral("ApprovingGroupID '%1' is not a user group of buyer %2.")
                    .arg(rule.ApprovingGroupID, buyer),
                nlohmann::json{{"Field", "ApprovingGroupID"}, {"ObjectID", rule.ApprovingGroupID}});
    };
    DocumentResource::registerRoutes(router, s.docs, rules);
}

} // namespace onbehalf::server::ApprovalResources
