#pragma once

#include <QCoreApplication>
#include <QString>

/// The extractor's cell notes and remarks, bilingual (zh first) and translatable.
class ExtractNotes {
    Q_DECLARE_TR_FUNCTIONS(ExtractNotes)
public:
    static QString tooFewValues(int have, int want) {
        return tr("本行仅有 %1 个数值，应为 %2 个 / row has %1 values for %2 columns")
            .arg(have)
            .arg(want);
    }
    static QString tooManyValues(int have, int want) {
        return tr("本行有 %1 个数值，应为 %2 个 / row has %1 values for %2 columns")
            .arg(have)
            .arg(want);
    }
    static QString noValues() { return tr("行标签后没有数值 / no values after the row label"); }
    static QString fuzzyLabel(const QString &label) {
        return tr("行标签仅模糊匹配：“%1” / row label matched only fuzzily: \"%1\"").arg(label);
    }
    static QString runIn() {
        return tr("数字紧接在标签后，无法核对 / digits run into the label, cannot be checked");
    }
    static QString runSplit(const QString &run) {
        return tr("由连写数字“%1”按本表合计唯一拆分 / split from the run \"%1\" by the table's "
                  "sums")
            .arg(run);
    }
    static QString runUnsplit(const QString &run) {
        return tr("连写数字“%1”无法唯一拆分 / the run \"%1\" cannot be split uniquely").arg(run);
    }
    static QString outOfRange() {
        return tr("数值超过 12 位，超出范围 / number out of range (more than 12 digits)");
    }
    static QString unitYuan() { return tr("原文单位：元"); }
    static QString zeroTotal() { return tr("合计为 0，推定为 0 / forced to 0 by a zero total"); }
    static QString singleRowZh(const QString &label) {
        return tr("“%1”仅印为一行，其值记为小计，子项缺失").arg(label);
    }
    static QString singleRowEn(const QString &label) {
        return tr("\"%1\" is printed as a single row: its values are kept as the subtotal, the "
                  "sub-rows are missing")
            .arg(label);
    }
    static QString tableMissingZh(int table) {
        return tr("未找到表%1，其单元格均记为缺失").arg(table);
    }
    static QString tableMissingEn(int table) {
        return tr("table %1 not found: all its cells are missing").arg(table);
    }
    static QString tablePartialZh(int table, int missing) {
        return tr("表%1不完整：%2 个单元格缺失").arg(table).arg(missing);
    }
    static QString tablePartialEn(int table, int missing) {
        return tr("table %1 is incomplete: %2 cells are missing").arg(table).arg(missing);
    }
    static QString suspectRowZh(const QString &row, int count, const QString &why) {
        return tr("%1：%2 个单元格存疑（%3）").arg(row).arg(count).arg(why);
    }
    static QString suspectRowEn(const QString &row, int count, const QString &why) {
        return tr("%1: %2 cells are suspect (%3)").arg(row).arg(count).arg(why);
    }
    static QString editionMixedZh() { return tr("表一与表二的格式版本不一致"); }
};
