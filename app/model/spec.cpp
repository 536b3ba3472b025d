#include "spec.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace {

ValueType valueTypeFromName(const QString &name) {
    if (name == u"signed_integer")
        return ValueType::SignedInteger;
    if (name == u"decimal")
        return ValueType::Decimal;
    return ValueType::Integer;
}

RuleKind ruleKindFromName(const QString &name) {
    if (name == u"printed")
        return RuleKind::Printed;
    if (name == u"type")
        return RuleKind::Type;
    if (name == u"soft")
        return RuleKind::Soft;
    if (name.startsWith(u"cross_year"))
        return RuleKind::CrossYear;
    return RuleKind::Structural;
}

Severity severityFromName(const QString &name) {
    if (name == u"warning")
        return Severity::Warning;
    if (name == u"info")
        return Severity::Info;
    return Severity::Error;
}

HeaderCellSpec headerCell(const QJsonObject &o) {
    return HeaderCellSpec{o.value(u"text").toString(), o.value(u"rowspan").toInt(1),
                          o.value(u"colspan").toInt(1)};
}

HeaderLayoutSpec headerLayout(const QJsonObject &o) {
    HeaderLayoutSpec layout;
    layout.topLeft = headerCell(o.value(u"top_left_cell").toObject());
    layout.rowLabelColumns = o.value(u"row_label_area_columns").toInt(0);
    for (int level = 1;; ++level) {
        const QJsonArray entries = o.value(QStringLiteral("level%1").arg(level)).toArray();
        if (entries.isEmpty())
            break;
        QVector<HeaderCellSpec> cells;
        for (const QJsonValue &v : entries)
            cells << headerCell(v.toObject());
        layout.levels << cells;
    }
    return layout;
}

QStringList toStringList(const QJsonValue &value) {
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out << v.toString();
    return out;
}

/// label_variants texts are written for people ("商业 企业", "本年新 (truncated)", "a / b");
/// turn them into plain label strings a matcher can use.
QStringList cleanVariantTexts(const QJsonArray &variants) {
    static const QRegularExpression englishNote(QStringLiteral("\\s+\\([A-Za-z][^)]*\\)\\s*$"));
    QStringList out;
    for (const QJsonValue &v : variants) {
        QString text = v.toObject().value(u"text").toString();
        text.remove(englishNote);
        text.replace(QStringLiteral("<br/>"), QString());
        for (QString part : text.split(QStringLiteral(" / "))) {
            part = part.trimmed();
            // Descriptions with ellipses or "(blank)" are not labels.
            if (part.isEmpty() || part.contains(u'…') || part.startsWith(u'('))
                continue;
            out << part;
        }
    }
    return out;
}

/// Parses "a + b == c + d" / "a <= b" into key lists.
bool parseFormula(const QString &formula, QStringList *lhs, QStringList *rhs, RuleComparison *cmp) {
    QString op = QStringLiteral("==");
    *cmp = RuleComparison::Equal;
    if (!formula.contains(op)) {
        op = QStringLiteral("<=");
        *cmp = RuleComparison::LessOrEqual;
        if (!formula.contains(op))
            return false;
    }
    const QStringList sides = formula.split(op);
    if (sides.size() != 2)
        return false;
    auto terms = [](const QString &side) {
        QStringList keys;
        for (const QString &t : side.split(u'+'))
            if (!t.trimmed().isEmpty())
                keys << t.trimmed();
        return keys;
    };
    *lhs = terms(sides[0]);
    *rhs = terms(sides[1]);
    return !lhs->isEmpty() && !rhs->isEmpty();
}

} // namespace

int EditionSpec::cellAt(int table, int block, int row, int column) const {
    for (const CellSpec &c : cells)
        if (c.table == table && c.block == block && c.row == row && c.column == column)
            return c.index;
    return -1;
}

const Spec &Spec::instance() {
    static const Spec spec = [] {
        Spec s;
        QFile file(QStringLiteral(":/spec/format-spec.json"));
        QString error;
        if (!file.open(QIODevice::ReadOnly) || !s.load(file.readAll(), &error))
            qFatal("Nianbao: cannot load the compiled-in format spec: %s", qPrintable(error));
        return s;
    }();
    return spec;
}

int Spec::ruleIndex(const QString &id) const {
    for (int i = 0; i < m_rules.size(); ++i)
        if (m_rules[i].id == id)
            return i;
    return -1;
}

bool Spec::load(const QByteArray &json, QString *error) {
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        *error = parseError.errorString();
        return false;
    }
    m_json = doc.object();

    const QJsonObject variants = m_json.value(u"label_variants").toObject();
    for (auto it = variants.begin(); it != variants.end(); ++it)
        m_variants.insert(it.key(),
                          cleanVariantTexts(it.value().toObject().value(u"variants").toArray()));

    const QJsonObject editions = m_json.value(u"editions").toObject();
    for (Edition e : {Edition::E2019, Edition::E2021}) {
        EditionSpec &ed = m_editions[e == Edition::E2019 ? 0 : 1];
        ed.edition = e;
        const QJsonObject edJson = editions.value(editionName(e)).toObject();
        if (edJson.isEmpty()) {
            *error = QStringLiteral("edition %1 missing").arg(editionName(e));
            return false;
        }
        ed.docNumber = edJson.value(u"doc_number").toString();
        ed.formatTitle = edJson.value(u"format_title").toString();
        for (const QJsonValue &sv : edJson.value(u"sections").toArray()) {
            const QJsonObject so = sv.toObject();
            SectionSpec section;
            section.id = so.value(u"id").toString();
            section.number = section.id.mid(1).toInt();
            section.heading = so.value(u"heading").toString();
            section.en = so.value(u"en").toString();
            ed.sections << section;
        }
        for (int t = 1; t <= 3; ++t) {
            const QJsonObject tJson = edJson.value(QStringLiteral("t%1").arg(t)).toObject();
            TableSpec &table = ed.tables[size_t(t - 1)];
            table.number = t;
            table.title = tJson.value(u"title").toString();
            table.section = tJson.value(u"section").toString();
            for (const SectionSpec &section : std::as_const(ed.sections))
                if (section.number == t + 1) // "proactive disclosure (table 1)" → without the aside
                    table.en =
                        QString(section.en)
                            .remove(QRegularExpression(QStringLiteral("\\s*\\(table \\d\\)$")));
            table.headerLayout = headerLayout(tJson.value(u"header_layout").toObject());
            table.headerNote = tJson.value(u"header_note").toString();

            auto readColumn = [&](const QJsonObject &c, const QString &variantPrefix) {
                ColumnSpec col;
                col.id = c.value(u"id").toString();
                col.headerPath = toStringList(c.value(u"header_path"));
                col.label = c.value(u"label").toString();
                if (col.label.isEmpty() && !col.headerPath.isEmpty())
                    col.label = col.headerPath.last();
                if (col.headerPath.isEmpty())
                    col.headerPath << col.label;
                col.type = valueTypeFromName(c.value(u"type").toString(QStringLiteral("integer")));
                col.en = c.value(u"en").toString();
                col.variants = m_variants.value(variantPrefix + col.id);
                return col;
            };
            auto readRow = [&](const QJsonObject &r, const QString &variantKey) {
                RowSpec row;
                row.id = r.value(u"id").toString();
                row.label = r.value(u"label").toString();
                row.parents = toStringList(r.value(u"parents"));
                row.level = r.value(u"level").toInt(1);
                row.dataRow = r.value(u"data_row").toBool(true) && !row.id.isEmpty();
                row.en = r.value(u"en").toString();
                row.variants = m_variants.value(variantKey + row.id);
                return row;
            };

            if (t == 1) {
                const QString colPrefix = QStringLiteral("t1.col.%1.").arg(editionName(e));
                for (const QJsonValue &bv : tJson.value(u"blocks").toArray()) {
                    const QJsonObject b = bv.toObject();
                    BlockSpec block;
                    block.id = b.value(u"block").toString();
                    block.title = b.value(u"title").toString();
                    block.header = toStringList(b.value(u"header"));
                    for (const QJsonValue &cv : b.value(u"columns").toArray())
                        block.columns << readColumn(cv.toObject(), colPrefix);
                    for (const QJsonValue &rv : b.value(u"rows").toArray())
                        block.rows << readRow(rv.toObject(), QStringLiteral("t1.row."));
                    table.blocks << block;
                }
            } else {
                BlockSpec block;
                block.id = QStringLiteral("t%1").arg(t);
                for (const QJsonValue &cv : tJson.value(u"columns").toArray())
                    block.columns << readColumn(cv.toObject(), QStringLiteral("t%1.col.").arg(t));
                if (t == 2) {
                    for (const QJsonValue &rv : tJson.value(u"rows").toArray())
                        block.rows << readRow(rv.toObject(), QStringLiteral("t2.row."));
                } else {
                    RowSpec cases;
                    cases.id = QStringLiteral("cases");
                    cases.en = QStringLiteral("cases");
                    block.rows << cases;
                }
                table.blocks << block;
            }

            // Cells in spec order; their position comes from the block layout.
            for (const QJsonValue &cv : tJson.value(u"cells").toArray()) {
                const QJsonObject c = cv.toObject();
                CellSpec cell;
                cell.key = c.value(u"key").toString();
                const QStringList parts = cell.key.split(u'.');
                if (parts.size() != 5) {
                    *error = QStringLiteral("bad cell key %1").arg(cell.key);
                    return false;
                }
                cell.table = t;
                cell.rowId = parts[2];
                cell.columnId = parts[4];
                cell.type = valueTypeFromName(c.value(u"type").toString());
                cell.unit = c.value(u"unit").toString();
                if (cell.unit.contains(u"unspecified"))
                    cell.unit.clear();
                bool placed = false;
                for (int bi = 0; bi < table.blocks.size() && !placed; ++bi) {
                    const BlockSpec &block = table.blocks[bi];
                    for (int ri = 0; ri < block.rows.size() && !placed; ++ri) {
                        if (block.rows[ri].id != cell.rowId)
                            continue;
                        for (int ci = 0; ci < block.columns.size(); ++ci) {
                            if (block.columns[ci].id == cell.columnId) {
                                cell.block = bi;
                                cell.row = ri;
                                cell.column = ci;
                                placed = true;
                                break;
                            }
                        }
                    }
                }
                if (!placed) {
                    *error = QStringLiteral("cell %1 has no row/column in its table").arg(cell.key);
                    return false;
                }
                cell.index = int(ed.cells.size());
                ed.indexOfKey.insert(cell.key, cell.index);
                ed.cells << cell;
            }
        }
        // Derived keys (t2 subtotals).
        const QJsonArray derived = edJson.value(u"t2").toObject().value(u"derived").toArray();
        for (const QJsonValue &dv : derived) {
            const QJsonObject d = dv.toObject();
            const QString pattern = d.value(u"key_pattern").toString();
            const QString formula = d.value(u"formula").toString();
            for (const ColumnSpec &col : ed.tables[1].blocks[0].columns) {
                DerivedSpec ds;
                ds.key = QString(pattern).replace(QStringLiteral("{col}"), col.id);
                if (ed.indexOfKey.contains(ds.key))
                    continue; // 2019: other_handling is a printed row, not derived
                bool ok = true;
                for (const QString &term :
                     QString(formula).replace(QStringLiteral("{col}"), col.id).split(u'+')) {
                    const int idx = ed.indexOf(term.trimmed());
                    ok = ok && idx >= 0;
                    ds.addends << idx;
                }
                if (ok)
                    ed.derived << ds;
            }
        }
        ed.instancesOfCell.resize(ed.cells.size());
    }

    // Rules and their per-edition instances.
    for (const QJsonValue &rv : m_json.value(u"rules").toArray()) {
        const QJsonObject r = rv.toObject();
        RuleSpec rule;
        rule.id = r.value(u"id").toString();
        rule.kind = ruleKindFromName(r.value(u"kind").toString());
        rule.severity = severityFromName(r.value(u"severity").toString());
        rule.formula = r.value(u"formula").toString();
        rule.zh = r.value(u"zh").toString();
        rule.en = r.value(u"en").toString();
        rule.editions = toStringList(r.value(u"editions"));
        const QJsonObject forEachJson = r.value(u"for_each").toObject();
        if (!forEachJson.isEmpty()) {
            rule.forEachVariable = forEachJson.begin().key();
            rule.forEachValues = toStringList(forEachJson.begin().value());
        }
        const int ruleIdx = int(m_rules.size());
        m_rules << rule;
        if (rule.kind == RuleKind::CrossYear)
            continue; // evaluated across reports, not inside one

        for (const QString &edName : rule.editions) {
            const auto e = editionFromName(edName);
            if (!e)
                continue;
            EditionSpec &ed = m_editions[*e == Edition::E2019 ? 0 : 1];
            auto add = [&](RuleInstance inst) {
                inst.rule = ruleIdx;
                const int instIdx = int(ed.instances.size());
                for (int c : inst.lhs + inst.rhs)
                    if (!ed.instancesOfCell[c].contains(instIdx))
                        ed.instancesOfCell[c] << instIdx;
                ed.instances << inst;
            };

            if (rule.kind == RuleKind::Type) {
                // Type rules name their cells by type, or list them in the formula.
                static const QRegularExpression keyRe(
                    QStringLiteral("t[123]\\.r\\.[a-z0-9_]+\\.c\\.[a-z0-9_]+"));
                QSet<int> listed;
                for (auto it = keyRe.globalMatch(rule.formula); it.hasNext();)
                    if (const int idx = ed.indexOf(it.next().captured()); idx >= 0)
                        listed.insert(idx);
                for (const CellSpec &c : ed.cells) {
                    const bool applies = rule.id == u"TYPE_NONNEG_INTEGER"
                                             ? c.type == ValueType::Integer
                                             : listed.contains(c.index);
                    if (applies) {
                        RuleInstance inst;
                        inst.lhs = {c.index};
                        add(inst);
                    }
                }
                continue;
            }

            // Arithmetic rules: the spec's expanded instances, or the formula over for_each.
            QVector<QPair<QString, QString>> texts; // (forEach value, formula)
            const QJsonArray instances = r.value(u"instances").toArray();
            const QString &var = rule.forEachVariable;
            const QStringList &values = rule.forEachValues;
            if (!instances.isEmpty()) {
                for (int i = 0; i < instances.size(); ++i)
                    texts << qMakePair(i < values.size() ? values[i] : QString(),
                                       instances[i].toString());
            } else if (!var.isEmpty()) {
                for (const QString &v : values)
                    texts << qMakePair(v, QString(rule.formula).replace(u'{' + var + u'}', v));
            } else {
                texts << qMakePair(QString(), rule.formula);
            }
            for (const auto &[forEachValue, text] : texts) {
                QStringList lhs, rhs;
                RuleInstance inst;
                inst.forEach = forEachValue;
                if (!parseFormula(text, &lhs, &rhs, &inst.comparison)) {
                    *error = QStringLiteral("rule %1: cannot parse %2").arg(rule.id, text);
                    return false;
                }
                bool ok = true;
                for (const QString &k : lhs)
                    ok = ok && (inst.lhs << ed.indexOf(k), inst.lhs.last() >= 0);
                for (const QString &k : rhs)
                    ok = ok && (inst.rhs << ed.indexOf(k), inst.rhs.last() >= 0);
                if (!ok) {
                    *error = QStringLiteral("rule %1: unknown key in %2").arg(rule.id, text);
                    return false;
                }
                add(inst);
            }
        }
    }
    return true;
}
