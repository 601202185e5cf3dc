#pragma once

#include <QStringList>

namespace onbehalf::server {

// onbehalf-server keys rotate|generate …: the operator's side of the signing keys (SigningKeys).
namespace KeysCommand {
// `arguments` as QCoreApplication::arguments() gives them, "keys" second. Returns the exit code.
int run(const QStringList &arguments);
} // namespace KeysCommand

} // namespace onbehalf::server
