#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace onbehalf {

// A supervisor's force end: whose session, and the comment the agent will be shown (required:
// the agent must learn why). Enter ends it; Escape keeps the session.
class ForceEndDialog : public QDialog
{
    Q_OBJECT

public:
    ForceEndDialog(const QString &agent, const QString &actingFor, QWidget *parent = nullptr);

    QString comment() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateOk();

    QLabel *m_question;
    QPlainTextEdit *m_comment;
    QDialogButtonBox *m_buttons;
};

} // namespace onbehalf
