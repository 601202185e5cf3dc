#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <concepts>
#include <cstdint>
#include <initializer_list>
#include <limits>
#include <nlohmann/json.hpp>
#include <optional>
#include <stdexcept>
#include <string_view>
#include <type_traits>

// nlohmann_json glue for Qt value types, plus tolerant readers for wire models: a missing or null
// field keeps its default (OrderCloud omits and nulls freely), a field of the wrong type is an error
// naming the field, so the server can answer 400 and the client can report a protocol problem.

namespace onbehalf::wire {

class DecodeError : public std::runtime_error
{
public:
    DecodeError(QString field, QString message)
        : std::runtime_error(QString(field + QStringLiteral(": ") + message).toStdString()), m_field(std::move(field)),
          m_message(std::move(message))
    {}
    const QString &field() const { return m_field; }
    const QString &message() const { return m_message; }

private:
    QString m_field;
    QString m_message;
};

// ISO 8601 in UTC with milliseconds and an explicit offset, as OrderCloud writes dates.
QString formatDateTime(const QDateTime &t);
std::optional<QDateTime> parseDateTime(const QString &text);

template <typename T>
void read(const nlohmann::json &j, const char *key, T &out);

// Names of required fields that are absent, null or blank strings.
QStringList missingRequired(const nlohmann::json &j, std::initializer_list<const char *> keys);
QStringList missingRequired(const nlohmann::json &j, const QStringList &keys);

// xp is free JSON; a missing xp is an empty object on the wire.
inline nlohmann::json xpOrEmpty(const nlohmann::json &xp)
{
    return xp.is_null() ? nlohmann::json::object() : xp;
}

} // namespace onbehalf::wire

namespace nlohmann {

template <>
struct adl_serializer<QString>
{
    static void to_json(json &j, const QString &s) { j = s.toStdString(); }
    static void from_json(const json &j, QString &s)
    {
        if (!j.is_string())
            throw onbehalf::wire::DecodeError(QString(), QStringLiteral("must be a string"));
        s = QString::fromStdString(j.get_ref<const std::string &>());
    }
};

template <>
struct adl_serializer<QStringList>
{
    static void to_json(json &j, const QStringList &list)
    {
        j = json::array();
        for (const QString &s : list)
            j.push_back(s.toStdString());
    }
    static void from_json(const json &j, QStringList &list)
    {
        if (!j.is_array())
            throw onbehalf::wire::DecodeError(QString(), QStringLiteral("must be an array of strings"));
        list.clear();
        for (const json &e : j) {
            if (!e.is_string())
                throw onbehalf::wire::DecodeError(QString(), QStringLiteral("must be an array of strings"));
            list << QString::fromStdString(e.get_ref<const std::string &>());
        }
    }
};

template <>
struct adl_serializer<QDateTime>
{
    static void to_json(json &j, const QDateTime &t)
    {
        if (t.isValid())
            j = onbehalf::wire::formatDateTime(t).toStdString();
        else
            j = nullptr;
    }
    static void from_json(const json &j, QDateTime &t)
    {
        if (j.is_null()) {
            t = QDateTime();
            return;
        }
        if (!j.is_string())
            throw onbehalf::wire::DecodeError(QString(), QStringLiteral("must be a date and time (ISO 8601)"));
        const auto parsed = onbehalf::wire::parseDateTime(QString::fromStdString(j.get_ref<const std::string &>()));
        if (!parsed)
            throw onbehalf::wire::DecodeError(QString(), QStringLiteral("must be a date and time (ISO 8601)"));
        t = *parsed;
    }
};

template <typename T>
struct adl_serializer<std::optional<T>>
{
    static void to_json(json &j, const std::optional<T> &v)
    {
        if (v)
            j = *v;
        else
            j = nullptr;
    }
    static void from_json(const json &j, std::optional<T> &v)
    {
        if (j.is_null())
            v.reset();
        else
            v = j.get<T>();
    }
};

} // namespace nlohmann

namespace onbehalf::wire {

namespace detail {
template <typename T>
void checkType(const nlohmann::json &v)
{
    // nlohmann converts silently between numbers and booleans; the wire does not.
    if constexpr (std::is_same_v<T, bool>) {
        if (!v.is_boolean())
            throw DecodeError(QString(), QStringLiteral("must be true or false"));
    } else if constexpr (std::is_integral_v<T>) {
        if (!v.is_number_integer())
            throw DecodeError(QString(), QStringLiteral("must be a whole number"));
        // No silent wrap-around: 4294967396 is not 100.
        const bool fits = v.is_number_unsigned()
                              ? v.template get<std::uint64_t>() <= std::uint64_t(std::numeric_limits<T>::max())
                              : v.template get<std::int64_t>() >= std::int64_t(std::numeric_limits<T>::min()) &&
                                    v.template get<std::int64_t>() <= std::int64_t(std::numeric_limits<T>::max());
        if (!fits)
            throw DecodeError(QString(), QStringLiteral("is out of range"));
    } else if constexpr (std::is_floating_point_v<T>) {
        if (!v.is_number())
            throw DecodeError(QString(), QStringLiteral("must be a number"));
    }
}

template <typename T>
struct Unwrap
{
    using type = T;
};
template <typename T>
struct Unwrap<std::optional<T>>
{
    using type = T;
};
} // namespace detail

template <typename T>
void read(const nlohmann::json &j, const char *key, T &out)
{
    if (!j.is_object())
        throw DecodeError(QString(), QStringLiteral("must be an object"));
    const auto it = j.find(key);
    if (it == j.end())
        return;
    if (it->is_null()) {
        if constexpr (!std::is_same_v<T, typename detail::Unwrap<T>::type>)
            out.reset();
        return;
    }
    try {
        detail::checkType<typename detail::Unwrap<T>::type>(*it);
        out = it->template get<T>();
    } catch (const DecodeError &e) {
        throw DecodeError(e.field().isEmpty() ? QString::fromLatin1(key)
                                              : QString::fromLatin1(key) + QLatin1Char('.') + e.field(),
                          e.message());
    } catch (const nlohmann::json::exception &) {
        throw DecodeError(QString::fromLatin1(key), QStringLiteral("has the wrong type"));
    }
}

// Each model lists its fields once, in SDK order, as `fields(model, visit)` (declared with
// ONBEHALF_WIRE_FIELDS); to_json and from_json both walk that list, so a field cannot be written
// and forgotten on read. Every listed field is written (null when unset); xp always as an object.
#define ONBEHALF_WIRE_FIELDS(Model)                                                                                    \
    template <typename Self, typename Visit>                                                                           \
    requires std::same_as<std::remove_const_t<Self>, Model>                                                            \
    void fields(Self &v, Visit &&visit)

// The base part of a derived model with the same constness (BuyerProduct → Product).
template <typename Base, typename Self>
auto &asBase(Self &v)
{
    if constexpr (std::is_const_v<Self>)
        return static_cast<const Base &>(v);
    else
        return static_cast<Base &>(v);
}

template <typename T>
void writeFields(nlohmann::json &j, const T &v)
{
    j = nlohmann::json::object();
    fields(v, [&j](const char *key, const auto &value) {
        if constexpr (std::is_same_v<std::decay_t<decltype(value)>, nlohmann::json>)
            j[key] = std::string_view(key) == "xp" ? xpOrEmpty(value) : value;
        else
            j[key] = value;
    });
}

template <typename T>
void readFields(const nlohmann::json &j, T &v)
{
    if (!j.is_object())
        throw DecodeError(QString(), QStringLiteral("must be an object"));
    fields(v, [&j](const char *key, auto &value) {
        if constexpr (std::is_same_v<std::decay_t<decltype(value)>, nlohmann::json>) {
            const auto it = j.find(key);
            if (std::string_view(key) == "xp" && it != j.end() && !it->is_null() && !it->is_object())
                throw DecodeError(QStringLiteral("xp"), QStringLiteral("must be an object"));
        }
        read(j, key, value);
    });
}

#define ONBEHALF_WIRE_JSON(Model)                                                                                      \
    inline void to_json(nlohmann::json &j, const Model &v)                                                             \
    {                                                                                                                  \
        writeFields(j, v);                                                                                             \
    }                                                                                                                  \
    inline void from_json(const nlohmann::json &j, Model &v)                                                           \
    {                                                                                                                  \
        readFields(j, v);                                                                                              \
    }

} // namespace onbehalf::wire
