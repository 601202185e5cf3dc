#pragma once

#include <QString>
#include <nlohmann/json.hpp>

// Records shaped as the ordercloud-javascript-sdk 12 typings (dist/models/*.d.ts) say: every
// field present, null where unset, xp an object, dates as OrderCloud writes them, Locale an
// object, money plain JSON numbers with as many decimals as the marketplace computed.
namespace onbehalf::test::oc {

nlohmann::json locale();
nlohmann::json meta(int page, int pageSize, int totalCount);
nlohmann::json listPage(const nlohmann::json &items, int page, int pageSize);
nlohmann::json errors(const char *code, const QString &message, const nlohmann::json &data = nullptr);
nlohmann::json accessToken(const QByteArray &access, int expiresIn, const QByteArray &refresh);

nlohmann::json agentMe(const QString &username);
nlohmann::json buyer();
nlohmann::json buyerUsers(); // Jane (with a Locale object) and Li (inactive)
nlohmann::json buyerProducts();
nlohmann::json buyerAddress();
nlohmann::json newOrder(const QString &id, const nlohmann::json &fromUser, const nlohmann::json &xp);
nlohmann::json lineItem(const QString &id, const nlohmann::json &product, int quantity);

QString now(); // "2026-11-26T10:11:12.345+00:00"

} // namespace onbehalf::test::oc
