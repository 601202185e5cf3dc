#include "resources/PolicyResources.h"

#include "Services.h"
#include "http/HttpError.h"
#include "http/RequestContext.h"
#include "http/Router.h"
#include "resources/SessionAccess.h"
#include "storage/PolicyStore.h"

#include <QRegularExpression>

namespace onbehalf::server::PolicyResources {

namespace {

constexpr int kMaxChecks = 20;
constexpr int kMaxCheckLength = 50;
constexpr int kMaxGraceMinutes = 240;
// 10^12 in the currency's units: far above any order, far below the 1/10,000 storage's range.
const wire::Amount kMaxLimit = wire::Amount::fromDecimal(1'000'000'000'000LL, 0);

HttpError invalid(const QString &code, const QString &message, nlohmann::json data = nullptr)
{
    return HttpError::badRequest(code, message, std::move(data));
}

void validate(wire::OnbehalfPolicy &p)
{
    if (p.SessionOrderLimit && (p.SessionOrderLimit->isNegative() || *p.SessionOrderLimit > kMaxLimit))
        throw invalid(QStringLiteral("Onbehalf.InvalidOrderLimit"),
                      QStringLiteral("SessionOrderLimit must be between 0 and 1,000,000,000,000, or null for none."),
                      nlohmann::json{{"SessionOrderLimit", *p.SessionOrderLimit}});
    if (p.SessionOrderLimit)
        p.SessionOrderLimit = wire::Amount::fromUnits(p.SessionOrderLimit->units());
    static const QRegularExpression currency(QStringLiteral("^[A-Z]{3}$"));
    if (!currency.match(p.Currency).hasMatch())
        throw invalid(QStringLiteral("Onbehalf.InvalidCurrency"),
                      QStringLiteral("Currency must be an ISO 4217 code such as USD."),
                      nlohmann::json{{"Currency", p.Currency}});
    QStringList checks;
    for (const QString &raw : std::as_const(p.VerificationChecks)) {
        const QString check = raw.trimmed();
        if (check.isEmpty() || check.size() > kMaxCheckLength || checks.contains(check))
            throw invalid(QStringLiteral("Onbehalf.InvalidVerificationChecks"),
                          QStringLiteral("Each verification check is a distinct name of 1 to %1 characters.")
                              .arg(kMaxCheckLength),
                          nlohmann::json{{"Check", raw}});
        checks << check;
    }
    if (checks.size() > kMaxChecks)
        throw invalid(QStringLiteral("Onbehalf.InvalidVerificationChecks"),
                      QStringLiteral("At most %1 verification checks.").arg(kMaxChecks));
    p.VerificationChecks = checks;
    if (p.ScreenLockGraceMinutes < 0 || p.ScreenLockGraceMinutes > kMaxGraceMinutes)
        throw invalid(QStringLiteral("Onbehalf.InvalidScreenLockGrace"),
                      QStringLiteral("ScreenLockGraceMinutes must be between 0 and %1.").arg(kMaxGraceMinutes),
                      nlohmann::json{{"ScreenLockGraceMinutes", p.ScreenLockGraceMinutes}});
}

} // namespace

void registerRoutes(Router &router, Services &s)
{
    using M = HttpRequest::Method;
    const QString path = QStringLiteral("/v1/onbehalf/policy");

    router.add(M::Get, path, [&s](RequestContext &ctx) {
        // Agents read it too: the desk asks for the verification the policy wants.
        ctx.requireRoles({SessionAccess::supervisorRole(), QStringLiteral("BuyerImpersonation"),
                          QStringLiteral("ApiClientAdmin"), QStringLiteral("ApiClientReader")});
        return Reply::ok(nlohmann::json(PolicyStore::load(s.db)));
    });

    router.add(M::Put, path, [&s](RequestContext &ctx) {
        const Caller &c = ctx.requireRoles({SessionAccess::supervisorRole(), QStringLiteral("ApiClientAdmin")});
        SessionAccess::refuseBuyerToken(ctx, QStringLiteral("change the policy"));
        // PUT replaces: what the body leaves out takes its default.
        wire::OnbehalfPolicy p = ctx.jsonBody().get<wire::OnbehalfPolicy>();
        validate(p);
        p.ModifiedBy = c.username;
        p.DateModified = QDateTime::currentDateTimeUtc();
        PolicyStore::save(s.db, p);
        return Reply::ok(nlohmann::json(p));
    });
}

} // namespace onbehalf::server::PolicyResources
