#include "wire/Money.h"

#include <algorithm>
#include <charconv>
#include <limits>

namespace onbehalf::wire {

namespace {

// 128 bits for exact intermediate products (a GCC/Clang extension, hence __extension__).
__extension__ typedef __int128 Wide;

constexpr Wide pow10(int n)
{
    Wide p = 1;
    for (int i = 0; i < n; ++i)
        p *= 10;
    return p;
}

bool fits(Wide v)
{
    return v >= Wide(std::numeric_limits<qint64>::min()) && v <= Wide(std::numeric_limits<qint64>::max());
}

// q = v / 10^n rounded half-even (banker's rounding: no drift over many lines).
Wide divideHalfEven(Wide v, int n)
{
    if (n <= 0)
        return v;
    const Wide d = pow10(n);
    Wide q = v / d;
    const Wide r = v % d;
    const Wide twice = (r < 0 ? -r : r) * 2;
    if (twice > d || (twice == d && (q % 2 != 0)))
        q += v < 0 ? -1 : 1;
    return q;
}

} // namespace

Amount::Amount(qint64 mantissa, int scale) : m_mantissa(mantissa), m_scale(scale)
{
    if (m_scale < 0) {
        const Wide v = Wide(m_mantissa) * pow10(-m_scale);
        m_mantissa =
            fits(v) ? qint64(v) : (v < 0 ? std::numeric_limits<qint64>::min() : std::numeric_limits<qint64>::max());
        m_scale = 0;
    }
    if (m_scale > kMaxScale) {
        m_mantissa = qint64(divideHalfEven(m_mantissa, m_scale - kMaxScale));
        m_scale = kMaxScale;
    }
    normalise();
}

void Amount::normalise()
{
    while (m_scale > 0 && m_mantissa % 10 == 0) {
        m_mantissa /= 10;
        --m_scale;
    }
    if (m_mantissa == 0)
        m_scale = 0;
}

std::optional<Amount> Amount::parse(QStringView text)
{
    text = text.trimmed();
    qsizetype i = 0;
    bool negative = false;
    if (i < text.size() && (text[i] == QLatin1Char('-') || text[i] == QLatin1Char('+')))
        negative = text[i++] == QLatin1Char('-');
    QString digits;
    int fraction = 0;
    bool seenPoint = false;
    bool any = false;
    for (; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isDigit() && c.unicode() < 128) {
            any = true;
            if (!(digits.isEmpty() && c == QLatin1Char('0')))
                digits += c;
            if (seenPoint)
                ++fraction;
        } else if (c == QLatin1Char('.') && !seenPoint) {
            seenPoint = true;
        } else {
            break;
        }
    }
    if (!any)
        return std::nullopt;
    int exponent = 0;
    if (i < text.size() && (text[i] == QLatin1Char('e') || text[i] == QLatin1Char('E'))) {
        bool ok = false;
        exponent = text.mid(i + 1).toInt(&ok);
        if (!ok || exponent > 40 || exponent < -400)
            return std::nullopt;
        i = text.size();
    }
    if (i != text.size())
        return std::nullopt;
    // Leading zeros were skipped, but zeros inside the fraction count: "0.05" keeps "5", fraction 2.
    int scale = fraction - exponent;
    while (scale > 0 && digits.endsWith(QLatin1Char('0'))) {
        digits.chop(1);
        --scale;
    }
    if (digits.isEmpty())
        return Amount();
    // More than 18 significant digits, or finer than 10^-18: round the tail off half-even.
    const int drop = std::min(scale, std::max(int(digits.size()) - 18, scale - kMaxScale));
    bool roundUp = false;
    if (drop > 0) {
        if (drop > digits.size())
            digits = QString(drop - digits.size(), QLatin1Char('0')) + digits;
        const QString tail = digits.right(drop);
        digits.chop(drop);
        scale -= drop;
        const bool restNonZero =
            std::any_of(tail.begin() + 1, tail.end(), [](QChar c) { return c != QLatin1Char('0'); });
        const int first = tail[0].digitValue();
        const int last = digits.isEmpty() ? 0 : digits.back().digitValue();
        roundUp = first > 5 || (first == 5 && (restNonZero || last % 2 == 1));
    }
    if (scale < 0) {
        digits += QString(-scale, QLatin1Char('0'));
        scale = 0;
    }
    if (digits.size() > 18)
        return std::nullopt;
    Wide m = digits.isEmpty() ? 0 : digits.toLongLong();
    if (roundUp)
        ++m;
    return Amount(qint64(negative ? -m : m), scale);
}

std::optional<Amount> Amount::fromJson(const nlohmann::json &value)
{
    if (value.is_number_unsigned()) {
        const auto v = value.get<std::uint64_t>();
        if (v > std::uint64_t(std::numeric_limits<qint64>::max()))
            return std::nullopt;
        return Amount(qint64(v), 0);
    }
    if (value.is_number_integer())
        return Amount(value.get<qint64>(), 0);
    if (!value.is_number_float())
        return std::nullopt;
    char buffer[64];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value.get<double>());
    if (ec != std::errc())
        return std::nullopt;
    return parse(QString::fromLatin1(buffer, int(end - buffer)));
}

Amount Amount::rounded(int places) const
{
    if (m_scale <= places)
        return *this;
    return Amount(qint64(divideHalfEven(m_mantissa, m_scale - places)), places);
}

qint64 Amount::rescaledMantissa(int scale) const
{
    const Wide v = Wide(m_mantissa) * pow10(std::max(0, scale - m_scale));
    if (!fits(v))
        return v < 0 ? std::numeric_limits<qint64>::min() : std::numeric_limits<qint64>::max();
    return qint64(v);
}

double Amount::toDouble() const
{
    return toString().toDouble();
}

QString Amount::toString() const
{
    const bool negative = m_mantissa < 0;
    // Through the wide type so that the most negative mantissa has a magnitude too.
    const Wide magnitude = negative ? -Wide(m_mantissa) : Wide(m_mantissa);
    QString digits = QString::number(quint64(magnitude));
    if (m_scale > 0) {
        if (digits.size() <= m_scale)
            digits = QString(m_scale - digits.size() + 1, QLatin1Char('0')) + digits;
        digits.insert(digits.size() - m_scale, QLatin1Char('.'));
    }
    return negative ? QLatin1Char('-') + digits : digits;
}

nlohmann::json Amount::toJson() const
{
    if (m_scale == 0)
        return m_mantissa;
    // The nearest double prints back as this decimal (shortest round trip) up to 15 digits.
    return toDouble();
}

namespace {
Amount fromWide(Wide m, int scale)
{
    while (!fits(m) && scale > 0) {
        m = divideHalfEven(m, 1);
        --scale;
    }
    if (!fits(m))
        m = m < 0 ? Wide(std::numeric_limits<qint64>::min()) : Wide(std::numeric_limits<qint64>::max());
    return Amount::fromDecimal(qint64(m), scale);
}
} // namespace

Amount Amount::operator+(const Amount &o) const
{
    const int s = std::max(m_scale, o.m_scale);
    return fromWide(Wide(m_mantissa) * pow10(s - m_scale) + Wide(o.m_mantissa) * pow10(s - o.m_scale), s);
}

Amount Amount::operator-(const Amount &o) const
{
    return *this + (-o);
}

Amount Amount::operator*(qint64 n) const
{
    return fromWide(Wide(m_mantissa) * n, m_scale);
}

int Amount::compare(const Amount &o) const
{
    const int s = std::max(m_scale, o.m_scale);
    const Wide a = Wide(m_mantissa) * pow10(s - m_scale);
    const Wide b = Wide(o.m_mantissa) * pow10(s - o.m_scale);
    return a < b ? -1 : (a > b ? 1 : 0);
}

namespace Money {

std::optional<qint64> fromJson(const nlohmann::json &value)
{
    const auto a = Amount::fromJson(value);
    // 10^14 currency units: far beyond any order, and 10^18 units still fit.
    if (!a || a->rounded(0).mantissa() > qint64(1e14) || a->rounded(0).mantissa() < -qint64(1e14))
        return std::nullopt;
    return a->units();
}

nlohmann::json toJson(qint64 units)
{
    return Amount::fromUnits(units).toJson();
}

QString toDecimalString(const Amount &amount)
{
    QString text = amount.toString();
    const qsizetype point = text.indexOf(QLatin1Char('.'));
    if (point < 0)
        return text + QStringLiteral(".00");
    if (text.size() - point - 1 < 2)
        text += QLatin1Char('0');
    return text;
}

QString toDecimalString(qint64 units)
{
    return toDecimalString(Amount::fromUnits(units));
}

int currencyDigits(const QString &currency)
{
    static const QStringList zero = {QStringLiteral("BIF"), QStringLiteral("CLP"), QStringLiteral("DJF"),
                                     QStringLiteral("GNF"), QStringLiteral("ISK"), QStringLiteral("JPY"),
                                     QStringLiteral("KMF"), QStringLiteral("KRW"), QStringLiteral("PYG"),
                                     QStringLiteral("RWF"), QStringLiteral("UGX"), QStringLiteral("UYI"),
                                     QStringLiteral("VND"), QStringLiteral("VUV"), QStringLiteral("XAF"),
                                     QStringLiteral("XOF"), QStringLiteral("XPF")};
    static const QStringList three = {QStringLiteral("BHD"), QStringLiteral("IQD"), QStringLiteral("JOD"),
                                      QStringLiteral("KWD"), QStringLiteral("LYD"), QStringLiteral("OMR"),
                                      QStringLiteral("TND")};
    static const QStringList four = {QStringLiteral("CLF"), QStringLiteral("UYW")};
    const QString code = currency.toUpper();
    if (zero.contains(code))
        return 0;
    if (three.contains(code))
        return 3;
    if (four.contains(code))
        return 4;
    return 2;
}

QString format(const Amount &amount, const QString &currency, const QLocale &locale)
{
    const int digits = currencyDigits(currency);
    const Amount rounded = amount.rounded(digits);
    // A plain minus, not the accounting "($5.50)" some locales use: adjustments must read as such.
    const QString sign = rounded.isNegative() ? locale.negativeSign() : QString();
    const double magnitude = (rounded.isNegative() ? -rounded : rounded).toDouble();
    QString symbol;
    if (locale.currencySymbol(QLocale::CurrencyIsoCode) == currency)
        symbol = locale.currencySymbol(QLocale::CurrencySymbol);
    else if (currency == QLatin1String("USD"))
        symbol = QStringLiteral("$");
    else if (currency == QLatin1String("EUR"))
        symbol = QStringLiteral("€");
    else if (currency == QLatin1String("GBP"))
        symbol = QStringLiteral("£");
    if (symbol.isEmpty()) // no symbol known: the code, apart from the number ("KWD 1,234.565")
        return sign + currency + QChar(0x00A0) + locale.toString(magnitude, 'f', digits);
    return sign + locale.toCurrencyString(magnitude, symbol, digits);
}

} // namespace Money

} // namespace onbehalf::wire
