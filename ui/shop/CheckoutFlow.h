#pragma once

#include "core/net/ApiError.h"
#include "wire/OrderWorksheet.h"

#include <QObject>
#include <functional>

namespace onbehalf {

class MarketplaceClient;

// Shipping and totals before submit, where the marketplace's checkout integration wants them:
// estimate shipping for the cart, select the cheapest method where none is selected yet (the
// agent changes it with choose()), and report the worksheet the marketplace calculated. A
// marketplace (or buyer) without one is noticed once per session and left alone from then on.
class CheckoutFlow : public QObject
{
    Q_OBJECT

public:
    enum class Need
    {
        Unknown,
        Needed,
        NotNeeded
    };

    CheckoutFlow(MarketplaceClient *client, QObject *parent = nullptr);

    void reset(); // a new session: the need is not known yet
    Need need() const { return m_need; }
    bool isBusy() const { return m_busy; }

    void update(const QString &orderId);
    void choose(const QString &orderId, const QString &shipEstimateId, const QString &shipMethodId);
    void cancel(); // answers still on the way are dropped

signals:
    void shown(const wire::OrderWorksheet &worksheet);
    void notNeeded();
    void failed(const ApiError &error, std::function<void()> retry);
    void busyChanged(bool busy);

private:
    void selectCheapest(const QString &orderId, const wire::OrderWorksheet &worksheet, quint64 generation);
    void finish(const QString &orderId, quint64 generation);
    void setBusy(bool busy);

    MarketplaceClient *m_client;
    Need m_need = Need::Unknown;
    bool m_busy = false;
    quint64 m_generation = 0;
};

} // namespace onbehalf
