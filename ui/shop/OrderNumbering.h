#pragma once

#include "core/platform/MarketplaceSettings.h"

#include <QObject>
#include <functional>
#include <vector>

namespace onbehalf {

class MarketplaceClient;

// Readable order numbers: once per session start, asks the marketplace whether it has the
// configured incrementor; if so, new orders get the ID "<prefix>-{<incrementor>}" (the
// marketplace turns it into OB-000123), otherwise the marketplace's generated ID.
class OrderNumbering : public QObject
{
    Q_OBJECT

public:
    OrderNumbering(MarketplaceClient *client, QObject *parent = nullptr);

    void check(const MarketplaceSettings &settings);
    // The ID to create an order with; empty: let the marketplace generate one.
    QString idTemplate() const { return m_template; }
    bool isChecking() const { return m_checking; }
    // Runs `then` now, or once the check under way has answered (either way).
    void whenReady(std::function<void()> then);

signals:
    void checked();

private:
    MarketplaceClient *m_client;
    QString m_template;
    bool m_checking = false;
    quint64 m_generation = 0;
    std::vector<std::function<void()>> m_waiting;
};

} // namespace onbehalf
