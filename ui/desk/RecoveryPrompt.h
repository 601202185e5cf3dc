#pragma once

#include "core/session/SessionJournal.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace onbehalf {

// "Onbehalf closed while you were acting for …: Resume / End it" — a session the desk lost
// (crash, kill) must not go unnoticed: a high-contrast prompt above the tabs, announced as an
// alert, that stays until the agent has chosen.
class RecoveryPrompt : public QFrame
{
    Q_OBJECT

public:
    explicit RecoveryPrompt(QWidget *parent = nullptr);

    void offer(const JournalEntry &entry);
    void showProblem(const QString &message);
    JournalEntry entry() const { return m_entry; }

signals:
    void resumeRequested(const onbehalf::JournalEntry &entry);
    void endRequested(const onbehalf::JournalEntry &entry);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_title;
    QLabel *m_label;
    QPushButton *m_resume;
    QPushButton *m_end;
    JournalEntry m_entry;
};

} // namespace onbehalf
