#include "review/celledit.h"
#include "review/cellinput.h"

#include <QtTest>

class TestCellInput : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void format();
    void originNames();
};

void TestCellInput::parse_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("type");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("value"); // "" for null
    QTest::addColumn<int>("status");
    const int count = int(ValueType::Integer), money = int(ValueType::Decimal),
              signedCount = int(ValueType::SignedInteger);
    const int edited = int(CellStatus::Edited), blank = int(CellStatus::Blank),
              placeholder = int(CellStatus::Placeholder);
    QTest::newRow("integer") << "12" << count << true << "12" << edited;
    QTest::newRow("full-width") << "１２" << count << true << "12" << edited;
    QTest::newRow("spaces") << "  7 " << count << true << "7" << edited;
    QTest::newRow("thousands") << "1,234" << count << true << "1234" << edited;
    QTest::newRow("zero") << "0" << count << true << "0" << edited;
    QTest::newRow("empty is blank") << "" << count << true << "" << blank;
    QTest::newRow("slash") << "/" << count << true << "" << placeholder;
    QTest::newRow("dash") << "-" << count << true << "" << placeholder;
    QTest::newRow("em dash") << "—" << count << true << "" << placeholder;
    QTest::newRow("wu") << "无" << count << true << "" << placeholder;
    QTest::newRow("letters") << "abc" << count << false << "" << 0;
    QTest::newRow("mixed") << "12a" << count << false << "" << 0;
    QTest::newRow("decimal in count") << "1.5" << count << false << "" << 0;
    QTest::newRow("negative count") << "-3" << count << false << "" << 0;
    QTest::newRow("negative signed") << "-3" << signedCount << true << "-3" << edited;
    QTest::newRow("decimal in signed") << "2.5" << signedCount << false << "" << 0;
    QTest::newRow("money") << "6944.93" << money << true << "6944.93" << edited;
    QTest::newRow("money integer") << "25" << money << true << "25" << edited;
}

void TestCellInput::parse() {
    QFETCH(QString, text);
    QFETCH(int, type);
    QFETCH(bool, ok);
    QFETCH(QString, value);
    QFETCH(int, status);
    const CellInput in = CellInput::parse(text, ValueType(type));
    QCOMPARE(in.ok, ok);
    if (!ok) {
        QVERIFY(!in.error.isEmpty());
        QVERIFY(!in.value.has_value());
        return;
    }
    QVERIFY(in.error.isEmpty());
    QCOMPARE(in.value ? in.value->toString() : QString(), value);
    QCOMPARE(int(in.status), status);
}

void TestCellInput::format() {
    Cell c;
    c.value = Decimal::fromInteger(42);
    c.status = CellStatus::Read;
    QCOMPARE(CellInput::format(c), QStringLiteral("42"));
    c.value.reset();
    c.status = CellStatus::Placeholder;
    c.raw = QStringLiteral("—");
    QCOMPARE(CellInput::format(c), QStringLiteral("—"));
    // A number typed over with "/" keeps its printed raw text, but shows as a placeholder.
    c.raw = QStringLiteral("4");
    QCOMPARE(CellInput::format(c), QStringLiteral("/"));
    c.status = CellStatus::Blank;
    QCOMPARE(CellInput::format(c), QString());
    // What format() writes, parse() reads back to the same value.
    c.value = Decimal::parse(u"6944.93");
    c.status = CellStatus::Read;
    QCOMPARE(CellInput::parse(CellInput::format(c), ValueType::Decimal).value, c.value);
}

void TestCellInput::originNames() {
    QCOMPARE(editOriginName(EditOrigin::Typed), QStringLiteral("typed"));
    QCOMPARE(editOriginName(EditOrigin::Paste), QStringLiteral("paste"));
    QCOMPARE(editOriginName(EditOrigin::Suggestion), QStringLiteral("suggestion"));
    QCOMPARE(editOriginName(EditOrigin::Revert), QStringLiteral("revert"));
    QCOMPARE(editOriginName(EditOrigin::Undo), QStringLiteral("undo"));
    QCOMPARE(editOriginName(EditOrigin::Redo), QStringLiteral("redo"));
    QCOMPARE(editOriginName(EditOrigin::Cli), QStringLiteral("cli"));
}

QTEST_GUILESS_MAIN(TestCellInput)
#include "tst_cellinput.moc"
