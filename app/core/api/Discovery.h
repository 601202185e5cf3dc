#pragma once

#include "core/net/MarketplaceClient.h"

namespace onbehalf {

// What the marketplace offers beyond plain OrderCloud, asked once per sign-in. Today: does it
// have Onbehalf's sessions extension (server-side audit of impersonation sessions)?
// The answer comes from a route-level question only — a list of sessions, one item — so a
// NotFound for some missing object elsewhere can never change it.
class Discovery : public QObject
{
    Q_OBJECT

public:
    enum class Extension
    {
        Unknown, // not asked yet, or the marketplace did not answer (asked again when needed)
        Present,
        Absent
    };
    Q_ENUM(Extension)

    template <typename T>
    using Callback = MarketplaceClient::Callback<T>;

    explicit Discovery(MarketplaceClient *client, QObject *parent = nullptr);

    Extension sessionsExtension() const { return m_sessions; }
    // Asks the marketplace unless the answer is known for this sign-in; `done` gets the answer
    // (Unknown with the error when the marketplace could not be asked). Concurrent asks share
    // one request.
    void probeSessionsExtension(QObject *context, Callback<Extension> done);
    // Forgets the answer (a new sign-in, another marketplace).
    void reset();

    // How a GET of the sessions collection answered, as presence. Public for unit tests.
    static Extension classify(const ApiError &error);

signals:
    void sessionsExtensionChanged(onbehalf::Discovery::Extension extension);

private:
    void setSessions(Extension e);

    MarketplaceClient *m_client;
    Extension m_sessions = Extension::Unknown;
    bool m_probing = false;
    std::vector<Callback<Extension>> m_waiting;
    quint64 m_generation = 0; // a reset() while a probe runs makes its answer stale
};

} // namespace onbehalf
