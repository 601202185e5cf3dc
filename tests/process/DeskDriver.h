#pragma once

#include <QString>

namespace onbehalf {
class DeskController;
}

namespace onbehalf::test {

// Drives a real DeskController as an agent would (keys and clicks on the real widgets), for the
// in-process test and for the desk child process the process tests start and kill.
class DeskDriver
{
public:
    explicit DeskDriver(DeskController &desk) : m_desk(desk) {}

    // Through the sign-in dialog on the local demo marketplace (the embedded server); empty on
    // success, else what failed.
    QString signInToDemo(const QString &username, bool remember);
    // Finds the user, opens the start dialog with Enter, types the reason; empty once active.
    QString startSession(const QString &search, const QString &reason);
    // Selects the product in the catalog and clicks Add; empty once the cart shows `lines` lines.
    QString addProduct(const QString &productId, int quantity, int lines);

private:
    DeskController &m_desk;
};

} // namespace onbehalf::test
