#include "common/MessageBox.h"

namespace onbehalf {

std::optional<QMessageBox::StandardButton> MessageBox::s_nextAnswer;
QString MessageBox::s_lastQuestion;
int MessageBox::s_asked = 0;

QMessageBox::StandardButton MessageBox::question(QWidget *parent, const QString &title, const QString &text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton)
{
    s_lastQuestion = text;
    ++s_asked;
    if (s_nextAnswer)
        return *s_nextAnswer;
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    s_nextAnswer = answer;
}

void MessageBox::clearNextAnswer()
{
    s_nextAnswer.reset();
}

QString MessageBox::lastQuestion()
{
    return s_lastQuestion;
}

int MessageBox::questionsAsked()
{
    return s_asked;
}

} // namespace onbehalf
