#pragma once

#include <QAccessible>
#include <QString>
#include <functional>

class QLabel;
class QWidget;

namespace onbehalf {

// What the agent reads, a screen reader reads too: a message label exposes its current text as
// its accessible name (a fixed name would hide it) and each change is announced.
namespace Announce {

// Shows `text` in `label` (hidden when empty), names it by its text and announces the change;
// `alert` for problems the agent must notice.
void message(QLabel *label, const QString &text, bool alert = false);
// For composite widgets (the banner): the text becomes the description, and the change is sent.
void description(QWidget *widget, const QString &text, bool alert = false);

// Tests: sees every event sent. Qt hands events to an update handler only while a platform
// screen-reader bridge is active, which the offscreen test platform never is.
void setObserver(std::function<void(QObject *, QAccessible::Event)> observer);

} // namespace Announce

} // namespace onbehalf
