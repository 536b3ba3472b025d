#pragma once

#include "model/edition.h"

#include <QString>
#include <QVector>

/**
 * Short human names of the cells of one edition, in Chinese and English, derived from the spec's
 * labels (never from a second hand-written list): a row label is cut down to its numbering and
 * its stem ("（二）部分公开（区分处理的…）" → "（二）部分公开"), sub-rows get their group's
 * numbering
 * ("（三）1.属于国家秘密"), and table 3 cells are named by their header path ("行政复议·总计").
 *
 * Used by the validator's messages and by the CLI's readable output.
 */
class CellNames {
public:
    /// The names of an edition, built once (thread-safe).
    static const CellNames &forEdition(Edition edition);

    QString cellZh(int cell) const { return m_cellZh.value(cell); } ///< "（一）予以公开·自然人"
    QString cellEn(int cell) const {
        return m_cellEn.value(cell);
    } ///< "(1) disclosed · natural persons"
    QString rowZh(int cell) const { return m_rowZh.value(cell); } ///< "（一）予以公开", "规章"
    QString rowEn(int cell) const { return m_rowEn.value(cell); } ///< "(1) disclosed"
    /// Numbering path of the row: "一", "三（七）"; empty when the row has none (table 1).
    QString numberZh(int cell) const { return m_numberZh.value(cell); }
    QString numberEn(int cell) const { return m_numberEn.value(cell); } ///< "I", "III (7)"
    QString columnZh(int cell) const { return m_columnZh.value(cell); } ///< "自然人", "总计"
    QString columnEn(int cell) const { return m_columnEn.value(cell); } ///< "natural persons"
    /// The column's header path without its last level: "行政诉讼·复议后起诉"; empty if none.
    QString groupZh(int cell) const { return m_groupZh.value(cell); }
    QString groupEn(int cell) const { return m_groupEn.value(cell); } ///< "administrative review"

    /// "（二）部分公开（区分处理的…）" → numbering "（二）" and stem "部分公开". Exposed for tests.
    static void splitZhLabel(const QString &label, QString *numbering, QString *stem);
    /// "(2) partially disclosed (if split …)" → "partially disclosed"; numbering "(2)" / "II".
    static void splitEnLabel(const QString &label, QString *numbering, QString *stem);

private:
    explicit CellNames(Edition edition);
    QVector<QString> m_cellZh, m_cellEn, m_rowZh, m_rowEn, m_numberZh, m_numberEn;
    QVector<QString> m_columnZh, m_columnEn, m_groupZh, m_groupEn;
};
