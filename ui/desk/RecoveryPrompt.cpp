#include "desk/RecoveryPrompt.h"

#include "common/Announce.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace onbehalf {

RecoveryPrompt::RecoveryPrompt(QWidget *parent) : QFrame(parent), m_title(new QLabel(this)), m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("recoveryBar"));
    setFrameShape(QFrame::Box);
    setLineWidth(2);
    setAutoFillBackground(true);
    // Fixed colours on purpose, as the session banner: black on amber (12.6:1) in any theme.
    QPalette p = palette();
    p.setColor(QPalette::Window, QColor(0xFF, 0xC1, 0x07));
    p.setColor(QPalette::WindowText, Qt::black);
    setPalette(p);
    m_title->setObjectName(QStringLiteral("recoveryTitle"));
    QFont f = m_title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    m_title->setFont(f);
    m_label->setObjectName(QStringLiteral("recoveryLabel"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    for (QLabel *l : {m_title, m_label})
        l->setPalette(p);
    m_resume = new QPushButton(this);
    m_resume->setObjectName(QStringLiteral("resumeSessionButton"));
    m_end = new QPushButton(this);
    m_end->setObjectName(QStringLiteral("endRecoveredButton"));
    auto *text = new QVBoxLayout;
    text->addWidget(m_title);
    text->addWidget(m_label);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addLayout(text, 1);
    layout->addWidget(m_resume);
    layout->addWidget(m_end);
    hide();
    connect(m_resume, &QPushButton::clicked, this, [this] { emit resumeRequested(m_entry); });
    connect(m_end, &QPushButton::clicked, this, [this] { emit endRequested(m_entry); });
    retranslate();
}

void RecoveryPrompt::retranslate()
{
    setAccessibleName(tr("Interrupted session"));
    m_title->setText(tr("A session was interrupted"));
    m_resume->setText(tr("&Resume"));
    m_resume->setAccessibleName(tr("Resume the interrupted session"));
    m_end->setText(tr("E&nd it"));
    m_end->setAccessibleName(tr("End the interrupted session"));
}

void RecoveryPrompt::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (isVisible() && !m_entry.ID.isEmpty())
            offer(m_entry);
    }
    QFrame::changeEvent(event);
}

void RecoveryPrompt::offer(const JournalEntry &entry)
{
    m_entry = entry;
    show();
    Announce::message(m_label,
                      tr("Onbehalf closed while you were acting for %1 (%2) · %3, since %4. Resume that session or "
                         "end it?")
                          .arg(entry.UserFullName, entry.Username, entry.BuyerName,
                               QLocale().toString(entry.DateStarted.toLocalTime(), QLocale::ShortFormat)),
                      true);
    Announce::description(this, m_label->text(), true);
}

void RecoveryPrompt::showProblem(const QString &message)
{
    Announce::message(m_label, message, true);
}

} // namespace onbehalf
