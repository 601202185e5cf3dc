#include "history/SessionFilter.h"

#include "wire/Json.h"

#include <QRegularExpression>
#include <QUrl>
#include <utility>

namespace onbehalf {

namespace {
// Values are percent-encoded here: the query is sent as it is (FullyEncoded).
void addItem(QUrlQuery &q, const QString &key, const QString &value)
{
    q.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
}

QDateTime localMidnight(QDate day)
{
    return QDateTime(day, QTime(0, 0)).toUTC();
}
} // namespace

void SessionFilter::setRange(const QString &range, QDate first, QDate last)
{
    const QDate today = QDate::currentDate();
    from = to = QDateTime();
    if (range == QLatin1String("today")) {
        from = localMidnight(today);
    } else if (range == QLatin1String("7days")) {
        from = localMidnight(today.addDays(-6));
    } else if (range == QLatin1String("30days")) {
        from = localMidnight(today.addDays(-29));
    } else if (range == QLatin1String("custom")) {
        if (last < first)
            std::swap(first, last);
        from = localMidnight(first);
        to = localMidnight(last.addDays(1));
    }
}

QUrlQuery SessionFilter::toQuery() const
{
    QUrlQuery q;
    if (!agent.trimmed().isEmpty())
        addItem(q, QStringLiteral("AgentUsername"), agent.trimmed());
    if (!buyerId.isEmpty())
        addItem(q, QStringLiteral("BuyerID"), buyerId);
    const QString u = user.trimmed();
    if (!u.isEmpty())
        addItem(q, QStringLiteral("Username"), u.contains(QLatin1Char('*')) ? u : QString(u + QLatin1Char('*')));
    if (from.isValid())
        addItem(q, QStringLiteral("DateStarted"), QString(QStringLiteral(">=") + wire::formatDateTime(from)));
    if (to.isValid())
        addItem(q, QStringLiteral("DateStarted"), QString(QLatin1Char('<') + wire::formatDateTime(to)));
    if (activeOnly)
        addItem(q, QStringLiteral("Status"), QStringLiteral("Active"));
    if (!search.simplified().isEmpty()) {
        addItem(q, QStringLiteral("search"), search.simplified());
        addItem(q, QStringLiteral("searchOn"), QStringLiteral("Reason,CaseNumber,Username,UserFullName,AgentUsername"));
    }
    return q;
}

namespace {
// '*' wildcards, case-insensitive, as the marketplace matches text filters.
bool wildcardMatch(const QString &pattern, const QString &text)
{
    if (!pattern.contains(QLatin1Char('*')))
        return pattern.compare(text, Qt::CaseInsensitive) == 0;
    const QRegularExpression re(QRegularExpression::wildcardToRegularExpression(pattern),
                                QRegularExpression::CaseInsensitiveOption);
    return re.match(text).hasMatch();
}
} // namespace

bool SessionFilter::matches(const HistorySession &s) const
{
    if (!agent.trimmed().isEmpty() && !wildcardMatch(agent.trimmed(), s.agentUsername))
        return false;
    if (!buyerId.isEmpty() && s.buyerId != buyerId)
        return false;
    const QString u = user.trimmed();
    if (!u.isEmpty() && !wildcardMatch(u.contains(QLatin1Char('*')) ? u : QString(u + QLatin1Char('*')), s.username))
        return false;
    if (from.isValid() && s.started < from)
        return false;
    if (to.isValid() && s.started >= to)
        return false;
    if (activeOnly && !s.active)
        return false;
    const QStringList words = search.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &w : words) {
        const bool hit = s.reason.contains(w, Qt::CaseInsensitive) || s.caseNumber.startsWith(w, Qt::CaseInsensitive) ||
                         s.username.startsWith(w, Qt::CaseInsensitive) ||
                         s.userFullName.contains(w, Qt::CaseInsensitive) ||
                         s.agentUsername.startsWith(w, Qt::CaseInsensitive);
        if (!hit)
            return false;
    }
    return true;
}

} // namespace onbehalf
