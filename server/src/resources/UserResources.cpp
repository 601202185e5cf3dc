#include "resources/UserResources.h"

#include "Services.h"
#include "auth/PasswordHasher.h"
#include "auth/TokenService.h"
#include "http/HttpError.h"
#include "http/RequestContext.h"
#include "http/Router.h"
#include "resources/DocumentResource.h"
#include "storage/Database.h"
#include "storage/DocumentStore.h"
#include "storage/SessionStore.h"
#include "storage/SqlValues.h"
#include "storage/UserStore.h"
#include "wire/Json.h"
#include "wire/MeUser.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace onbehalf::server::UserResources {

namespace {

struct Kind
{
    bool isAdmin;
    QString collection;
    QString objectType;
    QStringList readRoles;
    QStringList writeRoles;
};

const QStringList kRequired{QStringLiteral("Username"), QStringLiteral("FirstName"), QStringLiteral("LastName"),
                            QStringLiteral("Email"), QStringLiteral("Active")};

QString buyerOf(const Kind &k, RequestContext &ctx, Services &s)
{
    if (k.isAdmin)
        return {};
    const QString buyer = ctx.param(QStringLiteral("buyerID"));
    if (!s.docs.exists(QStringLiteral("Buyer"), QString(), buyer))
        throw HttpError::notFound(QStringLiteral("Buyer"), buyer);
    return buyer;
}

// Validates `body` (complete, after a PATCH merge) and stores it as user `id`.
nlohmann::json save(Services &s, const Kind &k, const QString &buyer, const QString &id, nlohmann::json body,
                    const std::optional<UserRecord> &existing)
{
    body["ID"] = id.toStdString();
    const QStringList missing = wire::missingRequired(body, kRequired);
    if (!missing.isEmpty())
        throw HttpError::requiredFields(missing);
    UserRecord r;
    r.user = body.get<wire::User>();
    DocumentResource::checkXpSize(r.user.xp);
    r.user.ID = id;
    r.isAdmin = k.isAdmin;
    r.buyerId = buyer;
    if (r.user.Username.size() > 100 || r.user.FirstName.size() > 100 || r.user.LastName.size() > 100 ||
        r.user.Email.size() > 200)
        throw HttpError::badRequest(QStringLiteral("InvalidRequest"), QStringLiteral("A field is too long."));
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!email.match(r.user.Email).hasMatch())
        throw HttpError::badRequest(QStringLiteral("InvalidEmail"),
                                    QStringLiteral("'%1' is not a valid email address.").arg(r.user.Email));
    if (s.users.usernameTaken(r.user.Username, id))
        throw HttpError(409, QStringLiteral("User.UsernameMustBeUnique"),
                        QStringLiteral("The username '%1' is already taken.").arg(r.user.Username));
    if (existing) {
        r.passwordHash = existing->passwordHash;
        r.user.DateCreated = existing->user.DateCreated;
        r.user.LastActive = existing->user.LastActive;
        r.user.PasswordLastSetDate = existing->user.PasswordLastSetDate;
        r.failedLogins = existing->failedLogins;
        r.lockedUntil = existing->lockedUntil;
    } else {
        r.user.DateCreated = QDateTime::currentDateTimeUtc();
        r.user.LastActive.reset();
        r.user.PasswordLastSetDate.reset();
    }
    if (r.user.Password && !r.user.Password->isEmpty()) {
        if (!PasswordHasher::meetsPolicy(*r.user.Password))
            throw HttpError::badRequest(QStringLiteral("User.PasswordRequirementsNotMet"),
                                        PasswordHasher::policyMessage());
        r.passwordHash = PasswordHasher::hash(*r.user.Password);
        r.user.PasswordLastSetDate = QDateTime::currentDateTimeUtc();
        r.failedLogins = 0;
        r.lockedUntil.reset();
    }
    r.user.Password.reset();
    if (existing)
        s.users.update(r);
    else
        s.users.insert(r);
    return s.users.toJson(r);
}

void registerKind(Router &router, Services &s, const Kind &k)
{
    using M = HttpRequest::Method;
    const QString item = k.collection + QStringLiteral("/{userID}");

    router.add(M::Get, k.collection, [&s, k](RequestContext &ctx) {
        ctx.requireRoles(k.readRoles);
        const QString buyer = buyerOf(k, ctx, s);
        const ListQuery q = ListQuery::parse(ctx.query(), s.users.listSpec(k.isAdmin, buyer), s.db);
        SqlWhere where;
        where.add(QStringLiteral("kind = ? AND buyer_id = ?"),
                  {k.isAdmin ? QStringLiteral("admin") : QStringLiteral("buyer"), buyer});
        // Rows first, then their roles for the whole page at once.
        std::vector<UserRecord> records;
        nlohmann::json page =
            q.run(s.db, UserStore::columns(), QStringLiteral("users"), where, [&records](const QSqlQuery &r) {
                records.push_back(UserStore::fromRow(r));
                return nlohmann::json();
            });
        page["Items"] = s.users.toJson(records);
        return Reply::ok(std::move(page));
    });

    router.add(M::Post, k.collection, [&s, k](RequestContext &ctx) {
        ctx.requireRoles(k.writeRoles);
        const QString buyer = buyerOf(k, ctx, s);
        const nlohmann::json &body = ctx.jsonBody();
        QString id = body.contains("ID") && body["ID"].is_string()
                         ? QString::fromStdString(body["ID"].get<std::string>())
                         : QString();
        if (id.isEmpty())
            id = DocumentResource::newId();
        DocumentResource::validateId(id);
        if (s.users.findById(id))
            throw HttpError::idExists(k.objectType, id);
        Database::Transaction tx(s.db);
        nlohmann::json out = save(s, k, buyer, id, body, std::nullopt);
        tx.commit();
        return Reply::created(out);
    });

    router.add(M::Get, item, [&s, k](RequestContext &ctx) {
        ctx.requireRoles(k.readRoles);
        const QString buyer = buyerOf(k, ctx, s);
        const QString id = ctx.param(QStringLiteral("userID"));
        const auto r = s.users.find(k.isAdmin, buyer, id);
        if (!r)
            throw HttpError::notFound(k.objectType, id);
        return Reply::ok(s.users.toJson(*r));
    });

    router.add(M::Put, item, [&s, k](RequestContext &ctx) {
        ctx.requireRoles(k.writeRoles);
        const QString buyer = buyerOf(k, ctx, s);
        const QString id = ctx.param(QStringLiteral("userID"));
        DocumentResource::validateId(id);
        const auto any = s.users.findById(id);
        const auto existing = s.users.find(k.isAdmin, buyer, id);
        if (any && !existing)
            throw HttpError::idExists(k.objectType, id); // the ID belongs to another buyer or an admin
        Database::Transaction tx(s.db);
        nlohmann::json out = save(s, k, buyer, id, ctx.jsonBody(), existing);
        tx.commit();
        return existing ? Reply::ok(out) : Reply::created(out);
    });

    router.add(M::Patch, item, [&s, k](RequestContext &ctx) {
        ctx.requireRoles(k.writeRoles);
        const QString buyer = buyerOf(k, ctx, s);
        const QString id = ctx.param(QStringLiteral("userID"));
        const auto existing = s.users.find(k.isAdmin, buyer, id);
        if (!existing)
            throw HttpError::notFound(k.objectType, id);
        nlohmann::json current = nlohmann::json(existing->user);
        Database::Transaction tx(s.db);
        nlohmann::json out = save(s, k, buyer, id, DocumentResource::patched(current, ctx.jsonBody()), existing);
        tx.commit();
        return Reply::ok(out);
    });

    router.add(M::Delete, item, [&s, k](RequestContext &ctx) {
        ctx.requireRoles(k.writeRoles);
        const QString buyer = buyerOf(k, ctx, s);
        const QString id = ctx.param(QStringLiteral("userID"));
        if (!s.users.find(k.isAdmin, buyer, id))
            throw HttpError::notFound(k.objectType, id);
        Database::Transaction tx(s.db);
        s.tokens.revokeUser(id, true);
        s.sessions.endOpenSessionsForUser(id, QStringLiteral("Revoked"), ctx.caller().username);
        s.users.remove(id);
        s.db.exec(QStringLiteral("DELETE FROM group_members WHERE user_id = ? AND buyer_id = ?"), {id, buyer});
        s.db.exec(QStringLiteral("DELETE FROM profile_assignments WHERE user_id = ? AND buyer_id = ?"), {id, buyer});
        tx.commit();
        return Reply::noContent();
    });
}

// GET /v1/buyerusers (the SDK's Users.ListAcrossBuyers): buyer users of every buyer, with the list
// grammar of /v1/buyers/{buyerID}/users plus CompanyID; each item says its buyer in CompanyID.
Reply listAcrossBuyers(Services &s, RequestContext &ctx)
{
    ctx.requireRoles({QStringLiteral("BuyerUserAdmin"), QStringLiteral("BuyerUserReader")});
    const ListQuery q = ListQuery::parse(ctx.query(), s.users.listSpec(true), s.db);
    SqlWhere where;
    where.add(QStringLiteral("kind = ?"), {QStringLiteral("buyer")});
    std::vector<UserRecord> records;
    nlohmann::json page =
        q.run(s.db, UserStore::columns(), QStringLiteral("users"), where, [&records](const QSqlQuery &r) {
            records.push_back(UserStore::fromRow(r));
            return nlohmann::json();
        });
    page["Items"] = s.users.toJson(records);
    return Reply::ok(std::move(page));
}

} // namespace

void registerRoutes(Router &router, Services &s)
{
    using M = HttpRequest::Method;

    router.add(M::Get, QStringLiteral("/v1/buyerusers"),
               [&s](RequestContext &ctx) { return listAcrossBuyers(s, ctx); });

    registerKind(router, s,
                 Kind{true,
                      QStringLiteral("/v1/adminusers"),
                      QStringLiteral("AdminUser"),
                      {QStringLiteral("AdminUserAdmin"), QStringLiteral("AdminUserReader")},
                      {QStringLiteral("AdminUserAdmin")}});
    registerKind(router, s,
                 Kind{false,
                      QStringLiteral("/v1/buyers/{buyerID}/users"),
                      QStringLiteral("User"),
                      {QStringLiteral("BuyerUserAdmin"), QStringLiteral("BuyerUserReader")},
                      {QStringLiteral("BuyerUserAdmin")}});

    router.add(M::Delete, QStringLiteral("/v1/buyers/{buyerID}/users/{userID}/tokens"), [&s](RequestContext &ctx) {
        ctx.requireRoles({QStringLiteral("BuyerUserAdmin")});
        const QString buyer = ctx.param(QStringLiteral("buyerID"));
        const QString id = ctx.param(QStringLiteral("userID"));
        if (!s.users.find(false, buyer, id))
            throw HttpError::notFound(QStringLiteral("User"), id);
        Database::Transaction tx(s.db);
        s.tokens.revokeUser(id, true);
        s.sessions.endOpenSessionsForUser(id, QStringLiteral("Revoked"), ctx.caller().username);
        tx.commit();
        return Reply::noContent();
    });

    router.add(M::Get, QStringLiteral("/v1/me"), [&s](RequestContext &ctx) {
        const Caller &c = ctx.caller();
        const auto r = s.users.findById(c.userId);
        if (!r)
            throw HttpError::invalidToken();
        wire::MeUser me;
        static_cast<wire::User &>(me) = s.users.toWire(*r);
        if (!r->isAdmin) {
            wire::MeBuyer b;
            b.ID = r->buyerId;
            if (const auto buyer = s.docs.get(QStringLiteral("Buyer"), QString(), r->buyerId))
                wire::read(*buyer, "DefaultCatalogID", b.DefaultCatalogID);
            me.Buyer = b;
        } else {
            // Admin users belong to the marketplace owner: the seller organization.
            me.Seller = wire::MeSeller{s.db.setting(QStringLiteral("marketplace_id"))};
        }
        return Reply::ok(nlohmann::json(me));
    });

    router.add(M::Delete, QStringLiteral("/v1/me/tokens"), [&s](RequestContext &ctx) {
        const Caller &c = ctx.caller();
        // An impersonation token revokes itself only: the buyer's own sign-ins are not the agent's to end.
        // Nor does it end its session: only the agent (or a supervisor) writes how a session ended.
        Database::Transaction tx(s.db);
        if (c.isImpersonation()) {
            s.tokens.revokeToken(c.jti);
        } else {
            s.tokens.revokeUser(c.userId);
            // An agent signing out ends whatever it was doing as a buyer, and those tokens die too.
            for (const QString &session :
                 s.sessions.endOpenSessionsOfAgent(c.userId, QStringLiteral("SignedOut"), c.username))
                s.tokens.revokeSession(session);
        }
        tx.commit();
        return Reply::noContent();
    });
}

} // namespace onbehalf::server::UserResources
