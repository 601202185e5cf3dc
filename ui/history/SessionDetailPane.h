#pragma once

#include "core/net/MarketplaceClient.h"
#include "history/HistorySession.h"
#include "wire/ListPage.h"
#include "wire/Order.h"

#include <QGroupBox>
#include <memory>
#include <optional>

class QTreeWidgetItem;

namespace Ui {
class SessionDetailPane;
}

namespace onbehalf {

class SessionJournal;

// The selected session: its record, a timeline of what happened, and the orders placed in it
// with their line items (asked from the marketplace as the pane opens them).
class SessionDetailPane : public QGroupBox
{
    Q_OBJECT

public:
    explicit SessionDetailPane(QWidget *parent = nullptr);
    ~SessionDetailPane() override;

    void setSources(MarketplaceClient *client, SessionJournal *journal);
    // Without the sessions extension the journal is asked and orders are not tied to sessions.
    void setJournalMode(bool on);

    // Shows the session; `inList` false says the list's filters leave it out.
    void display(const HistorySession &session, bool inList);
    // Finds the session by ID (marketplace or journal) and shows it on its own.
    void load(const QString &sessionId);
    // The shown session changed on the marketplace (auto-refresh).
    void update(const HistorySession &fresh);
    void clear();
    QString sessionId() const { return m_session ? m_session->id : QString(); }

signals:
    // The record, timeline, orders and line items are all shown.
    void loaded(const QString &sessionId);
    void orderChosen(const QString &orderId);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void renderRecord(const HistorySession &s);
    void renderTimeline(const HistorySession &s);
    void renderOrders(const HistorySession &s);
    void lineItemsArrived(quint64 generation, QTreeWidgetItem *orderItem,
                          const Result<wire::ListPage<wire::LineItem>> &r);
    void orderHeaderArrived(quint64 generation, QTreeWidgetItem *orderItem, const Result<wire::Order> &r);
    void partDone(quint64 generation);
    QString selectedOrder() const;

    std::unique_ptr<Ui::SessionDetailPane> m_ui;
    MarketplaceClient *m_client = nullptr;
    SessionJournal *m_journal = nullptr;
    bool m_journalMode = false;
    std::optional<HistorySession> m_session;
    bool m_inList = true;
    quint64 m_generation = 0;
    int m_pending = 0;
};

} // namespace onbehalf
