#include "desk/RecoveryPrompt.h"

#include "common/Announce.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace onbehalf {

RecoveryPrompt::RecoveryPrompt(QWidget *parent) : QFrame(parent), m_title(new QLabel(this)), m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("recoveryBar"));
    setAccessibleName(tr("Interrupted session"));
    setFrameShape(QFrame::Box);
    setLineWidth(2);
    setAutoFillBackground(true);
    // Fixed colours on purpose, as the session banner: black on amber (12.6:1) in any theme.
    QPalette p = palette();
    p.setColor(QPalette::Window, QColor(0xFF, 0xC1, 0x07));
    p.setColor(QPalette::WindowText, Qt::black);
    setPalette(p);
    m_title->setObjectName(QStringLiteral("recoveryTitle"));
    m_title->setText(tr("A session was interrupted"));
    QFont f = m_title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    m_title->setFont(f);
    m_label->setObjectName(QStringLiteral("recoveryLabel"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    for (QLabel *l : {m_title, m_label})
        l->setPalette(p);
    auto *resume = new QPushButton(tr("&Resume"), this);
    resume->setObjectName(QStringLiteral("resumeSessionButton"));
    resume->setAccessibleName(tr("Resume the interrupted session"));
    auto *end = new QPushButton(tr("E&nd it"), this);
    end->setObjectName(QStringLiteral("endRecoveredButton"));
    end->setAccessibleName(tr("End the interrupted session"));
    auto *text = new QVBoxLayout;
    text->addWidget(m_title);
    text->addWidget(m_label);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addLayout(text, 1);
    layout->addWidget(resume);
    layout->addWidget(end);
    hide();
    connect(resume, &QPushButton::clicked, this, [this] { emit resumeRequested(m_entry); });
    connect(end, &QPushButton::clicked, this, [this] { emit endRequested(m_entry); });
}

void RecoveryPrompt::offer(const JournalEntry &entry)
{
    m_entry = entry;
    show();
    Announce::message(m_label,
                      tr("Onbehalf closed while you were acting for %1 (%2) · %3, since %4. Resume that session or "
                         "end it?")
                          .arg(entry.userFullName, entry.username, entry.buyerName,
                               QLocale().toString(entry.started.toLocalTime(), QLocale::ShortFormat)),
                      true);
    Announce::description(this, m_label->text(), true);
}

void RecoveryPrompt::showProblem(const QString &message)
{
    Announce::message(m_label, message, true);
}

} // namespace onbehalf
