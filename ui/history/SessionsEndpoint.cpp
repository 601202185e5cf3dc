#include "history/SessionsEndpoint.h"

#include <QUrl>

namespace onbehalf::SessionsEndpoint {

void addItem(QUrlQuery &q, const QString &key, const QString &value)
{
    q.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
}

} // namespace onbehalf::SessionsEndpoint
