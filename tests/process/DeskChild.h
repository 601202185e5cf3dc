#pragma once

namespace onbehalf::test {

// The processes tst_deskprocess starts and kills, run from the same executable:
//   --desk-child signin|session   the desk as ui/desk/main.cpp runs it (DeskController with
//                                 endSessionOnTermination), signed in to the demo marketplace
//                                 ("signin" remembers the sign-in), "session" also acting for a
//                                 buyer; reports "server-pid N", "session ID", "ready" on stdout.
//   --guard-child PROGRAM ARGS... starts PROGRAM bound with ProcessGuard; reports "child-pid N".
// Returns -1 when argv asks for neither.
int runChildMode(int argc, char *argv[]);

} // namespace onbehalf::test
