#pragma once

#include "core/net/MarketplaceClient.h"
#include "history/HistorySession.h"
#include "history/SessionFilter.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <vector>

namespace onbehalf {

// Walks every session matching a filter, oldest first, a page at a time, without blocking: the
// export and the chart use it. Pages are keyed on the start time (DateStarted >= the last one
// seen), so sessions starting or ending meanwhile neither repeat nor shift rows out; sessions
// that start after the walk began are left out.
class SessionPager : public QObject
{
    Q_OBJECT

public:
    SessionPager(MarketplaceClient *client, const SessionFilter &filter, QObject *parent = nullptr);

    void setPageSize(int size) { m_pageSize = size; }
    // Gives up (finished with ok=false) when more sessions than this match; 0: no limit.
    void setLimit(int sessions) { m_limit = sessions; }
    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    int total() const { return m_total; }
    int done() const { return m_done; }
    // The marketplace answered 404: it has no sessions extension.
    bool extensionMissing() const { return m_missing; }
    bool wasCancelled() const { return m_cancelled; }

signals:
    void pageReady(const std::vector<onbehalf::HistorySession> &sessions);
    void progress(int done, int total);
    void finished(bool ok, const QString &message);

private:
    void requestNext();
    void finish(bool ok, const QString &message);

    MarketplaceClient *m_client;
    SessionFilter m_filter;
    int m_pageSize = 100;
    int m_limit = 0;
    QDateTime m_boundary;       // the latest start time seen
    QSet<QString> m_atBoundary; // sessions seen that started exactly then
    int m_page = 1;
    int m_total = -1;
    int m_done = 0;
    bool m_running = false;
    bool m_missing = false;
    bool m_cancelled = false;
    QPointer<ApiJob> m_job;
};

} // namespace onbehalf
