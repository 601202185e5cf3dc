#include "history/SessionPager.h"

#include "core/api/SessionsApi.h"

#include <algorithm>

namespace onbehalf {

SessionPager::SessionPager(MarketplaceClient *client, const SessionFilter &filter, QObject *parent)
    : QObject(parent), m_client(client), m_filter(filter)
{}

void SessionPager::start()
{
    if (m_running)
        return;
    m_running = true;
    m_missing = false;
    m_cancelled = false;
    m_done = 0;
    m_total = -1;
    m_page = 1;
    m_atBoundary.clear();
    m_boundary = QDateTime();
    // A snapshot: what starts after this moment is not part of the walk.
    const QDateTime now = QDateTime::currentDateTimeUtc().addMSecs(1);
    if (!m_filter.to.isValid() || now < m_filter.to)
        m_filter.to = now;
    requestNext();
}

void SessionPager::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    if (m_job)
        m_job->abort();
    finish(false, tr("Cancelled."));
}

void SessionPager::finish(bool ok, const QString &message)
{
    m_running = false;
    m_job.clear();
    emit finished(ok, message);
}

void SessionPager::requestNext()
{
    SessionFilter f = m_filter;
    if (m_boundary.isValid())
        f.from = m_boundary;
    m_job = SessionsApi(m_client).list(
        f.toQuery(), m_page, m_pageSize, QStringLiteral("DateStarted"), this,
        [this](Result<wire::ListPage<wire::ImpersonationSession>> r) {
            if (!m_running)
                return;
            if (!r.ok()) {
                if (r.error.kind() == ApiError::Kind::Cancelled)
                    return;
                m_missing = r.error.status() == 404;
                finish(false, r.error.message());
                return;
            }
            std::vector<HistorySession> items = HistorySession::fromPage(r.value);
            if (m_total < 0) {
                m_total = r.value.meta.TotalCount;
                if (m_limit > 0 && m_total > m_limit) {
                    finish(false, tr("%Ln sessions match: too many for this; narrow the date range or the filters.",
                                     nullptr, m_total));
                    return;
                }
            }
            const bool lastPage = int(items.size()) < m_pageSize;
            std::vector<HistorySession> fresh;
            for (HistorySession &s : items) {
                if (s.started == m_boundary && m_atBoundary.contains(s.id))
                    continue;
                if (s.started != m_boundary) {
                    m_boundary = s.started;
                    m_atBoundary.clear();
                    m_page = 1;
                }
                m_atBoundary.insert(s.id);
                fresh.push_back(std::move(s));
            }
            // A full page of sessions that all started at the same instant: page on within it.
            if (fresh.empty() && !lastPage)
                ++m_page;
            m_done += int(fresh.size());
            if (!fresh.empty())
                emit pageReady(fresh);
            if (!m_running)
                return; // cancelled from a slot
            emit progress(m_done, std::max(m_total, m_done));
            if (lastPage) {
                finish(true, QString());
                return;
            }
            requestNext();
        });
}

} // namespace onbehalf
