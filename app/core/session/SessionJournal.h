#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace onbehalf {

// One impersonation session as this desk recorded it. Never holds a token.
struct JournalEntry
{
    QString id;          // the server's session ID, or a local one ("local-…") without the extension
    QString marketplace; // marketplace key ("demo" or the base URL)
    QString agentUsername;
    QString buyerId;
    QString buyerName;
    QString userId;
    QString username;
    QString userFullName;
    QString reason;
    QString caseNumber;
    QDateTime started;
    QDateTime tokenExpires;
    std::optional<QDateTime> ended;
    QString endCause;                // AgentEnded, Expired, Inactivity, SignedOut, Recovered, Revoked
    bool serverRecorded = false;     // the marketplace keeps the audit record (sessions extension)
    bool endPendingOnServer = false; // ended here while the marketplace was unreachable
    QString cartOrderId;             // the unsubmitted order being built, for crash recovery
    QStringList orderIds;            // orders created or submitted in the session

    bool isOpen() const { return !ended.has_value(); }
};

// The desk's local record of impersonation sessions: a JSON file in the app's data folder,
// written atomically on every change. It is how a crashed session is found again, and the
// whole audit trail against a marketplace without the sessions extension.
class SessionJournal
{
public:
    // Default file: <AppLocalDataLocation>/session-journal.json
    explicit SessionJournal(QString path = {});

    QString path() const { return m_path; }
    std::vector<JournalEntry> entries() const;
    std::optional<JournalEntry> find(const QString &id) const;
    // Open sessions of this agent on this marketplace (crash recovery).
    std::vector<JournalEntry> openSessions(const QString &marketplace, const QString &agentUsername) const;

    void upsert(const JournalEntry &entry);
    void markEnded(const QString &id, const QString &cause, const QDateTime &when, bool pendingOnServer);

private:
    std::vector<JournalEntry> load() const;
    void save(const std::vector<JournalEntry> &entries) const;

    QString m_path;
};

} // namespace onbehalf
