#pragma once

class QCoreApplication;

namespace onbehalf::server {

// For a server run as a child (the desk's embedded demo marketplace): quits the application
// cleanly once standard input reaches its end, which happens when the parent closes its end of
// the pipe or dies in any way (kill -9 included). Unix: a QSocketNotifier on fd 0; Windows: a
// thread blocked in ReadFile.
void quitWhenStdinCloses(QCoreApplication &app);

} // namespace onbehalf::server
