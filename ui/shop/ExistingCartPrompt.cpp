#include "shop/ExistingCartPrompt.h"

#include "common/Announce.h"
#include "shop/Money.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace onbehalf {

ExistingCartPrompt::ExistingCartPrompt(QWidget *parent) : QFrame(parent), m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("existingCartBar"));
    setFrameShape(QFrame::StyledPanel);
    m_label->setObjectName(QStringLiteral("existingCartLabel"));
    m_label->setWordWrap(true);
    m_lines = new QListWidget(this);
    m_lines->setObjectName(QStringLiteral("existingCartLines"));
    m_lines->setMaximumHeight(90);
    m_continue = new QPushButton(this);
    m_continue->setObjectName(QStringLiteral("continueCartButton"));
    m_new = new QPushButton(this);
    m_new->setObjectName(QStringLiteral("newCartButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_continue);
    buttons->addWidget(m_new);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_label);
    layout->addWidget(m_lines);
    layout->addLayout(buttons);
    hide();
    connect(m_continue, &QPushButton::clicked, this, [this] {
        hide();
        emit continueRequested(m_orderId);
    });
    connect(m_new, &QPushButton::clicked, this, [this] {
        hide();
        emit separateRequested(m_orderId);
    });
    retranslate();
}

void ExistingCartPrompt::retranslate()
{
    m_continue->setText(tr("&Continue the caller's cart"));
    m_continue->setAccessibleName(tr("Continue the caller's cart"));
    m_new->setText(tr("Start a separa&te order"));
    m_new->setAccessibleName(tr("Start a separate order and leave the caller's cart as it is"));
    m_lines->setAccessibleName(tr("Lines in the caller's cart"));
}

void ExistingCartPrompt::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_order && isVisible())
            offer(*m_order, m_lineItems);
    }
    QFrame::changeEvent(event);
}

void ExistingCartPrompt::offer(const wire::Order &o, const std::vector<wire::LineItem> &lines)
{
    m_orderId = o.ID;
    m_order = o;
    m_lineItems = lines;
    m_lines->clear();
    for (const wire::LineItem &li : lines) {
        m_lines->addItem(tr("%1 × %2 — %3")
                             .arg(QLocale().toString(li.Quantity),
                                  li.Product.Name.isEmpty() ? li.ProductID : li.Product.Name,
                                  formatMoney(li.LineTotal, o.Currency)));
    }
    m_lines->setVisible(!lines.empty());
    const QString created =
        o.DateCreated ? QLocale().toString(o.DateCreated->toLocalTime(), QLocale::ShortFormat) : QString();
    Announce::message(m_label,
                      tr("The caller's cart (order %1, started %2) has %n line(s), total %3. Continue it, or start a "
                         "separate order and leave it as it is?",
                         nullptr, std::max(o.LineItemCount, int(lines.size())))
                          .arg(o.ID, created, formatMoney(o.Total, o.Currency)));
    show();
}

} // namespace onbehalf
