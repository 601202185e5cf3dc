#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace onbehalf::test {

// A virtual X display (Xvfb) for running the literal desk binary with its real xcb platform, and
// real input on it: key events through the XTEST extension (xdotool), as a person at the keyboard
// would send them. Window titles are what the test reads back.
class XDisplay
{
public:
    XDisplay() = default;
    ~XDisplay();

    // Whether Xvfb and xdotool are installed (scripts/deps.sh installs them).
    static bool available();
    // Starts Xvfb on a free display number; false (with errorString()) when it does not come up.
    bool start();
    QString display() const { return m_display; } // ":N"
    QString errorString() const { return m_error; }

    // The first visible window whose title contains `title`, waiting up to `timeoutMs`; 0 if none.
    qulonglong waitForWindow(const QString &title, int timeoutMs);
    // Gives `window` the keyboard focus (no window manager runs to do it).
    bool focus(qulonglong window);
    // Types text / presses keys ("Return", "ctrl+f", "alt+r") into the focused window.
    bool type(const QString &text);
    bool key(const QString &keys);

private:
    bool xdotool(const QStringList &arguments, QByteArray *output = nullptr);

    QProcess m_server;
    QString m_display;
    QString m_error;
};

} // namespace onbehalf::test
