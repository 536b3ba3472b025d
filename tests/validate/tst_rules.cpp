// One test per rule of the spec (pass and fail), the evaluation policy, messages and names.

#include "reportfactory.h"
#include "validate/cellnames.h"
#include "validate/validatedreport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace reportfactory;

Q_DECLARE_METATYPE(Edition)
Q_DECLARE_METATYPE(FindingStatus)

namespace {

struct RuleCase {
    const char *name;
    Edition edition;
    const char *finding; ///< stable id of the instance under test
    const char *values;  ///< "key=value;key=null;…" applied to an empty report
    FindingStatus status;
    const char *expected; ///< "" for none
    const char *actual;
    const char *zh; ///< expected message (problems), "" to skip
};

constexpr Edition E19 = Edition::E2019;
constexpr Edition E21 = Edition::E2021;
constexpr FindingStatus PASS = FindingStatus::Pass, FAIL = FindingStatus::Fail,
                        UNVER = FindingStatus::Unverifiable, EMPTY = FindingStatus::Empty;

// clang-format off
const RuleCase kCases[] = {
    {"balance pass", E21, "T2_BALANCE:t2.r.new_received.c.natural_person",
     "t2.r.new_received.c.natural_person=27;t2.r.carried_over.c.natural_person=2;t2.r.results_total.c.natural_person=28;t2.r.carry_forward.c.natural_person=1",
     PASS, "29", "29", ""},
    {"balance fail", E21, "T2_BALANCE:t2.r.new_received.c.natural_person",
     "t2.r.new_received.c.natural_person=27;t2.r.carried_over.c.natural_person=2;t2.r.results_total.c.natural_person=28;t2.r.carry_forward.c.natural_person=0",
     FAIL, "29", "28", "自然人：一+二 = 29，三（七）+四 = 28"},
    {"balance nulls count 0", E19, "T2_BALANCE:t2.r.new_received.c.total",
     "t2.r.new_received.c.total=3", FAIL, "3", "0", "总计：一+二 = 3，三（七）+四 = 0"},
    {"balance empty", E21, "T2_BALANCE:t2.r.new_received.c.other_org", "", EMPTY, "", "", ""},
    {"balance 2019 pass", E19, "T2_BALANCE:t2.r.new_received.c.total",
     "t2.r.new_received.c.total=859;t2.r.carried_over.c.total=18;t2.r.results_total.c.total=805;t2.r.carry_forward.c.total=72",
     PASS, "877", "877", ""},
    {"row total 2021 pass", E21, "T2_ROW_TOTAL_2021:t2.r.granted.c.total",
     "t2.r.granted.c.total=5;t2.r.granted.c.natural_person=4;t2.r.granted.c.other_org=1", PASS, "5", "5", ""},
    {"row total 2021 fail", E21, "T2_ROW_TOTAL_2021:t2.r.granted.c.total",
     "t2.r.granted.c.total=5;t2.r.granted.c.natural_person=4", FAIL, "4", "5",
     "（一）予以公开：总计 5 ≠ 各列之和 4"},
    {"row total sub-row fail", E21, "T2_ROW_TOTAL_2021:t2.r.denied_state_secret.c.total",
     "t2.r.denied_state_secret.c.total=2;t2.r.denied_state_secret.c.natural_person=1", FAIL, "1", "2",
     "（三）1.属于国家秘密：总计 2 ≠ 各列之和 1"},
    {"row total null target", E21, "T2_ROW_TOTAL_2021:t2.r.granted.c.total",
     "t2.r.granted.c.natural_person=4", UNVER, "4", "", "（一）予以公开：总计未填，无法核对（各列之和 4）"},
    {"row total only total", E21, "T2_ROW_TOTAL_2021:t2.r.granted.c.total",
     "t2.r.granted.c.total=5", UNVER, "", "5", "（一）予以公开：仅填总计 5，各项均未填"},
    {"row total zero total", E21, "T2_ROW_TOTAL_2021:t2.r.granted.c.total",
     "t2.r.granted.c.total=0", PASS, "0", "0", ""},
    {"row total empty", E21, "T2_ROW_TOTAL_2021:t2.r.granted.c.total", "", EMPTY, "", "", ""},
    {"row total 2019 pass", E19, "T2_ROW_TOTAL_2019:t2.r.other_handling.c.total",
     "t2.r.other_handling.c.total=3;t2.r.other_handling.c.commercial_enterprise=3", PASS, "3", "3", ""},
    {"row total 2019 fail", E19, "T2_ROW_TOTAL_2019:t2.r.other_handling.c.total",
     "t2.r.other_handling.c.total=3;t2.r.other_handling.c.commercial_enterprise=2", FAIL, "2", "3",
     "（六）其他处理：总计 3 ≠ 各列之和 2"},
    {"results total 2021 pass", E21, "T2_RESULTS_TOTAL_2021:t2.r.results_total.c.natural_person",
     "t2.r.results_total.c.natural_person=6;t2.r.granted.c.natural_person=4;t2.r.other_other.c.natural_person=2",
     PASS, "6", "6", ""},
    {"results total 2021 fail", E21, "T2_RESULTS_TOTAL_2021:t2.r.results_total.c.natural_person",
     "t2.r.results_total.c.natural_person=6;t2.r.granted.c.natural_person=4", FAIL, "4", "6",
     "自然人：（七）总计 6 ≠ 各项之和 4"},
    {"results total 2019 pass", E19, "T2_RESULTS_TOTAL_2019:t2.r.results_total.c.total",
     "t2.r.results_total.c.total=7;t2.r.granted.c.total=4;t2.r.other_handling.c.total=3", PASS, "7", "7", ""},
    {"results total 2019 fail", E19, "T2_RESULTS_TOTAL_2019:t2.r.results_total.c.total",
     "t2.r.results_total.c.total=7;t2.r.granted.c.total=4", FAIL, "4", "7", "总计：（七）总计 7 ≠ 各项之和 4"},
    {"review total pass", E21, "T3_REVIEW_TOTAL:t3.r.cases.c.review_total",
     "t3.r.cases.c.review_total=7;t3.r.cases.c.review_maintained=5;t3.r.cases.c.review_pending=2", PASS, "7", "7", ""},
    {"review total fail", E21, "T3_REVIEW_TOTAL:t3.r.cases.c.review_total",
     "t3.r.cases.c.review_total=7;t3.r.cases.c.review_maintained=5", FAIL, "5", "7", "行政复议：总计 7 ≠ 各项之和 5"},
    {"direct suits pass", E19, "T3_LIT_DIRECT_TOTAL:t3.r.cases.c.lit_direct_total",
     "t3.r.cases.c.lit_direct_total=9;t3.r.cases.c.lit_direct_maintained=8;t3.r.cases.c.lit_direct_pending=1", PASS, "9", "9", ""},
    {"direct suits fail", E19, "T3_LIT_DIRECT_TOTAL:t3.r.cases.c.lit_direct_total",
     "t3.r.cases.c.lit_direct_total=9;t3.r.cases.c.lit_direct_maintained=8;t3.r.cases.c.lit_direct_pending=2", FAIL, "10", "9",
     "行政诉讼·未经复议直接起诉：总计 9 ≠ 各项之和 10"},
    {"after review pass", E21, "T3_LIT_AFTER_REVIEW_TOTAL:t3.r.cases.c.lit_after_review_total",
     "t3.r.cases.c.lit_after_review_total=1;t3.r.cases.c.lit_after_review_corrected=1", PASS, "1", "1", ""},
    {"after review fail", E21, "T3_LIT_AFTER_REVIEW_TOTAL:t3.r.cases.c.lit_after_review_total",
     "t3.r.cases.c.lit_after_review_total=0;t3.r.cases.c.lit_after_review_corrected=1", FAIL, "1", "0",
     "行政诉讼·复议后起诉：总计 0 ≠ 各项之和 1"},
    {"nonneg pass", E21, "TYPE_NONNEG_INTEGER:t2.r.granted.c.natural_person",
     "t2.r.granted.c.natural_person=3", PASS, "", "3", ""},
    {"nonneg negative", E21, "TYPE_NONNEG_INTEGER:t2.r.granted.c.natural_person",
     "t2.r.granted.c.natural_person=-3", FAIL, "", "-3", "（一）予以公开·自然人：-3 应为非负整数"},
    {"nonneg fraction", E19, "TYPE_NONNEG_INTEGER:t1.r.regulations.c.total_public",
     "t1.r.regulations.c.total_public=2.5", FAIL, "", "2.5", "规章·对外公开总数量：2.5 应为非负整数"},
    {"nonneg null", E21, "TYPE_NONNEG_INTEGER:t3.r.cases.c.review_total", "", EMPTY, "", "", ""},
    {"signed pass", E19, "TYPE_SIGNED_CHANGE_2019:t1.r.admin_license.c.change",
     "t1.r.admin_license.c.change=-8", PASS, "", "-8", ""},
    {"signed fail", E19, "TYPE_SIGNED_CHANGE_2019:t1.r.admin_license.c.change",
     "t1.r.admin_license.c.change=1.5", FAIL, "", "1.5", "行政许可·本年增/减：1.5 应为整数"},
    {"amount pass", E21, "TYPE_DECIMAL_AMOUNT:t1.r.admin_fees.c.fee_amount",
     "t1.r.admin_fees.c.fee_amount=6944.93", PASS, "", "6944.93", ""},
    {"amount fail", E21, "TYPE_DECIMAL_AMOUNT:t1.r.admin_fees.c.fee_amount",
     "t1.r.admin_fees.c.fee_amount=-1.5", FAIL, "", "-1.5", "行政事业性收费·本年收费金额：-1.5 不应为负数"},
    {"amount 2019 pass", E19, "TYPE_DECIMAL_AMOUNT:t1.r.gov_central_procurement.c.procurement_amount",
     "t1.r.gov_central_procurement.c.procurement_amount=25.1", PASS, "", "25.1", ""},
    {"published <= total pass", E19, "S_T1_2019_PUBLISHED_LE_TOTAL:t1.r.regulations.c.published_this_year",
     "t1.r.regulations.c.published_this_year=13;t1.r.regulations.c.total_public=524", PASS, "524", "13", ""},
    {"published <= total fail", E19, "S_T1_2019_PUBLISHED_LE_TOTAL:t1.r.normative_docs.c.published_this_year",
     "t1.r.normative_docs.c.published_this_year=20;t1.r.normative_docs.c.total_public=10", FAIL, "10", "20",
     "规范性文件：本年新公开数量 20 > 对外公开总数量 10"},
    {"published <= total one null", E19, "S_T1_2019_PUBLISHED_LE_TOTAL:t1.r.regulations.c.published_this_year",
     "t1.r.regulations.c.published_this_year=13", UNVER, "", "13", ""},
    {"published <= total empty", E19, "S_T1_2019_PUBLISHED_LE_TOTAL:t1.r.regulations.c.published_this_year",
     "", EMPTY, "", "", ""},
    // Sums beyond Decimal's range (±9,223,372,036,854) are unverifiable, never wrapped around.
    {"row total overflow", E21, "T2_ROW_TOTAL_2021:t2.r.granted.c.total",
     "t2.r.granted.c.total=5;t2.r.granted.c.natural_person=9000000000000;t2.r.granted.c.other_org=9000000000000",
     UNVER, "", "5", "（一）予以公开：总计 / 各列之和：数值之和超出可计算范围，无法核对"},
    {"balance overflow", E21, "T2_BALANCE:t2.r.new_received.c.natural_person",
     "t2.r.new_received.c.natural_person=9000000000000;t2.r.carried_over.c.natural_person=9000000000000;t2.r.results_total.c.natural_person=1",
     UNVER, "", "1", "自然人：一+二 / 三（七）+四：数值之和超出可计算范围，无法核对"},
    {"published <= total overflow", E19, "S_T1_2019_PUBLISHED_LE_TOTAL:t1.r.regulations.c.published_this_year",
     "t1.r.regulations.c.published_this_year=9000000000000;t1.r.regulations.c.total_public=9000000000000",
     PASS, "9000000000000", "9000000000000", ""},
};
// clang-format on

std::optional<Decimal> parseValue(const QString &text) {
    return text == u"null" ? std::nullopt : Decimal::parse(text);
}

Report reportWith(Edition edition, const QString &values) {
    Report r = Report::empty(edition);
    for (const QString &assignment : values.split(u';', Qt::SkipEmptyParts)) {
        const QString key = assignment.section(u'=', 0, 0);
        Cell &c = r.cell(key);
        c.value = parseValue(assignment.section(u'=', 1));
        c.status = c.value ? CellStatus::Read : CellStatus::Blank;
    }
    return r;
}

const Finding *findById(const ValidatedReport &vr, const QString &id) {
    for (const Finding &f : vr.findings())
        if (f.stableId(vr.report().spec()) == id)
            return &f;
    return nullptr;
}

} // namespace

class TestRules : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void rule_data() {
        QTest::addColumn<Edition>("edition");
        QTest::addColumn<QString>("finding");
        QTest::addColumn<QString>("values");
        QTest::addColumn<FindingStatus>("status");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("actual");
        QTest::addColumn<QString>("zh");
        for (const RuleCase &c : kCases)
            QTest::newRow(c.name) << c.edition << QString::fromUtf8(c.finding)
                                  << QString::fromUtf8(c.values) << c.status
                                  << QString::fromUtf8(c.expected) << QString::fromUtf8(c.actual)
                                  << QString::fromUtf8(c.zh);
    }

    void rule() {
        QFETCH(Edition, edition);
        QFETCH(QString, finding);
        QFETCH(QString, values);
        QFETCH(FindingStatus, status);
        QFETCH(QString, expected);
        QFETCH(QString, actual);
        QFETCH(QString, zh);
        const ValidatedReport vr(reportWith(edition, values));
        const Finding *f = findById(vr, finding);
        QVERIFY2(f, qPrintable(finding));
        QCOMPARE(findingStatusName(f->status), findingStatusName(status));
        QCOMPARE(f->expected ? f->expected->toString() : QString(), expected);
        QCOMPARE(f->actual ? f->actual->toString() : QString(), actual);
        if (f->isProblem()) {
            QVERIFY(!f->zh.isEmpty());
            QVERIFY(!f->en.isEmpty());
            if (f->status == FindingStatus::Fail)
                QVERIFY2(f->en.contains(actual), qPrintable(f->en));
        } else {
            QVERIFY(f->zh.isEmpty());
        }
        if (!zh.isEmpty())
            QCOMPARE(f->zh, zh);
        // Severity from the spec, an unverifiable error rule at most a warning.
        const RuleSpec &rule = Spec::instance().rule(Spec::instance().ruleIndex(f->rule));
        const Severity want =
            status == FindingStatus::Unverifiable && rule.severity == Severity::Error
                ? Severity::Warning
                : rule.severity;
        QCOMPARE(severityName(f->severity), severityName(want));
    }

    /// Every within-report rule of the spec has a passing and a failing case above.
    void everyRuleHasPassAndFail() {
        QSet<QString> passed, failed;
        for (const RuleCase &c : kCases) {
            const QString rule = QString::fromUtf8(c.finding).section(u':', 0, 0);
            if (c.status == PASS)
                passed << rule;
            else if (c.status == FAIL)
                failed << rule;
        }
        for (const RuleSpec &rule : Spec::instance().rules()) {
            if (rule.kind == RuleKind::CrossYear)
                continue;
            QVERIFY2(passed.contains(rule.id), qPrintable(rule.id));
            QVERIFY2(failed.contains(rule.id), qPrintable(rule.id));
        }
    }

    void englishMessages() {
        const ValidatedReport vr(reportWith(
            E21, QStringLiteral("t2.r.new_received.c.natural_person=27;t2.r.carried_over.c."
                                "natural_person=2;t2.r.results_total.c.natural_person=28;"
                                "t2.r.granted.c.total=5;t2.r.granted.c.natural_person=4")));
        QCOMPARE(findById(vr, QStringLiteral("T2_BALANCE:t2.r.new_received.c.natural_person"))->en,
                 QStringLiteral("natural persons: I + II = 29, III (7) + IV = 28"));
        QCOMPARE(findById(vr, QStringLiteral("T2_ROW_TOTAL_2021:t2.r.granted.c.total"))->en,
                 QStringLiteral("(1) disclosed: total 5 ≠ sum of the columns 4"));
    }

    /// 2021 report printing （六）其他处理 as one row: its value stands in for the null sub-rows.
    void otherHandlingSingleRow() {
        Report r = reportWith(E21, QStringLiteral("t2.r.results_total.c.natural_person=7;"
                                                  "t2.r.granted.c.natural_person=4"));
        const QString id =
            QStringLiteral("T2_RESULTS_TOTAL_2021:t2.r.results_total.c.natural_person");
        QCOMPARE(findById(ValidatedReport(r), id)->status, FindingStatus::Fail);
        Cell printed;
        printed.value = Decimal::fromInteger(3);
        printed.status = CellStatus::Read;
        r.extraCells.insert(QStringLiteral("t2.r.other_handling.c.natural_person"), printed);
        ValidatedReport vr(r);
        QCOMPARE(findById(vr, id)->status, FindingStatus::Pass);
        QCOMPARE(findById(vr, id)->expected->toString(), QStringLiteral("7"));
        // Only while all three sub-rows are null: once one is filled, the printed （六） is
        // ignored.
        vr.setValue(QStringLiteral("t2.r.other_other.c.natural_person"), Decimal::fromInteger(1));
        QCOMPARE(findById(vr, id)->status, FindingStatus::Fail);
        QCOMPARE(findById(vr, id)->expected->toString(), QStringLiteral("5"));
        QCOMPARE(vr.findings(), ValidatedReport::validateAll(vr.report()));
    }

    /// The spec's own test vectors (JSON `examples`) give the documented counts per rule.
    void specExamples_data() {
        QTest::addColumn<QJsonObject>("example");
        for (const QJsonValue &v : Spec::instance().json().value(u"examples").toArray())
            QTest::newRow(qPrintable(v.toObject().value(u"name").toString())) << v.toObject();
    }
    void specExamples() {
        QFETCH(QJsonObject, example);
        const Edition edition = *editionFromName(example.value(u"edition").toString());
        Report r = Report::empty(edition);
        const QJsonObject values = example.value(u"values").toObject();
        for (auto it = values.begin(); it != values.end(); ++it) {
            const int idx = r.spec().indexOf(it.key());
            QVERIFY2(idx >= 0, qPrintable(it.key()));
            if (it.value().isDouble())
                r.cells[idx].value = Decimal::fromInteger(it.value().toInteger());
            else if (it.value().isString()) // "251000元", read as 25.1 万元
                r.cells[idx].value = Decimal::fromMicros(25'100'000);
        }
        const ValidatedReport vr(r);
        const QJsonObject outcomes = example.value(u"expected_rule_outcomes").toObject();
        for (auto it = outcomes.begin(); it != outcomes.end(); ++it) {
            QHash<QString, int> counts;
            for (const Finding &f : vr.findings())
                if (f.rule == it.key())
                    ++counts[findingStatusName(f.status)];
            const QJsonObject want = it.value().toObject();
            for (auto w = want.begin(); w != want.end(); ++w)
                QVERIFY2(counts.value(w.key()) == w.value().toInt(),
                         qPrintable(QStringLiteral("%1 %2: %3, want %4")
                                        .arg(it.key(), w.key())
                                        .arg(counts.value(w.key()))
                                        .arg(w.value().toInt())));
        }
        for (const Finding &f : vr.findings())
            QVERIFY2(f.status != FindingStatus::Fail, qPrintable(f.zh));
    }

    void names_data() {
        QTest::addColumn<Edition>("edition");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("cellZh");
        QTest::addColumn<QString>("cellEn");
        QTest::addColumn<QString>("numberZh");
        QTest::addColumn<QString>("numberEn");
        QTest::newRow("new") << E21 << "t2.r.new_received.c.natural_person"
                             << "一、本年新收政府信息公开申请数量·自然人"
                             << "I. new applications received this year · natural persons"
                             << "一"
                             << "I";
        QTest::newRow("partial") << E21 << "t2.r.partially_granted.c.total"
                                 << "（二）部分公开·总计"
                                 << "(2) partially disclosed · total of the six applicant columns"
                                 << "三（二）"
                                 << "III (2)";
        QTest::newRow("sub-row") << E19 << "t2.r.denied_state_secret.c.other_org"
                                 << "（三）1.属于国家秘密·其他"
                                 << "(3) 1. state secret · other legal persons / organisations"
                                 << "三（三）1"
                                 << "III (3) 1";
        QTest::newRow("（六）2021") << E21 << "t2.r.other_no_correction.c.natural_person"
                                    << "（六）1.申请人无正当理由逾期不补正·自然人"
                                    << ""
                                    << "三（六）1"
                                    << "";
        QTest::newRow("total") << E21 << "t2.r.results_total.c.total"
                               << "（七）总计·总计"
                               << ""
                               << "三（七）"
                               << "III (7)";
        QTest::newRow("t3") << E21 << "t3.r.cases.c.lit_direct_pending"
                            << "行政诉讼·未经复议直接起诉·尚未审结"
                            << "litigation filed directly, without review first: not yet concluded"
                            << ""
                            << "";
        QTest::newRow("t1") << E21 << "t1.r.admin_fees.c.fee_amount"
                            << "行政事业性收费·本年收费金额"
                            << "administrative and institutional fees, fee amount collected this "
                               "year, in 10,000 yuan"
                            << ""
                            << "";
    }
    void names() {
        QFETCH(Edition, edition);
        QFETCH(QString, key);
        QFETCH(QString, cellZh);
        QFETCH(QString, cellEn);
        QFETCH(QString, numberZh);
        QFETCH(QString, numberEn);
        const CellNames &names = CellNames::forEdition(edition);
        const int idx = Spec::instance().edition(edition).indexOf(key);
        QVERIFY(idx >= 0);
        QCOMPARE(names.cellZh(idx), cellZh);
        if (!cellEn.isEmpty())
            QCOMPARE(names.cellEn(idx), cellEn);
        QCOMPARE(names.numberZh(idx), numberZh);
        if (!numberEn.isEmpty())
            QCOMPARE(names.numberEn(idx), numberEn);
    }

    /// A consistent report passes every rule; the sample 003 fixture too.
    void consistentReportsPass_data() {
        QTest::addColumn<Edition>("edition");
        QTest::addColumn<quint32>("seed");
        for (quint32 seed = 1; seed <= 20; ++seed) {
            QTest::addRow("2019 #%u", seed) << E19 << seed;
            QTest::addRow("2021 #%u", seed) << E21 << seed;
        }
    }
    void consistentReportsPass() {
        QFETCH(Edition, edition);
        QFETCH(quint32, seed);
        QRandomGenerator rng(seed);
        const ValidatedReport vr(consistent(edition, rng));
        QVERIFY(vr.problems().isEmpty());
        QCOMPARE(vr.instanceCount(), int(vr.report().spec().instances.size()));
        for (const Finding &f : vr.findings())
            QCOMPARE(findingStatusName(f.status), QStringLiteral("pass"));
        QVERIFY(ValidatedReport(sample003()).problems().isEmpty());
    }

    void remarksFollowInstances() {
        Report r = sample003();
        Finding remark;
        remark.rule = QStringLiteral("EXTRACT_OTHER_HANDLING_SINGLE_ROW");
        remark.status = FindingStatus::Fail;
        remark.severity = Severity::Warning;
        remark.lhs = {r.spec().indexOf(QStringLiteral("t2.r.other_other.c.total"))};
        r.remarks << remark;
        const ValidatedReport vr(r);
        QCOMPARE(vr.findings().size(), vr.instanceCount() + 1);
        QCOMPARE(vr.findings().last().rule, remark.rule);
        QCOMPARE(vr.problems().size(), 1);
        QCOMPARE(vr.problemsOfCell(remark.lhs.first()), QVector<int>{vr.instanceCount()});
        QCOMPARE(vr.errorCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"
