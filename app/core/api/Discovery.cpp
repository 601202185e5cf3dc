#include "core/api/Discovery.h"

#include "core/api/SessionsApi.h"
#include "core/net/Guarded.h"

namespace onbehalf {

Discovery::Discovery(MarketplaceClient *client, QObject *parent) : QObject(parent), m_client(client)
{
    // Another sign-in, maybe another marketplace: ask again.
    connect(client, &MarketplaceClient::signInStarted, this, &Discovery::reset);
    connect(client, &MarketplaceClient::agentTokenChanged, this, [this] {
        if (!m_client->isSignedIn())
            reset();
    });
}

Discovery::Extension Discovery::classify(const ApiError &error)
{
    if (!error.isError())
        return Extension::Present;
    switch (error.status()) {
    case 400: // the route exists, it disliked the query
    case 403: // the route exists, this agent may not list sessions
        return Extension::Present;
    case 404:
    case 405:
        // A collection has no object that could be missing: a 404 here means "no such route".
        // Only if the marketplace insists that some object (other than a route) is missing do we
        // not conclude anything.
        if (error.data().is_object() && error.data().contains("ObjectType") && error.data()["ObjectType"].is_string() &&
            error.data()["ObjectType"] != "Route")
            return Extension::Unknown;
        return Extension::Absent;
    default:
        return Extension::Unknown; // 401 after refresh, 5xx, network, garbage: ask again later
    }
}

void Discovery::probeSessionsExtension(QObject *context, Callback<Extension> done)
{
    auto callback = guarded(context, std::move(done));
    if (m_sessions != Extension::Unknown) {
        callback(Result<Extension>{m_sessions, {}});
        return;
    }
    m_waiting.push_back(callback);
    if (m_probing)
        return;
    m_probing = true;
    const quint64 generation = m_generation;
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("pageSize"), QStringLiteral("1"));
    // Raw on purpose: only the status matters, and a page that does not decode must not say "absent".
    m_client->request("GET", SessionsApi::collectionPath() + QLatin1Char('?') + q.query(QUrl::FullyEncoded), nullptr,
                      MarketplaceClient::Token::Agent, this, [this, generation](Result<nlohmann::json> r) {
                          m_probing = false;
                          const Extension e = classify(r.error);
                          if (generation == m_generation)
                              setSessions(e);
                          auto waiting = std::move(m_waiting);
                          m_waiting.clear();
                          const ApiError error = e == Extension::Unknown ? r.error : ApiError();
                          for (auto &w : waiting)
                              w(Result<Extension>{e, error});
                      });
}

void Discovery::reset()
{
    ++m_generation;
    setSessions(Extension::Unknown);
}

void Discovery::setSessions(Extension e)
{
    if (m_sessions == e)
        return;
    m_sessions = e;
    emit sessionsExtensionChanged(e);
}

} // namespace onbehalf
