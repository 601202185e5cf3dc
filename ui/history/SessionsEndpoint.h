#pragma once

#include "history/HistorySession.h"

#include <QString>
#include <QUrlQuery>
#include <nlohmann/json.hpp>
#include <vector>

namespace onbehalf {

// The marketplace's sessions extension as the history reads it: GET /v1/impersonationsessions
// (a list page) and GET /v1/impersonationsessions/{id}.
namespace SessionsEndpoint {

// Adds a query item, percent-encoding the value (paths are built FullyEncoded).
void addItem(QUrlQuery &q, const QString &key, const QString &value);
QString listPath(const QUrlQuery &q);
QString sessionPath(const QString &sessionId);
// The sessions of a list page; empty with `error` set when the page cannot be read.
std::vector<HistorySession> parsePage(const nlohmann::json &page, QString *error);
// Meta.TotalCount, or -1.
int totalCount(const nlohmann::json &page);

} // namespace SessionsEndpoint

} // namespace onbehalf
