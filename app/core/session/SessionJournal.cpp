#include "core/session/SessionJournal.h"

#include "wire/Json.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace onbehalf {

namespace {

nlohmann::json toJson(const JournalEntry &e)
{
    return nlohmann::json{{"ID", e.id},
                          {"Marketplace", e.marketplace},
                          {"AgentUsername", e.agentUsername},
                          {"BuyerID", e.buyerId},
                          {"BuyerName", e.buyerName},
                          {"UserID", e.userId},
                          {"Username", e.username},
                          {"UserFullName", e.userFullName},
                          {"Reason", e.reason},
                          {"CaseNumber", e.caseNumber},
                          {"DateStarted", e.started},
                          {"TokenExpires", e.tokenExpires},
                          {"DateEnded", e.ended},
                          {"EndCause", e.endCause},
                          {"ServerRecorded", e.serverRecorded},
                          {"EndPendingOnServer", e.endPendingOnServer},
                          {"CartOrderID", e.cartOrderId},
                          {"OrderIDs", e.orderIds}};
}

JournalEntry fromJson(const nlohmann::json &j)
{
    JournalEntry e;
    wire::read(j, "ID", e.id);
    wire::read(j, "Marketplace", e.marketplace);
    wire::read(j, "AgentUsername", e.agentUsername);
    wire::read(j, "BuyerID", e.buyerId);
    wire::read(j, "BuyerName", e.buyerName);
    wire::read(j, "UserID", e.userId);
    wire::read(j, "Username", e.username);
    wire::read(j, "UserFullName", e.userFullName);
    wire::read(j, "Reason", e.reason);
    wire::read(j, "CaseNumber", e.caseNumber);
    wire::read(j, "DateStarted", e.started);
    wire::read(j, "TokenExpires", e.tokenExpires);
    wire::read(j, "DateEnded", e.ended);
    wire::read(j, "EndCause", e.endCause);
    wire::read(j, "ServerRecorded", e.serverRecorded);
    wire::read(j, "EndPendingOnServer", e.endPendingOnServer);
    wire::read(j, "CartOrderID", e.cartOrderId);
    wire::read(j, "OrderIDs", e.orderIds);
    return e;
}

} // namespace

SessionJournal::SessionJournal(QString path) : m_path(std::move(path))
{
    if (m_path.isEmpty())
        m_path = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
                 QStringLiteral("/session-journal.json");
}

std::vector<JournalEntry> SessionJournal::load() const
{
    std::vector<JournalEntry> out;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return out;
    const QByteArray text = file.readAll();
    const nlohmann::json j = nlohmann::json::parse(text.constBegin(), text.constEnd(), nullptr, false);
    if (!j.is_array())
        return out; // a damaged journal is not a reason to refuse to work
    for (const auto &item : j) {
        try {
            out.push_back(fromJson(item));
        } catch (const std::exception &) {
            // skip an unreadable entry, keep the rest
        }
    }
    return out;
}

void SessionJournal::save(const std::vector<JournalEntry> &entries) const
{
    nlohmann::json j = nlohmann::json::array();
    for (const JournalEntry &e : entries)
        j.push_back(toJson(e));
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    // Atomic replace: a crash mid-write leaves the previous journal, never half of one.
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return;
    file.write(QByteArray::fromStdString(j.dump(1)));
    file.commit();
}

std::vector<JournalEntry> SessionJournal::entries() const
{
    return load();
}

std::optional<JournalEntry> SessionJournal::find(const QString &id) const
{
    for (const JournalEntry &e : load()) {
        if (e.id == id)
            return e;
    }
    return std::nullopt;
}

std::vector<JournalEntry> SessionJournal::openSessions(const QString &marketplace, const QString &agentUsername) const
{
    std::vector<JournalEntry> out;
    for (const JournalEntry &e : load()) {
        if (e.isOpen() && e.marketplace == marketplace &&
            e.agentUsername.compare(agentUsername, Qt::CaseInsensitive) == 0)
            out.push_back(e);
    }
    return out;
}

void SessionJournal::upsert(const JournalEntry &entry)
{
    std::vector<JournalEntry> all = load();
    auto it = std::find_if(all.begin(), all.end(), [&](const JournalEntry &e) { return e.id == entry.id; });
    if (it == all.end())
        all.push_back(entry);
    else
        *it = entry;
    save(all);
}

void SessionJournal::markEnded(const QString &id, const QString &cause, const QDateTime &when, bool pendingOnServer)
{
    std::vector<JournalEntry> all = load();
    for (JournalEntry &e : all) {
        if (e.id == id && e.isOpen()) {
            e.ended = when;
            e.endCause = cause;
            e.endPendingOnServer = pendingOnServer;
            e.cartOrderId.clear();
        }
    }
    save(all);
}

} // namespace onbehalf
