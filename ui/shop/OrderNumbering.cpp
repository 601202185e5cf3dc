#include "shop/OrderNumbering.h"

#include "core/api/IncrementorsApi.h"

namespace onbehalf {

OrderNumbering::OrderNumbering(MarketplaceClient *client, QObject *parent) : QObject(parent), m_client(client) {}

void OrderNumbering::check(const MarketplaceSettings &settings)
{
    const quint64 generation = ++m_generation;
    m_template.clear();
    if (settings.orderIncrementorId.isEmpty()) {
        m_checking = false;
        emit checked();
        return;
    }
    m_checking = true;
    const QString prefix = settings.orderNumberPrefix;
    IncrementorsApi(m_client).incrementor(
        settings.orderIncrementorId, this, [this, generation, prefix](Result<wire::Incrementor> r) {
            if (generation != m_generation)
                return;
            // Not there (404), not readable (403) or unreachable: generated IDs, as before.
            m_template = r.ok() ? IncrementorsApi::orderIdTemplate(prefix, r.value.ID) : QString();
            m_checking = false;
            for (auto &then : std::exchange(m_waiting, {}))
                then();
            emit checked();
        });
}

void OrderNumbering::whenReady(std::function<void()> then)
{
    if (m_checking)
        m_waiting.push_back(std::move(then));
    else
        then();
}

} // namespace onbehalf
