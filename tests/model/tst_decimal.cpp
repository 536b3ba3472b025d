#include "decimalops.h"
#include "model/decimal.h"

#include <QtTest>

class TestDecimal : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void arithmeticIsExact();
};

void TestDecimal::parse_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("printed");
    QTest::newRow("int") << "12" << true << "12";
    QTest::newRow("zero") << "0" << true << "0";
    QTest::newRow("neg") << "-8" << true << "-8";
    QTest::newRow("plus") << "+1036" << true << "1036";
    QTest::newRow("money") << "6944.93" << true << "6944.93";
    QTest::newRow("six places") << "0.000001" << true << "0.000001";
    QTest::newRow("seven places") << "0.0000001" << false << "";
    QTest::newRow("empty") << "" << false << "";
    QTest::newRow("dot") << "1." << false << "";
    QTest::newRow("letters") << "1a" << false << "";
    QTest::newRow("fullwidth") << "１２" << false << "";
    QTest::newRow("overflow") << "99999999999999999999" << false << "";
}

void TestDecimal::parse() {
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(QString, printed);
    const auto d = Decimal::parse(text);
    QCOMPARE(d.has_value(), ok);
    if (ok)
        QCOMPARE(d->toString(), printed);
}

void TestDecimal::arithmeticIsExact() {
    Decimal sum;
    for (int i = 0; i < 10; ++i)
        sum += *Decimal::parse(u"0.1");
    QCOMPARE(sum, Decimal::fromInteger(1));
    QVERIFY(sum.isInteger());
    QCOMPARE((*Decimal::parse(u"25.1") - *Decimal::parse(u"0.1")).toString(), QStringLiteral("25"));
    QVERIFY(Decimal::fromInteger(-3) < Decimal::fromInteger(0));
}

QTEST_GUILESS_MAIN(TestDecimal)
#include "tst_decimal.moc"
