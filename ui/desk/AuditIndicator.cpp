#include "desk/AuditIndicator.h"

#include "core/session/SessionManager.h"

#include <QAccessible>
#include <QEvent>

namespace onbehalf {

AuditIndicator::AuditIndicator(MarketplaceClient *client, SessionManager *sessions, QWidget *parent)
    : QLabel(parent), m_client(client), m_sessions(sessions)
{
    setObjectName(QStringLiteral("auditLabel"));
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(sessions->discovery(), &Discovery::sessionsExtensionChanged, this, &AuditIndicator::refresh);
    // Once signed in (again), ask; a refreshed token finds the answer known and asks nothing.
    connect(client, &MarketplaceClient::agentTokenChanged, this, &AuditIndicator::probeIfNeeded);
    connect(sessions, &SessionManager::journalFailed, this, [this](const QString &message) {
        m_journalError = message;
        refresh();
    });
    connect(sessions, &SessionManager::started, this, [this] {
        m_journalError.clear();
        refresh();
    });
    probeIfNeeded();
    refresh();
}

void AuditIndicator::probeIfNeeded()
{
    if (m_client->isSignedIn() && m_sessions->discovery()->sessionsExtension() == Discovery::Extension::Unknown)
        m_sessions->discovery()->probeSessionsExtension(this, [this](Result<Discovery::Extension>) { refresh(); });
}

void AuditIndicator::refresh()
{
    QString text;
    QString tip;
    switch (m_sessions->discovery()->sessionsExtension()) {
    case Discovery::Extension::Present:
        text = tr("Audit: server");
        tip = tr("The marketplace records every session you start (who, for whom, why, and how it ended).");
        break;
    case Discovery::Extension::Absent:
        text = tr("Audit: this computer");
        tip = tr("This marketplace has no session records of its own: this desk keeps them in its journal on this "
                 "computer.");
        break;
    case Discovery::Extension::Unknown:
        text = tr("Audit: not known yet");
        tip = tr("The desk could not yet ask the marketplace where sessions are recorded; it asks again when you "
                 "start one.");
        break;
    }
    if (!m_journalError.isEmpty()) {
        text = tr("Audit: NOT RECORDED");
        tip = m_journalError;
        setStyleSheet(QStringLiteral("color: white; background: #b00020; padding: 0 4px;"));
    } else {
        setStyleSheet(QString());
    }
    const bool changed = text != this->text();
    setText(text);
    setToolTip(tip);
    setAccessibleName(text);
    setAccessibleDescription(tip);
    if (changed) {
        QAccessibleEvent event(this, QAccessible::NameChanged);
        QAccessible::updateAccessibility(&event);
    }
}

void AuditIndicator::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QLabel::changeEvent(event);
}

} // namespace onbehalf
