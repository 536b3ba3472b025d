// Cross-year rules: this year's 上年结转 against last year's 结转下年度, and the 2021 in-force
// chain.

#include "reportfactory.h"
#include "validate/crossyearvalidator.h"

#include <QTest>

using namespace reportfactory;

namespace {

Report report(const QString &agency, int year, qint64 carriedOver, qint64 carryForward) {
    Report r = sample003();
    r.meta.agency = agency;
    r.meta.year = year;
    r.meta.edition = editionForYear(year);
    if (r.meta.edition == Edition::E2019)
        r = filled(Edition::E2019, 0), r.meta.agency = agency, r.meta.year = year;
    for (const QString &col : {QStringLiteral("natural_person"), QStringLiteral("total")}) {
        set(r, t2(QStringLiteral("carried_over"), col), carriedOver);
        set(r, t2(QStringLiteral("carry_forward"), col), carryForward);
    }
    return r;
}

QVector<CrossYearFinding> ofRule(const QVector<CrossYearFinding> &all, const QString &rule) {
    QVector<CrossYearFinding> out;
    for (const CrossYearFinding &x : all)
        if (x.finding.rule == rule)
            out << x;
    return out;
}

} // namespace

class TestCrossYear : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void carryChain_data() {
        QTest::addColumn<int>("previousForward");
        QTest::addColumn<int>("carriedOver");
        QTest::addColumn<QString>("status");
        QTest::newRow("chain holds") << 2 << 2 << "pass";
        QTest::newRow("chain broken") << 3 << 2 << "fail";
    }
    void carryChain() {
        QFETCH(int, previousForward);
        QFETCH(int, carriedOver);
        QFETCH(QString, status);
        const Report prev =
            report(QStringLiteral("市中区人民政府办公室"), 2022, 0, previousForward);
        const Report cur = report(QStringLiteral("市中区 人民政府办公室"), 2023, carriedOver, 1);
        const QVector<CrossYearFinding> all = CrossYearValidator::validate({&cur, &prev});
        const QString chainRule = QStringLiteral("X_T2_CARRY_CHAIN");
        const QVector<CrossYearFinding> chain = ofRule(all, chainRule);
        QCOMPARE(chain.size(), 7); // one per column
        const CrossYearFinding &np = chain.first();
        QCOMPARE(np.current, 0);
        QCOMPARE(np.previous, 1);
        QCOMPARE(np.currentKeys, QStringList{QStringLiteral("t2.r.carried_over.c.natural_person")});
        QCOMPARE(np.previousKeys,
                 QStringList{QStringLiteral("t2.r.carry_forward.c.natural_person")});
        QCOMPARE(findingStatusName(np.finding.status), status);
        QCOMPARE(severityName(np.finding.severity), QStringLiteral("warning"));
        QCOMPARE(np.finding.actual, Decimal::fromInteger(carriedOver));
        QCOMPARE(np.finding.expected, Decimal::fromInteger(previousForward));
        if (status == u"fail") {
            QVERIFY(np.finding.zh.contains(QStringLiteral("2023年")));
            QVERIFY(np.finding.zh.contains(QStringLiteral("2022年")));
            QVERIFY(!np.finding.en.isEmpty());
            QCOMPARE(ofRule(CrossYearValidator::problems({&cur, &prev}), chainRule).size(),
                     2); // natural_person and total
        } else {
            QVERIFY(ofRule(CrossYearValidator::problems({&cur, &prev}), chainRule).isEmpty());
        }
    }

    void pairsOnlyConsecutiveYearsOfOneAgency() {
        const Report a2021 = report(QStringLiteral("甲局"), 2021, 0, 5);
        const Report a2023 = report(QStringLiteral("甲局"), 2023, 1, 0);
        const Report b2022 = report(QStringLiteral("乙局"), 2022, 9, 0);
        const Report noAgency = report(QString(), 2022, 9, 0);
        QVERIFY(CrossYearValidator::validate({&a2021, &a2023, &b2022, &noAgency}).isEmpty());
        const Report a2022 = report(QStringLiteral("甲局"), 2022, 5, 1);
        const auto all = CrossYearValidator::validate({&a2021, &a2023, &b2022, &a2022});
        const auto chain = ofRule(all, QStringLiteral("X_T2_CARRY_CHAIN"));
        QCOMPARE(chain.size(), 14); // 2021→22, 2022→23
        for (const CrossYearFinding &x : chain)
            QCOMPARE(findingStatusName(x.finding.status), QStringLiteral("pass"));
    }

    void nullsAndEditions() {
        Report prev = report(QStringLiteral("甲局"), 2020, 0, 4); // 2019 edition
        Report cur = report(QStringLiteral("甲局"), 2021, 4, 0);
        prev.cell(t2(QStringLiteral("carry_forward"), QStringLiteral("other_org"))).value.reset();
        cur.cell(t2(QStringLiteral("carried_over"), QStringLiteral("other_org"))).value.reset();
        prev.cell(t2(QStringLiteral("carry_forward"), QStringLiteral("legal_service_org")))
            .value.reset();
        const auto chain =
            ofRule(CrossYearValidator::validate({&prev, &cur}), QStringLiteral("X_T2_CARRY_CHAIN"));
        QCOMPARE(chain.size(), 7); // both editions have the rule
        QHash<QString, QString> byKey;
        for (const CrossYearFinding &x : chain)
            byKey.insert(x.currentKeys.first(), findingStatusName(x.finding.status));
        QCOMPARE(byKey.value(t2(QStringLiteral("carried_over"), QStringLiteral("other_org"))),
                 QStringLiteral("empty"));
        QCOMPARE(
            byKey.value(t2(QStringLiteral("carried_over"), QStringLiteral("legal_service_org"))),
            QStringLiteral("unverifiable"));
        QCOMPARE(byKey.value(t2(QStringLiteral("carried_over"), QStringLiteral("natural_person"))),
                 QStringLiteral("pass"));
        // X_T1_IN_FORCE_CHAIN_2021 is 2021-only: not evaluated against a 2019-edition year.
        QVERIFY(ofRule(CrossYearValidator::validate({&prev, &cur}),
                       QStringLiteral("X_T1_IN_FORCE_CHAIN_2021"))
                    .isEmpty());
    }

    void inForceChain() {
        Report prev = report(QStringLiteral("甲局"), 2022, 0, 0);
        Report cur = report(QStringLiteral("甲局"), 2023, 0, 0);
        // sample 003: normative docs issued 0, repealed 4, in force 12 → last year 16 in force.
        set(prev, QStringLiteral("t1.r.normative_docs.c.in_force"), 16);
        auto findings = ofRule(CrossYearValidator::validate({&prev, &cur}),
                               QStringLiteral("X_T1_IN_FORCE_CHAIN_2021"));
        QCOMPARE(findings.size(), 2); // regulations, normative_docs
        for (const CrossYearFinding &x : findings) {
            QCOMPARE(findingStatusName(x.finding.status), QStringLiteral("pass"));
            QCOMPARE(severityName(x.finding.severity), QStringLiteral("info"));
        }
        set(prev, QStringLiteral("t1.r.normative_docs.c.in_force"), 15);
        findings = ofRule(CrossYearValidator::problems({&prev, &cur}),
                          QStringLiteral("X_T1_IN_FORCE_CHAIN_2021"));
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings[0].currentKeys,
                 (QStringList{QStringLiteral("t1.r.normative_docs.c.in_force"),
                              QStringLiteral("t1.r.normative_docs.c.issued"),
                              QStringLiteral("t1.r.normative_docs.c.repealed")}));
        QCOMPARE(findings[0].finding.actual, Decimal::fromInteger(12));
        QCOMPARE(findings[0].finding.expected, Decimal::fromInteger(11));
    }
};

QTEST_GUILESS_MAIN(TestCrossYear)
#include "tst_crossyear.moc"
