#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <functional>

namespace onbehalf {

// Secrets (the agent's refresh token, the live impersonation token) in the OS keychain through
// QtKeychain: one service name, one entry per marketplace + username + purpose, never an insecure
// fallback. When no keychain works (no Secret Service, locked, denied), it says so once and keeps
// the secrets in memory only — never in settings, files or logs.
class TokenStore : public QObject
{
    Q_OBJECT

public:
    enum class Purpose
    {
        RefreshToken,
        ImpersonationToken,
        ClientSecret // of an API client: `username` is then the client ID
    };

    explicit TokenStore(QObject *parent = nullptr);

    static QString serviceName();
    static QString key(const QString &marketplace, const QString &username, Purpose purpose);

    // found = false means "not stored" (e.g. not signed in), not an error.
    void read(const QString &key, QObject *context, std::function<void(bool found, const QString &secret)> done);
    void write(const QString &key, const QString &secret, QObject *context = nullptr,
               std::function<void(bool persisted)> done = {});
    void remove(const QString &key, QObject *context = nullptr, std::function<void()> done = {});

    // False once the keychain has failed: secrets then live in memory only.
    bool keychainAvailable() const { return m_available; }
    QString unavailableReason() const { return m_reason; }

    // Tests run without any keychain by turning it off.
    void setKeychainEnabled(bool enabled);

signals:
    // Emitted once, the first time the keychain cannot be used.
    void keychainUnavailable(const QString &reason);

private:
    void markUnavailable(const QString &reason);

    QHash<QString, QString> m_memory; // this run's secrets; the keychain is the persistent copy
    bool m_available = true;
    bool m_enabled = true;
    QString m_reason;
};

} // namespace onbehalf
