#include "resources/SessionNotesResources.h"

#include "Services.h"
#include "http/HttpError.h"
#include "http/RequestContext.h"
#include "http/Router.h"
#include "resources/DocumentResource.h"
#include "resources/SessionAccess.h"
#include "storage/PolicyStore.h"
#include "storage/SessionStore.h"
#include "wire/ListPage.h"

namespace onbehalf::server::SessionNotesResources {

namespace {

constexpr int kMaxText = 2000;
constexpr int kMaxChecks = 20;
constexpr qint64 kAgentWindowSeconds = 30 * 60;

HttpError invalid(const QString &code, const QString &message, nlohmann::json data = nullptr)
{
    return HttpError::badRequest(code, message, std::move(data));
}

// The note as the caller sent it, checked against the kinds, the dispositions and the policy's checks.
wire::CallNote parseNote(RequestContext &ctx, Services &s)
{
    const nlohmann::json &body = ctx.jsonBody();
    const QStringList missing = wire::missingRequired(body, {"Kind"});
    if (!missing.isEmpty())
        throw HttpError::requiredFields(missing);
    wire::CallNote n;
    wire::read(body, "Kind", n.Kind);
    wire::read(body, "Text", n.Text);
    wire::read(body, "Checks", n.Checks);
    wire::read(body, "Disposition", n.Disposition);
    n.Text = n.Text.trimmed();
    if (!wire::CallNote::kinds().contains(n.Kind))
        throw invalid(QStringLiteral("Onbehalf.InvalidNoteKind"),
                      QStringLiteral("Kind must be one of %1.").arg(wire::CallNote::kinds().join(QStringLiteral(", "))),
                      nlohmann::json{{"Kind", n.Kind}});
    SessionAccess::checkLength("Text", n.Text, kMaxText);
    const bool verification = n.Kind == QLatin1String("Verification");
    const bool wrapUp = n.Kind == QLatin1String("WrapUp");
    if (!n.Checks.isEmpty() && !verification)
        throw invalid(QStringLiteral("Onbehalf.ChecksNotAllowed"),
                      QStringLiteral("Only a Verification note lists checks."));
    if (n.Disposition && !wrapUp)
        throw invalid(QStringLiteral("Onbehalf.DispositionNotAllowed"),
                      QStringLiteral("Only a WrapUp note has a disposition."));
    if (wrapUp) {
        if (!n.Disposition || n.Disposition->isEmpty())
            throw HttpError::requiredFields({QStringLiteral("Disposition")});
        if (!wire::CallNote::dispositions().contains(*n.Disposition))
            throw invalid(QStringLiteral("Onbehalf.InvalidDisposition"),
                          QStringLiteral("Disposition must be one of %1.")
                              .arg(wire::CallNote::dispositions().join(QStringLiteral(", "))),
                          nlohmann::json{{"Disposition", *n.Disposition}});
    }
    if (n.Kind == QLatin1String("Note") && n.Text.isEmpty())
        throw HttpError::requiredFields({QStringLiteral("Text")});
    if (verification) {
        n.Checks.removeDuplicates();
        if (n.Checks.size() > kMaxChecks)
            throw invalid(QStringLiteral("Onbehalf.TooManyChecks"),
                          QStringLiteral("A verification lists at most %1 checks.").arg(kMaxChecks));
        const QStringList offered = PolicyStore::load(s.db).VerificationChecks;
        for (const QString &check : std::as_const(n.Checks)) {
            if (!offered.contains(check))
                throw invalid(QStringLiteral("Onbehalf.UnknownCheck"),
                              QStringLiteral("'%1' is not one of the policy's verification checks (%2).")
                                  .arg(check, offered.join(QStringLiteral(", "))),
                              nlohmann::json{{"Check", check}, {"VerificationChecks", offered}});
        }
        if (n.Checks.isEmpty() && n.Text.isEmpty())
            throw invalid(QStringLiteral("Onbehalf.VerificationEmpty"),
                          QStringLiteral("A verification names the checks made or says how the caller was verified."));
    }
    return n;
}

// Who may write to the session's record now: its agent within the window, any supervisor.
void checkMayWrite(RequestContext &ctx, const SessionRecord &r)
{
    const Caller &c = ctx.caller();
    if (c.hasRole(SessionAccess::supervisorRole()))
        return;
    // visibleSession() already made sure an agent only reaches its own sessions.
    if (r.DateEnded && r.DateEnded->secsTo(QDateTime::currentDateTimeUtc()) > kAgentWindowSeconds)
        throw HttpError::forbidden(QStringLiteral("Onbehalf.NotesClosed"),
                                   QStringLiteral("The session ended more than 30 minutes ago; a supervisor can "
                                                  "still add a note."));
}

} // namespace

void registerRoutes(Router &router, Services &s)
{
    using M = HttpRequest::Method;
    const QString base = QStringLiteral("/v1/impersonationsessions/{sessionID}/notes");

    router.add(M::Post, base, [&s](RequestContext &ctx) {
        SessionAccess::refuseBuyerToken(ctx, QStringLiteral("write a session's notes"));
        const SessionRecord r = SessionAccess::visibleSession(ctx, s);
        checkMayWrite(ctx, r);
        wire::CallNote n = parseNote(ctx, s);
        n.ID = DocumentResource::newId();
        n.AuthorUserID = ctx.caller().userId;
        n.AuthorUsername = ctx.caller().username;
        n.DateCreated = QDateTime::currentDateTimeUtc();
        s.sessions.notes().insert(r.ID, n);
        return Reply::created(nlohmann::json(n));
    });

    router.add(M::Get, base, [&s](RequestContext &ctx) {
        const SessionRecord r = SessionAccess::visibleSession(ctx, s);
        wire::ListPage<wire::CallNote> page;
        page.items = std::move(s.sessions.notes().of({r.ID})[r.ID]);
        const int count = int(page.items.size());
        page.meta.PageSize = std::max(count, 1);
        page.meta.TotalCount = count;
        page.meta.TotalPages = count > 0 ? 1 : 0;
        page.meta.ItemRange = {count > 0 ? 1 : 0, count};
        return Reply::ok(nlohmann::json(page));
    });

    // Read only: PUT, PATCH and DELETE answer 405 (the router names the allowed methods).
    router.add(M::Get, base + QStringLiteral("/{noteID}"), [&s](RequestContext &ctx) {
        const SessionRecord r = SessionAccess::visibleSession(ctx, s);
        const QString id = ctx.param(QStringLiteral("noteID"));
        auto notes = s.sessions.notes().of({r.ID});
        for (const wire::CallNote &n : notes[r.ID]) {
            if (n.ID == id)
                return Reply::ok(nlohmann::json(n));
        }
        throw HttpError::notFound(QStringLiteral("SessionNote"), id);
    });
}

} // namespace onbehalf::server::SessionNotesResources
