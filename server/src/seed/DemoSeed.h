#pragma once

#include <QString>
#include <QStringList>

namespace onbehalf::server {

struct Services;

// The demo marketplace (`--seed demo`): a contract that the README, the desktop app's
// "Local demo marketplace" and the tests rely on. Every seed is deterministic and idempotent
// (a key in the settings table records what was added), and runs in one transaction.
//
// - API clients: serviceDeskClientId() "Service Desk" (admins and any buyer, refresh tokens on)
//   and storefrontClientId() "Storefront" (any buyer, no refresh tokens).
// - Admin users agent01…agent03 (service-desk-agent), supervisor01 (service-desk-supervisor),
//   admin01 (marketplace-admin); every demo user's password is demoPassword().
// - Buyers NORTHWIND, CONTOSO, FABRIKAM with about 30 users each (NW-0001 …, CS-0001 …,
//   FB-0001 …; users 0007 and 0019 of each are inactive), three or four user groups
//   (business units, e.g. NORTHWIND-PHARMACY) that every user belongs to, and buyer-shopper
//   assigned at buyer level.
// - Impersonation configs imp-northwind and imp-contoso (Service Desk client, profile
//   impersonation-shopper, any impersonator); none for FABRIKAM.
class DemoSeed
{
public:
    static QString serviceDeskClientId() { return QStringLiteral("0FF1CE00-DE5C-4000-8000-000000000001"); }
    static QString storefrontClientId() { return QStringLiteral("0FF1CE00-DE5C-4000-8000-000000000002"); }
    static QString demoPassword() { return QStringLiteral("Onbehalf#2026"); }

    static QString agentProfileId() { return QStringLiteral("service-desk-agent"); }
    static QString supervisorProfileId() { return QStringLiteral("service-desk-supervisor"); }
    static QString adminProfileId() { return QStringLiteral("marketplace-admin"); }
    static QString buyerShopperProfileId() { return QStringLiteral("buyer-shopper"); }
    static QString impersonationProfileId() { return QStringLiteral("impersonation-shopper"); }
    static QString supervisorCustomRole() { return QStringLiteral("ServiceDeskSupervisor"); }

    static QString northwindId() { return QStringLiteral("NORTHWIND"); }
    static QString contosoId() { return QStringLiteral("CONTOSO"); }
    static QString fabrikamId() { return QStringLiteral("FABRIKAM"); }
    static QStringList buyerIds() { return {northwindId(), contosoId(), fabrikamId()}; }
    // Buyers whose users the agents may impersonate (FABRIKAM deliberately has no config).
    static QStringList impersonableBuyerIds() { return {northwindId(), contosoId()}; }

    static QStringList agentUsernames()
    {
        return {QStringLiteral("agent01"), QStringLiteral("agent02"), QStringLiteral("agent03")};
    }
    static QString supervisorUsername() { return QStringLiteral("supervisor01"); }
    static QString adminUsername() { return QStringLiteral("admin01"); }

    // The well-known first user of each buyer (active, used in docs and tests).
    static QString janeDoeUsername() { return QStringLiteral("jane.doe"); }
    static QString janeDoeId() { return QStringLiteral("NW-0001"); }
    static QString samRiveraUsername() { return QStringLiteral("sam.rivera"); }
    static QString samRiveraId() { return QStringLiteral("CS-0001"); }
    static QString lenaFischerUsername() { return QStringLiteral("lena.fischer"); }
    static QString lenaFischerId() { return QStringLiteral("FB-0001"); }

    // The synthetic user number n (1-based): SYN-000001 …
    static QString syntheticUserId(int n) { return QStringLiteral("SYN-%1").arg(n, 6, 10, QLatin1Char('0')); }

    // Admin users, buyers, users, groups, security profiles, API clients and impersonation
    // configs; then seedDemoCatalog().
    static void seedDemo(Services &s);
    // Products, price schedules, one catalog per buyer and the buyer users' addresses.
    static void seedDemoCatalog(Services &s);
    // Adds deterministic synthetic buyer users (SYN-000001 …, round-robin over the demo
    // buyers, each in one of its buyer's groups) up to `count` in total across runs. Seeds the
    // demo first when it has not been, since the users belong to its buyers.
    static void seedSyntheticUsers(Services &s, int count);
    // Adds deterministic ended impersonation sessions of the demo agents over the past 90 days,
    // up to `count` in total across runs (history views and their benchmarks).
    static void seedSyntheticSessions(Services &s, int count);
};

} // namespace onbehalf::server
