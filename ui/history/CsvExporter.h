#pragma once

#include "history/HistorySession.h"
#include "history/SessionFilter.h"

#include <QObject>
#include <QPointer>
#include <memory>
#include <vector>

class QProgressDialog;
class QSaveFile;
class QWidget;

namespace onbehalf {

class MarketplaceClient;
class SessionPager;

// Writes every session matching the filters to a CSV file, a page at a time without blocking,
// with a progress dialog the agent can cancel; a file is only left behind when complete.
class CsvExporter : public QObject
{
    Q_OBJECT

public:
    // The progress dialog opens over `window`.
    CsvExporter(MarketplaceClient *client, QWidget *window);
    ~CsvExporter() override;

    // Sessions of the marketplace matching `filter`; ends with finished().
    void start(const QString &path, bool onePerOrder, const SessionFilter &filter);
    // These (the journal's) sessions.
    void startFrom(const QString &path, bool onePerOrder, const std::vector<HistorySession> &sessions);
    bool isRunning() const;
    void cancel();

    // The CSV columns (API field names: a file format, not translated).
    static QStringList header(bool onePerOrder);
    // One row per session, or per order (sessions without orders keep one row).
    static QList<QStringList> rows(const HistorySession &s, bool onePerOrder);

signals:
    void finished(bool ok, const QString &message);

private:
    bool open(const QString &path, bool onePerOrder);
    void finish(bool ok, const QString &message);

    MarketplaceClient *m_client;
    QWidget *m_window;
    QPointer<SessionPager> m_pager;
    std::unique_ptr<QSaveFile> m_file;
    QPointer<QProgressDialog> m_progress;
    QString m_path;
    bool m_onePerOrder = false;
    int m_sessions = 0;
};

} // namespace onbehalf
