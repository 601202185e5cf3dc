#include "core/session/SessionJournal.h"

#include "core/platform/PrivateFiles.h"
#include "wire/Json.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace onbehalf {

namespace {

nlohmann::json toJson(const JournalEntry &e)
{
    nlohmann::json j = static_cast<const wire::ImpersonationSession &>(e);
    j["Marketplace"] = e.marketplace;
    j["ServerRecorded"] = e.serverRecorded;
    j["EndPendingOnServer"] = e.endPendingOnServer;
    j["CartOrderID"] = e.cartOrderId;
    return j;
}

JournalEntry fromJson(const nlohmann::json &j)
{
    JournalEntry e;
    from_json(j, static_cast<wire::ImpersonationSession &>(e));
    wire::read(j, "Marketplace", e.marketplace);
    wire::read(j, "ServerRecorded", e.serverRecorded);
    wire::read(j, "EndPendingOnServer", e.endPendingOnServer);
    wire::read(j, "CartOrderID", e.cartOrderId);
    // Journals written before the shared record listed bare order IDs.
    QStringList legacyOrderIds;
    wire::read(j, "OrderIDs", legacyOrderIds);
    for (const QString &id : std::as_const(legacyOrderIds)) {
        if (!e.hasOrder(id))
            e.Orders.push_back(wire::SessionOrder{id, {}, {}, {}, {}});
    }
    return e;
}

} // namespace

bool JournalEntry::hasOrder(const QString &orderId) const
{
    return std::any_of(Orders.begin(), Orders.end(), [&](const wire::SessionOrder &o) { return o.ID == orderId; });
}

SessionJournal::SessionJournal(QString path) : m_path(std::move(path))
{
    if (m_path.isEmpty())
        m_path = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
                 QStringLiteral("/session-journal.json");
}

SessionJournal::Loaded SessionJournal::load() const
{
    Loaded out;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return out;
    const QByteArray text = file.readAll();
    const nlohmann::json j = nlohmann::json::parse(text.constBegin(), text.constEnd(), nullptr, false);
    if (!j.is_array())
        return out; // a damaged journal is not a reason to refuse to work
    for (const auto &item : j) {
        try {
            out.entries.push_back(fromJson(item));
        } catch (const std::exception &) {
            out.unreadable.push_back(item);
        }
    }
    return out;
}

bool SessionJournal::save(const Loaded &journal)
{
    nlohmann::json j = nlohmann::json::array();
    for (const JournalEntry &e : journal.entries)
        j.push_back(toJson(e));
    for (const nlohmann::json &raw : journal.unreadable)
        j.push_back(raw);
    const QString folder = QFileInfo(m_path).absolutePath();
    // Atomic replace: a crash mid-write leaves the previous journal, never half of one.
    // The journal names customers and reasons: the user's alone (0600 in a 0700 folder).
    QSaveFile file(m_path);
    bool ok = PrivateFiles::makeFolder(folder) && file.open(QIODevice::WriteOnly);
    if (ok) {
        const QByteArray bytes = QByteArray::fromStdString(j.dump(1));
        ok = file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) &&
             file.write(bytes) == bytes.size() && file.commit() && PrivateFiles::restrictFile(m_path);
    }
    if (!ok) {
        m_error =
            QCoreApplication::translate("onbehalf::SessionJournal", "The session record could not be written to %1: %2")
                .arg(QDir::toNativeSeparators(m_path),
                     file.errorString().isEmpty()
                         ? QCoreApplication::translate("onbehalf::SessionJournal", "the folder cannot be created")
                         : file.errorString());
        file.cancelWriting();
        return false;
    }
    m_error.clear();
    return true;
}

std::vector<JournalEntry> SessionJournal::entries() const
{
    return load().entries;
}

std::optional<JournalEntry> SessionJournal::find(const QString &id) const
{
    for (const JournalEntry &e : load().entries) {
        if (e.ID == id)
            return e;
    }
    return std::nullopt;
}

std::vector<JournalEntry> SessionJournal::openSessions(const QString &marketplace, const QString &agentUsername) const
{
    std::vector<JournalEntry> out;
    for (const JournalEntry &e : load().entries) {
        if (e.isOpen() && e.marketplace == marketplace &&
            e.AgentUsername.compare(agentUsername, Qt::CaseInsensitive) == 0)
            out.push_back(e);
    }
    return out;
}

bool SessionJournal::upsert(const JournalEntry &entry)
{
    Loaded all = load();
    auto it =
        std::find_if(all.entries.begin(), all.entries.end(), [&](const JournalEntry &e) { return e.ID == entry.ID; });
    if (it == all.entries.end())
        all.entries.push_back(entry);
    else
        *it = entry;
    return save(all);
}

bool SessionJournal::markEnded(const QString &id, wire::EndCause cause, const QDateTime &when, bool pendingOnServer)
{
    Loaded all = load();
    for (JournalEntry &e : all.entries) {
        if (e.ID == id && e.isOpen()) {
            e.DateEnded = when;
            e.EndCause = cause;
            e.endPendingOnServer = pendingOnServer;
            e.cartOrderId.clear();
        }
    }
    return save(all);
}

} // namespace onbehalf
