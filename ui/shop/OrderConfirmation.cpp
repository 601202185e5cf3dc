#include "shop/OrderConfirmation.h"

#include "common/Announce.h"
#include "common/OrderStatusText.h"
#include "common/ReadAloud.h"
#include "shop/Money.h"

#include <QAccessible>
#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace onbehalf {

OrderConfirmation::OrderConfirmation(QWidget *parent)
    : QFrame(parent), m_summary(new QLabel(this)), m_number(new QLabel(this)), m_spelled(new QLabel(this)),
      m_copy(new QPushButton(this))
{
    setObjectName(QStringLiteral("orderConfirmation"));
    setAutoFillBackground(true);
    // Fixed colours: white on deep green (6.6:1) in light and dark themes alike.
    QPalette p = palette();
    p.setColor(QPalette::Window, QColor(0x0b, 0x6e, 0x2f));
    p.setColor(QPalette::WindowText, Qt::white);
    setPalette(p);
    m_summary->setObjectName(QStringLiteral("confirmationLabel"));
    m_number->setObjectName(QStringLiteral("orderNumberLabel"));
    m_spelled->setObjectName(QStringLiteral("orderNumberSpelledLabel"));
    for (QLabel *l : {m_summary, m_number, m_spelled}) {
        l->setWordWrap(true);
        l->setPalette(p);
        l->setTextFormat(Qt::PlainText);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    }
    QFont mono = m_number->font();
    mono.setFamily(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    mono.setBold(true);
    mono.setPointSizeF(mono.pointSizeF() * 1.3);
    m_number->setFont(mono);
    m_copy->setObjectName(QStringLiteral("copyOrderNumberButton"));
    auto *numberRow = new QHBoxLayout;
    numberRow->addWidget(m_number, 1);
    numberRow->addWidget(m_copy);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_summary);
    layout->addLayout(numberRow);
    layout->addWidget(m_spelled);
    hide();
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_orderId);
        m_copy->setText(tr("Cop&ied"));
    });
    m_copy->setText(tr("Cop&y order number"));
    m_copy->setAccessibleName(tr("Copy the order number"));
}

void OrderConfirmation::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_copy->setAccessibleName(tr("Copy the order number"));
        if (m_orderId.isEmpty())
            m_copy->setText(tr("Cop&y order number"));
        else
            showOrder(m_order, m_buyerName, m_approvals,
                      m_buyerCompany); // the spelling and the summary in the new language
    }
    QFrame::changeEvent(event);
}

void OrderConfirmation::showOrder(const wire::Order &order, const QString &buyerName,
                                  const std::optional<ApprovalSummary> &approvals, const QString &buyerCompany)
{
    m_order = order;
    m_orderId = order.ID;
    m_buyerName = buyerName;
    m_approvals = approvals;
    m_buyerCompany = buyerCompany;
    const QString number = ReadAloud::orderNumber(m_orderId);
    const QString spelled = ReadAloud::orderNumberSpelled(m_orderId);
    const QString total = formatMoney(order.Total, order.Currency);
    m_copy->setText(tr("Cop&y order number"));
    m_number->setText(number);
    m_number->setAccessibleName(tr("Order number %1").arg(spelled));
    m_spelled->setText(tr("Read as: %1").arg(spelled));
    m_spelled->setAccessibleName(m_spelled->text());
    show();
    const bool placed = order.Status == QLatin1String("Open") || order.Status == QLatin1String("Completed");
    const QString summary =
        placed ? tr("Order %1 placed for %2 — total %3. Read the order number to the caller.")
                     .arg(m_orderId, buyerName, total)
               : tr("%1. Order %2 for %3 — total %4. Read the order number to the caller.")
                     .arg(OrderStatusText::outcome(order, approvals, buyerCompany), m_orderId, buyerName, total);
    Announce::message(m_summary, summary, true);
    Announce::description(this, text());
}

void OrderConfirmation::clear()
{
    m_orderId.clear();
    Announce::message(m_summary, QString());
    hide();
}

QString OrderConfirmation::text() const
{
    return isVisible()
               ? m_summary->text() + QLatin1Char('\n') + m_number->text() + QLatin1Char('\n') + m_spelled->text()
               : QString();
}

} // namespace onbehalf
