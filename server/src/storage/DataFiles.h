#pragma once

#include <QString>
#include <QStringList>

namespace onbehalf::server {

// The server's files are its user's alone: the database, its WAL/SHM/journal and the signing
// key 0600 in a 0700 folder. New files get that from the umask; files and folders made looser
// before (by an older version, a copy, an umask of 022) are tightened with a warning.
namespace DataFiles {
// umask 077 for the whole process: whatever it creates is 0600 (files) or 0700 (folders).
void restrictUmask();
// For a sqlite: URL, tightens the database's folder and files; returns what it changed, as warnings.
// The folder is left alone when it is not the server user's own, is sticky (/tmp), or is the home folder.
QStringList secureSqlite(const QString &databaseUrl);
// The same for one file (the log): its folder made (0700) or tightened, the file tightened to 0600.
QStringList secureFile(const QString &path);
} // namespace DataFiles

} // namespace onbehalf::server
