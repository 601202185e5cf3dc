#include "auth/KeyRefresher.h"

#include "auth/TokenIssuer.h"
#include "storage/Database.h"

#include <QFile>
#include <exception>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace onbehalf::server {

KeyRefresher::KeyRefresher(Database &db, TokenIssuer &issuer, SigningKeys::Options options)
    : m_db(db), m_issuer(issuer), m_options(std::move(options)), m_file(SigningKeys::keyFileFor(m_options)),
      m_stamp(stampOf(m_file))
{}

KeyRefresher::FileStamp KeyRefresher::stampOf(const QString &path)
{
    FileStamp stamp;
#ifdef Q_OS_UNIX
    struct stat st = {};
    if (!path.isEmpty() && ::stat(QFile::encodeName(path).constData(), &st) == 0) {
        stamp.inode = qint64(st.st_ino);
        stamp.size = qint64(st.st_size);
        stamp.mtimeNs = qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
        stamp.ctimeNs = qint64(st.st_ctim.tv_sec) * 1000000000 + st.st_ctim.tv_nsec;
    }
#else
    Q_UNUSED(path)
#endif
    return stamp;
}

void KeyRefresher::refresh(bool force)
{
    try {
        refreshSigningKey(force);
        refreshPublicKeys();
    } catch (const std::exception &e) {
        qWarning("signing keys not refreshed: %s", e.what());
    }
}

void KeyRefresher::refreshSigningKey(bool force)
{
    std::optional<SigningKey> next;
    if (m_file.isEmpty()) {
        next = SigningKeys::databaseKey(m_db);
    } else {
        // `keys rotate` replaces the file whole (a rename): a new inode, size or time says so. A file
        // refused once is not read again (nor warned about) until it changes.
        const FileStamp stamp = stampOf(m_file);
        if (!force && stamp == m_stamp)
            return;
        m_stamp = stamp;
        next = SigningKeys::readKeyFile(m_file);
    }
    const QString previous = m_issuer.currentKid();
    if (!next || next->kid() == previous)
        return;
    SigningKeys::adopt(m_db, *next, previous);
    m_issuer.setSigningKey(*next);
    m_warnedRetired = false;
    qWarning("now signing tokens with key %s%s; key %s verifies the tokens it signed until they expire",
             qPrintable(next->kid()), m_file.isEmpty() ? "" : qPrintable(QStringLiteral(" from ") + m_file),
             qPrintable(previous));
}

void KeyRefresher::refreshPublicKeys()
{
    const QString current = m_issuer.currentKid();
    for (SigningKeys::Published &p : SigningKeys::published(m_db)) {
        if (p.key.kid() == current) {
            // A rotation elsewhere retired the key this instance signs with, and its file did not
            // change: a copy (systemd credential) or a different file. Say so once.
            if (p.verifyUntil && !m_warnedRetired)
                qWarning("this instance signs with key %s, which a rotation retired: other instances accept its "
                         "tokens until %s UTC. Give it the new key file and restart it (or send SIGHUP).",
                         qPrintable(current), qPrintable(p.verifyUntil->toString(Qt::ISODate)));
            m_warnedRetired = m_warnedRetired || p.verifyUntil.has_value();
            continue;
        }
        m_issuer.addVerificationKey(p.key, p.verifyUntil);
    }
}

} // namespace onbehalf::server
