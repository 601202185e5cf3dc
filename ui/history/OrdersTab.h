#pragma once

#include "core/net/MarketplaceClient.h"
#include "history/SessionFilter.h"
#include "wire/ListPage.h"
#include "wire/Order.h"

#include <QWidget>
#include <memory>

namespace Ui {
class OrdersTab;
}

namespace onbehalf {

// The orders placed on behalf of buyers (the marketplace stamps them with their session), newest
// first, a page at a time as the list scrolls, narrowed by the history's filters; each leads to
// the session it was placed in.
class OrdersTab : public QWidget
{
    Q_OBJECT

public:
    explicit OrdersTab(QWidget *parent = nullptr);
    ~OrdersTab() override;

    void setClient(MarketplaceClient *client) { m_client = client; }
    // The history's filters and scope; the list is loaded again when next shown.
    void setFilter(const SessionFilter &filter);
    void setSupervisor(bool supervisor) { m_supervisor = supervisor; }
    // Without the sessions extension orders cannot be tied to sessions.
    void setJournalMode(bool on) { m_journalMode = on; }
    bool isDirty() const { return m_dirty; }

    void reload();
    // Selects the order, looking it up by ID when it is not on a loaded page.
    void showOrder(const QString &orderId);

signals:
    // A page of the list arrived.
    void loaded();
    void sessionChosen(const QString &sessionId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void requestPage();
    void pageArrived(const wire::ListPage<wire::Order> &page);
    void selectPending();

    std::unique_ptr<Ui::OrdersTab> m_ui;
    MarketplaceClient *m_client = nullptr;
    SessionFilter m_filter;
    bool m_supervisor = false;
    bool m_journalMode = false;
    bool m_silent = false;
    bool m_dirty = true;
    quint64 m_generation = 0;
    int m_nextPage = 1;
    bool m_loading = false;
    bool m_exhausted = true;
    QString m_pending;
};

} // namespace onbehalf
