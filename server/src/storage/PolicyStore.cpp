#include "storage/PolicyStore.h"

#include "storage/Database.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcPolicy, "onbehalf.server.policy", QtInfoMsg)

namespace onbehalf::server::PolicyStore {

namespace {
const QString kKey = QStringLiteral("onbehalf_policy");
}

wire::OnbehalfPolicy load(Database &db)
{
    // Not Database::setting(), which reads a failure as "unset": a policy must not fail open.
    const QString stored = db.scalar(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {kKey}).toString();
    if (stored.isEmpty())
        return {};
    try {
        return nlohmann::json::parse(stored.toStdString()).get<wire::OnbehalfPolicy>();
    } catch (const std::exception &e) {
        // Only the server writes it, validated; an unreadable one is a damaged database. Refusing
        // every order would be safer than ignoring a limit, so the limit falls to zero.
        qCCritical(lcPolicy) << "stored policy is unreadable, applying a zero limit:" << e.what();
        wire::OnbehalfPolicy strict;
        strict.SessionOrderLimit = wire::Amount();
        strict.RequireVerification = true;
        return strict;
    }
}

void save(Database &db, const wire::OnbehalfPolicy &policy)
{
    Database::Transaction tx(db);
    db.setSetting(kKey, QString::fromStdString(nlohmann::json(policy).dump()));
    tx.commit();
}

} // namespace onbehalf::server::PolicyStore
