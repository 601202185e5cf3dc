#pragma once

#include "wire/ImpersonationSession.h"

#include <QString>
#include <optional>
#include <vector>

namespace onbehalf {

// One impersonation session as this desk recorded it: the extension's record (wire) plus what
// only the desk knows. Never holds a token.
struct JournalEntry : wire::ImpersonationSession
{
    QString marketplace;             // marketplace key ("demo" or the base URL)
    bool serverRecorded = false;     // the marketplace keeps the audit record (sessions extension)
    bool endPendingOnServer = false; // ended here while the marketplace was unreachable
    QString cartOrderId;             // the unsubmitted order being built, for crash recovery

    bool isOpen() const { return isActive(); }
    bool hasOrder(const QString &orderId) const;
};

// The desk's local record of impersonation sessions: a JSON file in the app's data folder,
// written atomically on every change. It is how a crashed session is found again, and the
// whole audit trail against a marketplace without the sessions extension — so a failed write
// is reported (lastError), never swallowed, and an entry it cannot read is kept as it is.
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

    // False when the record could not be written; lastError() says why.
    bool upsert(const JournalEntry &entry);
    bool markEnded(const QString &id, wire::EndCause cause, const QDateTime &when, bool pendingOnServer);
    QString lastError() const { return m_error; }

private:
    struct Loaded
    {
        std::vector<JournalEntry> entries;
        std::vector<nlohmann::json> unreadable; // written back untouched: an audit record is never dropped
    };
    Loaded load() const;
    bool save(const Loaded &journal);

    QString m_path;
    QString m_error;
};

} // namespace onbehalf
