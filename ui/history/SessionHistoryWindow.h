#pragma once

#include "core/platform/Settings.h"
#include "history/SessionChart.h"
#include "history/SessionHistoryModel.h"

#include <QDate>
#include <QPointer>
#include <QTimer>
#include <QWidget>
#include <memory>
#include <optional>

class QProgressDialog;
class QSaveFile;
class QTreeWidgetItem;

namespace Ui {
class SessionHistoryWindow;
}

namespace onbehalf {

class MarketplaceClient;
class SessionJournal;

// What the history window remembers between runs (filters, layout). Not secret.
namespace SessionHistoryKeys {
inline const SettingKey<QString> Agent{"history/agent", {}};
inline const SettingKey<QString> Buyer{"history/buyer", {}};
inline const SettingKey<QString> User{"history/user", {}};
inline const SettingKey<QString> Range{"history/range", QStringLiteral("7days")}; // today, 7days, 30days, any, custom
inline const SettingKey<QDate> From{"history/from", {}};
inline const SettingKey<QDate> To{"history/to", {}};
inline const SettingKey<bool> ActiveOnly{"history/activeOnly", false};
inline const SettingKey<QString> Search{"history/search", {}};
inline const SettingKey<bool> OnePerOrder{"history/onePerOrder", false};
inline const SettingKey<int> RefreshSeconds{"history/refreshSeconds", 15};
inline const SettingKey<QByteArray> Geometry{"history/geometry", {}};
inline const SettingKey<QByteArray> Columns{"history/columns", {}};
inline const SettingKey<QByteArray> Splitter{"history/splitter", {}};
inline const SettingKey<QString> ExportFolder{"history/exportFolder", {}};
} // namespace SessionHistoryKeys

// Who acted for whom, when and why: the impersonation sessions the marketplace records (all
// agents' for a ServiceDeskSupervisor, the agent's own otherwise), filtered, sortable, with the
// selected session's record, timeline and orders; the orders placed on behalf of buyers, each
// leading to its session; a chart of sessions per agent per day; and a CSV export. Against a
// marketplace without the sessions extension it shows this desk's local journal instead.
class SessionHistoryWindow : public QWidget
{
    Q_OBJECT

public:
    SessionHistoryWindow(MarketplaceClient *client, Settings *settings, SessionJournal *journal,
                         const QString &marketplaceKey, QWidget *parent = nullptr);
    ~SessionHistoryWindow() override;

    SessionHistoryModel *model() const { return m_model; }
    SessionChart *chart() const { return m_chart; }
    // Known once GET /v1/me has answered.
    bool scopeKnown() const { return m_scopeKnown; }
    bool isSupervisor() const { return m_supervisor; }
    // The filters as the widgets state them now.
    SessionFilter currentFilter() const;
    // Applies the filters now (no debounce).
    void applyFilters();
    // How often active sessions are refreshed (ms); the setting's default is 15 s.
    void setRefreshInterval(int ms);

    // Writes every session matching the filters to `path` (no dialog), asynchronously; ends
    // with exportFinished. One row per order (sessions without orders keep one row) on request.
    void exportCsv(const QString &path, bool onePerOrder);
    bool isExporting() const { return m_exportPager || m_exportFile; }
    void cancelExport();

    // Selects the session in the list, or shows it alone when the filters leave it out.
    void showSession(const QString &sessionId);
    // Switches to the order list with that order selected.
    void showOrder(const QString &orderId);
    QString detailSessionId() const { return m_detail ? m_detail->id : QString(); }

    // The CSV columns (API field names: a file format, not translated).
    static QStringList csvHeader(bool onePerOrder);
    static QList<QStringList> csvRows(const HistorySession &s, bool onePerOrder);
    static QString csvTime(const QDateTime &t);

signals:
    void exportFinished(bool ok, const QString &message);
    void scopeChanged(bool supervisor);
    // The selected session's record, timeline, orders and line items are all shown.
    void detailLoaded(const QString &sessionId);
    // A page of the order list arrived.
    void ordersLoaded();
    // The chart has its figures (or says why it has none).
    void chartLoaded();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void retranslate();
    void updateScopeLabel();
    // Applies the filters unless they are what the list already shows (choices, typing pauses).
    void applyIfChanged();
    void restoreFilters();
    void saveFilters();
    void saveLayout();
    void requestScope();
    void setSupervisor(bool supervisor, bool known);
    void loadBuyers();
    void updateRangeWidgets();
    void updateListState();
    void updateAgentChoices();
    void onExtensionMissing();

    // Detail pane.
    void onCurrentRow(int row);
    void showDetail(const HistorySession &session, bool inList);
    void clearDetail();
    void renderRecord(const HistorySession &s);
    void renderTimeline(const HistorySession &s);
    void renderOrders(const HistorySession &s);
    void lineItemsArrived(quint64 generation, QTreeWidgetItem *orderItem, const Result<nlohmann::json> &r);
    void orderHeaderArrived(quint64 generation, QTreeWidgetItem *orderItem, const QString &orderId,
                            const Result<nlohmann::json> &r);
    void detailPartDone(quint64 generation);
    QString selectedOrderInDetail() const;

    // Order list.
    void reloadOrders();
    void requestOrders();
    void selectPendingOrder();

    // Chart.
    void reloadChart();
    std::pair<QDate, QDate> chartRange(QDate firstSeen, QDate lastSeen) const;

    // Export.
    void finishExport(bool ok, const QString &message);

    std::unique_ptr<Ui::SessionHistoryWindow> m_ui;
    MarketplaceClient *m_client;
    Settings *m_settings;
    SessionJournal *m_journal;
    QString m_marketplaceKey;
    SessionHistoryModel *m_model; // child
    SessionChart *m_chart;        // child
    QTimer m_filterTimer;
    int m_refreshMs = 15000;
    bool m_restoring = false;
    bool m_supervisor = false;
    bool m_scopeKnown = false;
    bool m_waitingForScope = false;
    bool m_journalMode = false;

    std::optional<HistorySession> m_detail;
    quint64 m_detailGeneration = 0;
    int m_detailPending = 0;

    quint64 m_ordersGeneration = 0;
    int m_ordersNextPage = 1;
    bool m_ordersLoading = false;
    bool m_ordersExhausted = true;
    bool m_ordersDirty = true;
    QString m_pendingOrderSelect;

    QPointer<SessionPager> m_chartPager;
    bool m_chartDirty = true;
    SessionChart::Counts m_chartCounts;
    QDate m_chartFirstSeen;
    QDate m_chartLastSeen;

    QPointer<SessionPager> m_exportPager;
    std::unique_ptr<QSaveFile> m_exportFile;
    QPointer<QProgressDialog> m_exportProgress;
    QString m_exportPath;
    bool m_exportOnePerOrder = false;
    int m_exportSessions = 0;
};

} // namespace onbehalf
