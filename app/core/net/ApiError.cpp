#include "core/net/ApiError.h"

#include <QLocale>

namespace onbehalf {

namespace {

QString str(const nlohmann::json &j, const char *key)
{
    if (!j.is_object())
        return QString();
    const auto it = j.find(key);
    return it != j.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

// A number from an error's Data, or 0: an odd error body must never throw out of a reply handler.
qint64 number(const nlohmann::json &j, const char *key)
{
    if (!j.is_object())
        return 0;
    const auto it = j.find(key);
    return it != j.end() && it->is_number_integer() ? it->get<qint64>() : 0;
}

// The server's ErrorCode in plain words. The server's own English message stays in detail().
QString messageFor(const QString &code, int status, const nlohmann::json &data)
{
    if (code == QLatin1String("Auth.InvalidUsernameOrPassword"))
        return ApiError::tr("The username or password is not right. Check them and try again.");
    if (code == QLatin1String("Auth.UsernameAndPasswordRequired"))
        return ApiError::tr("Enter your username and password.");
    if (code == QLatin1String("Auth.UserNotActive"))
        return ApiError::tr("This account has been switched off. Ask your supervisor to reactivate it.");
    if (code == QLatin1String("Auth.LockedOut"))
        return ApiError::tr("Too many wrong passwords: this account is locked for a while. Try again later or ask "
                            "your supervisor.");
    if (code == QLatin1String("Auth.InvalidClientID"))
        return ApiError::tr("This marketplace does not know the Client ID. Check the Client ID with your "
                            "administrator.");
    if (code == QLatin1String("Auth.ClientNotAllowedForUser"))
        return ApiError::tr("Your account may not sign in through this application (Client ID).");
    if (code == QLatin1String("Auth.InsufficientRole"))
        return ApiError::tr("Your account does not have the roles this desk needs.");
    if (code == QLatin1String("Auth.InvalidRefreshToken"))
        return ApiError::tr("Your saved sign-in has expired. Please sign in again.");
    if (code == QLatin1String("InvalidToken"))
        return ApiError::tr("Your sign-in has expired. Please sign in again.");
    if (code == QLatin1String("InsufficientRoles"))
        return ApiError::tr("Your account is not allowed to do this.");
    if (code == QLatin1String("Impersonation.NotAllowed")) {
        const QString buyer = str(data, "BuyerName");
        return buyer.isEmpty() ? ApiError::tr("No impersonation rule lets you act for this user.")
                               : ApiError::tr("No impersonation rule lets you act for %1 users.").arg(buyer);
    }
    if (code == QLatin1String("Impersonation.UserNotActive"))
        return ApiError::tr("This user's account is switched off, so nobody can act for them.");
    if (code == QLatin1String("Impersonation.NoRolesGranted"))
        return ApiError::tr("The impersonation rule grants none of the roles needed to shop for this user.");
    if (code == QLatin1String("ImpersonationSession.AlreadyEnded"))
        return ApiError::tr("This session has already ended.");
    if (code == QLatin1String("ImpersonationSession.ReasonTooLong"))
        return ApiError::tr("The reason is too long (500 characters at most).");
    if (code == QLatin1String("PriceSchedule.CannotExceedMax"))
        return ApiError::tr("That is more than can be ordered at once (at most %1).").arg(number(data, "MaxQuantity"));
    if (code == QLatin1String("PriceSchedule.CannotBeLessThanMin"))
        return ApiError::tr("That is less than the minimum order quantity (at least %1).")
            .arg(number(data, "MinQuantity"));
    if (code == QLatin1String("LineItem.QuantityMustBePositive"))
        return ApiError::tr("The quantity must be at least 1.");
    if (code == QLatin1String("Order.CannotSubmitWithNoLineItems"))
        return ApiError::tr("The cart is empty: add a product before submitting.");
    if (code == QLatin1String("Order.CannotSubmitBadStatus"))
        return ApiError::tr("This order has already been submitted.");
    if (code == QLatin1String("Order.CannotModifySubmittedOrder"))
        return ApiError::tr("This order has been submitted and can no longer be changed.");
    if (code == QLatin1String("Onbehalf.CoSignRequired"))
        return ApiError::tr("A supervisor must co-sign this order before it can be submitted.");
    if (code == QLatin1String("Onbehalf.CoSignDeclined")) {
        const QString comment = str(data, "Comment");
        return comment.isEmpty() ? ApiError::tr("A supervisor declined this order.")
                                 : ApiError::tr("A supervisor declined this order: %1").arg(comment);
    }
    if (code == QLatin1String("Onbehalf.VerificationRequired"))
        return ApiError::tr("Verify the caller first: orders can be placed once the verification is recorded.");
    if (code == QLatin1String("NotFound")) {
        const QString type = str(data, "ObjectType");
        return type.isEmpty()
                   ? ApiError::tr("That no longer exists on the marketplace.")
                   : ApiError::tr("%1 %2 was not found on the marketplace.").arg(type, str(data, "ObjectID"));
    }
    if (status == 401)
        return ApiError::tr("Your sign-in has expired. Please sign in again.");
    if (status == 403)
        return ApiError::tr("Your account is not allowed to do this.");
    if (status == 404)
        return ApiError::tr("The marketplace does not offer this (not found).");
    if (status == 429)
        return ApiError::tr("The marketplace is busy. Wait a moment and try again.");
    if (status >= 500)
        return ApiError::tr("The marketplace had a problem (error %1). Try again in a moment.").arg(status);
    return ApiError::tr("The marketplace refused the request (error %1).").arg(status);
}

} // namespace

ApiError ApiError::fromHttp(int status, const nlohmann::json &body)
{
    QString code, detail;
    nlohmann::json data;
    if (body.is_object()) {
        const auto errors = body.find("Errors");
        if (errors != body.end() && errors->is_array() && !errors->empty() && (*errors)[0].is_object()) {
            code = str((*errors)[0], "ErrorCode");
            detail = str((*errors)[0], "Message");
            const auto d = (*errors)[0].find("Data");
            if (d != (*errors)[0].end())
                data = *d;
        }
        if (detail.isEmpty())
            detail = str(body, "error_description");
    }
    ApiError e(Kind::Http, status, code, messageFor(code, status, data), detail);
    e.m_data = data;
    return e;
}

ApiError ApiError::unreachable(const QString &detail)
{
    return ApiError(Kind::Unreachable, 0, QStringLiteral("Network.Unreachable"),
                    tr("The marketplace cannot be reached. Check the address and your network connection."), detail);
}

ApiError ApiError::timeout()
{
    return ApiError(Kind::Timeout, 0, QStringLiteral("Network.Timeout"),
                    tr("The marketplace is not answering in time. Nothing was lost; try again."));
}

ApiError ApiError::tls(const QString &detail)
{
    return ApiError(Kind::Tls, 0, QStringLiteral("Network.Tls"),
                    tr("The marketplace's security certificate is not trusted, so the connection was stopped."),
                    detail);
}

ApiError ApiError::protocol(const QString &detail)
{
    return ApiError(Kind::Protocol, 0, QStringLiteral("Protocol"),
                    tr("The marketplace sent an answer this desk does not understand."), detail);
}

ApiError ApiError::cancelled()
{
    return ApiError(Kind::Cancelled, 0, QStringLiteral("Cancelled"), tr("Cancelled."));
}

ApiError ApiError::tooLarge(qint64 limitBytes)
{
    const QString limit = QLocale().formattedDataSize(limitBytes, 0, QLocale::DataSizeTraditionalFormat);
    return ApiError(Kind::Protocol, 0, QStringLiteral("AnswerTooLarge"),
                    tr("The marketplace's answer is larger than %1, so the desk stopped reading it. Try a narrower "
                       "search, or ask your administrator to check the marketplace.")
                        .arg(limit),
                    QStringLiteral("answer over %1 bytes").arg(limitBytes));
}

} // namespace onbehalf
