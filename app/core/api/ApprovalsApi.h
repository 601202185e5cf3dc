#pragma once

#include "core/net/MarketplaceClient.h"
#include "wire/ListPage.h"
#include "wire/Order.h"
#include "wire/OrderApproval.h"
#include "wire/OrderApprovalInfo.h"
#include "wire/UserGroup.h"

namespace onbehalf {

// Where an order stands with its approvals, in names a caller understands.
struct ApprovalSummary
{
    QStringList waitingFor;                // names of the groups whose approval is pending
    std::optional<QString> declineComment; // the comment of the approval that declined it
};

// An order's approvals (OrderCloud /v1/orders/{direction}/{id}/approvals, /eligibleapprovers,
// /approve, /decline) and the name of an approving group. A small value: make one where needed.
class ApprovalsApi
{
public:
    template <typename T>
    using Callback = MarketplaceClient::Callback<T>;
    using Token = MarketplaceClient::Token;

    explicit ApprovalsApi(MarketplaceClient *client) : m_client(client) {}

    // As the buyer (Outgoing, impersonation token) or as the marketplace (Incoming, agent token).
    void approvals(const QString &orderId, Token token, QObject *context,
                   Callback<wire::ListPage<wire::OrderApproval>> done) const;
    void eligibleApprovers(const QString &orderId, Token token, QObject *context,
                           Callback<wire::ListPage<wire::User>> done) const;
    // The group's display name, with the agent's token (BuyerUserReader).
    void userGroup(const QString &buyerId, const QString &groupId, QObject *context,
                   Callback<wire::UserGroup> done) const;
    // As an approving buyer user signed in with its own token (Incoming).
    void approve(const QString &orderId, const wire::OrderApprovalInfo &info, QObject *context,
                 Callback<wire::Order> done) const;
    void decline(const QString &orderId, const wire::OrderApprovalInfo &info, QObject *context,
                 Callback<wire::Order> done) const;

    // The order's approvals read and the pending groups named (a group whose name cannot be read
    // is named by its ID). `token` as for approvals(); the names always with the agent's token.
    void summary(const wire::Order &order, Token token, QObject *context, Callback<ApprovalSummary> done) const;

private:
    static QString orderPath(const QString &direction, const QString &orderId);

    MarketplaceClient *m_client;
};

} // namespace onbehalf
