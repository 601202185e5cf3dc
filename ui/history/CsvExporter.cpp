#include "history/CsvExporter.h"

#include "history/CsvWriter.h"
#include "history/HistoryFormat.h"
#include "history/SessionPager.h"
#include "wire/Money.h"

#include <QDir>
#include <QProgressDialog>
#include <QSaveFile>
#include <algorithm>

namespace onbehalf {

CsvExporter::CsvExporter(MarketplaceClient *client, QWidget *window)
    : QObject(window), m_client(client), m_window(window)
{}

CsvExporter::~CsvExporter()
{
    // An export still running is abandoned: no half-written file is left behind.
    if (m_pager) {
        m_pager->disconnect(this);
        m_pager->cancel();
    }
    if (m_file)
        m_file->cancelWriting();
}

bool CsvExporter::isRunning() const
{
    return m_pager || m_file;
}

QStringList CsvExporter::header(bool onePerOrder)
{
    // Field names of the marketplace's API: a file format for spreadsheets and scripts, so the
    // same in every language.
    QStringList header{
        QStringLiteral("SessionID"),       QStringLiteral("AgentUsername"),  QStringLiteral("AgentUserID"),
        QStringLiteral("BuyerID"),         QStringLiteral("BuyerName"),      QStringLiteral("UserID"),
        QStringLiteral("Username"),        QStringLiteral("UserFullName"),   QStringLiteral("Reason"),
        QStringLiteral("CaseNumber"),      QStringLiteral("DateStarted"),    QStringLiteral("DateEnded"),
        QStringLiteral("DurationSeconds"), QStringLiteral("EndCause"),       QStringLiteral("Status"),
        QStringLiteral("OrderCount"),      QStringLiteral("SubmittedTotal"), QStringLiteral("ClientID"),
        QStringLiteral("TokenExpires")};
    if (onePerOrder)
        header << QStringLiteral("OrderID") << QStringLiteral("OrderStatus") << QStringLiteral("OrderTotal")
               << QStringLiteral("OrderDateCreated") << QStringLiteral("OrderDateSubmitted");
    return header;
}

QList<QStringList> CsvExporter::rows(const HistorySession &s, bool onePerOrder)
{
    const auto iso = [](const QDateTime &t) { return HistoryFormat::iso(t); };
    const QStringList session{
        s.id,
        s.agentUsername,
        s.agentUserId,
        s.buyerId,
        s.buyerName,
        s.userId,
        s.username,
        s.userFullName,
        s.reason,
        s.caseNumber,
        iso(s.started),
        s.ended ? iso(*s.ended) : QString(),
        QString::number(s.fromJournal ? s.durationAt(QDateTime::currentDateTimeUtc()) : s.durationSeconds),
        s.endCause,
        s.active ? QStringLiteral("Active") : QStringLiteral("Ended"),
        QString::number(s.orderCount),
        s.fromJournal ? QString() : wire::Money::toDecimalString(s.submittedTotal),
        s.clientId,
        iso(s.tokenExpires)};
    if (!onePerOrder)
        return {session};
    if (s.orders.empty())
        return {QStringList(session) << QString() << QString() << QString() << QString() << QString()};
    QList<QStringList> rows;
    for (const HistoryOrder &o : s.orders)
        rows << (QStringList(session) << o.id << o.status
                                      << (o.total ? wire::Money::toDecimalString(*o.total) : QString())
                                      << (o.created ? iso(*o.created) : QString())
                                      << (o.submitted ? iso(*o.submitted) : QString()));
    return rows;
}

bool CsvExporter::open(const QString &path, bool onePerOrder)
{
    auto file = std::make_unique<QSaveFile>(path);
    if (!file->open(QIODevice::WriteOnly)) {
        emit finished(false, tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file->errorString()));
        return false;
    }
    m_file = std::move(file);
    m_path = path;
    m_onePerOrder = onePerOrder;
    m_sessions = 0;
    m_file->write(CsvWriter::record(header(onePerOrder)));
    return true;
}

void CsvExporter::startFrom(const QString &path, bool onePerOrder, const std::vector<HistorySession> &sessions)
{
    if (!open(path, onePerOrder))
        return;
    for (const HistorySession &s : sessions) {
        for (const QStringList &row : rows(s, onePerOrder))
            m_file->write(CsvWriter::record(row));
        ++m_sessions;
    }
    finish(true, QString());
}

void CsvExporter::start(const QString &path, bool onePerOrder, const SessionFilter &filter)
{
    if (!open(path, onePerOrder))
        return;
    auto *progress = new QProgressDialog(tr("Exporting sessions…"), tr("Cancel"), 0, 0, m_window);
    progress->setObjectName(QStringLiteral("exportProgress"));
    progress->setWindowTitle(tr("Export to CSV"));
    progress->setAccessibleName(tr("Export progress"));
    progress->setWindowModality(Qt::NonModal); // the history stays usable meanwhile
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setMinimumDuration(400);
    m_progress = progress;
    connect(progress, &QProgressDialog::canceled, this, &CsvExporter::cancel);

    auto *pager = new SessionPager(m_client, filter, this);
    m_pager = pager;
    connect(pager, &SessionPager::pageReady, this, [this](const std::vector<HistorySession> &sessions) {
        if (!m_file)
            return;
        QByteArray chunk;
        for (const HistorySession &s : sessions) {
            for (const QStringList &row : rows(s, m_onePerOrder))
                chunk += CsvWriter::record(row);
        }
        m_sessions += int(sessions.size());
        if (m_file->write(chunk) != chunk.size())
            m_pager->cancel();
    });
    connect(pager, &SessionPager::progress, this, [this](int done, int total) {
        if (!m_progress)
            return;
        m_progress->setMaximum(std::max(1, total));
        m_progress->setValue(std::min(done, std::max(1, total)));
        m_progress->setLabelText(tr("Exporting sessions… %L1 of %L2").arg(done).arg(total));
    });
    connect(pager, &SessionPager::finished, this, [this, pager](bool ok, const QString &message) {
        pager->deleteLater();
        finish(ok, message);
    });
    pager->start();
}

void CsvExporter::cancel()
{
    if (m_pager)
        m_pager->cancel(); // finishes the export
}

void CsvExporter::finish(bool ok, const QString &message)
{
    if (!m_file)
        return;
    QString text;
    if (ok && m_file->error() == QFileDevice::NoError && m_file->commit()) {
        text = tr("%Ln session(s) exported to %1.", nullptr, m_sessions).arg(QDir::toNativeSeparators(m_path));
    } else {
        const bool cancelled = m_pager && m_pager->wasCancelled();
        if (ok) // the file failed
            text = tr("The export could not be written to %1: %2")
                       .arg(QDir::toNativeSeparators(m_path), m_file->errorString());
        else if (cancelled)
            text = tr("Export cancelled; no file was written.");
        else
            text = tr("The export failed: %1").arg(message);
        m_file->cancelWriting();
        ok = false;
    }
    m_file.reset();
    m_pager.clear();
    if (m_progress) {
        m_progress->hide();
        m_progress->deleteLater();
    }
    emit finished(ok, text);
}

} // namespace onbehalf
