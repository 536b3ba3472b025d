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
    static QString pairedApart() {
        return tr("数值与行标签在原文中分开印出，按顺序与本行合计配对 / the values were printed "
                  "apart from the row label and paired with it by order and the row's sums");
    }
    static QString runSplit(const QString &run) {
        return tr("由连写数字“%1”按本表合计唯一拆分 / split from the run \"%1\" by the table's "
                  "sums")
            .arg(run);
    }
    static QString runAmbiguous(const QString &run, const QString &others) {
        return tr("连写数字“%1”有多种拆分都符合本表勾稽关系，此为最可能的一种；本格也可能为 %2 / "
                  "the run \"%1\" splits in several ways that fit the table's sums: this is the "
                  "most plausible; this cell could also be %2")
            .arg(run, others);
    }
    static QString runInconsistent(const QString &run) {
        return tr("连写数字“%1”的任何拆分都不满足本表勾稽关系，此为违背最少的一种 / no split of "
                  "the run \"%1\" satisfies the table's sums: this one breaks the fewest")
            .arg(run);
    }
    static QString runTooOpen(const QString &run) {
        return tr("连写数字“%1”的拆分过多，无法全部核对 / the run \"%1\" has too many splits to "
                  "check them all")
            .arg(run);
    }
    static QString droppedCells(int printed, int cells) {
        return tr("本行仅印出 %1 个数值，应为 %2 个（空单元格未印出），位置按本表勾稽关系推定 / "
                  "the row prints %1 of %2 values (empty cells left out): placed by the table's "
                  "sums")
            .arg(printed)
            .arg(cells);
    }
    static QString notPrinted() {
        return tr("原文此格未印数值（空单元格未印出）/ nothing printed for this cell (empty cells "
                  "left out)");
    }
    static QString textEndsHere() {
        return tr("原文在此数字处中断，数字可能不完整 / the text stops at this number; it may be "
                  "cut off");
    }
    static QString runUnsplit(const QString &run) {
        return tr("连写数字“%1”无法唯一拆分 / the run \"%1\" cannot be split uniquely").arg(run);
    }
    static QString table3FromSentence(const QString &sentence) {
        return tr("表3未印出，原文称“%1”，推定各项为 0 / table 3 is not printed; the report says "
                  "\"%1\": every cell taken as 0")
            .arg(sentence);
    }
    static QString table3FromSentenceZh(const QString &sentence) {
        return tr("表3未印出，按原文“%1”推定为 0，请确认").arg(sentence);
    }
    static QString table3FromSentenceEn(const QString &sentence) {
        return tr("table 3 is not printed: its cells are taken as 0 from \"%1\"; please confirm")
            .arg(sentence);
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
    static QString regionCutZh(int table, int length, int kept) {
        return tr("表%1所在区域过长（%2 个字符），只读取其前 %3 个字符")
            .arg(table)
            .arg(length)
            .arg(kept);
    }
    static QString regionCutEn(int table, int length, int kept) {
        return tr("the region of table %1 is too long (%2 characters): only its first %3 are read")
            .arg(table)
            .arg(length)
            .arg(kept);
    }
    static QString editionMixedZh() { return tr("表一与表二的格式版本不一致"); }
};
