#include "history/HistorySession.h"

#include "wire/Money.h"

#include <algorithm>

namespace onbehalf {

HistorySession HistorySession::fromWire(const wire::ImpersonationSession &w)
{
    HistorySession s;
    s.id = w.ID;
    s.agentUserId = w.AgentUserID;
    s.agentUsername = w.AgentUsername;
    s.buyerId = w.BuyerID;
    s.buyerName = w.BuyerName;
    s.userId = w.UserID;
    s.username = w.Username;
    s.userFullName = w.UserFullName;
    s.clientId = w.ClientID;
    s.roles = w.Roles;
    s.reason = w.note.Reason;
    s.caseNumber = w.note.CaseNumber;
    s.started = w.DateStarted;
    s.tokenExpires = w.TokenExpires;
    s.ended = w.DateEnded;
    s.endCause = w.EndCause ? wire::endCauseName(*w.EndCause) : QString();
    s.active = w.isActive();
    s.durationSeconds = w.DurationSeconds.value_or(w.durationAt(QDateTime::currentDateTimeUtc()));
    for (const wire::SessionOrder &o : w.Orders) {
        HistoryOrder order;
        order.id = o.ID;
        order.status = o.Status;
        if (o.Total)
            order.total = o.Total->units();
        order.created = o.DateCreated;
        order.submitted = o.DateSubmitted;
        s.orders.push_back(std::move(order));
    }
    s.orderCount = w.orderCount();
    s.submittedTotal = w.submittedTotal().units();
    return s;
}

std::vector<HistorySession> HistorySession::fromPage(const wire::ListPage<wire::ImpersonationSession> &page)
{
    std::vector<HistorySession> out;
    out.reserve(page.items.size());
    for (const wire::ImpersonationSession &w : page.items)
        out.push_back(fromWire(w));
    return out;
}

HistorySession HistorySession::fromJournalEntry(const JournalEntry &e)
{
    // The journal keeps the same wire record; only its times may be local and it shows the
    // orders by ID alone.
    HistorySession s = fromWire(e);
    s.started = e.DateStarted.toUTC();
    s.tokenExpires = e.TokenExpires.toUTC();
    if (e.DateEnded)
        s.ended = e.DateEnded->toUTC();
    s.active = e.isOpen();
    s.durationSeconds = s.durationAt(QDateTime::currentDateTimeUtc());
    for (HistoryOrder &o : s.orders)
        o = HistoryOrder{o.id, {}, {}, {}, {}};
    s.orderCount = int(s.orders.size());
    s.submittedTotal = {};
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
