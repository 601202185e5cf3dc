#include "common/Announce.h"

#include <QAccessible>
#include <QLabel>

namespace onbehalf::Announce {

namespace {
std::function<void(QObject *, QAccessible::Event)> &observer()
{
    static std::function<void(QObject *, QAccessible::Event)> o;
    return o;
}

void send(QWidget *widget, QAccessible::Event type)
{
    QAccessibleEvent event(widget, type);
    QAccessible::updateAccessibility(&event);
    if (observer())
        observer()(widget, type);
}
} // namespace

void setObserver(std::function<void(QObject *, QAccessible::Event)> o)
{
    observer() = std::move(o);
}

void message(QLabel *label, const QString &text, bool alert)
{
    const bool changed = label->text() != text || label->isHidden() == !text.isEmpty();
    label->setText(text);
    label->setAccessibleName(text);
    label->setAccessibleDescription(text);
    label->setVisible(!text.isEmpty());
    if (!changed || text.isEmpty())
        return;
    send(label, QAccessible::NameChanged);
    if (alert)
        send(label, QAccessible::Alert);
}

void description(QWidget *widget, const QString &text, bool alert)
{
    if (widget->accessibleDescription() == text)
        return;
    widget->setAccessibleDescription(text);
    send(widget, QAccessible::DescriptionChanged);
    if (alert)
        send(widget, QAccessible::Alert);
}

} // namespace onbehalf::Announce
