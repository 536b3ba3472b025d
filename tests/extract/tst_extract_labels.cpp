// Labels: variants and typos matched by score (never below the threshold), labels broken over
// lines with the numbers on the next line, a group label and its first item on one line, group
// labels printed vertically or spaced out, and the 2019 single （六） row.

#include "extract/extractor.h"
#include "extract/labelmatcher.h"
#include "testdocument.h"

#include "model/spec.h"

#include <QTest>

namespace {

/// A minimal report: only table 2, around the given table body.
QString t2Doc(const QString &body, int year = 2023) {
    return QStringLiteral(
               "某区人民政府办公室%"
               "1年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n"
               "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\n"
               "申请人情况\n自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计\n")
               .arg(year) +
           body + QStringLiteral("\n五、存在的主要问题及改进情况\n无。\n");
}

} // namespace

class TestExtractLabels : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rowLabel_data();
    void rowLabel();
    void matcherThreshold_data();
    void matcherThreshold();
};

void TestExtractLabels::rowLabel_data() {
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("key"); ///< a cell that must be read
    QTest::addColumn<int>("value");
    QTest::addColumn<CellStatus>("status");
    const QString v = QStringLiteral("\t5\t0\t0\t0\t0\t0\t5");
    QTest::newRow("canonical") << QStringLiteral("2.重复申请") + v
                               << "t2.r.not_processed_repeat.c.natural_person" << 5
                               << CellStatus::Read;
    QTest::newRow("arabic-dunhao")
        << QStringLiteral("（五）不予处理\t2、重复申请") + v
        << "t2.r.not_processed_repeat.c.natural_person" << 5 << CellStatus::Read;
    QTest::newRow("halfwidth-brackets") << QStringLiteral("(一)予以公开") + v
                                        << "t2.r.granted.c.natural_person" << 5 << CellStatus::Read;
    QTest::newRow("fullwidth-digits") << QStringLiteral("（一）予以公开\t５\t０\t0\t0\t0\t0\t５")
                                      << "t2.r.granted.c.total" << 5 << CellStatus::Read;
    QTest::newRow("missing-character")
        << QStringLiteral("1.属于国家密") + v << "t2.r.denied_state_secret.c.natural_person" << 5
        << CellStatus::Read;
    QTest::newRow("straight-quotes")
        << QStringLiteral("3.危及\"三安全一稳定\"") + v
        << "t2.r.denied_three_security_one_stability.c.total" << 5 << CellStatus::Read;
    QTest::newRow("comma-for-dunhao")
        << QStringLiteral("1.申请人无正当理由逾期不补正，行政机关不再处理其政府信息公开申请") + v
        << "t2.r.other_no_correction.c.natural_person" << 5 << CellStatus::Read;
    QTest::newRow("short-variant")
        << QStringLiteral("（二）部分公开") + v << "t2.r.partially_granted.c.natural_person" << 5
        << CellStatus::Read;
    QTest::newRow("fuzzy-typo-suspect")
        << QStringLiteral("4.保护第三人合法权") + v
        << "t2.r.denied_third_party_rights.c.natural_person" << 5 << CellStatus::Suspect;
    QTest::newRow("broken-over-lines")
        << QStringLiteral("5.要求行政机关确认或重新\n出具已获取信息\n5 0 0 0 0 0 5")
        << "t2.r.not_processed_confirm_reissue.c.total" << 5 << CellStatus::Read;
    QTest::newRow("numbers-next-line")
        << QStringLiteral("四、结转下年度继续办理\n5\t0\t0\t0\t0\t0\t5")
        << "t2.r.carry_forward.c.natural_person" << 5 << CellStatus::Read;
    QTest::newRow("group-and-item-one-line")
        << QStringLiteral("（四）无法提供  1.本机关不掌握相关政府信息  31 0 0 0 0 0 31")
        << "t2.r.unable_not_held.c.total" << 31 << CellStatus::Read;
    QTest::newRow("group-and-item-single-space")
        << QStringLiteral("（四）无法提供 1.本机关不掌握相关政府信息 31 0 0 0 0 0 31")
        << "t2.r.unable_not_held.c.natural_person" << 31 << CellStatus::Read;
    QTest::newRow("spaced-out-group")
        << QStringLiteral("三 、本 年 度办 理 结果\t（一）予以公开") + v
        << "t2.r.granted.c.natural_person" << 5 << CellStatus::Read;
    QTest::newRow("vertical-group")
        << QStringLiteral("三\n、\n本\n年\n度\n办\n理\n结\n果\n（一）予以公开") + v
        << "t2.r.granted.c.total" << 5 << CellStatus::Read;
    QTest::newRow("spaced-out-row")
        << QStringLiteral("一 、本 年 新 收 政 府 信 息 公 开 申 请 数 量") + v
        << "t2.r.new_received.c.natural_person" << 5 << CellStatus::Read;
    QTest::newRow("sub-row-by-group")
        << QStringLiteral("（六）其他处理\n3.其他") + v << "t2.r.other_other.c.natural_person" << 5
        << CellStatus::Read;
}

void TestExtractLabels::rowLabel() {
    QFETCH(QString, body);
    QFETCH(QString, key);
    QFETCH(int, value);
    QFETCH(CellStatus, status);
    const Report r = Extractor::extract(TestDocument::fromText(t2Doc(body)));
    QCOMPARE(r.meta.edition, Edition::E2021);
    const Cell &cell = r.cell(key);
    QVERIFY2(cell.status == status, qPrintable(cellStatusName(cell.status) + u' ' + cell.note));
    QVERIFY(cell.value);
    QCOMPARE(*cell.value, Decimal::fromInteger(value));
    // Exactly one row was read: every other table-2 cell stays missing.
    int located = 0;
    for (const CellSpec &c : r.spec().cells)
        located += c.table == 2 && r.cells[c.index].status != CellStatus::Missing;
    QCOMPARE(located, 7);
}

void TestExtractLabels::matcherThreshold_data() {
    QTest::addColumn<int>("edition");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("row"); ///< expected row label; empty = no match
    QTest::newRow("exact") << 2021 << QStringLiteral("（七）总计") << QStringLiteral("（七）总计");
    QTest::newRow("variant-total")
        << 2021 << QStringLiteral("办理结果合计") << QStringLiteral("（七）总计");
    QTest::newRow("carry-forward-short")
        << 2021 << QStringLiteral("结转下年度继续办理") << QStringLiteral("四、结转下年度继续办理");
    QTest::newRow("unrelated") << 2021 << QStringLiteral("政府信息公开工作机构") << QString();
    QTest::newRow("narrative") << 2021 << QStringLiteral("本年度未收到政府信息公开申请")
                               << QString();
    QTest::newRow("wrong-number") << 2021 << QStringLiteral("9.属于国家秘密")
                                  << QStringLiteral("1.属于国家秘密");
    QTest::newRow("2019-six-short")
        << 2019 << QStringLiteral("(六) 其他") << QStringLiteral("（六）其他处理");
    QTest::newRow("2021-six-short-is-group")
        << 2021 << QStringLiteral("(六) 其他") << QStringLiteral("（六）其他处理");
}

void TestExtractLabels::matcherThreshold() {
    QFETCH(int, edition);
    QFETCH(QString, text);
    QFETCH(QString, row);
    const Edition e = edition == 2019 ? Edition::E2019 : Edition::E2021;
    const LabelMatch m =
        LabelMatcher::forTable(e, 2).match(QString(text).normalized(QString::NormalizationForm_KC));
    if (row.isEmpty()) {
        QVERIFY(!m.isValid());
        return;
    }
    QVERIFY(m.isValid());
    QVERIFY(m.score >= LabelMatcher::kAccept);
    QCOMPARE(Spec::instance().edition(e).table(2).blocks[m.block].rows[m.row].label, row);
}

QTEST_GUILESS_MAIN(TestExtractLabels)
#include "tst_extract_labels.moc"
