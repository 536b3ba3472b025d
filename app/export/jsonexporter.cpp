#include "jsonexporter.h"

#include "exportrows.h"
#include "model/numberpolicy.h"
#include "orderedjsonwriter.h"

#include <QIODevice>

namespace {

QString isoTime(const QDateTime &at) {
    return at.isValid() ? at.toOffsetFromUtc(at.offsetFromUtc()).toString(Qt::ISODate) : QString();
}

void decision(OrderedJsonWriter &w, const ExportDecision &d, const ExportText &text) {
    w.beginObject(true);
    w.key(u"decision");
    w.string(d.decision);
    w.key(u"label");
    w.string(text.decision(d.decision));
    w.key(u"by");
    w.stringOrNull(d.user);
    w.key(u"at");
    w.stringOrNull(isoTime(d.at));
    w.key(u"note");
    w.stringOrNull(d.note);
    w.key(u"edit_id");
    if (d.editId >= 0)
        w.integer(d.editId);
    else
        w.null();
    w.endObject();
}

void cells(OrderedJsonWriter &w, const ExportReport &r) {
    const EditionSpec &spec = r.current.spec();
    const QVector<CellLabels> &labels = ExportRows::labels(r.current.meta.edition);
    const QHash<int, QStringList> open = ExportRows::openFindingsByCell(r);
    w.key(u"cells");
    w.beginArray();
    for (int i = 0; i < spec.cellCount() && i < r.current.cells.size(); ++i) {
        const CellSpec &cs = spec.cell(i);
        const Cell &c = r.current.cells[i];
        w.beginObject(true);
        w.key(u"key");
        w.string(cs.key);
        w.key(u"table");
        w.integer(cs.table);
        w.key(u"row");
        w.string(labels[i].row);
        w.key(u"column");
        w.string(labels[i].column);
        w.key(u"type");
        w.string(cs.type == ValueType::Decimal         ? QStringLiteral("decimal")
                 : cs.type == ValueType::SignedInteger ? QStringLiteral("signed_integer")
                                                       : QStringLiteral("integer"));
        w.key(u"unit");
        w.stringOrNull(cs.unit);
        w.key(u"value");
        NumberPolicy::writeJson(w, c.value, cs.type);
        w.key(u"status");
        w.string(cellStatusName(c.status));
        w.key(u"raw");
        w.stringOrNull(c.raw);
        w.key(u"note");
        w.stringOrNull(c.note);
        w.key(u"original");
        const ExportEdit *edit = nullptr;
        if (r.isEdited(i)) {
            const Cell o = r.original(i);
            w.beginObject(true);
            w.key(u"value");
            NumberPolicy::writeJson(w, o.value, cs.type);
            w.key(u"status");
            w.string(cellStatusName(o.status));
            w.endObject();
            edit = r.lastEdit(cs.key);
        } else {
            w.null();
        }
        w.key(u"edited_by");
        w.stringOrNull(edit ? edit->user : QString());
        w.key(u"edited_at");
        w.stringOrNull(edit ? isoTime(edit->at) : QString());
        w.key(u"open_findings");
        w.beginArray(true);
        for (const QString &id : open.value(i))
            w.string(id);
        w.endArray();
        w.endObject();
    }
    w.endArray();
}

void findings(OrderedJsonWriter &w, const ExportReport &r, const ExportText &text) {
    const EditionSpec &spec = r.current.spec();
    w.key(u"findings");
    w.beginArray();
    for (const ExportFinding &ef : r.findings) {
        const Finding &f = ef.finding;
        const ValueType type = NumberPolicy::typeOf(spec, f.lhs.value(0, -1));
        w.beginObject(true);
        w.key(u"id");
        w.string(ef.id);
        w.key(u"rule");
        w.string(f.rule);
        w.key(u"rule_description");
        w.stringOrNull(text.ruleDescription(f.rule));
        w.key(u"severity");
        w.string(severityName(f.severity));
        w.key(u"status");
        w.string(findingStatusName(f.status));
        w.key(u"message");
        w.string(text.message(f));
        w.key(u"cells");
        w.beginArray(true);
        for (const QVector<int> *side : {&f.lhs, &f.rhs})
            for (int c : *side)
                if (c >= 0 && c < spec.cellCount())
                    w.string(spec.cell(c).key);
        w.endArray();
        w.key(u"expected");
        NumberPolicy::writeJson(w, f.expected, type);
        w.key(u"actual");
        NumberPolicy::writeJson(w, f.actual, type);
        w.key(u"suggestion");
        if (f.suggestion && f.suggestion->cell >= 0 && f.suggestion->cell < spec.cellCount()) {
            w.beginObject(true);
            w.key(u"cell");
            w.string(spec.cell(f.suggestion->cell).key);
            w.key(u"value");
            NumberPolicy::writeJson(w, f.suggestion->value, spec.cell(f.suggestion->cell).type);
            w.endObject();
        } else {
            w.null();
        }
        w.key(u"decision");
        if (ef.decision)
            decision(w, *ef.decision, text);
        else
            w.null();
        w.endObject();
    }
    w.endArray();
    w.key(u"orphaned_decisions");
    w.beginArray();
    for (const ExportDecision &d : r.orphanedDecisions) {
        w.beginObject(true);
        w.key(u"finding");
        w.string(d.finding);
        w.key(u"decision");
        decision(w, d, text);
        w.endObject();
    }
    w.endArray();
}

void edits(OrderedJsonWriter &w, const ExportReport &r) {
    const EditionSpec &spec = r.current.spec();
    w.key(u"edits");
    w.beginArray();
    for (const ExportEdit &e : r.edits) {
        const ValueType type = NumberPolicy::typeOf(spec, spec.indexOf(e.key));
        w.beginObject(true);
        w.key(u"id");
        w.integer(e.id);
        w.key(u"at");
        w.stringOrNull(isoTime(e.at));
        w.key(u"by");
        w.stringOrNull(e.user);
        w.key(u"key");
        w.string(e.key);
        for (const bool old : {true, false}) {
            w.key(old ? u"old" : u"new");
            w.beginObject(true);
            w.key(u"value");
            NumberPolicy::writeJson(w, old ? e.oldValue : e.newValue, type);
            w.key(u"status");
            w.stringOrNull(old ? e.oldStatus : e.newStatus);
            w.endObject();
        }
        w.key(u"origin");
        w.stringOrNull(e.origin);
        w.key(u"note");
        w.stringOrNull(e.note);
        w.endObject();
    }
    w.endArray();
}

void report(OrderedJsonWriter &w, const ExportReport &r, const ExportText &text) {
    const ReportMeta &m = r.current.meta;
    w.beginObject();
    w.key(u"report_id");
    if (r.id >= 0)
        w.integer(r.id);
    else
        w.null();
    w.key(u"file");
    w.beginObject(true);
    w.key(u"name");
    w.string(r.source.fileName);
    w.key(u"path");
    w.stringOrNull(r.source.path);
    w.key(u"sha256");
    w.stringOrNull(r.source.sha256);
    w.key(u"format");
    w.stringOrNull(r.source.format);
    w.key(u"encoding");
    w.stringOrNull(r.source.encoding);
    w.key(u"size");
    w.integer(r.source.size);
    w.key(u"imported_at");
    w.stringOrNull(isoTime(r.source.importedAt));
    w.endObject();
    w.key(u"agency");
    w.stringOrNull(m.agency);
    w.key(u"agency_key");
    w.stringOrNull(m.agencyKey);
    w.key(u"year");
    if (m.year > 0)
        w.integer(m.year);
    else
        w.null();
    w.key(u"edition");
    w.string(editionName(m.edition));
    w.key(u"extracted");
    w.beginObject(true);
    w.key(u"agency");
    w.stringOrNull(r.extracted.meta.agency);
    w.key(u"year");
    if (r.extracted.meta.year > 0)
        w.integer(r.extracted.meta.year);
    else
        w.null();
    w.key(u"edition");
    w.string(editionName(r.extracted.meta.edition));
    w.endObject();
    w.key(u"review_state");
    if (r.reviewState.isEmpty()) {
        w.null();
    } else {
        w.beginObject(true);
        w.key(u"state");
        w.string(r.reviewState);
        w.key(u"label");
        w.string(text.reviewState(r.reviewState));
        w.key(u"by");
        w.stringOrNull(r.stateBy);
        w.key(u"at");
        w.stringOrNull(isoTime(r.stateAt));
        w.endObject();
    }
    w.key(u"tables");
    w.beginObject(true);
    for (int t = 0; t < 3; ++t) {
        w.key(QStringLiteral("t%1").arg(t + 1));
        w.string(tableStateName(r.current.tables[size_t(t)]));
    }
    w.endObject();
    cells(w, r);
    findings(w, r, text);
    edits(w, r);
    w.endObject();
}

} // namespace

bool JsonExporter::write(const ExportSet &set, const ExportText &text, QIODevice *device,
                         const Progress &progress, QString *error) {
    OrderedJsonWriter w(device);
    w.beginObject();
    w.key(u"schema");
    w.string(QStringLiteral("nianbao-export"));
    w.key(u"schema_version");
    w.integer(SchemaVersion);
    w.key(u"tool_version");
    w.string(set.toolVersion);
    w.key(u"exported_at");
    w.string(isoTime(set.exportedAt));
    w.key(u"reviewer");
    w.stringOrNull(set.reviewer);
    w.key(u"workspace");
    w.stringOrNull(set.workspace);
    w.key(u"language");
    w.string(text.isZh() ? QStringLiteral("zh") : QStringLiteral("en"));
    w.key(u"editions");
    w.beginArray();
    for (Edition e : {Edition::E2019, Edition::E2021}) {
        w.beginObject(true);
        w.key(u"edition");
        w.string(editionName(e));
        w.key(u"doc_number");
        w.string(Spec::instance().edition(e).docNumber);
        w.endObject();
    }
    w.endArray();
    w.key(u"reports");
    w.beginArray();
    for (int i = 0; i < set.reports.size(); ++i) {
        report(w, set.reports[i], text);
        if (!w.flush()) {
            *error = device->errorString();
            return false;
        }
        if (progress && !progress(i + 1, int(set.reports.size()))) {
            error->clear();
            return false;
        }
    }
    w.endArray();
    w.endObject();
    if (!w.flush()) {
        *error = device->errorString();
        return false;
    }
    return true;
}
