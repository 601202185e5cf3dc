#pragma once

#include <QMessageBox>
#include <QString>
#include <optional>

namespace onbehalf {

// The desk's one door to message boxes, so GUI tests can answer them (as KeePassXC does): a test
// sets the next answer, the box is then not shown, and the question asked is kept for the test.
class MessageBox
{
public:
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                                QMessageBox::StandardButtons buttons = QMessageBox::Yes |
                                                                                       QMessageBox::No,
                                                QMessageBox::StandardButton defaultButton = QMessageBox::No);

    // Tests: answer the next box(es) with `answer` without showing them.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    static void clearNextAnswer();
    // The text of the last box asked (shown or answered), and how many were asked.
    static QString lastQuestion();
    static int questionsAsked();

private:
    static std::optional<QMessageBox::StandardButton> s_nextAnswer;
    static QString s_lastQuestion;
    static int s_asked;
};

} // namespace onbehalf
