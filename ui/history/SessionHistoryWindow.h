#pragma once

#include "core/platform/Settings.h"
#include "history/SessionChart.h"
#include "history/SessionHistoryModel.h"

#include <QDate>
#include <QTimer>
#include <QWidget>
#include <memory>

namespace Ui {
class SessionHistoryWindow;
}

namespace onbehalf {

class ChartLoader;
class CsvExporter;
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
    bool isExporting() const;
    void cancelExport();

    // Selects the session in the list, or shows it alone when the filters leave it out.
    void showSession(const QString &sessionId);
    // Switches to the order list with that order selected.
    void showOrder(const QString &orderId);
    QString detailSessionId() const;

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
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void setUpList();
    void updateSplit();
    void updateNewSessions(int count);
    void connectFilters();
    void connectViews();
    void addShortcuts();
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
    void onCurrentRow(int row);
    void reloadChart();
    void exportFinishedWith(bool ok, const QString &message);

    std::unique_ptr<Ui::SessionHistoryWindow> m_ui;
    MarketplaceClient *m_client;
    Settings *m_settings;
    SessionJournal *m_journal;
    QString m_marketplaceKey;
    SessionHistoryModel *m_model; // child
    SessionChart *m_chart;        // child
    ChartLoader *m_chartLoader;   // child
    CsvExporter *m_exporter;      // child
    QTimer m_filterTimer;
    int m_refreshMs = 15000;
    bool m_restoring = false;
    bool m_supervisor = false;
    bool m_scopeKnown = false;
    bool m_waitingForScope = false;
    bool m_journalMode = false;
};

} // namespace onbehalf
