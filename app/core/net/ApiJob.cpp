#include "core/net/ApiJob.h"

namespace onbehalf {

ApiJob::ApiJob(QNetworkReply *reply, int timeoutMs, QObject *parent) : QObject(parent), m_reply(reply)
{
    m_requestId = QString::fromLatin1(reply->request().rawHeader("X-Request-ID"));
    reply->setParent(this);
    m_timer.setSingleShot(true);
    m_timer.setInterval(timeoutMs);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        if (m_reply)
            m_reply->abort();
    });
    // Refused from the declared length before the body arrives, or once that much has arrived.
    connect(reply, &QNetworkReply::metaDataChanged, this, [this] {
        if (m_reply)
            refuseIfTooLarge(m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong());
    });
    connect(reply, &QNetworkReply::downloadProgress, this,
            [this](qint64 received, qint64) { refuseIfTooLarge(received); });
    connect(reply, &QNetworkReply::finished, this, &ApiJob::onFinished);
    m_timer.start();
}

void ApiJob::refuseIfTooLarge(qint64 bytes)
{
    if (bytes <= kMaxAnswerBytes || m_tooLarge || !m_reply)
        return;
    m_tooLarge = true;
    m_reply->abort();
}

void ApiJob::abort()
{
    m_aborted = true;
    if (m_reply)
        m_reply->abort();
}

void ApiJob::onFinished()
{
    m_timer.stop();
    QNetworkReply *reply = m_reply.data();
    m_status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body =
        reply->isOpen() && !m_tooLarge ? reply->readAll() : QByteArray(); // an aborted reply is closed
    if (!body.isEmpty())
        m_json = nlohmann::json::parse(body.constBegin(), body.constEnd(), nullptr, false);
    // A document the call asked for as text (?format=text|html) is handed on as one JSON string;
    // a typed call expecting an object still refuses it.
    const QString type = reply->header(QNetworkRequest::ContentTypeHeader).toString();
    if (m_json.is_discarded() && m_status < 400 &&
        (type.startsWith(QLatin1String("text/plain")) || type.startsWith(QLatin1String("text/html"))))
        m_json = body.toStdString();

    if (m_tooLarge) {
        m_error = ApiError::tooLarge(kMaxAnswerBytes);
    } else if (m_aborted) {
        m_error = ApiError::cancelled();
    } else if (m_timedOut) {
        m_error = ApiError::timeout();
    } else if (m_status == 0) {
        const auto e = reply->error();
        if (e == QNetworkReply::SslHandshakeFailedError || e == QNetworkReply::InsecureRedirectError)
            m_error = ApiError::tls(reply->errorString());
        else if (e == QNetworkReply::TimeoutError)
            m_error = ApiError::timeout();
        else
            m_error = ApiError::unreachable(reply->errorString());
    } else if (m_status >= 400) {
        m_error = ApiError::fromHttp(m_status, m_json.is_discarded() ? nlohmann::json() : m_json);
    } else if (m_json.is_discarded()) {
        m_error = ApiError::protocol(QStringLiteral("response is not JSON"));
    }
    emit finished(this);
    deleteLater();
}

} // namespace onbehalf
