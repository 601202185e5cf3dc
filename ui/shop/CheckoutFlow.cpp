#include "shop/CheckoutFlow.h"

#include "core/api/CheckoutApi.h"
#include "shop/ShippingOptions.h"

namespace onbehalf {

CheckoutFlow::CheckoutFlow(MarketplaceClient *client, QObject *parent) : QObject(parent), m_client(client) {}

void CheckoutFlow::reset()
{
    cancel();
    m_need = Need::Unknown;
}

void CheckoutFlow::cancel()
{
    ++m_generation;
    setBusy(false);
}

void CheckoutFlow::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

void CheckoutFlow::update(const QString &orderId)
{
    if (m_need == Need::NotNeeded || orderId.isEmpty())
        return;
    const quint64 generation = ++m_generation;
    setBusy(true);
    CheckoutApi(m_client).estimateShipping(orderId, this, [this, orderId, generation](Result<wire::OrderWorksheet> r) {
        if (generation != m_generation)
            return;
        if (!r.ok()) {
            // A marketplace without a checkout integration (or an API without these routes) needs
            // no ship method: noticed on the first try, never shown as a problem.
            if (m_need == Need::Unknown && (CheckoutApi::isNoIntegration(r.error) || r.error.status() == 404)) {
                m_need = Need::NotNeeded;
                setBusy(false);
                emit notNeeded();
                return;
            }
            setBusy(false);
            emit failed(r.error, [this, orderId] { update(orderId); });
            return;
        }
        if (!r.value.ShipEstimateResponse || r.value.ShipEstimateResponse->ShipEstimates.empty()) {
            m_need = Need::NotNeeded; // the integration does not act for this buyer
            setBusy(false);
            emit notNeeded();
            return;
        }
        m_need = Need::Needed;
        selectCheapest(orderId, r.value, generation);
    });
}

void CheckoutFlow::selectCheapest(const QString &orderId, const wire::OrderWorksheet &worksheet, quint64 generation)
{
    wire::OrderShipMethodSelection selection;
    for (const wire::ShipEstimate &e : worksheet.ShipEstimateResponse->ShipEstimates) {
        const bool offered = e.SelectedShipMethodID &&
                             std::any_of(e.ShipMethods.begin(), e.ShipMethods.end(),
                                         [&e](const wire::ShipMethod &m) { return m.ID == *e.SelectedShipMethodID; });
        if (offered)
            continue; // the agent's (or the storefront's) choice stays
        if (const auto m = ShippingOptions::cheapest(e))
            selection.ShipMethodSelections.push_back({e.ID, m->ID});
    }
    if (selection.ShipMethodSelections.empty()) {
        finish(orderId, generation);
        return;
    }
    CheckoutApi(m_client).selectShipMethods(orderId, selection, this,
                                            [this, orderId, generation](Result<wire::OrderWorksheet> r) {
                                                if (generation != m_generation)
                                                    return;
                                                if (!r.ok()) {
                                                    setBusy(false);
                                                    emit failed(r.error, [this, orderId] { update(orderId); });
                                                    return;
                                                }
                                                finish(orderId, generation);
                                            });
}

void CheckoutFlow::choose(const QString &orderId, const QString &shipEstimateId, const QString &shipMethodId)
{
    const quint64 generation = ++m_generation;
    setBusy(true);
    wire::OrderShipMethodSelection selection;
    selection.ShipMethodSelections.push_back({shipEstimateId, shipMethodId});
    CheckoutApi(m_client).selectShipMethods(
        orderId, selection, this,
        [this, orderId, shipEstimateId, shipMethodId, generation](Result<wire::OrderWorksheet> r) {
            if (generation != m_generation)
                return;
            if (!r.ok()) {
                setBusy(false);
                emit failed(r.error, [this, orderId, shipEstimateId, shipMethodId] {
                    choose(orderId, shipEstimateId, shipMethodId);
                });
                return;
            }
            finish(orderId, generation);
        });
}

void CheckoutFlow::finish(const QString &orderId, quint64 generation)
{
    if (generation != m_generation)
        return;
    // The totals as the integration calculates them with the selected methods and the ship-to.
    CheckoutApi(m_client).calculate(orderId, this, [this, orderId, generation](Result<wire::OrderWorksheet> r) {
        if (generation != m_generation)
            return;
        setBusy(false);
        if (!r.ok()) {
            emit failed(r.error, [this, orderId] { update(orderId); });
            return;
        }
        emit shown(r.value);
    });
}

} // namespace onbehalf
