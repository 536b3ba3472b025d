#include "metadataextractor.h"

#include "model/agencykey.h"

#include <QRegularExpression>

namespace {

constexpr int kTitleWindow = 1200; ///< the title is near the top; don't scan the whole report
const QString kReportTitle = QStringLiteral("政府信息公开工作年度报告");

/// Display text of a matchText range, trimmed.
QString displayRange(const SourceDocument &doc, int start, int end) {
    const int s = doc.displayOffset(start);
    const int e = doc.displayOffset(end);
    return doc.displayText.mid(s, e - s).trimmed();
}

/// The agency as printed: without spaces inside (PDF text spaces CJK out) and stray punctuation.
QString cleanAgency(QString agency) {
    static thread_local const QRegularExpression spaces(QStringLiteral("[\\s\\x{3000}]"));
    agency.remove(spaces);
    while (!agency.isEmpty() && QStringLiteral("：:，,。《》“”\"'（(").contains(agency.back()))
        agency.chop(1);
    while (!agency.isEmpty() && QStringLiteral("：:，,。《》“”\"'）)").contains(agency.front()))
        agency.remove(0, 1);
    if (agency.startsWith(QStringLiteral("关于")))
        agency.remove(0, 2);
    return agency;
}

bool plausibleAgency(const QString &a) {
    static thread_local const QRegularExpression sentence(QStringLiteral("[，。；：,;:]"));
    return a.size() >= 2 && a.size() <= 40 && !a.contains(sentence);
}

} // namespace

void MetadataExtractor::extract(const SourceDocument &doc, ReportMeta *meta) {
    const QString &text = doc.matchText;
    static thread_local const QRegularExpression titleRe(
        QStringLiteral("^\\s*(.*?)\\s*((?:19|20)\\d\\d)\\s*年\\s*度?\\s*政府信息公开工作年度报告"));

    // 1. Title: one of the first lines mentions the report title with a year.
    int pos = 0;
    int prevStart = -1, prevEnd = -1;
    while (pos < text.size() && pos < kTitleWindow) {
        int end = int(text.indexOf(u'\n', pos));
        if (end < 0)
            end = int(text.size());
        const QStringView line = QStringView(text).mid(pos, end - pos);
        if (line.contains(kReportTitle) && line.size() < 80) {
            const auto m = titleRe.match(line.toString());
            if (m.hasMatch()) {
                if (!meta->year)
                    meta->year = m.captured(2).toInt();
                QString agency = cleanAgency(
                    displayRange(doc, pos + int(m.capturedStart(1)), pos + int(m.capturedEnd(1))));
                if (agency.isEmpty() && prevStart >= 0)
                    agency = cleanAgency(displayRange(doc, prevStart, prevEnd));
                if (plausibleAgency(agency)) {
                    meta->agency = agency;
                    meta->agencySource = QStringLiteral("title");
                }
                break;
            }
        }
        if (!line.trimmed().isEmpty()) {
            prevStart = pos;
            prevEnd = end;
        }
        pos = end + 1;
    }

    // 2. Year from the statistics period.
    if (!meta->year) {
        static thread_local const QRegularExpression periodRe(QStringLiteral(
            "统计(?:期限|时限|期间|周期|时间)[^0-9\\n]{0,8}((?:19|20)\\d\\d)\\s*年"));
        const auto m = periodRe.match(text);
        if (m.hasMatch())
            meta->year = m.captured(1).toInt();
    }

    // 3. Agency from the contact sentence "如对本年报有疑义，请与…联系".
    if (meta->agency.isEmpty()) {
        static thread_local const QRegularExpression contactRe(
            QStringLiteral("请与([^，。,;；\\n]{2,40}?)联系"));
        const auto m = contactRe.match(text);
        if (m.hasMatch()) {
            QString agency =
                cleanAgency(displayRange(doc, int(m.capturedStart(1)), int(m.capturedEnd(1))));
            if (agency.endsWith(QStringLiteral("办公室")) && agency.size() > 5)
                agency.chop(3);
            if (plausibleAgency(agency)) {
                meta->agency = agency;
                meta->agencySource = QStringLiteral("contact");
            }
        }
    }

    // 4. The issuing body in the opening paragraph: "现公布<agency>2023年度…报告".
    if (meta->agency.isEmpty()) {
        static thread_local const QRegularExpression openingRe(QStringLiteral(
            "(?:公布|发布|编制|制作|现将)\\s*([^，。,;；\\n]{2,40}?)\\s*(?:19|20)\\d\\d\\s*年"));
        const auto m = openingRe.match(text.left(kTitleWindow * 2));
        if (m.hasMatch()) {
            const QString agency =
                cleanAgency(displayRange(doc, int(m.capturedStart(1)), int(m.capturedEnd(1))));
            if (plausibleAgency(agency)) {
                meta->agency = agency;
                meta->agencySource = QStringLiteral("opening");
            }
        }
    }
    meta->agencyKey = AgencyKey::fromAgency(meta->agency);
}
