#pragma once

#include <QString>

namespace onbehalf::server {

struct Services;

// The demo marketplace (`--seed demo`): a contract that the README, the desktop app's
// "Local demo marketplace" and the tests rely on. Seeding is idempotent.
class DemoSeed
{
public:
    static QString serviceDeskClientId() { return QStringLiteral("0FF1CE00-DE5C-4000-8000-000000000001"); }
    static QString storefrontClientId() { return QStringLiteral("0FF1CE00-DE5C-4000-8000-000000000002"); }
    static QString demoPassword() { return QStringLiteral("Onbehalf#2026"); }

    static void seedDemo(Services &s);
    // Products, price schedules, one catalog per buyer and the buyer users' addresses.
    static void seedDemoCatalog(Services &s);
    // Adds deterministic synthetic buyer users (SYN-000001 …) spread over the demo buyers,
    // up to `count` in total across runs.
    static void seedSyntheticUsers(Services &s, int count);
    // Adds deterministic ended impersonation sessions of the demo agents over the past 90 days,
    // up to `count` in total across runs (history views and their benchmarks).
    static void seedSyntheticSessions(Services &s, int count);
};

} // namespace onbehalf::server
