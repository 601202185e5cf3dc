#pragma once

#include <QObject>
#include <QPointer>
#include <type_traits>
#include <utility>

namespace onbehalf {

// Wraps a callback so it runs only while `context` lives (a closed dialog never hears back) and
// only if it is set. A null context means "no owner": the callback always runs.
template <typename F>
auto guarded(QObject *context, F f)
{
    return [ctx = QPointer<QObject>(context), hasContext = context != nullptr, f = std::move(f)](auto &&...args) {
        if constexpr (std::is_constructible_v<bool, const F &>) {
            if (!f)
                return;
        }
        if (hasContext && !ctx)
            return;
        f(std::forward<decltype(args)>(args)...);
    };
}

} // namespace onbehalf
