#include "history/HistorySession.h"

#include "wire/Json.h"
#include "wire/Money.h"

#include <algorithm>

namespace onbehalf {

std::optional<HistorySession> HistorySession::fromJson(const nlohmann::json &j, QString *error)
{
    HistorySession s;
    try {
        using wire::read;
        read(j, "ID", s.id);
        read(j, "AgentUserID", s.agentUserId);
        read(j, "AgentUsername", s.agentUsername);
        read(j, "BuyerID", s.buyerId);
        read(j, "BuyerName", s.buyerName);
        read(j, "UserID", s.userId);
        read(j, "Username", s.username);
        read(j, "UserFullName", s.userFullName);
        read(j, "ClientID", s.clientId);
        read(j, "Roles", s.roles);
        read(j, "Reason", s.reason);
        read(j, "CaseNumber", s.caseNumber);
        read(j, "DateStarted", s.started);
        read(j, "TokenExpires", s.tokenExpires);
        read(j, "DateEnded", s.ended);
        std::optional<QString> cause;
        read(j, "EndCause", cause);
        s.endCause = cause.value_or(QString());
        QString status;
        read(j, "Status", status);
        s.active = status.isEmpty() ? !s.ended.has_value() : status == QLatin1String("Active");
        read(j, "DurationSeconds", s.durationSeconds);
        if (j.contains("Orders") && j["Orders"].is_array()) {
            for (const nlohmann::json &o : j["Orders"]) {
                HistoryOrder order;
                read(o, "ID", order.id);
                read(o, "Status", order.status);
                if (o.contains("Total") && !o["Total"].is_null()) {
                    order.total = wire::Money::fromJson(o["Total"]);
                    if (!order.total)
                        throw wire::DecodeError(QStringLiteral("Orders.Total"), QStringLiteral("is not an amount"));
                }
                read(o, "DateCreated", order.created);
                read(o, "DateSubmitted", order.submitted);
                s.orders.push_back(std::move(order));
            }
        }
        s.orderCount = int(s.orders.size());
        read(j, "OrderCount", s.orderCount);
        if (j.contains("SubmittedTotal") && !j["SubmittedTotal"].is_null())
            s.submittedTotal = wire::Money::fromJson(j["SubmittedTotal"]).value_or(0);
    } catch (const wire::DecodeError &e) {
        if (error)
            *error = e.field() + QStringLiteral(": ") + e.message();
        return std::nullopt;
    }
    if (s.id.isEmpty()) {
        if (error)
            *error = QStringLiteral("ID is missing");
        return std::nullopt;
    }
    return s;
}

HistorySession HistorySession::fromJournalEntry(const JournalEntry &e)
{
    HistorySession s;
    s.id = e.ID;
    s.agentUsername = e.AgentUsername;
    s.buyerId = e.BuyerID;
    s.buyerName = e.BuyerName;
    s.userId = e.UserID;
    s.username = e.Username;
    s.userFullName = e.UserFullName;
    s.reason = e.note.Reason;
    s.caseNumber = e.note.CaseNumber;
    s.started = e.DateStarted.toUTC();
    s.tokenExpires = e.TokenExpires.toUTC();
    if (e.DateEnded)
        s.ended = e.DateEnded->toUTC();
    s.endCause = e.EndCause ? wire::endCauseName(*e.EndCause) : QString();
    s.active = e.isOpen();
    s.durationSeconds = s.durationAt(QDateTime::currentDateTimeUtc());
    for (const wire::SessionOrder &order : e.Orders) {
        HistoryOrder o;
        o.id = order.ID;
        s.orders.push_back(o);
    }
    s.orderCount = int(s.orders.size());
    s.fromJournal = true;
    return s;
}

qint64 HistorySession::durationAt(const QDateTime &now) const
{
    if (!started.isValid())
        return durationSeconds;
    if (ended)
        return std::max<qint64>(0, started.secsTo(*ended));
    return std::max<qint64>(0, started.secsTo(now));
}

bool HistorySession::sameState(const HistorySession &o) const
{
    if (active != o.active || ended != o.ended || endCause != o.endCause || orderCount != o.orderCount ||
        submittedTotal != o.submittedTotal || tokenExpires != o.tokenExpires || orders.size() != o.orders.size())
        return false;
    for (size_t i = 0; i < orders.size(); ++i) {
        if (orders[i].id != o.orders[i].id || orders[i].status != o.orders[i].status ||
            orders[i].total != o.orders[i].total || orders[i].submitted != o.orders[i].submitted)
            return false;
    }
    return true;
}
} // namespace onbehalf
