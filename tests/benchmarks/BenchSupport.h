#pragma once

// What the benchmark executables share: percentiles, and waiting the way the application waits.

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QObject>
#include <QTimer>
#include <algorithm>
#include <cmath>
#include <vector>

namespace onbehalf::bench {

// Nearest-rank percentile, p in [0, 1]; 0 for no samples.
inline double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const auto rank = size_t(std::ceil(p * double(v.size())));
    return v[std::clamp<size_t>(rank, 1, v.size()) - 1];
}

inline double maxOf(const std::vector<double> &v)
{
    return v.empty() ? 0 : *std::max_element(v.begin(), v.end());
}

inline double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// Runs a real event loop, as the application does, until done() holds when `sender` emits
// `signal`, then lets pending paint events run; returns the milliseconds on `clock` at that
// point, or -1 after timeoutMs. (QTest::qWaitFor sleeps 10 ms between its polls, and a latency
// figure must not include the harness's sleeps.)
template <typename Sender, typename Signal, typename Done>
double msUntil(const QElapsedTimer &clock, const Sender *sender, Signal signal, Done done, int timeoutMs = 5000)
{
    if (!done()) {
        QEventLoop loop;
        bool held = false;
        const QMetaObject::Connection c = QObject::connect(sender, signal, &loop, [&] {
            if (!held && done()) {
                held = true;
                loop.quit();
            }
        });
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
        QObject::disconnect(c);
        if (!held)
            return -1;
    }
    QCoreApplication::processEvents(); // layout and paint of what just arrived
    return ms(clock);
}

} // namespace onbehalf::bench
