// Money on the wire: exact decimals from any JSON number, half-even rounding where the server owns
// the numbers, display with the currency's digits.
#include "wire/Money.h"

#include <QTest>

using namespace onbehalf::wire;
using nlohmann::json;

class TestMoney : public QObject
{
    Q_OBJECT

private slots:
    void decodesAnyJsonNumberExactly_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("exact");
        QTest::newRow("integer") << QStringLiteral("27") << QStringLiteral("27");
        QTest::newRow("two places") << QStringLiteral("12.40") << QStringLiteral("12.4");
        QTest::newRow("tax, six places") << QStringLiteral("0.123456") << QStringLiteral("0.123456");
        QTest::newRow("negative adjustment") << QStringLiteral("-5.5") << QStringLiteral("-5.5");
        QTest::newRow("many places") << QStringLiteral("1242.636256") << QStringLiteral("1242.636256");
        QTest::newRow("tiny") << QStringLiteral("0.0000001") << QStringLiteral("0.0000001");
        QTest::newRow("exponent") << QStringLiteral("1.5e3") << QStringLiteral("1500");
        QTest::newRow("negative zero") << QStringLiteral("-0.0") << QStringLiteral("0");
        QTest::newRow("large") << QStringLiteral("98765432109.99") << QStringLiteral("98765432109.99");
        QTest::newRow("classic double trap") << QStringLiteral("0.1") << QStringLiteral("0.1");
    }

    void decodesAnyJsonNumberExactly()
    {
        QFETCH(QString, text);
        QFETCH(QString, exact);
        const Amount a = json::parse(text.toStdString()).get<Amount>();
        QCOMPARE(a.toString(), exact);
        // And it goes back out as the same number.
        QCOMPARE(json(a).get<Amount>(), a);
    }

    void refusesWhatIsNotANumber_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("string") << QStringLiteral(R"("12.50")");
        QTest::newRow("bool") << QStringLiteral("true");
        QTest::newRow("object") << QStringLiteral("{}");
        QTest::newRow("too large") << QStringLiteral("1e30");
    }

    void refusesWhatIsNotANumber()
    {
        QFETCH(QString, text);
        QVERIFY_THROWS_EXCEPTION(DecodeError, (void)json::parse(text.toStdString()).get<Amount>());
    }

    void parsesDecimalText()
    {
        QCOMPARE(Amount::parse(u"0.05")->toString(), QStringLiteral("0.05"));
        QCOMPARE(Amount::parse(u"-1e-3")->toString(), QStringLiteral("-0.001"));
        QCOMPARE(Amount::parse(u"100")->mantissa(), 100);
        QVERIFY(!Amount::parse(u"12,50"));
        QVERIFY(!Amount::parse(u""));
        QVERIFY(!Amount::parse(u"abc"));
        // Finer than 10^-18: rounded half-even, not refused.
        QCOMPARE(Amount::parse(u"0.0000000000000000005")->toString(), QStringLiteral("0"));
        QCOMPARE(Amount::parse(u"0.0000000000000000015")->toString(), QStringLiteral("0.000000000000000002"));
    }

    void roundsHalfEvenToUnits_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("units");
        QTest::newRow("exact") << QStringLiteral("12.3456") << qint64(123456);
        QTest::newRow("half to even, down") << QStringLiteral("0.00005") << qint64(0);
        QTest::newRow("half to even, up") << QStringLiteral("0.00015") << qint64(2);
        QTest::newRow("above half") << QStringLiteral("0.123456") << qint64(1235);
        QTest::newRow("negative half") << QStringLiteral("-0.00025") << qint64(-2);
        QTest::newRow("negative above half") << QStringLiteral("-5.55555") << qint64(-55556);
    }

    void roundsHalfEvenToUnits()
    {
        QFETCH(QString, text);
        QFETCH(qint64, units);
        QCOMPARE(Amount::parse(text)->units(), units);
    }

    void arithmeticIsExact()
    {
        const Amount tax = *Amount::parse(u"0.123456");
        const Amount price = *Amount::parse(u"8.1");
        QCOMPARE((price + tax).toString(), QStringLiteral("8.223456"));
        QCOMPARE((price - tax).toString(), QStringLiteral("7.976544"));
        QCOMPARE((tax * 3).toString(), QStringLiteral("0.370368"));
        QCOMPARE((Amount::fromUnits(1) * 10000).toString(), QStringLiteral("1"));
        QVERIFY(tax < price);
        QVERIFY(-price < tax);
        QCOMPARE(*Amount::parse(u"1.50"), *Amount::parse(u"1.5"));
        // 0.1 + 0.2 is 0.3 here.
        QCOMPARE(*Amount::parse(u"0.1") + *Amount::parse(u"0.2"), *Amount::parse(u"0.3"));
    }

    void serverUnitsRoundTrip()
    {
        QCOMPARE(Money::fromJson(json(12.5)).value_or(-1), qint64(125000));
        QCOMPARE(Money::fromJson(json(-5.5)).value_or(-1), qint64(-55000));
        QCOMPARE(Money::fromJson(json(0.123456)).value_or(-1), qint64(1235));
        QVERIFY(!Money::fromJson(json("1")));
        QVERIFY(!Money::fromJson(json(1e20)));
        QVERIFY(Money::toJson(125000) == json(12.5));
        QVERIFY(Money::toJson(270000) == json(27));
        QCOMPARE(Money::toDecimalString(125000), QStringLiteral("12.50"));
        QCOMPARE(Money::toDecimalString(-55000), QStringLiteral("-5.50"));
        QCOMPARE(Money::toDecimalString(*Amount::parse(u"0.123456")), QStringLiteral("0.123456"));
    }

    void displaysWithTheCurrencysDigits()
    {
        const QLocale en(QLocale::English, QLocale::UnitedStates);
        const QLocale de(QLocale::German, QLocale::Germany);
        const Amount a = *Amount::parse(u"1234.565");
        QCOMPARE(Money::currencyDigits(QStringLiteral("USD")), 2);
        QCOMPARE(Money::currencyDigits(QStringLiteral("JPY")), 0);
        QCOMPARE(Money::currencyDigits(QStringLiteral("KWD")), 3);
        QCOMPARE(Money::format(a, QStringLiteral("USD"), en), QStringLiteral("$1,234.56")); // half-even
        QCOMPARE(Money::format(a, QStringLiteral("KWD"), en), QStringLiteral("KWD\u00a01,234.565"));
        QCOMPARE(Money::format(a, QStringLiteral("JPY"), en), QStringLiteral("JPY\u00a01,235"));
        QCOMPARE(Money::format(a, QStringLiteral("EUR"), de), QStringLiteral("1.234,56\u00a0€"));
        QCOMPARE(Money::format(*Amount::parse(u"-5.5"), QStringLiteral("USD"), en), QStringLiteral("-$5.50"));
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
