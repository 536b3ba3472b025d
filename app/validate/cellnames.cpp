#include "cellnames.h"

#include "model/spec.h"

#include <QRegularExpression>

namespace {

/// Cuts a printed label at its first bracketed remark: "本年收费金额（单位：万元）" →
/// "本年收费金额".
QString stripZhNote(const QString &label) {
    static const QRegularExpression note(QStringLiteral("\\s*[（(].*$"));
    QString out = label;
    out.remove(note);
    return out.isEmpty() ? label : out.trimmed();
}

/// Removes every "( … )" remark of an English label: "rules (规章)" → "rules".
QString stripEnNotes(const QString &label) {
    static const QRegularExpression note(QStringLiteral("\\s*\\([^)]*\\)"));
    QString out = label;
    out.remove(note);
    return out.trimmed();
}

const RowSpec *groupRow(const BlockSpec &block, const RowSpec &row) {
    if (row.parents.isEmpty())
        return nullptr;
    for (const RowSpec &r : block.rows)
        if (r.label == row.parents.last())
            return &r;
    return nullptr;
}

const RowSpec *topRow(const BlockSpec &block, const RowSpec &row) {
    if (row.parents.isEmpty())
        return nullptr;
    for (const RowSpec &r : block.rows)
        if (r.label == row.parents.first())
            return &r;
    return nullptr;
}

/// "一、" → "一", "（七）" → "（七）", "1." → "1": the form used in numbering paths.
QString bareNumber(QString numbering) {
    while (numbering.endsWith(u'、') || numbering.endsWith(u'.'))
        numbering.chop(1);
    return numbering;
}

} // namespace

void CellNames::splitZhLabel(const QString &label, QString *numbering, QString *stem) {
    static const QRegularExpression chapter(
        QStringLiteral("^\\s*([一二三四五六七八九十]+)\\s*[、.．]\\s*"));
    static const QRegularExpression section(
        QStringLiteral("^\\s*[（(]\\s*([一二三四五六七八九十]+)\\s*[）)]\\s*"));
    static const QRegularExpression item(QStringLiteral("^\\s*(\\d+)\\s*[.．、]\\s*"));
    QString rest = label.trimmed();
    numbering->clear();
    if (const auto m = chapter.match(rest); m.hasMatch()) {
        *numbering = m.captured(1) + u'、';
        rest = rest.mid(m.capturedLength());
    } else if (const auto m = section.match(rest); m.hasMatch()) {
        *numbering = u'（' + m.captured(1) + u'）';
        rest = rest.mid(m.capturedLength());
    } else if (const auto m = item.match(rest); m.hasMatch()) {
        *numbering = m.captured(1) + u'.';
        rest = rest.mid(m.capturedLength());
    }
    // The stem ends at the first remark or clause: "申请人无正当理由逾期不补正、…" →
    // "申请人无正当理由逾期不补正".
    static const QRegularExpression cut(QStringLiteral("[（(，、].*$"));
    QString s = rest;
    s.remove(cut);
    *stem = s.trimmed().isEmpty() ? rest.trimmed() : s.trimmed();
}

void CellNames::splitEnLabel(const QString &label, QString *numbering, QString *stem) {
    static const QRegularExpression roman(QStringLiteral("^\\s*([IVX]+)\\.\\s+"));
    static const QRegularExpression paren(QStringLiteral("^\\s*\\((\\d+)\\)\\s+"));
    QString rest = label.trimmed();
    numbering->clear();
    if (const auto m = roman.match(rest); m.hasMatch()) {
        *numbering = m.captured(1);
        rest = rest.mid(m.capturedLength());
    } else if (const auto m = paren.match(rest); m.hasMatch()) {
        *numbering = u'(' + m.captured(1) + u')';
        rest = rest.mid(m.capturedLength());
    }
    *stem = stripEnNotes(rest);
}

const CellNames &CellNames::forEdition(Edition edition) {
    static const CellNames names2019(Edition::E2019);
    static const CellNames names2021(Edition::E2021);
    return edition == Edition::E2019 ? names2019 : names2021;
}

CellNames::CellNames(Edition edition) {
    const EditionSpec &spec = Spec::instance().edition(edition);
    const int n = spec.cellCount();
    for (QVector<QString> *v : {&m_cellZh, &m_cellEn, &m_rowZh, &m_rowEn, &m_numberZh, &m_numberEn,
                                &m_columnZh, &m_columnEn, &m_groupZh, &m_groupEn})
        v->resize(n);

    for (const CellSpec &c : spec.cells) {
        const BlockSpec &block = spec.table(c.table).blocks[c.block];
        const RowSpec &row = block.rows[c.row];
        const ColumnSpec &col = block.columns[c.column];
        const int i = c.index;

        QString num, stem, enNum, enStem;
        splitZhLabel(row.label, &num, &stem);
        splitEnLabel(row.en, &enNum, &enStem);
        QString rowZh = num + stem;
        QString rowEn = enNum.isEmpty()
                            ? enStem
                            : (enNum.startsWith(u'(') ? enNum : enNum + u'.') + u' ' + enStem;
        QString numberZh = bareNumber(num);
        QString numberEn = enNum;
        if (const RowSpec *group = row.level >= 3 ? groupRow(block, row) : nullptr) {
            QString gNum, gStem, gEnNum, gEnStem;
            splitZhLabel(group->label, &gNum, &gStem);
            splitEnLabel(group->en, &gEnNum, &gEnStem);
            rowZh = gNum + rowZh;
            rowEn = gEnNum + u' ' + num + u' ' + enStem;
            numberZh = bareNumber(gNum) + numberZh;
            numberEn = gEnNum + u' ' + bareNumber(num);
        }
        if (const RowSpec *top = row.level >= 2 ? topRow(block, row) : nullptr) {
            QString tNum, tStem, tEnNum, tEnStem;
            splitZhLabel(top->label, &tNum, &tStem);
            splitEnLabel(top->en, &tEnNum, &tEnStem);
            numberZh = bareNumber(tNum) + numberZh;
            numberEn = tEnNum + u' ' + numberEn;
        }
        m_rowZh[i] = rowZh;
        m_rowEn[i] = rowEn;
        m_numberZh[i] = numberZh;
        m_numberEn[i] = numberEn.trimmed();

        m_columnZh[i] = stripZhNote(col.label);
        const QString colEn = stripEnNotes(col.en);
        const int colon = colEn.lastIndexOf(QStringLiteral(": "));
        m_columnEn[i] = colon >= 0 ? colEn.mid(colon + 2) : colEn;
        m_groupZh[i] = col.headerPath.mid(0, col.headerPath.size() - 1).join(u'·');
        m_groupEn[i] = colon >= 0 ? colEn.left(colon) : QString();

        if (c.table == 3) {
            m_cellZh[i] = col.headerPath.join(u'·');
            m_cellEn[i] = colEn;
        } else {
            m_cellZh[i] = rowZh + u'·' + m_columnZh[i];
            m_cellEn[i] = rowEn + (c.table == 1 ? QStringLiteral(", ") : QStringLiteral(" · ")) +
                          m_columnEn[i];
        }
    }
}
