#include "board/CallNotes.h"

#include "core/api/PolicyApi.h"
#include "core/api/SessionNotesApi.h"
#include "core/session/SessionManager.h"
#include "dialogs/VerificationDialog.h"
#include "dialogs/WrapUpDialog.h"

#include <QWidget>

namespace onbehalf {

CallNotes::CallNotes(MarketplaceClient *client, SessionManager *sessions, QWidget *shop, QWidget *window)
    : QObject(window), m_sessions(sessions), m_shop(shop), m_window(window), m_policyApi(new PolicyApi(client, this)),
      m_notes(new SessionNotesApi(client, this))
{
    connect(m_sessions, &SessionManager::started, this, &CallNotes::onStarted);
    connect(m_sessions, &SessionManager::ended, this, &CallNotes::onEnded);
}

CallNotes::~CallNotes()
{
    delete m_wrapUp; // not the window's child
}

VerificationDialog *CallNotes::verificationDialog() const
{
    return m_verify;
}

WrapUpDialog *CallNotes::wrapUpDialog() const
{
    return m_wrapUp;
}

void CallNotes::onStarted()
{
    if (!m_sessions->session().serverRecorded)
        return; // no sessions extension: no policy, no notes
    const QString id = m_sessions->session().ID;
    m_policyApi->get(this, [this, id](Result<wire::OnbehalfPolicy> r) {
        // Without the policy the server's gate still holds; the desk just does not ask first.
        if (!r.ok() || !m_sessions->isActive() || m_sessions->session().ID != id)
            return;
        m_policy = r.value;
        if (m_policy.RequireVerification)
            askVerification(id, m_policy.VerificationChecks);
    });
}

void CallNotes::askVerification(const QString &sessionId, const QStringList &checks)
{
    m_shop->setEnabled(false);
    auto *dialog = new VerificationDialog(checks, m_window);
    m_verify = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &VerificationDialog::verifyRequested, this, [this, dialog, sessionId] {
        dialog->setBusy(true);
        m_notes->append(sessionId, CallNoteRequest::verification(dialog->checkedChecks(), dialog->text()), dialog,
                        [this, dialog](Result<wire::CallNote> r) {
                            dialog->setBusy(false);
                            if (!r.ok()) {
                                dialog->showProblem(r.error.message());
                                return;
                            }
                            m_shop->setEnabled(m_sessions->isActive());
                            dialog->accept();
                            emit verified();
                        });
    });
    // The caller could not be verified: the session ends.
    connect(dialog, &QDialog::rejected, this, [this] { m_sessions->end(wire::EndCause::AgentEnded); });
    dialog->open();
}

void CallNotes::onEnded(const QString &cause)
{
    if (m_verify) {
        m_verify->disconnect(this);
        m_verify->close();
    }
    if (!m_sessions->session().serverRecorded || cause != QLatin1String("AgentEnded"))
        return;
    askWrapUp(m_sessions->session().ID, m_policy.RequireWrapUp);
}

void CallNotes::askWrapUp(const QString &sessionId, bool required)
{
    // A window of its own (not the desk's child): the desk stays usable while it is open.
    delete m_wrapUp;
    auto *dialog = new WrapUpDialog(required);
    m_wrapUp = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &WrapUpDialog::recordRequested, this, [this, dialog, sessionId] {
        dialog->setBusy(true);
        // A disposition makes it a wrap-up; words alone are a plain note on the call.
        const CallNoteRequest note = dialog->disposition().isEmpty()
                                         ? CallNoteRequest::note(dialog->text())
                                         : CallNoteRequest::wrapUp(dialog->disposition(), dialog->text());
        m_notes->append(sessionId, note, dialog, [this, dialog](Result<wire::CallNote> r) {
            dialog->setBusy(false);
            if (!r.ok()) {
                dialog->showProblem(r.error.message());
                return;
            }
            dialog->accept();
            emit wrapUpFinished(true);
        });
    });
    connect(dialog, &QDialog::rejected, this, [this] { emit wrapUpFinished(false); });
    // Not modal: the desk stays usable (the next caller may already be waiting); the note can be
    // added for 30 minutes after the end.
    dialog->setModal(false);
    dialog->show();
}

} // namespace onbehalf
