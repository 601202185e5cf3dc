#include "shop/ExistingCartPrompt.h"

#include "common/Announce.h"
#include "shop/Money.h"

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
    auto *continueCart = new QPushButton(tr("&Continue that order"), this);
    continueCart->setObjectName(QStringLiteral("continueCartButton"));
    continueCart->setAccessibleName(tr("Continue the buyer's unsubmitted order"));
    auto *newCart = new QPushButton(tr("Start a &new cart"), this);
    newCart->setObjectName(QStringLiteral("newCartButton"));
    newCart->setAccessibleName(tr("Start a new cart"));
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_label, 1);
    layout->addWidget(continueCart);
    layout->addWidget(newCart);
    hide();
    connect(continueCart, &QPushButton::clicked, this, [this] {
        hide();
        emit continueRequested(m_orderId);
    });
    connect(newCart, &QPushButton::clicked, this, &QWidget::hide);
}

void ExistingCartPrompt::offer(const wire::Order &o)
{
    m_orderId = o.ID;
    Announce::message(
        m_label,
        tr("This buyer has an unsubmitted order %1 from %2 with %n line(s), total %3.", nullptr, o.LineItemCount)
            .arg(o.ID,
                 o.DateCreated ? QLocale().toString(o.DateCreated->toLocalTime(), QLocale::ShortFormat) : QString(),
                 formatMoney(o.Total, o.Currency)));
    show();
}

} // namespace onbehalf
