#pragma once

#include "wire/OnbehalfPolicy.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace onbehalf {

class MarketplaceClient;
class PolicyApi;
class SessionManager;
class SessionNotesApi;
class VerificationDialog;
class WrapUpDialog;

// The call's own record around a session on a marketplace with the sessions extension: when the
// policy requires it, the caller's verification before shopping is enabled (VerificationDialog,
// recorded as the Verification note); after the agent ends the session, the wrap-up
// (WrapUpDialog: disposition and notes, required when the policy says so).
class CallNotes : public QObject
{
    Q_OBJECT

public:
    CallNotes(MarketplaceClient *client, SessionManager *sessions, QWidget *shop, QWidget *window);
    ~CallNotes() override;

    VerificationDialog *verificationDialog() const;
    WrapUpDialog *wrapUpDialog() const;

signals:
    // The Verification note is recorded: shopping is enabled.
    void verified();
    // The wrap-up dialog closed: recorded, or skipped.
    void wrapUpFinished(bool recorded);

private:
    void onStarted();
    void onEnded(const QString &cause);
    void askVerification(const QString &sessionId, const QStringList &checks);
    void askWrapUp(const QString &sessionId, bool required);

    SessionManager *m_sessions;
    QWidget *m_shop;
    QWidget *m_window;
    PolicyApi *m_policyApi;
    SessionNotesApi *m_notes;
    wire::OnbehalfPolicy m_policy;
    QPointer<VerificationDialog> m_verify;
    QPointer<WrapUpDialog> m_wrapUp;
};

} // namespace onbehalf
