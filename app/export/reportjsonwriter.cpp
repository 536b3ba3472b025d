#include "reportjsonwriter.h"

#include "jsonwriter.h"
#include "model/numberpolicy.h"
#include "model/spec.h"
#include "validate/validatedreport.h"

#include <QHash>

#include <algorithm>
#include <array>

namespace {

/// Names of enum values as UTF-8, made once: they are written thousands of times.
template <typename Enum, int Count, typename NameFn> struct Names {
    std::array<QByteArray, Count> bytes;
    explicit Names(NameFn name) {
        for (int i = 0; i < Count; ++i)
            bytes[size_t(i)] = name(Enum(i)).toUtf8();
    }
    const char *operator()(Enum e) const { return bytes[size_t(e)].constData(); }
};

const auto &cellStatusNames() {
    static const Names<CellStatus, int(CellStatus::Edited) + 1, QString (*)(CellStatus)> n(
        cellStatusName);
    return n;
}
const auto &findingStatusNames() {
    static const Names<FindingStatus, int(FindingStatus::Empty) + 1, QString (*)(FindingStatus)> n(
        findingStatusName);
    return n;
}
/// "\"name\":" object keys of the status names.
template <typename Names> QVector<QByteArray> keysOf(const Names &names) {
    QVector<QByteArray> out;
    for (const QByteArray &n : names.bytes)
        out << '"' + n + "\":";
    return out;
}
const QVector<QByteArray> &cellStatusValues() {
    static const QVector<QByteArray> v = [] {
        QVector<QByteArray> out;
        for (const QByteArray &n : cellStatusNames().bytes)
            out << '"' + n + '"';
        return out;
    }();
    return v;
}
const QVector<QByteArray> &cellStatusKeys() {
    static const QVector<QByteArray> k = keysOf(cellStatusNames());
    return k;
}
const QVector<QByteArray> &findingStatusKeys() {
    static const QVector<QByteArray> k = keysOf(findingStatusNames());
    return k;
}

const char *severity(Severity s) {
    return s == Severity::Error ? "error" : s == Severity::Warning ? "warning" : "info";
}
const char *tableState(TableState t) {
    return t == TableState::Found ? "found" : t == TableState::Partial ? "partial" : "missing";
}

/// The cell keys of an edition as JSON, made once: "\"key\":" for objects, "\"key\"" for
/// arrays, the bare ASCII key for finding ids.
struct EditionKeys {
    QVector<QByteArray> objectKey, quoted, bare;
    explicit EditionKeys(Edition edition) {
        const EditionSpec &spec = Spec::instance().edition(edition);
        for (int i = 0; i < spec.cellCount(); ++i) {
            QByteArray json;
            JsonWriter(&json).string(spec.cell(i).key);
            quoted << json;
            objectKey << json + ':';
            bare << spec.cell(i).key.toUtf8();
        }
    }
    static const EditionKeys &of(Edition edition) {
        static const EditionKeys e2019(Edition::E2019), e2021(Edition::E2021);
        return edition == Edition::E2019 ? e2019 : e2021;
    }
};

/// Rule ids are ASCII: their UTF-8 bytes are their JSON text.
const QByteArray &ruleBytes(const QString &rule) {
    thread_local QHash<QString, QByteArray> cache;
    auto it = cache.find(rule);
    if (it == cache.end())
        it = cache.insert(rule, rule.toUtf8());
    return *it;
}

void cell(JsonWriter &w, const Cell &c, ValueType type) {
    w.beginObject();
    w.key("value");
    NumberPolicy::writeJson(w, c.value, type); // the same as ReportJson::valueToJson
    w.key("status");
    w.rawString(cellStatusValues()[int(c.status)]);
    w.key("raw");
    w.stringOrNull(c.raw);
    w.key("note");
    w.stringOrNull(c.note);
    w.key("anchor");
    if (c.anchor.isValid()) {
        w.beginObject();
        w.key("start");
        w.integer(c.anchor.start);
        w.key("length");
        w.integer(c.anchor.length);
        if (c.anchor.page >= 0) {
            w.key("page");
            w.integer(c.anchor.page);
            const QRectF &r = c.anchor.rect;
            w.key("rect");
            w.beginArray();
            for (double d : {r.x(), r.y(), r.width(), r.height()})
                w.number(d);
            w.endArray();
        }
        w.endObject();
    } else {
        w.null();
    }
    w.endObject();
}

void finding(JsonWriter &w, const Finding &f, const EditionSpec &spec, const EditionKeys &keys) {
    w.beginObject();
    const QByteArray &rule = ruleBytes(f.rule);
    w.key("id");
    // Finding::stableId(), written without building it: "RULE:first-cell-key" or "RULE".
    const bool ascii = rule.size() == f.rule.size();
    if (ascii && !f.lhs.isEmpty() && f.lhs.first() >= 0 && f.lhs.first() < spec.cellCount())
        w.asciiPair(rule, keys.bare[f.lhs.first()]);
    else
        w.string(f.stableId(spec));
    w.key("rule");
    w.string(f.rule);
    w.key("status");
    w.latin1(findingStatusNames()(f.status));
    w.key("severity");
    w.latin1(severity(f.severity));
    w.key("cells");
    w.beginArray();
    for (const QVector<int> *side : {&f.lhs, &f.rhs})
        for (int c : *side)
            if (c >= 0 && c < spec.cellCount())
                w.rawString(keys.quoted[c]);
    w.endArray();
    w.key("expected");
    const ValueType type = NumberPolicy::typeOf(spec, f.lhs.value(0, -1));
    NumberPolicy::writeJson(w, f.expected, type);
    w.key("actual");
    NumberPolicy::writeJson(w, f.actual, type);
    w.key("suggestion");
    if (f.suggestion && f.suggestion->cell >= 0 && f.suggestion->cell < spec.cellCount()) {
        w.beginObject();
        w.key("cell");
        w.string(spec.cell(f.suggestion->cell).key);
        w.key("value");
        NumberPolicy::writeJson(w, f.suggestion->value,
                                NumberPolicy::typeOf(spec, f.suggestion->cell));
        w.endObject();
    } else {
        w.null();
    }
    w.key("message");
    w.beginObject();
    w.key("zh");
    w.string(f.zh);
    w.key("en");
    w.string(f.en);
    w.endObject();
    w.endObject();
}

} // namespace

void ReportJsonWriter::writeError(QByteArray *out, const QString &file, const QString &error) {
    JsonWriter w(out);
    w.beginObject();
    w.key("file");
    w.string(file);
    w.key("ok");
    w.boolean(false);
    w.key("error");
    w.string(error.simplified());
    w.endObject();
}

void ReportJsonWriter::writeReport(QByteArray *out, const QString &file,
                                   const SourceDocument *document,
                                   const ValidatedReport &validated) {
    const Report &report = validated.report();
    const EditionSpec &spec = report.spec();
    const EditionKeys &keys = EditionKeys::of(report.meta.edition);
    JsonWriter w(out);
    w.beginObject();
    w.key("file");
    w.string(file);
    w.key("ok");
    w.boolean(true);
    w.key("error");
    w.null();
    w.key("format");
    if (document)
        w.string(document->format);
    else
        w.null();
    w.key("encoding");
    if (document)
        w.stringOrNull(document->encoding);
    else
        w.null();
    if (document && !document->warnings.isEmpty()) {
        w.key("warnings");
        w.beginArray();
        for (const QString &warning : document->warnings)
            w.string(warning);
        w.endArray();
    }
    w.key("agency");
    w.stringOrNull(report.meta.agency);
    w.key("agency_source");
    w.stringOrNull(report.meta.agencySource);
    w.key("agency_key");
    w.stringOrNull(report.meta.agencyKey);
    w.key("year");
    if (report.meta.year > 0)
        w.integer(report.meta.year);
    else
        w.null();
    w.key("edition");
    w.latin1(report.meta.edition == Edition::E2019 ? "2019" : "2021");
    w.key("edition_basis");
    w.stringOrNull(report.meta.editionBasis);
    w.key("edition_mixed");
    w.boolean(report.meta.editionMixed);
    w.key("tables");
    w.beginObject();
    for (int t = 0; t < 3; ++t) {
        const char key[] = {'t', char('1' + t), '\0'};
        w.key(key);
        w.latin1(tableState(report.tables[size_t(t)]));
    }
    w.endObject();

    w.key("cells");
    w.beginObject();
    int cellStatuses[int(CellStatus::Edited) + 1] = {};
    for (int i = 0; i < spec.cellCount() && i < report.cells.size(); ++i) {
        w.rawKey(keys.objectKey[i]);
        cell(w, report.cells[i], spec.cell(i).type);
    }
    for (const Cell &c : report.cells)
        ++cellStatuses[int(c.status)];
    w.endObject();
    if (!report.extraCells.isEmpty()) {
        w.key("extra_cells");
        w.beginObject();
        // In key order: a QHash iterates in an order that changes from run to run, and the
        // same report must give the same bytes.
        QStringList extraKeys = report.extraCells.keys();
        std::sort(extraKeys.begin(), extraKeys.end());
        for (const QString &key : std::as_const(extraKeys)) {
            w.key(key);
            cell(w, report.extraCells.value(key), ValueType::Integer);
        }
        w.endObject();
    }

    w.key("findings");
    w.beginArray();
    int counts[4] = {0, 0, 0, 0};
    int bySeverity[3] = {0, 0, 0};
    const int instances = validated.instanceCount();
    const QVector<Finding> &all = validated.findings();
    for (int i = 0; i < all.size(); ++i) {
        const Finding &f = all[i];
        if (i < instances)
            ++counts[int(f.status)];
        if (f.isProblem()) {
            ++bySeverity[int(f.severity)];
            finding(w, f, spec, keys);
        }
    }
    w.endArray();
    w.key("summary");
    w.beginObject();
    for (FindingStatus s : {FindingStatus::Pass, FindingStatus::Fail, FindingStatus::Unverifiable,
                            FindingStatus::Empty}) {
        w.rawKey(findingStatusKeys()[int(s)]);
        w.integer(counts[int(s)]);
    }
    w.key("errors");
    w.integer(bySeverity[int(Severity::Error)]);
    w.key("warnings");
    w.integer(bySeverity[int(Severity::Warning)]);
    w.key("infos");
    w.integer(bySeverity[int(Severity::Info)]);
    w.key("cells");
    w.beginObject();
    for (int s = 0; s <= int(CellStatus::Edited); ++s)
        if (cellStatuses[s] > 0) {
            w.rawKey(cellStatusKeys()[s]);
            w.integer(cellStatuses[s]);
        }
    w.endObject();
    w.endObject();
    w.endObject();
}
