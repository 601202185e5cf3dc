#include "core/api/ApprovalsApi.h"

namespace onbehalf {

namespace {

template <typename T>
MarketplaceClient::Callback<nlohmann::json> decoded(MarketplaceClient::Callback<T> done)
{
    return [done = std::move(done)](Result<nlohmann::json> r) { done(MarketplaceClient::decode<T>(r)); };
}

QString directionFor(MarketplaceClient::Token token)
{
    return token == MarketplaceClient::Token::Buyer ? QStringLiteral("Outgoing") : QStringLiteral("Incoming");
}

} // namespace

QString ApprovalsApi::orderPath(const QString &direction, const QString &orderId)
{
    return QStringLiteral("/v1/orders/") + direction + QLatin1Char('/') +
           QString::fromLatin1(QUrl::toPercentEncoding(orderId));
}

void ApprovalsApi::approvals(const QString &orderId, Token token, QObject *context,
                             Callback<wire::ListPage<wire::OrderApproval>> done) const
{
    m_client->request("GET", orderPath(directionFor(token), orderId) + QStringLiteral("/approvals?pageSize=100"),
                      nullptr, token, context, decoded(std::move(done)));
}

void ApprovalsApi::eligibleApprovers(const QString &orderId, Token token, QObject *context,
                                     Callback<wire::ListPage<wire::User>> done) const
{
    m_client->request("GET", orderPath(directionFor(token), orderId) + QStringLiteral("/eligibleapprovers?pageSize=20"),
                      nullptr, token, context, decoded(std::move(done)));
}

void ApprovalsApi::userGroup(const QString &buyerId, const QString &groupId, QObject *context,
                             Callback<wire::UserGroup> done) const
{
    m_client->request("GET",
                      QStringLiteral("/v1/buyers/") + QString::fromLatin1(QUrl::toPercentEncoding(buyerId)) +
                          QStringLiteral("/usergroups/") + QString::fromLatin1(QUrl::toPercentEncoding(groupId)),
                      nullptr, Token::Agent, context, decoded(std::move(done)));
}

void ApprovalsApi::approve(const QString &orderId, const wire::OrderApprovalInfo &info, QObject *context,
                           Callback<wire::Order> done) const
{
    m_client->request("POST", orderPath(QStringLiteral("Incoming"), orderId) + QStringLiteral("/approve"),
                      nlohmann::json(info), Token::Agent, context, decoded(std::move(done)));
}

void ApprovalsApi::decline(const QString &orderId, const wire::OrderApprovalInfo &info, QObject *context,
                           Callback<wire::Order> done) const
{
    m_client->request("POST", orderPath(QStringLiteral("Incoming"), orderId) + QStringLiteral("/decline"),
                      nlohmann::json(info), Token::Agent, context, decoded(std::move(done)));
}

void ApprovalsApi::summary(const wire::Order &order, Token token, QObject *context,
                           Callback<ApprovalSummary> done) const
{
    const QString buyerId = order.FromCompanyID;
    MarketplaceClient *client = m_client;
    approvals(order.ID, token, context,
              [client, buyerId, context, done](Result<wire::ListPage<wire::OrderApproval>> r) {
                  if (!r.ok()) {
                      done(Result<ApprovalSummary>{{}, r.error});
                      return;
                  }
                  auto state = std::make_shared<ApprovalSummary>();
                  QStringList pending;
                  for (const wire::OrderApproval &a : r.value.items) {
                      if (a.Status == QLatin1String("Pending") && !pending.contains(a.ApprovingGroupID))
                          pending << a.ApprovingGroupID;
                      if (a.Status == QLatin1String("Declined") && !state->declineComment)
                          state->declineComment = a.Comments.value_or(QString());
                  }
                  if (pending.isEmpty()) {
                      done(Result<ApprovalSummary>{*state, {}});
                      return;
                  }
                  state->waitingFor = pending;
                  auto left = std::make_shared<int>(int(pending.size()));
                  for (int i = 0; i < pending.size(); ++i) {
                      ApprovalsApi(client).userGroup(buyerId, pending[i], context,
                                                     [state, left, i, done](Result<wire::UserGroup> g) {
                                                         if (g.ok() && !g.value.Name.trimmed().isEmpty())
                                                             state->waitingFor[i] = g.value.Name.trimmed();
                                                         if (--*left == 0)
                                                             done(Result<ApprovalSummary>{*state, {}});
                                                     });
                  }
              });
}

} // namespace onbehalf
