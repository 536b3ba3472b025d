#include "crossyearbatch.h"

#include "model/displaytext.h"
#include "model/spec.h"

#include <QMutexLocker>

namespace {

void jsonString(QByteArray &out, const QString &text) {
    out += '"';
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'"' || u == u'\\') {
            out += '\\';
            out += char(u);
        } else if (u < 0x20) {
            out += "\\u00";
            out += QByteArray::number(int(u), 16).rightJustified(2, '0');
        } else {
            out += QString(c).toUtf8();
        }
    }
    out += '"';
}

void jsonNumber(QByteArray &out, const std::optional<Decimal> &v) {
    if (!v)
        out += "null";
    else if (v->isInteger())
        out += QByteArray::number(v->integerPart());
    else
        jsonString(out, v->toString());
}

} // namespace

CrossYearBatch::CrossYearBatch(int files)
    : m_slices(files)
    , m_files(files) {}

void CrossYearBatch::add(int index, const QString &file, const Report &report) {
    CrossYearSlice slice = CrossYearValidator::slice(report);
    const QMutexLocker lock(&m_mutex);
    m_slices[index] = std::move(slice);
    m_files[index] = file;
}

const QVector<CrossYearBatch::Item> &CrossYearBatch::problems() {
    if (m_done)
        return m_problems;
    m_done = true;
    const CrossYearValidator::Pairing pairing = CrossYearValidator::pair(m_slices);
    for (int i = 0; i < m_slices.size(); ++i) {
        const int prev = pairing.previous[i];
        m_pairs = m_pairs || prev >= 0;
        if (prev < 0 && pairing.earlierYear[i] == 0)
            continue;
        const EditionSpec &spec = Spec::instance().edition(m_slices[i].edition);
        for (const Finding &f : CrossYearValidator::reportFindings(
                 m_slices[i], prev >= 0 ? &m_slices[prev] : nullptr, pairing.earlierYear[i])) {
            if (!f.isProblem())
                continue;
            Item item{i, f.rule == QLatin1String(CrossYearValidator::GapRule) ? -1 : prev, f, {}};
            for (int c : f.lhs)
                item.cells << spec.cell(c).key;
            m_problems << item;
        }
    }
    return m_problems;
}

bool CrossYearBatch::hasPairs() {
    problems();
    return m_pairs || !m_problems.isEmpty();
}

int CrossYearBatch::warnings() {
    return int(problems().size());
}

QString CrossYearBatch::textSection(bool zh) {
    QString out;
    if (!hasPairs())
        return out;
    out += zh ? QStringLiteral("跨年度核对（同一机关相邻年度）: ")
              : QStringLiteral("cross-year checks (one agency, consecutive years): ");
    if (problems().isEmpty())
        return out + (zh ? QStringLiteral("未发现问题\n") : QStringLiteral("no findings\n"));
    out += QString::number(problems().size()) + u'\n';
    int file = -1;
    for (const Item &item : problems()) {
        if (item.file != file) {
            file = item.file;
            out += QStringLiteral("  ") + DisplayText::line(m_files[file]);
            if (item.previousFile >= 0)
                out += QStringLiteral(" ← ") + DisplayText::line(m_files[item.previousFile]);
            out += u'\n';
        }
        const QString severity = item.finding.severity == Severity::Warning
                                     ? (zh ? QStringLiteral("警告") : QStringLiteral("warning"))
                                     : (zh ? QStringLiteral("提示") : QStringLiteral("info"));
        out += QStringLiteral("   [%1] %2  %3\n")
                   .arg(severity, item.finding.rule,
                        DisplayText::line(zh ? item.finding.zh : item.finding.en));
    }
    return out;
}

QByteArray CrossYearBatch::jsonElement() {
    QByteArray out = "{\"cross_year\":[";
    bool first = true;
    for (const Item &item : problems()) {
        out += first ? "\n" : ",\n";
        first = false;
        const CrossYearSlice &s = m_slices[item.file];
        const EditionSpec &spec = Spec::instance().edition(s.edition);
        out += "{\"file\":";
        jsonString(out, m_files[item.file]);
        out += ",\"previous_file\":";
        if (item.previousFile >= 0)
            jsonString(out, m_files[item.previousFile]);
        else
            out += "null";
        out += ",\"agency_key\":";
        jsonString(out, s.agencyKey);
        out += ",\"year\":" + QByteArray::number(s.year);
        out += ",\"id\":";
        jsonString(out, item.finding.stableId(spec));
        out += ",\"rule\":";
        jsonString(out, item.finding.rule);
        out += ",\"severity\":";
        jsonString(out, severityName(item.finding.severity));
        out += ",\"status\":";
        jsonString(out, findingStatusName(item.finding.status));
        out += ",\"message\":{\"zh\":";
        jsonString(out, item.finding.zh);
        out += ",\"en\":";
        jsonString(out, item.finding.en);
        out += '}';
        out += ",\"cells\":[";
        for (int c = 0; c < item.cells.size(); ++c) {
            if (c)
                out += ',';
            jsonString(out, item.cells[c]);
        }
        out += "],\"expected\":";
        jsonNumber(out, item.finding.expected);
        out += ",\"actual\":";
        jsonNumber(out, item.finding.actual);
        out += '}';
    }
    out += first ? "]}" : "\n]}";
    return out;
}
