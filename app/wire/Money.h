#pragma once

#include "wire/Json.h"

#include <QLocale>
#include <QString>
#include <QtGlobal>
#include <compare>
#include <nlohmann/json.hpp>
#include <optional>

namespace onbehalf::wire {

// A money amount: an exact decimal (mantissa × 10^-scale), never a double in arithmetic.
// Decoded from any JSON number (more than 4 decimals, negative adjustments); nlohmann hands
// floats over as doubles, so the decimal is the shortest text that reads back as that double —
// the text the marketplace wrote for any amount with up to 15 significant digits.
class Amount
{
public:
    static constexpr int kMaxScale = 18;

    Amount() = default;
    // 1/10,000 of the currency unit: the server's own arithmetic.
    static Amount fromUnits(qint64 units) { return Amount(units, 4); }
    static Amount fromDecimal(qint64 mantissa, int scale) { return Amount(mantissa, scale); }
    // "12.5", "-5.50", "0.123456", "1e-3"; nullopt when it is not a number or does not fit.
    static std::optional<Amount> parse(QStringView text);
    static std::optional<Amount> fromJson(const nlohmann::json &value);

    qint64 mantissa() const { return m_mantissa; }
    int scale() const { return m_scale; }
    // Rounded half-even to `places` decimals (never more precise than it is).
    Amount rounded(int places) const;
    // Half-even in 1/10,000: what the server stores.
    qint64 units() const { return rounded(4).rescaledMantissa(4); }
    bool isNegative() const { return m_mantissa < 0; }
    bool isZero() const { return m_mantissa == 0; }
    // Only for handing to QLocale or a chart; never for arithmetic.
    double toDouble() const;
    // The exact decimal: "12.5", "-0.123456", "3".
    QString toString() const;
    nlohmann::json toJson() const;

    Amount operator+(const Amount &o) const;
    Amount operator-(const Amount &o) const;
    Amount operator-() const { return Amount(-m_mantissa, m_scale); }
    Amount operator*(qint64 n) const;
    bool operator==(const Amount &o) const { return compare(o) == 0; }
    std::strong_ordering operator<=>(const Amount &o) const { return compare(o) <=> 0; }

private:
    Amount(qint64 mantissa, int scale);
    int compare(const Amount &o) const;
    qint64 rescaledMantissa(int scale) const; // exact; only to a scale at least as large
    void normalise();

    qint64 m_mantissa = 0;
    int m_scale = 0;
};

namespace Money {

// Kept for the extension's totals (server-owned numbers in 1/10,000): nullopt when the value is
// not a number or too large; more decimals are rounded half-even.
constexpr qint64 kScale = 10000;
std::optional<qint64> fromJson(const nlohmann::json &value);
nlohmann::json toJson(qint64 units);
// "12.5" → "12.50": at least two decimals, exact otherwise.
QString toDecimalString(qint64 units);
QString toDecimalString(const Amount &amount);

// ISO 4217 minor units: JPY 0, USD 2, KWD 3; 2 for codes it does not know.
int currencyDigits(const QString &currency);
// "$1,234.57", "1.234,57 €", "¥1,235": rounded half-even to the currency's digits, in `locale`.
QString format(const Amount &amount, const QString &currency, const QLocale &locale = QLocale());

} // namespace Money

inline void to_json(nlohmann::json &j, const Amount &a)
{
    j = a.toJson();
}

inline void from_json(const nlohmann::json &j, Amount &a)
{
    const auto v = Amount::fromJson(j);
    if (!v)
        throw DecodeError(QString(), QStringLiteral("must be a number"));
    a = *v;
}

} // namespace onbehalf::wire
