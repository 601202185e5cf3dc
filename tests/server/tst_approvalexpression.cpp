// ApprovalExpression on its own: what it evaluates and how, without a server.
#include "resources/ApprovalExpression.h"

#include <QTest>

using namespace onbehalf::server;
using onbehalf::wire::Amount;
using onbehalf::wire::Order;

namespace {
Order sample()
{
    Order o;
    o.ID = QStringLiteral("OB-000007");
    o.FromCompanyID = QStringLiteral("CONTOSO");
    o.Total = *Amount::parse(u"500.0001");
    o.Subtotal = *Amount::parse(u"450");
    o.LineItemCount = 3;
    o.Comments = QStringLiteral("rush");
    o.xp = {{"Priority", "High"}, {"Budget", {{"Code", "SCI-7"}, {"Left", 120.5}}}, {"Urgent", true}};
    return o;
}
} // namespace

class TestApprovalExpression : public QObject
{
    Q_OBJECT

private slots:
    void evaluates_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<bool>("holds");
        QTest::newRow("above, exactly") << QStringLiteral("order.Total > 500.00") << true;
        QTest::newRow("not above the total") << QStringLiteral("order.Total > 500.0001") << false;
        QTest::newRow("at least") << QStringLiteral("order.Total >= 500.0001") << true;
        QTest::newRow("subtotal below") << QStringLiteral("order.Subtotal < 450") << false;
        QTest::newRow("line count") << QStringLiteral("order.LineItemCount = 3") << true;
        QTest::newRow("text") << QStringLiteral("order.xp.Priority = 'High'") << true;
        QTest::newRow("text is exact") << QStringLiteral("order.xp.Priority = 'high'") << false;
        QTest::newRow("double quotes") << QStringLiteral("order.FromCompanyID = \"CONTOSO\"") << true;
        QTest::newRow("nested xp number") << QStringLiteral("order.xp.Budget.Left < order.Subtotal") << true;
        QTest::newRow("nested xp text") << QStringLiteral("order.xp.Budget.Code != 'SCI-8'") << true;
        QTest::newRow("xp boolean") << QStringLiteral("order.xp.Urgent = true") << true;
        QTest::newRow("xp boolean alone") << QStringLiteral("order.xp.Urgent") << true;
        QTest::newRow("missing xp compares false") << QStringLiteral("order.xp.Missing > 1") << false;
        QTest::newRow("missing xp is null") << QStringLiteral("order.xp.Missing = null") << true;
        QTest::newRow("present xp is not null") << QStringLiteral("order.xp.Priority != null") << true;
        QTest::newRow("type mismatch is unequal") << QStringLiteral("order.xp.Priority = 5") << false;
        QTest::newRow("and/or precedence")
            << QStringLiteral("order.Total < 1 or order.xp.Urgent = true and order.LineItemCount > 2") << true;
        QTest::newRow("parentheses") << QStringLiteral(
                                            "(order.Total < 1 or order.xp.Urgent = true) and order.LineItemCount > 5")
                                     << false;
        QTest::newRow("not") << QStringLiteral("not order.Comments = 'rush'") << false;
        QTest::newRow("keywords any case") << QStringLiteral("order.Total > 1 AND NOT order.xp.Urgent = FALSE") << true;
    }

    void evaluates()
    {
        QFETCH(QString, expression);
        QFETCH(bool, holds);
        QString error;
        const auto e = ApprovalExpression::parse(expression, &error);
        QVERIFY2(e, qPrintable(error));
        QCOMPARE(e->holdsFor(sample()), holds);
    }

    void refusesWhatItCannotEvaluate_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::newRow("empty") << QString();
        QTest::newRow("line items") << QStringLiteral("line.Quantity > 1");
        QTest::newRow("user") << QStringLiteral("user.xp.Level = 2");
        QTest::newRow("unknown field") << QStringLiteral("order.Weight > 1");
        QTest::newRow("bare xp") << QStringLiteral("order.xp = 1");
        QTest::newRow("empty path part") << QStringLiteral("order..Total > 1");
        QTest::newRow("operator only") << QStringLiteral(">");
        QTest::newRow("trailing operator") << QStringLiteral("order.Total >");
        QTest::newRow("unknown operator") << QStringLiteral("order.Total ~ 1");
        QTest::newRow("unterminated text") << QStringLiteral("order.xp.A = 'x");
        QTest::newRow("missing parenthesis") << QStringLiteral("(order.Total > 1");
        QTest::newRow("stray parenthesis") << QStringLiteral("order.Total > 1)");
        QTest::newRow("bad number") << QStringLiteral("order.Total > 1.2.3");
        QTest::newRow("too deep") << QString(40, QLatin1Char('(')) + QStringLiteral("order.Total > 1") +
                                         QString(40, QLatin1Char(')'));
        QTest::newRow("not repeated too often") << QStringLiteral("not ").repeated(100) + QStringLiteral("order.xp.A");
    }

    void refusesWhatItCannotEvaluate()
    {
        QFETCH(QString, expression);
        QString error;
        QVERIFY(!ApprovalExpression::parse(expression, &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestApprovalExpression)
#include "tst_approvalexpression.moc"
