#pragma once

#include <QDate>
#include <QMap>
#include <QString>
#include <QWidget>

namespace onbehalf {

// Sessions per agent per day as stacked bars, painted with QPainter: one bar per day of the
// range, one colour per agent, a legend above. Hovering a bar tells its day's counts.
class SessionChart : public QWidget
{
    Q_OBJECT

public:
    using Counts = QMap<QString, QMap<QDate, int>>; // agent → day → sessions

    explicit SessionChart(QWidget *parent = nullptr);

    // Days from `first` to `last` inclusive (at most kMaxDays, the latest ones).
    void setData(const Counts &counts, QDate first, QDate last);
    // Shown instead of bars (loading, too many sessions, an error); empty to show the bars.
    void setMessage(const QString &message);
    void clear();

    const Counts &counts() const { return m_counts; }
    QDate firstDay() const { return m_first; }
    QDate lastDay() const { return m_last; }
    QString message() const { return m_message; }
    int total() const;
    int count(const QString &agent, QDate day) const;
    // The whole chart in words (screen readers, tooltips of the widget).
    QString summary() const;

    static constexpr int kMaxDays = 92;

    QSize sizeHint() const override { return {640, 260}; }
    QSize minimumSizeHint() const override { return {320, 160}; }

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRectF plotArea() const;
    int dayAt(const QPoint &pos) const;
    static QColor colorFor(int index);
    void updateAccessibility();

    Counts m_counts;
    QDate m_first;
    QDate m_last;
    QString m_message;
};

} // namespace onbehalf
