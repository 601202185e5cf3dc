#pragma once

#include "history/SessionChart.h"
#include "history/SessionFilter.h"

#include <QDate>
#include <QObject>
#include <QPointer>
#include <utility>
#include <vector>

namespace onbehalf {

class MarketplaceClient;
class SessionPager;

// Counts the sessions matching the history's filters per agent per day (walking every page of
// the marketplace's list, or the journal's sessions) and hands the figures to the chart.
class ChartLoader : public QObject
{
    Q_OBJECT

public:
    ChartLoader(MarketplaceClient *client, SessionChart *chart, QObject *parent = nullptr);

    // The filters changed: counted again when the chart is next shown.
    void markDirty() { m_dirty = true; }
    bool isDirty() const { return m_dirty; }
    // Counts the marketplace's sessions matching `filter`.
    void load(const SessionFilter &filter);
    // Counts these (the journal's) sessions.
    void loadFrom(const SessionFilter &filter, const std::vector<HistorySession> &sessions);

    // More sessions than this: the chart asks for narrower filters.
    static constexpr int kLimit = 20000;

signals:
    // The chart has its figures (or says why it has none).
    void loaded();

private:
    void start(const SessionFilter &filter);
    void count(const HistorySession &s);
    void show();
    std::pair<QDate, QDate> range() const;

    MarketplaceClient *m_client;
    SessionChart *m_chart;
    bool m_dirty = true;
    SessionFilter m_filter;
    QPointer<SessionPager> m_pager;
    SessionChart::Counts m_counts;
    QDate m_firstSeen;
    QDate m_lastSeen;
};

} // namespace onbehalf
