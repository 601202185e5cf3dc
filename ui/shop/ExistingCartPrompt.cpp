#include "shop/ExistingCartPrompt.h"

#include "common/Announce.h"
#include "shop/Money.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace onbehalf {

ExistingCartPrompt::ExistingCartPrompt(QWidget *parent) : QFrame(parent), m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("existingCartBar"));
    setFrameShape(QFrame::StyledPanel);
    m_label->setObjectName(QStringLiteral("existingCartLabel"));
    m_label->setWordWrap(true);
    m_continue = new QPushButton(this);
    m_continue->setObjectName(QStringLiteral("continueCartButton"));
    m_new = new QPushButton(this);
    m_new->setObjectName(QStringLiteral("newCartButton"));
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_continue);
    layout->addWidget(m_new);
    hide();
    connect(m_continue, &QPushButton::clicked, this, [this] {
        hide();
        emit continueRequested(m_orderId);
    });
    connect(m_new, &QPushButton::clicked, this, &QWidget::hide);
    retranslate();
}

void ExistingCartPrompt::retranslate()
{
    m_continue->setText(tr("&Continue that order"));
    m_continue->setAccessibleName(tr("Continue the buyer's unsubmitted order"));
    m_new->setText(tr("Start a &new cart"));
    m_new->setAccessibleName(tr("Start a new cart"));
}

void ExistingCartPrompt::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_order && isVisible())
            offer(*m_order);
    }
    QFrame::changeEvent(event);
}

void ExistingCartPrompt::offer(const wire::Order &o)
{
    m_orderId = o.ID;
    m_order = o;
    Announce::message(
        m_label,
        tr("This buyer has an unsubmitted order %1 from %2 with %n line(s), total %3.", nullptr, o.LineItemCount)
            .arg(o.ID,
                 o.DateCreated ? QLocale().toString(o.DateCreated->toLocalTime(), QLocale::ShortFormat) : QString(),
                 formatMoney(o.Total, o.Currency)));
    show();
}

} // namespace onbehalf
