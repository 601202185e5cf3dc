#pragma once

#include "core/net/MarketplaceClient.h"
#include "wire/CallNote.h"
#include "wire/ListPage.h"

namespace onbehalf {

// What the desk appends to a session's call record. Build it with the factory that names the
// kind: the server refuses checks on anything but a Verification and a disposition on anything
// but a WrapUp.
struct CallNoteRequest
{
    QString kind;
    QString text;
    QStringList checks;                 // Verification only: names from the policy's VerificationChecks
    std::optional<QString> disposition; // WrapUp only: one of wire::CallNote::dispositions()

    static CallNoteRequest verification(const QStringList &checks, const QString &text);
    static CallNoteRequest wrapUp(const QString &disposition, const QString &text);
    static CallNoteRequest note(const QString &text);
};

// A session's append-only call record (/v1/impersonationsessions/{id}/notes): the session's agent
// (while active and for 30 minutes after) or a supervisor appends; nothing edits or deletes.
// Always with the agent's token: the server refuses a buyer token here.
class SessionNotesApi : public QObject
{
    Q_OBJECT

public:
    template <typename T>
    using Callback = MarketplaceClient::Callback<T>;

    explicit SessionNotesApi(MarketplaceClient *client, QObject *parent = nullptr) : QObject(parent), m_client(client)
    {}

    // The note as recorded (ID, author and time are the server's).
    QPointer<ApiJob> append(const QString &sessionId, const CallNoteRequest &note, QObject *context,
                            Callback<wire::CallNote> done);
    // Every note of the session, oldest first.
    QPointer<ApiJob> list(const QString &sessionId, QObject *context, Callback<wire::ListPage<wire::CallNote>> done);

    static QString notesPath(const QString &sessionId);

private:
    MarketplaceClient *m_client;
};

} // namespace onbehalf
