#include "desk/ScreenPopEvents.h"

#include <QFileOpenEvent>
#include <QGuiApplication>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcScreenPop, "onbehalf.screenpop", QtInfoMsg)

namespace onbehalf {

ScreenPopEvents::ScreenPopEvents(QObject *parent) : QObject(parent)
{
    qApp->installEventFilter(this);
}

bool ScreenPopEvents::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::FileOpen || watched != qApp)
        return QObject::eventFilter(watched, event);
    const QUrl url = static_cast<QFileOpenEvent *>(event)->url();
    if (!ScreenPopRequest::looksLikeUrl(url.toString()))
        return false;
    QString error;
    const std::optional<ScreenPopRequest> request = ScreenPopRequest::fromUrl(url.toString(), &error);
    if (request)
        emit requested(request);
    else
        qCWarning(lcScreenPop).noquote() << error; // a link from elsewhere: nobody to tell but the log
    return true;
}

} // namespace onbehalf
