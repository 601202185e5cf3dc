#include "resources/ReceiptFormat.h"

#include <QLocale>

namespace onbehalf::server::ReceiptFormat {

namespace {

QLocale english()
{
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

QString when(const QDateTime &t)
{
    return english().toString(t.toUTC(), QStringLiteral("MMMM d, yyyy, HH:mm 'UTC'"));
}

QString money(const std::optional<wire::Amount> &amount, const QString &currency)
{
    return amount ? wire::Money::format(*amount, currency, english()) : QStringLiteral("-");
}

// The customer sees order states in words, not API names.
QString state(const wire::SessionOrder &o)
{
    if (o.isDeleted())
        return QStringLiteral("Cancelled before submission");
    if (o.Status == QLatin1String("Unsubmitted"))
        return QStringLiteral("Not submitted");
    if (o.Status == QLatin1String("AwaitingApproval"))
        return QStringLiteral("Awaiting approval");
    return o.Status;
}

QString period(const wire::SessionReceipt &r)
{
    return r.DateEnded ? QStringLiteral("%1 to %2").arg(when(r.DateStarted), when(*r.DateEnded))
                       : QStringLiteral("from %1 (still open)").arg(when(r.DateStarted));
}

} // namespace

QString text(const wire::SessionReceipt &r)
{
    QStringList lines;
    lines << QStringLiteral("Dear %1,").arg(r.CustomerName) << QString()
          << QStringLiteral("%1 of our service desk acted on your behalf%2, %3.")
                 .arg(r.AgentName, r.CompanyName.isEmpty() ? QString() : QStringLiteral(" for ") + r.CompanyName,
                      period(r))
          << QStringLiteral("Reason: %1").arg(r.Reason);
    if (!r.CaseNumber.isEmpty())
        lines << QStringLiteral("Case number: %1").arg(r.CaseNumber);
    lines << QString();
    if (r.Orders.empty()) {
        lines << QStringLiteral("No orders were placed.");
    } else {
        lines << QStringLiteral("Orders:");
        for (const wire::SessionOrder &o : r.Orders)
            lines << QStringLiteral("  Order %1: %2, %3").arg(o.ID, money(o.Total, r.Currency), state(o));
        lines << QStringLiteral("Total submitted: %1").arg(money(r.Total, r.Currency));
    }
    lines << QString() << QStringLiteral("Reference: %1").arg(r.SessionID);
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString html(const wire::SessionReceipt &r)
{
    const auto e = [](const QString &s) { return s.toHtmlEscaped(); };
    QString out = QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                                 "<title>Summary of your service call</title></head><body>\n");
    out += QStringLiteral("<p>Dear %1,</p>\n").arg(e(r.CustomerName));
    out += QStringLiteral("<p>%1 of our service desk acted on your behalf%2, %3.</p>\n")
               .arg(e(r.AgentName), r.CompanyName.isEmpty() ? QString() : QStringLiteral(" for ") + e(r.CompanyName),
                    e(period(r)));
    out += QStringLiteral("<p>Reason: %1").arg(e(r.Reason));
    if (!r.CaseNumber.isEmpty())
        out += QStringLiteral("<br>Case number: %1").arg(e(r.CaseNumber));
    out += QStringLiteral("</p>\n");
    if (r.Orders.empty()) {
        out += QStringLiteral("<p>No orders were placed.</p>\n");
    } else {
        out += QStringLiteral("<table>\n<thead><tr><th>Order</th><th>Total</th><th>State</th></tr></thead>\n<tbody>\n");
        for (const wire::SessionOrder &o : r.Orders)
            out += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>\n")
                       .arg(e(o.ID), e(money(o.Total, r.Currency)), e(state(o)));
        out += QStringLiteral("</tbody>\n<tfoot><tr><th>Total submitted</th><td>%1</td><td></td></tr></tfoot>\n"
                              "</table>\n")
                   .arg(e(money(r.Total, r.Currency)));
    }
    out += QStringLiteral("<p>Reference: %1</p>\n</body></html>\n").arg(e(r.SessionID));
    return out;
}

} // namespace onbehalf::server::ReceiptFormat
