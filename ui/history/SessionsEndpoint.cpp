#include "history/SessionsEndpoint.h"

#include <QCoreApplication>
#include <QUrl>

namespace onbehalf::SessionsEndpoint {

void addItem(QUrlQuery &q, const QString &key, const QString &value)
{
    q.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
}

QString listPath(const QUrlQuery &q)
{
    return QStringLiteral("/v1/impersonationsessions?") + q.query(QUrl::FullyEncoded);
}

QString sessionPath(const QString &sessionId)
{
    return QStringLiteral("/v1/impersonationsessions/") + QString::fromLatin1(QUrl::toPercentEncoding(sessionId));
}

std::vector<HistorySession> parsePage(const nlohmann::json &page, QString *error)
{
    std::vector<HistorySession> out;
    if (!page.is_object() || !page.contains("Items") || !page["Items"].is_array()) {
        if (error)
            *error = QCoreApplication::translate("SessionHistoryModel",
                                                 "The marketplace sent a session list this desk cannot read.");
        return out;
    }
    for (const nlohmann::json &item : page["Items"]) {
        QString why;
        auto s = HistorySession::fromJson(item, &why);
        if (!s) {
            if (error)
                *error = QCoreApplication::translate("SessionHistoryModel",
                                                     "The marketplace sent a session this desk cannot read (%1).")
                             .arg(why);
            return {};
        }
        out.push_back(std::move(*s));
    }
    return out;
}

int totalCount(const nlohmann::json &page)
{
    if (page.is_object() && page.contains("Meta") && page["Meta"].is_object()) {
        const auto &m = page["Meta"];
        if (m.contains("TotalCount") && m["TotalCount"].is_number_integer())
            return m["TotalCount"].get<int>();
    }
    return -1;
}

} // namespace onbehalf::SessionsEndpoint
