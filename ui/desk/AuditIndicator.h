#pragma once

#include "core/api/Discovery.h"

#include <QLabel>

namespace onbehalf {

class SessionManager;

// The status-bar word on where impersonation sessions are recorded: "Audit: server" (the
// marketplace's sessions extension) or "Audit: this computer" (the desk's journal) — and, in
// red, when the journal could not be written. Asks the marketplace once per sign-in.
class AuditIndicator : public QLabel
{
    Q_OBJECT

public:
    AuditIndicator(MarketplaceClient *client, SessionManager *sessions, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void probeIfNeeded();
    void refresh();

    MarketplaceClient *m_client;
    SessionManager *m_sessions;
    QString m_journalError;
};

} // namespace onbehalf
