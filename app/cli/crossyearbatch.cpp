#include "crossyearbatch.h"

#include "export/jsonwriter.h"
#include "model/displaytext.h"
#include "model/numberpolicy.h"
#include "model/spec.h"

#include <QMutexLocker>

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
    QByteArray out;
    { // the writer trims `out` to what it wrote when it goes
        JsonWriter w(&out);
        w.beginObject();
        w.key("cross_year");
        w.beginArray();
        for (const Item &item : problems()) {
            const CrossYearSlice &s = m_slices[item.file];
            const EditionSpec &spec = Spec::instance().edition(s.edition);
            w.beginObject();
            w.key("file");
            w.string(m_files[item.file]);
            w.key("previous_file");
            if (item.previousFile >= 0)
                w.string(m_files[item.previousFile]);
            else
                w.null();
            w.key("agency_key");
            w.string(s.agencyKey);
            w.key("year");
            w.integer(s.year);
            w.key("id");
            w.string(item.finding.stableId(spec));
            w.key("rule");
            w.string(item.finding.rule);
            w.key("severity");
            w.string(severityName(item.finding.severity));
            w.key("status");
            w.string(findingStatusName(item.finding.status));
            w.key("message");
            w.beginObject();
            w.key("zh");
            w.string(item.finding.zh);
            w.key("en");
            w.string(item.finding.en);
            w.endObject();
            w.key("cells");
            w.beginArray();
            for (const QString &cell : item.cells)
                w.string(cell);
            w.endArray();
            w.key("expected");
            NumberPolicy::writeJson(w, item.finding.expected, ValueType::Integer);
            w.key("actual");
            NumberPolicy::writeJson(w, item.finding.actual, ValueType::Integer);
            w.endObject();
        }
        w.endArray();
        w.endObject();
    }
    return out;
}
