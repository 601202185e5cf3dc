#pragma once

#include "core/net/ApiError.h"

#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <nlohmann/json.hpp>

namespace onbehalf {

// One HTTP request to the marketplace: its reply, its timeout, and the outcome as JSON or an
// ApiError. It deletes itself after finished().
class ApiJob : public QObject
{
    Q_OBJECT

public:
    // Larger answers are cut off and refused: no marketplace page comes near it, and reading a
    // runaway answer whole would take the desk's memory with it.
    static constexpr qint64 kMaxAnswerBytes = 16 * 1024 * 1024;

    ApiJob(QNetworkReply *reply, int timeoutMs, QObject *parent = nullptr);

    void abort();
    int status() const { return m_status; }
    const nlohmann::json &json() const { return m_json; }
    const ApiError &error() const { return m_error; }
    QString requestId() const { return m_requestId; }

signals:
    void finished(onbehalf::ApiJob *job);

private:
    void onFinished();
    void refuseIfTooLarge(qint64 bytes);

    QPointer<QNetworkReply> m_reply;
    QTimer m_timer;
    int m_status = 0;
    nlohmann::json m_json;
    ApiError m_error;
    QString m_requestId;
    bool m_timedOut = false;
    bool m_aborted = false;
    bool m_tooLarge = false;
};

} // namespace onbehalf
