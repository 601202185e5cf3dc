#include "history/ChartLoader.h"

#include "history/SessionPager.h"

namespace onbehalf {

ChartLoader::ChartLoader(MarketplaceClient *client, SessionChart *chart, QObject *parent)
    : QObject(parent), m_client(client), m_chart(chart)
{}

std::pair<QDate, QDate> ChartLoader::range() const
{
    const SessionFilter &f = m_filter;
    QDate first = f.from.isValid() ? f.from.toLocalTime().date() : m_firstSeen;
    QDate last = f.to.isValid() ? f.to.toLocalTime().addMSecs(-1).date() : QDate::currentDate();
    if (!f.to.isValid() && m_lastSeen.isValid() && m_lastSeen > last)
        last = m_lastSeen; // the marketplace's clock is ahead of this desk's
    if (!first.isValid())
        first = last;
    return {first, last};
}

void ChartLoader::start(const SessionFilter &filter)
{
    m_dirty = false;
    m_filter = filter;
    if (m_pager) {
        m_pager->cancel();
        m_pager->deleteLater();
    }
    m_counts.clear();
    m_firstSeen = m_lastSeen = QDate();
}

void ChartLoader::count(const HistorySession &s)
{
    const QDate day = s.started.toLocalTime().date();
    ++m_counts[s.agentUsername.isEmpty() ? tr("(unknown)") : s.agentUsername][day];
    if (!m_firstSeen.isValid() || day < m_firstSeen)
        m_firstSeen = day;
    if (!m_lastSeen.isValid() || day > m_lastSeen)
        m_lastSeen = day;
}

void ChartLoader::show()
{
    const auto [first, last] = range();
    m_chart->setData(m_counts, first, last);
    emit loaded();
}

void ChartLoader::loadFrom(const SessionFilter &filter, const std::vector<HistorySession> &sessions)
{
    start(filter);
    for (const HistorySession &s : sessions)
        count(s);
    show();
}

void ChartLoader::load(const SessionFilter &filter)
{
    start(filter);
    m_chart->setMessage(tr("Counting sessions…"));
    auto *pager = new SessionPager(m_client, filter, this);
    pager->setLimit(kLimit);
    m_pager = pager;
    connect(pager, &SessionPager::pageReady, this, [this](const std::vector<HistorySession> &sessions) {
        for (const HistorySession &s : sessions)
            count(s);
    });
    connect(pager, &SessionPager::progress, this, [this](int done, int total) {
        m_chart->setMessage(tr("Counting sessions… %L1 of %L2").arg(done).arg(total));
    });
    connect(pager, &SessionPager::finished, this, [this, pager](bool ok, const QString &message) {
        pager->deleteLater();
        if (m_pager != pager)
            return;
        if (!ok) {
            if (!pager->wasCancelled())
                m_chart->setMessage(message);
            emit loaded();
            return;
        }
        show();
    });
    pager->start();
}

} // namespace onbehalf
