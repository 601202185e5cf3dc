#pragma once

#include <QString>

namespace onbehalf {

// Files only the OS user may read: the demo marketplace's data (password hashes, signing keys,
// buyer tokens) and the session journal (who acted for which customer, and why).
namespace PrivateFiles {

// Creates the folder if needed and makes it the user's alone (0700; an existing folder is
// tightened). False when it cannot be created or its permissions cannot be set.
bool makeFolder(const QString &path);

// Makes an existing file the user's alone (0600).
bool restrictFile(const QString &path);

} // namespace PrivateFiles

} // namespace onbehalf
