#pragma once

#include "wire/CallNote.h"

#include <QStringList>
#include <map>
#include <vector>

namespace onbehalf::server {

class Database;

// The notes of impersonation sessions (session_notes): appended, never edited or deleted.
class CallNoteStore
{
public:
    explicit CallNoteStore(Database &db) : m_db(db) {}

    void insert(const QString &sessionId, const wire::CallNote &note);
    // The notes of each of the given sessions, oldest first.
    std::map<QString, std::vector<wire::CallNote>> of(const QStringList &sessionIds) const;
    bool hasKind(const QString &sessionId, const QString &kind) const;

private:
    Database &m_db;
};

} // namespace onbehalf::server
