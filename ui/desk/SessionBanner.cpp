#include "desk/SessionBanner.h"

#include "common/Announce.h"
#include "core/session/SessionManager.h"

#include <QAccessible>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace onbehalf {

SessionBanner::SessionBanner(SessionManager *sessions, QWidget *parent)
    : QFrame(parent), m_sessions(sessions), m_label(new QLabel(this)), m_renew(new QPushButton(this)),
      m_end(new QPushButton(this))
{
    setObjectName(QStringLiteral("sessionBanner"));
    setFrameShape(QFrame::NoFrame);
    setAutoFillBackground(true);
    m_label->setObjectName(QStringLiteral("sessionBannerLabel"));
    m_label->setTextFormat(Qt::PlainText);
    m_label->setWordWrap(true);
    QFont f = m_label->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    m_label->setFont(f);
    m_renew->setObjectName(QStringLiteral("renewSessionButton"));
    m_end->setObjectName(QStringLiteral("endSessionButton"));
    retranslate();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_renew);
    layout->addWidget(m_end);
    m_renew->hide();
    setWarning(false);
    hide();

    connect(m_end, &QPushButton::clicked, this, &SessionBanner::endRequested);
    connect(m_renew, &QPushButton::clicked, this, &SessionBanner::renewRequested);
    connect(sessions, &SessionManager::started, this, [this] {
        setWarning(false);
        refresh();
        show();
        announce(text());
    });
    connect(sessions, &SessionManager::tick, this, &SessionBanner::refresh);
    connect(sessions, &SessionManager::renewed, this, [this] {
        setWarning(false);
        refresh();
        announce(tr("Access renewed."));
    });
    connect(sessions, &SessionManager::expiryWarning, this, [this] {
        setWarning(true);
        refresh();
        announce(tr("Access as the buyer ends in 2 minutes. Renew it to continue."));
    });
    connect(sessions, &SessionManager::ended, this, [this] { hide(); });
}

void SessionBanner::retranslate()
{
    setAccessibleName(tr("Impersonation session"));
    m_renew->setText(tr("&Renew access"));
    m_renew->setAccessibleName(tr("Renew access for this session"));
    m_end->setText(tr("End sess&ion"));
    m_end->setAccessibleName(tr("End session"));
    m_end->setToolTip(tr("End acting for this buyer (Ctrl+Shift+E)"));
}

void SessionBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QFrame::changeEvent(event);
}

QString SessionBanner::actingFor(const QString &fullName, const QString &username, const QString &buyerName)
{
    return tr("Acting for %1 (%2) · %3").arg(fullName, username, buyerName);
}

QString SessionBanner::text() const
{
    return m_label->text();
}

void SessionBanner::refresh()
{
    if (!m_sessions->isActive())
        return;
    const JournalEntry &s = m_sessions->session();
    // Two different ends: the session closes after the idle limit unless the agent keeps working,
    // and the buyer token (hence access) runs out at a fixed time, whatever the agent does.
    const qint64 idleLeft = std::max<qint64>(0, m_sessions->inactivityLimit() - m_sessions->secondsIdle());
    const QString idle = idleLeft >= 120 ? tr("idle timeout in %n min", nullptr, int(idleLeft / 60))
                                         : tr("idle timeout in %n s", nullptr, int(idleLeft));
    const qint64 left = std::max<qint64>(0, m_sessions->secondsLeft());
    const QString access =
        left >= 120
            ? tr("access until %1").arg(QLocale().toString(s.TokenExpires.toLocalTime().time(), QLocale::ShortFormat))
            : tr("access ends in %n s", nullptr, int(left));
    const QString text =
        tr("%1 — since %2 — %3 · %4")
            .arg(actingFor(s.UserFullName, s.Username, s.BuyerName),
                 QLocale().toString(s.DateStarted.toLocalTime().time(), QLocale::ShortFormat), idle, access);
    if (text != m_label->text()) {
        m_label->setText(text);
        m_label->setAccessibleName(text);
    }
    // Screen readers hear the banner when it changes (once a minute, or each second near the end).
    Announce::description(this, text);
}

void SessionBanner::setWarning(bool warning)
{
    m_warning = warning;
    m_renew->setVisible(warning);
    // Fixed colours on purpose: black on amber (12.6:1) and white on deep red (7.9:1) meet
    // WCAG AA in light and dark themes alike.
    QPalette p = palette();
    p.setColor(QPalette::Window, warning ? QColor(0xB0, 0x00, 0x20) : QColor(0xFF, 0xC1, 0x07));
    p.setColor(QPalette::WindowText, warning ? Qt::white : Qt::black);
    setPalette(p);
    m_label->setPalette(p);
}

void SessionBanner::announce(const QString &message)
{
    Announce::description(this, message, true);
}

} // namespace onbehalf
