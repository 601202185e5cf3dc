#include "shop/ShippingOptions.h"

#include "shop/Money.h"

#include <QButtonGroup>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QRadioButton>
#include <QVBoxLayout>

namespace onbehalf {

ShippingOptions::ShippingOptions(QWidget *parent) : QGroupBox(parent), m_layout(new QVBoxLayout(this))
{
    setObjectName(QStringLiteral("shippingOptions"));
    setTitle(tr("Shippin&g"));
    hide();
}

void ShippingOptions::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        setTitle(tr("Shippin&g"));
        if (m_estimates)
            rebuild();
    }
    QGroupBox::changeEvent(event);
}

std::optional<wire::ShipMethod> ShippingOptions::cheapest(const wire::ShipEstimate &estimate)
{
    std::optional<wire::ShipMethod> best;
    for (const wire::ShipMethod &m : estimate.ShipMethods) {
        if (!best || m.Cost < best->Cost)
            best = m;
    }
    return best;
}

QString ShippingOptions::describe(const wire::ShipMethod &method, const QString &currency)
{
    const QString name = method.Name.value_or(method.ID);
    const QString cost = method.Cost.isZero() ? tr("free") : formatMoney(method.Cost, currency);
    if (method.EstimatedTransitDays <= 0)
        return tr("%1 — %2").arg(name, cost);
    // Written out rather than "%n day(s)": English has no translation file to choose the plural.
    if (method.EstimatedTransitDays == 1)
        return tr("%1 — %2, delivered in about a day").arg(name, cost);
    return tr("%1 — %2, delivered in about %3 days").arg(name, cost, QLocale().toString(method.EstimatedTransitDays));
}

void ShippingOptions::showEstimates(const wire::ShipEstimateResponse &estimates, const QString &currency)
{
    m_estimates = estimates;
    m_currency = currency;
    rebuild();
}

void ShippingOptions::clearEstimates()
{
    m_estimates.reset();
    rebuild();
}

void ShippingOptions::rebuild()
{
    // Keyboard focus stays on the chosen method when the estimates are shown again.
    const bool hadFocus = m_rows && m_rows->isAncestorOf(QWidget::focusWidget());
    delete m_rows;
    m_rows = new QWidget(this);
    auto *rows = new QVBoxLayout(m_rows);
    rows->setContentsMargins(0, 0, 0, 0);
    m_layout->addWidget(m_rows);
    const bool any = m_estimates && !m_estimates->ShipEstimates.empty();
    setVisible(any);
    if (!any)
        return;
    const bool several = m_estimates->ShipEstimates.size() > 1;
    int number = 0;
    for (const wire::ShipEstimate &e : m_estimates->ShipEstimates) {
        ++number;
        if (several)
            rows->addWidget(new QLabel(tr("Shipment %1").arg(QLocale().toString(number)), m_rows));
        // One widget per shipment: arrow keys move between that shipment's methods only.
        auto *box = new QWidget(m_rows);
        auto *boxLayout = new QVBoxLayout(box);
        boxLayout->setContentsMargins(0, 0, 0, 0);
        auto *group = new QButtonGroup(box);
        for (const wire::ShipMethod &m : e.ShipMethods) {
            auto *radio = new QRadioButton(describe(m, m_currency), box);
            radio->setObjectName(QStringLiteral("shipMethod_") + m.ID);
            radio->setAccessibleName(several ? tr("Shipment %1: %2").arg(QLocale().toString(number), radio->text())
                                             : radio->text());
            radio->setChecked(e.SelectedShipMethodID && *e.SelectedShipMethodID == m.ID);
            group->addButton(radio);
            boxLayout->addWidget(radio);
            if (hadFocus && radio->isChecked())
                radio->setFocus();
            const QString estimateId = e.ID;
            const QString methodId = m.ID;
            connect(radio, &QRadioButton::clicked, this, [this, estimateId, methodId] {
                if (m_estimates) {
                    for (const wire::ShipEstimate &known : m_estimates->ShipEstimates) {
                        if (known.ID == estimateId && known.SelectedShipMethodID == methodId)
                            return; // already the one the marketplace has
                    }
                }
                emit methodChosen(estimateId, methodId);
            });
        }
        rows->addWidget(box);
    }
}

std::optional<wire::ShipMethod> ShippingOptions::selectedMethod() const
{
    if (!m_estimates || m_estimates->ShipEstimates.empty())
        return std::nullopt;
    const wire::ShipEstimate &e = m_estimates->ShipEstimates.front();
    for (const wire::ShipMethod &m : e.ShipMethods) {
        if (e.SelectedShipMethodID && *e.SelectedShipMethodID == m.ID)
            return m;
    }
    return std::nullopt;
}

} // namespace onbehalf
