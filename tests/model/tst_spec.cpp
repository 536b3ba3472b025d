#include "model/spec.h"

#include <QtTest>

class TestSpec : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void cellCounts_data();
    void cellCounts();
    void ruleInstances();
    void layoutPositions();
    void variantsCleaned();
    void brokenJsonIsRefused();
    void printedLayoutIsTyped();
};

void TestSpec::cellCounts_data() {
    QTest::addColumn<int>("edition");
    QTest::addColumn<int>("t1");
    QTest::addColumn<int>("t2");
    QTest::addColumn<int>("t3");
    QTest::newRow("2019") << int(Edition::E2019) << 22 << 161 << 15;
    QTest::newRow("2021") << int(Edition::E2021) << 10 << 175 << 15;
}

void TestSpec::cellCounts() {
    QFETCH(int, edition);
    QFETCH(int, t1);
    QFETCH(int, t2);
    QFETCH(int, t3);
    const EditionSpec &ed = Spec::instance().edition(Edition(edition));
    int counts[3] = {0, 0, 0};
    for (const CellSpec &c : ed.cells)
        ++counts[c.table - 1];
    QCOMPARE(counts[0], t1);
    QCOMPARE(counts[1], t2);
    QCOMPARE(counts[2], t3);
    for (int i = 0; i < ed.cellCount(); ++i) {
        QCOMPARE(ed.cells[i].index, i);
        QCOMPARE(ed.indexOf(ed.cells[i].key), i);
    }
}

void TestSpec::ruleInstances() {
    const Spec &spec = Spec::instance();
    const EditionSpec &ed = spec.edition(Edition::E2021);
    QHash<QString, int> perRule;
    for (const RuleInstance &inst : ed.instances)
        ++perRule[spec.rule(inst.rule).id];
    QCOMPARE(perRule.value("T2_BALANCE"), 7);
    QCOMPARE(perRule.value("T2_ROW_TOTAL_2021"), 25);
    QCOMPARE(perRule.value("T2_RESULTS_TOTAL_2021"), 7);
    QCOMPARE(perRule.value("T3_REVIEW_TOTAL"), 1);
    QCOMPARE(perRule.value("TYPE_DECIMAL_AMOUNT"), 1);
    QCOMPARE(perRule.value("TYPE_NONNEG_INTEGER"), 199);
    QVERIFY(!perRule.contains("T2_ROW_TOTAL_2019"));
    QVERIFY(!perRule.contains("X_T2_CARRY_CHAIN"));

    const EditionSpec &e19 = spec.edition(Edition::E2019);
    QHash<QString, int> per19;
    for (const RuleInstance &inst : e19.instances)
        ++per19[spec.rule(inst.rule).id];
    QCOMPARE(per19.value("T2_ROW_TOTAL_2019"), 23);
    QCOMPARE(per19.value("TYPE_SIGNED_CHANGE_2019"), 5);
    QCOMPARE(per19.value("S_T1_2019_PUBLISHED_LE_TOTAL"), 2);

    // The balance instance of the natural-person column has the four printed cells.
    const int target = ed.indexOf("t2.r.granted.c.natural_person");
    QVERIFY(target >= 0);
    QStringList rulesOfCell;
    for (int i : ed.instancesOfCell[target])
        rulesOfCell << spec.rule(ed.instances[i].rule).id;
    rulesOfCell.sort();
    QCOMPARE(rulesOfCell,
             QStringList({"T2_RESULTS_TOTAL_2021", "T2_ROW_TOTAL_2021", "TYPE_NONNEG_INTEGER"}));
}

void TestSpec::layoutPositions() {
    const EditionSpec &ed = Spec::instance().edition(Edition::E2021);
    const CellSpec &c = ed.cell(ed.indexOf("t2.r.denied_state_secret.c.total"));
    const BlockSpec &block = ed.table(2).blocks[c.block];
    QCOMPARE(block.rows[c.row].label, QStringLiteral("1.属于国家秘密"));
    QCOMPARE(block.rows[c.row].parents.last(), QStringLiteral("（三）不予公开"));
    QCOMPARE(block.columns[c.column].id, QStringLiteral("total"));
    QCOMPARE(ed.cellAt(2, c.block, c.row, c.column), c.index);
    QCOMPARE(ed.table(1).blocks.size(), 4);
    QCOMPARE(Spec::instance().edition(Edition::E2019).table(1).blocks.size(), 5);
    const CellSpec &fee = ed.cell(ed.indexOf("t1.r.admin_fees.c.fee_amount"));
    QCOMPARE(fee.type, ValueType::Decimal);
    QCOMPARE(fee.unit, QStringLiteral("万元"));
    QCOMPARE(ed.derived.size(), 4 * 7);
}

void TestSpec::variantsCleaned() {
    const QStringList v = Spec::instance().variants("t2.col.social_welfare_org");
    QVERIFY(v.contains(QStringLiteral("社会组织")));
    const QStringList carry = Spec::instance().variants("t2.row.carry_forward");
    QVERIFY(carry.contains(QStringLiteral("结转下年度继续办理")));
    QVERIFY(carry.contains(QStringLiteral("结转下年")));
    for (const QString &s : Spec::instance().variants("t1.col.2019.made_this_year"))
        QVERIFY2(!s.contains("truncated"), qPrintable(s));
}

void TestSpec::brokenJsonIsRefused() {
    Spec spec;
    QString error;
    QVERIFY(!spec.load("{not json", &error));
    QVERIFY(!error.isEmpty());
}

// What the printed layout and the cross-year rules read comes typed from the spec.
void TestSpec::printedLayoutIsTyped() {
    const EditionSpec &ed = Spec::instance().edition(Edition::E2021);
    QCOMPARE(ed.sections.size(), 6);
    QCOMPARE(ed.sections[2].number, 3);
    QCOMPARE(ed.sections[2].heading, QStringLiteral("三、收到和处理政府信息公开申请情况"));
    QCOMPARE(ed.table(1).blocks[0].header.value(0), QStringLiteral("信息内容"));
    QCOMPARE(ed.table(2).en, QStringLiteral("applications received and handled"));
    const HeaderLayoutSpec &h2 = ed.table(2).headerLayout;
    QCOMPARE(h2.levels.size(), 3);
    QCOMPARE(h2.levels[0][0].text, QStringLiteral("申请人情况"));
    QCOMPARE(h2.levels[0][0].columnSpan, 7);
    QCOMPARE(h2.levels[1][0].rowSpan, 2);
    QCOMPARE(h2.topLeft.columnSpan, 3);
    QCOMPARE(h2.rowLabelColumns, 3);
    QVERIFY(ed.table(3).headerLayout.topLeft.text.isEmpty());
    const RuleSpec &chain = Spec::instance().rule(Spec::instance().ruleIndex("X_T2_CARRY_CHAIN"));
    QCOMPARE(chain.forEachVariable, QStringLiteral("col"));
    QCOMPARE(chain.forEachValues.size(), 7);
    QVERIFY(ed.docNumber.contains(QStringLiteral("2021")));
}

QTEST_GUILESS_MAIN(TestSpec)
#include "tst_spec.moc"
