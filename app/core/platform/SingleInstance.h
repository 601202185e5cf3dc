#pragma once

#include "core/platform/ScreenPopRequest.h"

#include <QObject>
#include <optional>

class QLocalServer;

namespace onbehalf {

// One running desk per user and settings location. The first start listens on a local socket
// (only its user may connect); a second start hands its request to it and ends. The running desk
// receives "come to the front", with a search when the second start had one (--find, onbehalf:).
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    enum class Role
    {
        Primary,   // this process is the desk: it listens now
        Forwarded, // another desk runs and took the request: exit 0
        Alone      // neither (the socket could not be set up): run without screen-pop
    };

    // settingsFile: where this user's settings live (QSettings::fileName), so that two HOMEs
    // (parallel tests, two profiles) never reach each other's desk.
    explicit SingleInstance(const QString &settingsFile, QObject *parent = nullptr);
    ~SingleInstance() override;

    static QString serverName(const QString &settingsFile);
    QString serverName() const { return m_name; }

    Role claim(const std::optional<ScreenPopRequest> &request, int timeoutMs = 3000);

signals:
    // A later start asked to raise the desk, with its search if it had one.
    void activationRequested(const std::optional<onbehalf::ScreenPopRequest> &request);

private:
    bool forward(const std::optional<ScreenPopRequest> &request, int timeoutMs);
    bool listen();
    void onNewConnection();

    QString m_name;
    QLocalServer *m_server = nullptr; // child
};

} // namespace onbehalf
