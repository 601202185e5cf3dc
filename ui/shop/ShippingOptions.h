#pragma once

#include "wire/ShipEstimateResponse.h"

#include <QGroupBox>
#include <optional>

class QLabel;
class QVBoxLayout;

namespace onbehalf {

// "Shipping": the ship methods the marketplace's checkout offers for each shipment, with cost and
// delivery estimate, as radio buttons (arrow keys change the choice; each has an accessible name
// saying all of it). Hidden where the marketplace needs no ship method.
class ShippingOptions : public QGroupBox
{
    Q_OBJECT

public:
    explicit ShippingOptions(QWidget *parent = nullptr);

    void showEstimates(const wire::ShipEstimateResponse &estimates, const QString &currency);
    void clearEstimates(); // hides it
    // The chosen method of the first shipment (for the read-back), or nothing.
    std::optional<wire::ShipMethod> selectedMethod() const;

    // The cheapest method of an estimate (the first of equal costs), or nothing.
    static std::optional<wire::ShipMethod> cheapest(const wire::ShipEstimate &estimate);
    // "Express — $24.95, 1–2 days" style text for one method.
    static QString describe(const wire::ShipMethod &method, const QString &currency);

signals:
    void methodChosen(const QString &shipEstimateId, const QString &shipMethodId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    QVBoxLayout *m_layout;
    QWidget *m_rows = nullptr;
    std::optional<wire::ShipEstimateResponse> m_estimates;
    QString m_currency = QStringLiteral("USD");
};

} // namespace onbehalf
