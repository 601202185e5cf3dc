#include "history/SessionChart.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>
#include <algorithm>
#include <cmath>

namespace onbehalf {

namespace {
constexpr int kLegendHeight = 22;
constexpr int kAxisWidth = 40;
constexpr int kLabelHeight = 20;
constexpr int kMargin = 8;
} // namespace

SessionChart::SessionChart(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("sessionChart"));
    setAccessibleName(tr("Sessions per agent per day"));
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
    setMinimumHeight(160);
    updateAccessibility();
}

void SessionChart::setData(const Counts &counts, QDate first, QDate last)
{
    if (first.isValid() && last.isValid() && first.daysTo(last) >= kMaxDays)
        first = last.addDays(-(kMaxDays - 1));
    m_counts = counts;
    m_first = first;
    m_last = last;
    m_message.clear();
    updateAccessibility();
    update();
}

void SessionChart::setMessage(const QString &message)
{
    m_message = message;
    updateAccessibility();
    update();
}

void SessionChart::clear()
{
    m_counts.clear();
    m_first = m_last = QDate();
    m_message.clear();
    updateAccessibility();
    update();
}

int SessionChart::count(const QString &agent, QDate day) const
{
    return m_counts.value(agent).value(day, 0);
}

int SessionChart::total() const
{
    int sum = 0;
    for (auto agent = m_counts.cbegin(); agent != m_counts.cend(); ++agent) {
        for (auto day = agent->cbegin(); day != agent->cend(); ++day) {
            if (day.key() >= m_first && day.key() <= m_last)
                sum += day.value();
        }
    }
    return sum;
}

QString SessionChart::summary() const
{
    if (!m_message.isEmpty())
        return m_message;
    if (!m_first.isValid())
        return tr("No sessions to chart.");
    QStringList parts;
    for (auto agent = m_counts.cbegin(); agent != m_counts.cend(); ++agent) {
        int sum = 0;
        for (auto day = agent->cbegin(); day != agent->cend(); ++day) {
            if (day.key() >= m_first && day.key() <= m_last)
                sum += day.value();
        }
        parts << tr("%1: %Ln session(s)", nullptr, sum).arg(agent.key());
    }
    const QLocale locale;
    return tr("From %1 to %2. %3")
        .arg(locale.toString(m_first, QLocale::ShortFormat), locale.toString(m_last, QLocale::ShortFormat),
             parts.isEmpty() ? tr("No sessions.") : parts.join(QStringLiteral("; ")));
}

void SessionChart::updateAccessibility()
{
    setAccessibleDescription(summary());
}

QColor SessionChart::colorFor(int index)
{
    // Distinguishable, colour-blind friendly (Okabe–Ito), then hues around the wheel.
    static const QColor palette[] = {QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00), QColor(0x00, 0x9E, 0x73),
                                     QColor(0xCC, 0x79, 0xA7), QColor(0x56, 0xB4, 0xE9), QColor(0xD5, 0x5E, 0x00),
                                     QColor(0xF0, 0xE4, 0x42), QColor(0x99, 0x99, 0x99)};
    constexpr int n = int(sizeof(palette) / sizeof(palette[0]));
    if (index < n)
        return palette[index];
    return QColor::fromHsv((index * 47) % 360, 160, 200);
}

QRectF SessionChart::plotArea() const
{
    return QRectF(kMargin + kAxisWidth, kMargin + kLegendHeight, width() - 2 * kMargin - kAxisWidth,
                  height() - 2 * kMargin - kLegendHeight - kLabelHeight);
}

int SessionChart::dayAt(const QPoint &pos) const
{
    if (!m_first.isValid() || !m_last.isValid())
        return -1;
    const QRectF plot = plotArea();
    const int days = int(m_first.daysTo(m_last)) + 1;
    if (!plot.contains(pos) || days <= 0)
        return -1;
    const int i = int((pos.x() - plot.left()) / (plot.width() / days));
    return i >= 0 && i < days ? i : -1;
}

bool SessionChart::event(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        setAccessibleName(tr("Sessions per agent per day"));
        updateAccessibility();
        update();
    }
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int i = dayAt(help->pos());
        if (i < 0 || !m_message.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        const QDate day = m_first.addDays(i);
        QStringList lines{QLocale().toString(day, QLocale::LongFormat)};
        int sum = 0;
        for (auto agent = m_counts.cbegin(); agent != m_counts.cend(); ++agent) {
            const int n = agent->value(day, 0);
            if (n > 0)
                lines << tr("%1: %L2").arg(agent.key()).arg(n);
            sum += n;
        }
        lines << tr("Total: %L1").arg(sum);
        QToolTip::showText(help->globalPos(), lines.join(QLatin1Char('\n')), this);
        return true;
    }
    return QWidget::event(event);
}

void SessionChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, false);
    const QPalette pal = palette();
    p.fillRect(rect(), pal.color(QPalette::Base));
    p.setPen(pal.color(QPalette::Text));

    if (!m_message.isEmpty() || !m_first.isValid() || !m_last.isValid()) {
        p.drawText(rect().adjusted(kMargin, kMargin, -kMargin, -kMargin), Qt::AlignCenter | Qt::TextWordWrap,
                   m_message.isEmpty() ? tr("No sessions to chart.") : m_message);
        return;
    }

    const int days = int(m_first.daysTo(m_last)) + 1;
    const QStringList agents = m_counts.keys();
    std::vector<int> perDay(size_t(days), 0);
    for (const QString &agent : agents) {
        const auto &byDay = m_counts[agent];
        for (int i = 0; i < days; ++i)
            perDay[size_t(i)] += byDay.value(m_first.addDays(i), 0);
    }
    const int maxCount = std::max(1, *std::max_element(perDay.begin(), perDay.end()));
    // A "nice" top of the axis: 1, 2 or 5 times a power of ten.
    const double rough = maxCount / 4.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(std::max(1.0, rough))));
    double step = magnitude;
    for (double m : {1.0, 2.0, 5.0, 10.0}) {
        if (m * magnitude >= rough) {
            step = m * magnitude;
            break;
        }
    }
    step = std::max(1.0, std::ceil(step));
    const double top = std::ceil(maxCount / step) * step;

    const QRectF plot = plotArea();
    const QFontMetrics fm(font());

    // Legend.
    double x = plot.left();
    for (int i = 0; i < agents.size(); ++i) {
        const QRectF swatch(x, kMargin + 4, 12, 12);
        p.fillRect(swatch, colorFor(i));
        x += 16;
        p.drawText(QPointF(x, kMargin + 4 + fm.ascent() - 1), agents[i]);
        x += fm.horizontalAdvance(agents[i]) + 14;
    }

    // Grid and axis labels.
    QColor grid = pal.color(QPalette::Mid);
    grid.setAlpha(90);
    for (double v = 0; v <= top + 0.5; v += step) {
        const double y = plot.bottom() - (v / top) * plot.height();
        p.setPen(grid);
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(pal.color(QPalette::Text));
        p.drawText(QRectF(kMargin, y - fm.height() / 2.0, kAxisWidth - 6, fm.height()),
                   Qt::AlignRight | Qt::AlignVCenter, QLocale().toString(qint64(v)));
    }

    // Bars, stacked per agent.
    const double slot = plot.width() / days;
    const double barWidth = std::max(1.0, slot * 0.7);
    for (int i = 0; i < days; ++i) {
        const QDate day = m_first.addDays(i);
        double y = plot.bottom();
        for (int a = 0; a < agents.size(); ++a) {
            const int n = m_counts[agents[a]].value(day, 0);
            if (n <= 0)
                continue;
            const double h = (n / top) * plot.height();
            p.fillRect(QRectF(plot.left() + i * slot + (slot - barWidth) / 2, y - h, barWidth, h), colorFor(a));
            y -= h;
        }
    }

    // Day labels, as many as fit.
    const QLocale locale;
    const QString sample = locale.toString(m_last, QStringLiteral("d MMM"));
    const int labelEvery = std::max(1, int(std::ceil((fm.horizontalAdvance(sample) + 10) / slot)));
    p.setPen(pal.color(QPalette::Text));
    for (int i = 0; i < days; i += labelEvery) {
        const QDate day = m_first.addDays(i);
        const QRectF r(plot.left() + i * slot - 40 + slot / 2, plot.bottom() + 2, 80, kLabelHeight);
        p.drawText(r, Qt::AlignHCenter | Qt::AlignTop, locale.toString(day, QStringLiteral("d MMM")));
    }
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
}

} // namespace onbehalf
