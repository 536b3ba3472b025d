// The JSON object of a checked report: exactly the shape of issue 2, plus the documented extras.

#include "export/reportjson.h"
#include "export/reportjsonwriter.h"
#include "validate/reportfactory.h"
#include "validate/validatedreport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace reportfactory;

namespace {

QStringList sortedKeys(const QJsonObject &o) {
    QStringList keys = o.keys();
    keys.sort();
    return keys;
}

QByteArray compact(const QJsonValue &v) {
    return QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
}

SourceDocument document() {
    SourceDocument doc;
    doc.fileName = QStringLiteral("003.txt");
    doc.format = QStringLiteral("txt");
    doc.encoding = QStringLiteral("UTF-8");
    return doc;
}

/// The first path where two JSON values differ ("" when equal), for a readable failure.
QString firstDifference(const QJsonValue &a, const QJsonValue &b, const QString &path = {}) {
    if (a.type() != b.type())
        return path + QStringLiteral(" (type)");
    if (a.isObject()) {
        const QJsonObject x = a.toObject(), y = b.toObject();
        QStringList keys = x.keys() + y.keys();
        keys.removeDuplicates();
        for (const QString &k : keys) {
            const QString d = firstDifference(x.value(k), y.value(k), path + u'/' + k);
            if (!d.isEmpty())
                return d;
        }
        return {};
    }
    if (a.isArray()) {
        const QJsonArray x = a.toArray(), y = b.toArray();
        if (x.size() != y.size())
            return path + QStringLiteral(" (length)");
        for (int i = 0; i < x.size(); ++i) {
            const QString d = firstDifference(x[i], y[i], path + u'/' + QString::number(i));
            if (!d.isEmpty())
                return d;
        }
        return {};
    }
    return a == b ? QString() : path + u' ' + compact(a) + QStringLiteral(" vs ") + compact(b);
}

} // namespace

class TestReportJson : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shape() {
        ValidatedReport vr(sample003());
        vr.setValue(QStringLiteral("t2.r.granted.c.natural_person"), Decimal::fromInteger(5));
        const SourceDocument doc = document();
        const QJsonObject o = ReportJson::reportObject(QStringLiteral("dir/003.txt"), &doc, vr);

        for (const char *key : {"file", "ok", "error", "format", "encoding", "agency", "year",
                                "edition", "tables", "cells", "findings", "summary"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QCOMPARE(o.value(u"file").toString(), QStringLiteral("dir/003.txt"));
        QCOMPARE(o.value(u"ok").toBool(), true);
        QVERIFY(o.value(u"error").isNull());
        QCOMPARE(o.value(u"format").toString(), QStringLiteral("txt"));
        QCOMPARE(o.value(u"encoding").toString(), QStringLiteral("UTF-8"));
        QCOMPARE(o.value(u"agency").toString(), QStringLiteral("市中区人民政府办公室"));
        QCOMPARE(compact(o.value(u"year")), QByteArray("[2023]"));
        QCOMPARE(o.value(u"edition").toString(), QStringLiteral("2021"));
        QCOMPARE(sortedKeys(o.value(u"tables").toObject()),
                 (QStringList{QStringLiteral("t1"), QStringLiteral("t2"), QStringLiteral("t3")}));
        QCOMPARE(o.value(u"tables").toObject().value(u"t2").toString(), QStringLiteral("found"));

        // Every key of the edition, each with the five fields.
        const QJsonObject cells = o.value(u"cells").toObject();
        const EditionSpec &spec = vr.report().spec();
        QCOMPARE(cells.size(), spec.cellCount());
        for (const CellSpec &c : spec.cells) {
            const QJsonObject cell = cells.value(c.key).toObject();
            QCOMPARE(sortedKeys(cell),
                     (QStringList{QStringLiteral("anchor"), QStringLiteral("note"),
                                  QStringLiteral("raw"), QStringLiteral("status"),
                                  QStringLiteral("value")}));
        }
        const QJsonObject granted = cells.value(u"t2.r.granted.c.natural_person").toObject();
        QCOMPARE(compact(granted.value(u"value")), QByteArray("[5]")); // an integer, not 5.0
        QCOMPARE(granted.value(u"status").toString(), QStringLiteral("edited"));
        QVERIFY(granted.value(u"note").isNull());
        QVERIFY(granted.value(u"anchor").isNull()); // no source position in this fixture

        // The problems only, in spec order, with all the fields.
        const QJsonArray findings = o.value(u"findings").toArray();
        QCOMPARE(findings.size(), 2);
        const QJsonObject row = findings[0].toObject();
        QCOMPARE(sortedKeys(row), (QStringList{QStringLiteral("actual"), QStringLiteral("cells"),
                                               QStringLiteral("expected"), QStringLiteral("id"),
                                               QStringLiteral("message"), QStringLiteral("rule"),
                                               QStringLiteral("severity"), QStringLiteral("status"),
                                               QStringLiteral("suggestion")}));
        QCOMPARE(row.value(u"rule").toString(), QStringLiteral("T2_ROW_TOTAL_2021"));
        QCOMPARE(row.value(u"id").toString(),
                 QStringLiteral("T2_ROW_TOTAL_2021:t2.r.granted.c.total"));
        QCOMPARE(row.value(u"status").toString(), QStringLiteral("fail"));
        QCOMPARE(row.value(u"severity").toString(), QStringLiteral("error"));
        const QJsonArray rowCells = row.value(u"cells").toArray();
        QCOMPARE(rowCells.size(), 7);
        QCOMPARE(rowCells[0].toString(), QStringLiteral("t2.r.granted.c.total")); // lhs first
        QCOMPARE(rowCells[1].toString(), QStringLiteral("t2.r.granted.c.natural_person"));
        QCOMPARE(compact(row.value(u"expected")), QByteArray("[5]"));
        QCOMPARE(compact(row.value(u"actual")), QByteArray("[4]"));
        const QJsonObject suggestion = row.value(u"suggestion").toObject();
        QCOMPARE(suggestion.value(u"cell").toString(),
                 QStringLiteral("t2.r.granted.c.natural_person"));
        QCOMPARE(compact(suggestion.value(u"value")), QByteArray("[4]"));
        QCOMPARE(row.value(u"message").toObject().value(u"zh").toString(),
                 QStringLiteral("（一）予以公开：总计 4 ≠ 各列之和 5"));
        QVERIFY(!row.value(u"message").toObject().value(u"en").toString().isEmpty());
        QCOMPARE(findings[1].toObject().value(u"rule").toString(),
                 QStringLiteral("T2_RESULTS_TOTAL_2021"));

        const QJsonObject summary = o.value(u"summary").toObject();
        QCOMPARE(summary.value(u"fail").toInt(), 2);
        QCOMPARE(summary.value(u"errors").toInt(), 2);
        QCOMPARE(summary.value(u"pass").toInt() + summary.value(u"fail").toInt() +
                     summary.value(u"unverifiable").toInt() + summary.value(u"empty").toInt(),
                 vr.instanceCount());
        const QJsonObject cellCounts = summary.value(u"cells").toObject();
        QCOMPARE(cellCounts.value(u"edited").toInt(), 1);
        QCOMPARE(cellCounts.value(u"read").toInt(), spec.cellCount() - 1);
        // Without options there is no decision field.
        QVERIFY(!row.contains(u"decision"));
    }

    void values_data() {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value"); // "" = null
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("integer") << "t1.r.normative_docs.c.in_force"
                                 << "12" << QByteArray("[12]");
        QTest::newRow("zero") << "t2.r.granted.c.other_org"
                              << "0" << QByteArray("[0]");
        // 万元 amounts are exact decimal text, whole or not (one number policy for every output).
        QTest::newRow("decimal") << "t1.r.admin_fees.c.fee_amount"
                                 << "6944.93" << QByteArray("[\"6944.93\"]");
        QTest::newRow("decimal-six-places") << "t1.r.admin_fees.c.fee_amount"
                                            << "0.000001" << QByteArray("[\"0.000001\"]");
        QTest::newRow("decimal-whole") << "t1.r.admin_fees.c.fee_amount"
                                       << "12" << QByteArray("[\"12\"]");
        QTest::newRow("null") << "t3.r.cases.c.review_other"
                              << "" << QByteArray("[null]");
        QTest::newRow("large") << "t2.r.granted.c.total"
                               << "123456789012" << QByteArray("[123456789012]");
    }
    void values() {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QByteArray, json);
        Report r = sample003();
        r.cell(key).value = value.isEmpty() ? std::nullopt : Decimal::parse(value);
        r.cell(key).note = QStringLiteral("原文单位：元");
        r.cell(key).anchor.start = 120;
        r.cell(key).anchor.length = 3;
        const QJsonObject o =
            ReportJson::reportObject(QStringLiteral("f"), nullptr, ValidatedReport(r));
        const QJsonObject cell = o.value(u"cells").toObject().value(key).toObject();
        QCOMPARE(compact(cell.value(u"value")), json);
        QCOMPARE(cell.value(u"note").toString(), QStringLiteral("原文单位：元"));
        QCOMPARE(cell.value(u"anchor").toObject().value(u"start").toInt(), 120);
        QCOMPARE(cell.value(u"anchor").toObject().value(u"length").toInt(), 3);
        // Round trip of the value.
        QCOMPARE(ReportJson::valueFromJson(cell.value(u"value")),
                 value.isEmpty() ? std::nullopt : Decimal::parse(value));
        // No document: format and encoding are null.
        QVERIFY(o.value(u"format").isNull());
        QVERIFY(o.value(u"encoding").isNull());
    }

    /// The workspace's additions: a decision per finding by stable id, and decorated cells.
    void workspaceOptions() {
        ValidatedReport vr(sample003());
        vr.setValue(QStringLiteral("t2.r.granted.c.natural_person"), Decimal::fromInteger(5));
        ReportJsonOptions options;
        options.decisions.insert(QStringLiteral("T2_ROW_TOTAL_2021:t2.r.granted.c.total"),
                                 QStringLiteral("confirmed"));
        options.decorateCell = [](int cell, QJsonObject &o) {
            if (o.value(u"status").toString() == u"edited")
                o.insert(QStringLiteral("edited"), QJsonObject{{QStringLiteral("cell"), cell}});
        };
        int decorated = 0;
        options.decorateFinding = [&](const Finding &, QJsonObject &) { ++decorated; };
        const QJsonObject o = ReportJson::reportObject(QStringLiteral("f"), nullptr, vr, options);
        const QJsonArray findings = o.value(u"findings").toArray();
        QCOMPARE(findings[0].toObject().value(u"decision").toString(), QStringLiteral("confirmed"));
        QVERIFY(findings[1].toObject().value(u"decision").isNull());
        QCOMPARE(decorated, 2);
        const QJsonObject cells = o.value(u"cells").toObject();
        QVERIFY(cells.value(u"t2.r.granted.c.natural_person").toObject().contains(u"edited"));
        QVERIFY(!cells.value(u"t2.r.granted.c.total").toObject().contains(u"edited"));
        options.allFindings = true;
        QCOMPARE(ReportJson::reportObject(QStringLiteral("f"), nullptr, vr, options)
                     .value(u"findings")
                     .toArray()
                     .size(),
                 vr.findings().size());
    }

    void extras() {
        Report r = sample003();
        r.meta.agencySource = QStringLiteral("title");
        r.meta.editionBasis = QStringLiteral("labels+year");
        Cell other;
        other.value = Decimal::fromInteger(2);
        other.status = CellStatus::Read;
        r.extraCells.insert(QStringLiteral("t2.r.other_handling.c.total"), other);
        const QJsonObject o =
            ReportJson::reportObject(QStringLiteral("f"), nullptr, ValidatedReport(r));
        QCOMPARE(o.value(u"agency_source").toString(), QStringLiteral("title"));
        QCOMPARE(o.value(u"edition_mixed").toBool(), false);
        QCOMPARE(compact(o.value(u"extra_cells")
                             .toObject()
                             .value(u"t2.r.other_handling.c.total")
                             .toObject()
                             .value(u"value")),
                 QByteArray("[2]"));
        r.meta.year = 0;
        r.meta.agency.clear();
        const QJsonObject unknown =
            ReportJson::reportObject(QStringLiteral("f"), nullptr, ValidatedReport(r));
        QVERIFY(unknown.value(u"year").isNull());
        QVERIFY(unknown.value(u"agency").isNull());
    }

    void errorObject() {
        const QJsonObject o =
            ReportJson::errorObject(QStringLiteral("junk.bin"),
                                    QStringLiteral("junk.bin: 不是文本文件\n/ not a text file"));
        QCOMPARE(sortedKeys(o), (QStringList{QStringLiteral("error"), QStringLiteral("file"),
                                             QStringLiteral("ok")}));
        QCOMPARE(o.value(u"ok").toBool(true), false);
        QCOMPARE(o.value(u"error").toString(),
                 QStringLiteral("junk.bin: 不是文本文件 / not a text file"));
    }

    /// The direct writer of `check --json` writes the very object ReportJson builds: random
    /// reports, decimals, extra cells, anchors with pages, hostile text.
    void writerMatchesObject() {
        QRandomGenerator rng(12);
        for (int round = 0; round < 60; ++round) {
            const Edition edition = round % 2 ? Edition::E2019 : Edition::E2021;
            Report r = round == 0 ? sample003() : consistent(edition, rng, 40);
            for (int k = 0; k < 8; ++k) { // break some rules, add decimals and nulls
                Cell &c = r.cells[int(rng.bounded(r.cells.size()))];
                const int kind = int(rng.bounded(4));
                c.value = kind == 0   ? std::nullopt
                          : kind == 1 ? std::optional(Decimal::fromMicros(rng.bounded(9'000'000)))
                                      : std::optional(Decimal::fromInteger(rng.bounded(500)));
                c.status = c.value ? CellStatus::Suspect : CellStatus::Placeholder;
                c.raw = QStringLiteral("“原文”\t\x01\u202e") + QChar(0xd800); // lone surrogate
                c.note = kind == 3 ? QStringLiteral("注\n") : QString();
                c.anchor.start = int(rng.bounded(1000));
                c.anchor.length = 2;
                c.anchor.page = kind == 2 ? 3 : -1;
                c.anchor.rect = QRectF(0.125, 0.5, 0.25, 0.0625);
            }
            r.meta.agency = QStringLiteral("某局 \"引号\" \\ 😀");
            Cell other;
            other.value = Decimal::fromInteger(2);
            other.status = CellStatus::Read;
            r.extraCells.insert(QStringLiteral("t2.r.other_handling.c.total"), other);
            SourceDocument doc = document();
            doc.warnings << QStringLiteral("按 GB18030 解码");
            const ValidatedReport vr(r);
            const SourceDocument *docs[] = {&doc, nullptr};
            for (const SourceDocument *d : docs) {
                const QJsonObject expected =
                    ReportJson::reportObject(QStringLiteral("d/f.txt"), d, vr);
                QByteArray bytes;
                ReportJsonWriter::writeReport(&bytes, QStringLiteral("d/f.txt"), d, vr);
                QJsonParseError error;
                const QJsonDocument parsed = QJsonDocument::fromJson(bytes, &error);
                QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
                const QString difference = firstDifference(parsed.object(), expected);
                QVERIFY2(difference.isEmpty(), qPrintable(difference));
            }
        }
        QByteArray bytes;
        ReportJsonWriter::writeError(&bytes, QStringLiteral("junk.bin"),
                                     QStringLiteral("junk.bin: 不是文本文件\n/ not a text file"));
        QCOMPARE(
            QJsonDocument::fromJson(bytes).object(),
            ReportJson::errorObject(QStringLiteral("junk.bin"),
                                    QStringLiteral("junk.bin: 不是文本文件\n/ not a text file")));
    }
};

QTEST_GUILESS_MAIN(TestReportJson)
#include "tst_reportjson.moc"
