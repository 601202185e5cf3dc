#include "core/api/SessionNotesApi.h"

namespace onbehalf {

CallNoteRequest CallNoteRequest::verification(const QStringList &checks, const QString &text)
{
    return {QStringLiteral("Verification"), text, checks, std::nullopt};
}

CallNoteRequest CallNoteRequest::wrapUp(const QString &disposition, const QString &text)
{
    return {QStringLiteral("WrapUp"), text, {}, disposition};
}

CallNoteRequest CallNoteRequest::note(const QString &text)
{
    return {QStringLiteral("Note"), text, {}, std::nullopt};
}

QString SessionNotesApi::notesPath(const QString &sessionId)
{
    return QStringLiteral("/v1/impersonationsessions/") + QString::fromLatin1(QUrl::toPercentEncoding(sessionId)) +
           QStringLiteral("/notes");
}

QPointer<ApiJob> SessionNotesApi::append(const QString &sessionId, const CallNoteRequest &note, QObject *context,
                                         Callback<wire::CallNote> done)
{
    // Only the fields the kind allows: an empty Checks or a null Disposition is still refused.
    nlohmann::json body{{"Kind", note.kind}, {"Text", note.text}};
    if (!note.checks.isEmpty())
        body["Checks"] = note.checks;
    if (note.disposition)
        body["Disposition"] = *note.disposition;
    return m_client->request(
        "POST", notesPath(sessionId), body, MarketplaceClient::Token::Agent, context,
        [done = std::move(done)](Result<nlohmann::json> r) { done(MarketplaceClient::decode<wire::CallNote>(r)); });
}

QPointer<ApiJob> SessionNotesApi::list(const QString &sessionId, QObject *context,
                                       Callback<wire::ListPage<wire::CallNote>> done)
{
    return m_client->request("GET", notesPath(sessionId), nullptr, MarketplaceClient::Token::Agent, context,
                             [done = std::move(done)](Result<nlohmann::json> r) {
                                 done(MarketplaceClient::decode<wire::ListPage<wire::CallNote>>(r));
                             });
}

} // namespace onbehalf
