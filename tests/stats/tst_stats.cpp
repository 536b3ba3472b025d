// app/stats: every measure by hand-computed values on the five Hebei 工信厅 reports of
// tests/data/real (2019–2023, both editions) and on generated reports of both editions; a blank
// 总计; open errors; aggregates with a gap year; the stats JSON; the carry chain broken in each of
// its seven columns.
#include "extract/extractor.h"
#include "extract/testdocument.h"
#include "model/agencykey.h"
#include "stats/agencyseries.h"
#include "stats/measure.h"
#include "stats/reportstats.h"
#include "stats/statsjson.h"
#include "stats/yearaggregate.h"
#include "validate/crossyearvalidator.h"
#include "validate/reportfactory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <algorithm>

using namespace reportfactory;

namespace {

const char *const Agency = "河北省工业和信息化厅";

/// The Hebei report of `year`, extracted from its text. The 2022 and 2023 pages do not print
/// the agency (truth: agency_in_text false); the auditor sets it, as in the desk.
Report hebei(int year) {
    const QString file = QStringLiteral(NIANBAO_TEST_DATA "/real/%1_hebei-gxt_%2.txt")
                             .arg(2023 - year + 1, 3, 10, QLatin1Char('0'))
                             .arg(year);
    Report r = Extractor::extract(TestDocument::fromFile(file));
    r.meta.agency = QString::fromUtf8(Agency);
    r.meta.agencyKey = AgencyKey::fromAgency(r.meta.agency);
    return r;
}

/// The value of a measure as text ("null" when none), for QCOMPARE.
QString valueOf(const StatsPoint &p, const char *id) {
    const int m = Measures::indexOf(QLatin1String(id));
    if (m < 0)
        return QStringLiteral("unknown measure");
    const auto &v = p.values[m].value;
    return v ? v->toString() : QStringLiteral("null");
}

bool uncertainAt(const StatsPoint &p, const char *id, const QString &key, UncertainReason why) {
    const int m = Measures::indexOf(QLatin1String(id));
    for (const UncertainCell &u : p.values[m].uncertain)
        if (u.key == key && u.reason == why)
            return true;
    return false;
}

StatsPoint pointOf(Report r, const QString &agency, int year, qint64 id) {
    r.meta.agency = agency;
    r.meta.year = year;
    StatsPoint p = ReportStats::point(r);
    p.reportId = id;
    p.report = QStringLiteral("%1-%2.txt").arg(agency).arg(year);
    p.agencyKey = AgencyKey::fromAgency(agency);
    return p;
}

const QStringList &sevenColumns() {
    static const QStringList cols{QStringLiteral("natural_person"),
                                  QStringLiteral("commercial_enterprise"),
                                  QStringLiteral("research_institution"),
                                  QStringLiteral("social_welfare_org"),
                                  QStringLiteral("legal_service_org"),
                                  QStringLiteral("other_org"),
                                  QStringLiteral("total")};
    return cols;
}

} // namespace

class TestStats : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // The five years of one department against the truth files, summed by hand:
    // 2023: 新收 8+1+1 = 10; 予以公开 3+1 = 4; 部分公开 2; 无法提供 = 本机关不掌握 3+1 = 4;
    //       （七）总计 10; 复议 1 (维持 0); 诉讼 直接 3 + 复议后 1 = 4 (维持 3+0).
    // 2022: 新收 12+1+1 = 14; 予以公开 3+1+1 = 5; 部分公开 1; 无法提供 8; 总计 14;
    //       复议 1 (维持 1); 诉讼 0 + 1 = 1 (维持 0+1).
    // 2021: 新收 4; 予以公开 3; 部分公开 1; 总计 4; every other row printed 0.
    // 2020 (2019 edition): 新收 1, 部分公开 1, 总计 1. 2019: 新收 2, 予以公开 2, 总计 2; the
    // other rows are blank in the page (null, not 0) and the figures rest on cells the extractor
    // could not place for certain (uncertain).
    void hebeiFiveYears_data() {
        QTest::addColumn<int>("year");
        QTest::addColumn<QString>("edition");
        QTest::addColumn<QStringList>("expected"); // id=value
        auto row = [](int year, const char *edition, QStringList values) {
            QTest::newRow(qPrintable(QString::number(year)))
                << year << QString::fromLatin1(edition) << values;
        };
        row(2023, "2021",
            {"new_received=10", "carried_over=0", "granted=4", "partially_granted=2", "denied=0",
             "unable=4", "not_processed=0", "other_handling=0", "results_total=10",
             "carry_forward=0", "review_total=1", "litigation_total=4", "unable_not_held=4",
             "applicant_natural=8", "applicant_organisations=2", "review_maintained=0",
             "litigation_maintained=3", "denied_state_secret=0", "other_other=0"});
        row(2022, "2021",
            {"new_received=14", "carried_over=0", "granted=5", "partially_granted=1", "denied=0",
             "unable=8", "not_processed=0", "other_handling=0", "results_total=14",
             "carry_forward=0", "review_total=1", "litigation_total=1", "unable_not_held=8",
             "applicant_natural=12", "applicant_organisations=2", "review_maintained=1",
             "litigation_maintained=1"});
        row(2021, "2021",
            {"new_received=4", "carried_over=0", "granted=3", "partially_granted=1", "denied=0",
             "unable=0", "not_processed=0", "other_handling=0", "results_total=4",
             "carry_forward=0", "review_total=0", "litigation_total=0", "applicant_natural=4",
             "applicant_organisations=0"});
        row(2020, "2019",
            {"new_received=1", "carried_over=null", "granted=null", "partially_granted=1",
             "denied=null", "other_handling=null", "results_total=1", "carry_forward=null"});
        row(2019, "2019",
            {"new_received=2", "carried_over=null", "granted=2", "partially_granted=null",
             "results_total=2", "carry_forward=null"});
    }
    void hebeiFiveYears() {
        QFETCH(int, year);
        QFETCH(QString, edition);
        QFETCH(QStringList, expected);
        const Report r = hebei(year);
        QCOMPARE(r.meta.year, year);
        QCOMPARE(editionName(r.meta.edition), edition);
        const StatsPoint p = ReportStats::point(r);
        QCOMPARE(p.values.size(), Measures::all().size());
        for (const QString &e : expected) {
            const QString id = e.section(u'=', 0, 0);
            QCOMPARE(QStringLiteral("%1=%2").arg(id, valueOf(p, qPrintable(id))), e);
        }
        // The fully printed 2021 edition years rest on read cells only; the 2019 pages do not.
        QCOMPARE(p.uncertain().isEmpty(), edition == u"2021");
    }

    void hebeiSeries() {
        QVector<StatsPoint> points;
        for (int year = 2019; year <= 2023; ++year) {
            StatsPoint p = ReportStats::point(hebei(year));
            p.reportId = year;
            points << p;
        }
        const QVector<AgencySeries> series = AgencySeriesBuilder::build(points);
        QCOMPARE(series.size(), 1);
        QCOMPARE(series[0].points.size(), 5);
        QVERIFY(series[0].gapYears().isEmpty());
        const QVector<YearPoint> years = YearAggregate::build(series);
        QCOMPARE(years.size(), 5);
        const int total = Measures::indexOf(QStringLiteral("results_total"));
        const int granted = Measures::indexOf(QStringLiteral("granted"));
        QStringList totals;
        for (const YearPoint &y : years)
            totals << QStringLiteral("%1:%2").arg(y.year).arg(y.values[total].value->toString());
        QCOMPARE(totals, QStringList({"2019:2", "2020:1", "2021:4", "2022:14", "2023:10"}));
        // 予以公开 in 2022: 5 of 14.
        QCOMPARE(YearAggregate::share(years[3], granted, total).value(), 5.0 / 14.0);
    }

    // Generated reports, every cell 1: a row's 总计 is 1, a category is the number of its items.
    void bothEditionsByHand_data() {
        QTest::addColumn<int>("edition");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("2019") << int(Edition::E2019)
                              << QStringList{"new_received=1",
                                             "carried_over=1",
                                             "granted=1",
                                             "partially_granted=1",
                                             "denied=8",
                                             "unable=3",
                                             "not_processed=5",
                                             "other_handling=1",
                                             "results_total=1",
                                             "carry_forward=1",
                                             "review_total=1",
                                             "litigation_total=2",
                                             "applicant_natural=1",
                                             "applicant_organisations=5",
                                             "review_pending=1",
                                             "litigation_pending=2",
                                             "other_other=null"};
        QTest::newRow("2021") << int(Edition::E2021)
                              << QStringList{"new_received=1",
                                             "carried_over=1",
                                             "granted=1",
                                             "partially_granted=1",
                                             "denied=8",
                                             "unable=3",
                                             "not_processed=5",
                                             "other_handling=3",
                                             "results_total=1",
                                             "carry_forward=1",
                                             "review_total=1",
                                             "litigation_total=2",
                                             "applicant_natural=1",
                                             "applicant_organisations=5",
                                             "other_other=1",
                                             "other_fee_unpaid=1"};
    }
    void bothEditionsByHand() {
        QFETCH(int, edition);
        QFETCH(QStringList, expected);
        const StatsPoint p = ReportStats::point(filled(Edition(edition), 1));
        for (const QString &e : expected) {
            const QString id = e.section(u'=', 0, 0);
            QCOMPARE(QStringLiteral("%1=%2").arg(id, valueOf(p, qPrintable(id))), e);
        }
        QVERIFY(p.uncertain().isEmpty());
        // Every category is the sum of its items, in both editions.
        for (const char *category : {"denied", "unable", "not_processed"}) {
            Decimal sum;
            for (int item : Measures::itemsOf(QLatin1String(category)))
                sum = *Decimal::add(sum, *p.values[item].value);
            QCOMPARE(valueOf(p, category), sum.toString());
        }
    }

    void blankTotalIsTheSumOfTheApplicantColumnsMarked() {
        Report r = sample003();
        set(r, t2(QStringLiteral("granted"), QStringLiteral("total")), std::nullopt);
        set(r, t2(QStringLiteral("granted"), QStringLiteral("commercial_enterprise")), 3);
        const StatsPoint p = ReportStats::point(r);
        QCOMPARE(valueOf(p, "granted"), QStringLiteral("7")); // 4 natural + 3 commercial
        QVERIFY(uncertainAt(p, "granted", QStringLiteral("t2.r.granted.c.total"),
                            UncertainReason::BlankTotal));
        // A row with nothing printed has no value (null, not 0), and is not marked.
        for (const QString &col : sevenColumns())
            set(r, t2(QStringLiteral("partially_granted"), col), std::nullopt);
        const StatsPoint q = ReportStats::point(r);
        QCOMPARE(valueOf(q, "partially_granted"), QStringLiteral("null"));
        QVERIFY(
            q.values[Measures::indexOf(QStringLiteral("partially_granted"))].uncertain.isEmpty());
        // A blank table-3 total is the sum of its four results.
        set(r, QStringLiteral("t3.r.cases.c.review_total"), std::nullopt);
        set(r, QStringLiteral("t3.r.cases.c.review_pending"), 2);
        const StatsPoint t = ReportStats::point(r);
        QCOMPARE(valueOf(t, "review_total"), QStringLiteral("3"));
        QVERIFY(uncertainAt(t, "review_total", QStringLiteral("t3.r.cases.c.review_total"),
                            UncertainReason::BlankTotal));
    }

    void suspectInferredAndOpenErrorCellsAreUncertain() {
        Report r = sample003();
        r.cell(t2(QStringLiteral("granted"), QStringLiteral("total"))).status = CellStatus::Suspect;
        r.cell(t2(QStringLiteral("carry_forward"), QStringLiteral("total"))).status =
            CellStatus::Inferred;
        const int newTotal = r.spec().indexOf(t2(QStringLiteral("new_received"), u"total"_qs));
        const StatsPoint p = ReportStats::point(r, {newTotal});
        QVERIFY(uncertainAt(p, "granted", QStringLiteral("t2.r.granted.c.total"),
                            UncertainReason::Suspect));
        QVERIFY(uncertainAt(p, "carry_forward", QStringLiteral("t2.r.carry_forward.c.total"),
                            UncertainReason::Inferred));
        QVERIFY(uncertainAt(p, "new_received", QStringLiteral("t2.r.new_received.c.total"),
                            UncertainReason::OpenError));
        QVERIFY(
            p.values[Measures::indexOf(QStringLiteral("partially_granted"))].uncertain.isEmpty());
        QCOMPARE(valueOf(p, "granted"), QStringLiteral("4")); // the value is kept, only marked
        QCOMPARE(p.uncertain().size(), 3);
    }

    // Two agencies summed per year, with the count of reports behind each figure; a year no
    // agency reported is a gap, never filled.
    void aggregateWithGapYear() {
        const QString a = QStringLiteral("甲区人民政府办公室"),
                      b = QStringLiteral("乙区人民政府办公室");
        QVector<StatsPoint> points{pointOf(filled(Edition::E2021, 1), a, 2021, 1),
                                   pointOf(filled(Edition::E2021, 2), b, 2021, 2),
                                   pointOf(filled(Edition::E2021, 3), a, 2023, 3)};
        QVector<StatsPoint> skipped;
        QVector<StatsPoint> all = points;
        all << pointOf(filled(Edition::E2021, 9), a, 0, 4); // no year: left out, said
        const QVector<AgencySeries> series = AgencySeriesBuilder::build(all, &skipped);
        QCOMPARE(series.size(), 2);
        QCOMPARE(skipped.size(), 1);
        const QVector<YearPoint> years = YearAggregate::build(series);
        QCOMPARE(years.size(), 3);
        const int total = Measures::indexOf(QStringLiteral("results_total"));
        QCOMPARE(years[0].year, 2021);
        QCOMPARE(years[0].values[total].value->toString(), QStringLiteral("3"));
        QCOMPARE(years[0].values[total].reports, 2);
        QVector<qint64> ids = years[0].reportIds; // in the agencies' key order
        std::sort(ids.begin(), ids.end());
        QCOMPARE(ids, QVector<qint64>({1, 2}));
        QCOMPARE(years[1].year, 2022);
        QVERIFY(years[1].isGap());
        QVERIFY(!years[1].values[total].value);
        QCOMPARE(years[2].values[total].value->toString(), QStringLiteral("3"));
        QCOMPARE(years[2].values[total].reports, 1);
        const AgencySeries &ofA = series[0].agency == a ? series[0] : series[1];
        QCOMPARE(ofA.agency, a);
        QCOMPARE(ofA.gapYears(), QVector<int>{2022});
    }

    void statsJsonKeysAsTheIssueWritesThem() {
        QVector<StatsPoint> points{
            pointOf(filled(Edition::E2019, 2), QStringLiteral("甲区"), 2020, 1)};
        Report blank = filled(Edition::E2021, 1);
        set(blank, t2(QStringLiteral("granted"), QStringLiteral("total")), std::nullopt);
        points << pointOf(blank, QStringLiteral("甲区"), 2021, 2);
        const QJsonObject root =
            QJsonDocument::fromJson(StatsJson::write(AgencySeriesBuilder::build(points))).object();
        QCOMPARE(root.keys(), QStringList{QStringLiteral("agencies")});
        const QJsonObject agency = root[u"agencies"].toArray().first().toObject();
        QCOMPARE(agency[u"agency"].toString(), QStringLiteral("甲区"));
        QVERIFY(agency.contains(u"agency_key"));
        const QJsonArray years = agency[u"years"].toArray();
        QCOMPARE(years.size(), 2);
        QStringList keys{"year",
                         "edition",
                         "report",
                         "new_received",
                         "carried_over",
                         "granted",
                         "partially_granted",
                         "denied",
                         "unable",
                         "not_processed",
                         "other_handling",
                         "results_total",
                         "carry_forward",
                         "review_total",
                         "litigation_total",
                         "uncertain"};
        QStringList sorted = keys;
        sorted.sort();
        QCOMPARE(years[0].toObject().keys(), sorted);
        // Keys in the issue's order in the text itself.
        const QByteArray text = StatsJson::write(AgencySeriesBuilder::build(points));
        qsizetype at = 0;
        for (const QString &k : keys) {
            const qsizetype next = text.indexOf("\"" + k.toUtf8() + "\"", at);
            QVERIFY2(next > at, qPrintable(k));
            at = next;
        }
        const QJsonObject y2020 = years[0].toObject(), y2021 = years[1].toObject();
        QCOMPARE(y2020[u"edition"].toString(), QStringLiteral("2019"));
        QVERIFY(y2020[u"denied"].isDouble());   // integers as numbers
        QCOMPARE(y2020[u"denied"].toInt(), 16); // 8 items × 2
        QCOMPARE(y2020[u"litigation_total"].toInt(), 4);
        QCOMPARE(y2021[u"granted"].toInt(), 6); // blank 总计: six columns of 1
        QCOMPARE(y2021[u"uncertain"].toArray().first().toString(),
                 QStringLiteral("t2.r.granted.c.total"));
    }

    // A chain of three years; one link broken in each of the seven columns in turn: exactly
    // that column's carry-chain finding fails, the other six and the other year pass.
    void carryChainBrokenInEachColumn_data() {
        QTest::addColumn<QString>("column");
        for (const QString &c : sevenColumns())
            QTest::newRow(qPrintable(c)) << c;
    }
    void carryChainBrokenInEachColumn() {
        QFETCH(QString, column);
        const QString agency = QStringLiteral("市中区人民政府办公室");
        QVector<Report> chain;
        for (int year = 2021; year <= 2023; ++year) {
            Report r = filled(Edition::E2021, 0);
            r.meta.agency = agency;
            r.meta.year = year;
            for (const QString &c : sevenColumns()) {
                set(r, t2(QStringLiteral("carried_over"), c), year - 2020);
                set(r, t2(QStringLiteral("carry_forward"), c), year - 2019);
            }
            chain << r;
        }
        set(chain[2], t2(QStringLiteral("carried_over"), column), 7); // 2022 carried 3 forward
        const QVector<const Report *> reports{&chain[0], &chain[1], &chain[2]};
        int fails = 0, passes = 0;
        for (const CrossYearFinding &x : CrossYearValidator::validate(reports)) {
            if (x.finding.rule != u"X_T2_CARRY_CHAIN")
                continue;
            if (x.finding.status == FindingStatus::Fail) {
                ++fails;
                QCOMPARE(x.current, 2);
                QCOMPARE(x.previous, 1);
                QCOMPARE(x.currentKeys, QStringList{t2(QStringLiteral("carried_over"), column)});
                QCOMPARE(x.previousKeys, QStringList{t2(QStringLiteral("carry_forward"), column)});
                QCOMPARE(x.finding.actual, Decimal::fromInteger(7));
                QCOMPARE(x.finding.expected, Decimal::fromInteger(3));
            } else {
                QCOMPARE(findingStatusName(x.finding.status), QStringLiteral("pass"));
                ++passes;
            }
        }
        QCOMPARE(fails, 1);
        QCOMPARE(passes, 13); // 2 pairs × 7 columns, less the broken one
    }

    void gapYearIsSaidNotGuessed() {
        Report a = filled(Edition::E2021, 1), c = filled(Edition::E2021, 1);
        a.meta.agency = c.meta.agency = QStringLiteral("市中区人民政府办公室");
        a.meta.year = 2020;
        c.meta.year = 2022;
        for (const CrossYearFinding &x : CrossYearValidator::validate({&a, &c}))
            QVERIFY(x.finding.rule != u"X_T2_CARRY_CHAIN"); // never compared with 2020
        const QVector<QVector<Finding>> sets = CrossYearValidator::findingsOfSet(
            {CrossYearValidator::slice(a), CrossYearValidator::slice(c)});
        QCOMPARE(sets.size(), 2);
        auto gapOf = [](const QVector<Finding> &fs) {
            for (const Finding &f : fs)
                if (f.rule == QLatin1String(CrossYearValidator::GapRule))
                    return f;
            return Finding();
        };
        QCOMPARE(findingStatusName(gapOf(sets[0]).status), QStringLiteral("empty"));
        const Finding gap = gapOf(sets[1]);
        QCOMPARE(findingStatusName(gap.status), QStringLiteral("unverifiable"));
        QVERIFY(gap.zh.contains(QStringLiteral("2021")));
        QVERIFY(gap.zh.contains(QStringLiteral("2020")));
        for (const Finding &f : sets[1]) // no chain figure is compared across the gap
            if (f.rule == u"X_T2_CARRY_CHAIN")
                QCOMPARE(findingStatusName(f.status), QStringLiteral("empty"));
    }
};

QTEST_GUILESS_MAIN(TestStats)
#include "tst_stats.moc"
