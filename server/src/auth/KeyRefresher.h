#pragma once

#include "auth/SigningKeys.h"

#include <QDateTime>
#include <QString>

namespace onbehalf::server {

class Database;
class TokenIssuer;

// Keeps a running instance's keys in step with `keys rotate` (no restart): a changed key file (or,
// with the key in the database, a changed row) becomes the signing key, published for the other
// instances; the database's public keys and their verify_until are re-read, so every instance
// verifies exactly the keys that are still valid. Runs on the main thread (a timer and SIGHUP).
class KeyRefresher
{
public:
    KeyRefresher(Database &db, TokenIssuer &issuer, SigningKeys::Options options);

    // force: read the key file even when it looks unchanged (SIGHUP). Never throws: a key file
    // that cannot be used is reported and the instance keeps signing with the key it has.
    void refresh(bool force);

private:
    struct FileStamp
    {
        qint64 inode = -1;
        qint64 size = -1;
        qint64 mtimeNs = -1;
        qint64 ctimeNs = -1; // a chmod (a refused key file made 0600) changes only this
        bool operator==(const FileStamp &) const = default;
    };
    static FileStamp stampOf(const QString &path);
    void refreshSigningKey(bool force);
    void refreshPublicKeys();

    Database &m_db;
    TokenIssuer &m_issuer;
    SigningKeys::Options m_options;
    QString m_file; // empty: the key lives in the database (--allow-key-in-database)
    FileStamp m_stamp;
    bool m_warnedRetired = false;
};

} // namespace onbehalf::server
