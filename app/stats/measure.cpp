#include "measure.h"

#include "model/spec.h"

namespace {

QStringList applicantColumns() {
    return {QStringLiteral("natural_person"),       QStringLiteral("commercial_enterprise"),
            QStringLiteral("research_institution"), QStringLiteral("social_welfare_org"),
            QStringLiteral("legal_service_org"),    QStringLiteral("other_org")};
}

Measure t2(const char *id, MeasureGroup group, QStringList rows, const char *zh, const char *en,
           const char *parent = "") {
    Measure m;
    m.id = QLatin1String(id);
    m.group = group;
    m.table = 2;
    m.rows = std::move(rows);
    m.columns = {QStringLiteral("total")};
    m.parent = QLatin1String(parent);
    m.zh = zh;
    m.en = en;
    return m;
}

Measure t3(const char *id, MeasureGroup group, QStringList columns, const char *zh,
           const char *en) {
    Measure m;
    m.id = QLatin1String(id);
    m.group = group;
    m.table = 3;
    m.columns = std::move(columns);
    m.zh = zh;
    m.en = en;
    return m;
}

QVector<Measure> build() {
    using G = MeasureGroup;
    auto s = [](const char *a) { return QLatin1String(a); };
    QVector<Measure> out{
        t2("new_received", G::Flow, {s("new_received")}, "本年新收", "new requests"),
        t2("carried_over", G::Flow, {s("carried_over")}, "上年结转", "carried over"),
        t2("granted", G::Outcome, {s("granted")}, "予以公开", "disclosed"),
        t2("partially_granted", G::Outcome, {s("partially_granted")}, "部分公开",
           "partially disclosed"),
        t2("denied", G::Outcome, {s("denied_subtotal")}, "不予公开", "not disclosed"),
        t2("unable", G::Outcome, {s("unable_subtotal")}, "无法提供", "unable to provide"),
        t2("not_processed", G::Outcome, {s("not_processed_subtotal")}, "不予处理", "not processed"),
        t2("other_handling", G::Outcome, {s("other_handling")}, "其他处理", "other handling"),
        t2("results_total", G::Total, {s("results_total")}, "（七）总计", "(7) total"),
        t2("carry_forward", G::Flow, {s("carry_forward")}, "结转下年度", "carried forward"),
        t3("review_total", G::Review, {s("review_total")}, "行政复议", "administrative reviews"),
        t3("litigation_total", G::Litigation, {s("lit_direct_total"), s("lit_after_review_total")},
           "行政诉讼", "lawsuits"),
    };
    // The items of the outcome categories, as the spec lists them.
    struct Item {
        const char *id, *row, *parent, *zh, *en;
    };
    const Item items[] = {
        {"denied_state_secret", "denied_state_secret", "denied", "1.属于国家秘密",
         "1. state secret"},
        {"denied_law_prohibited", "denied_law_prohibited", "denied", "2.其他法律行政法规禁止公开",
         "2. prohibited by law"},
        {"denied_three_security_one_stability", "denied_three_security_one_stability", "denied",
         "3.危及“三安全一稳定”", "3. security and stability"},
        {"denied_third_party_rights", "denied_third_party_rights", "denied", "4.保护第三方合法权益",
         "4. third-party rights"},
        {"denied_internal_affairs", "denied_internal_affairs", "denied", "5.属于三类内部事务信息",
         "5. internal affairs"},
        {"denied_process_info", "denied_process_info", "denied", "6.属于四类过程性信息",
         "6. process information"},
        {"denied_enforcement_file", "denied_enforcement_file", "denied", "7.属于行政执法案卷",
         "7. enforcement files"},
        {"denied_admin_query", "denied_admin_query", "denied", "8.属于行政查询事项",
         "8. administrative queries"},
        {"unable_not_held", "unable_not_held", "unable", "1.本机关不掌握", "1. not held"},
        {"unable_need_creation", "unable_need_creation", "unable", "2.需另行制作",
         "2. would have to be created"},
        {"unable_still_unclear", "unable_still_unclear", "unable", "3.补正后仍不明确",
         "3. still unclear"},
        {"not_processed_complaint", "not_processed_complaint", "not_processed", "1.信访举报投诉类",
         "1. petitions and complaints"},
        {"not_processed_repeat", "not_processed_repeat", "not_processed", "2.重复申请",
         "2. repeated requests"},
        {"not_processed_publication", "not_processed_publication", "not_processed",
         "3.要求提供公开出版物", "3. publications"},
        {"not_processed_mass_repeat", "not_processed_mass_repeat", "not_processed",
         "4.大量反复申请", "4. mass repeated requests"},
        {"not_processed_confirm_reissue", "not_processed_confirm_reissue", "not_processed",
         "5.要求确认或重新出具", "5. confirm or reissue"},
        {"other_no_correction", "other_no_correction", "other_handling", "1.逾期不补正（2021）",
         "1. no correction (2021)"},
        {"other_fee_unpaid", "other_fee_unpaid", "other_handling", "2.逾期未缴费（2021）",
         "2. fee unpaid (2021)"},
        {"other_other", "other_other", "other_handling", "3.其他（2021）", "3. other (2021)"},
    };
    for (const Item &i : items)
        out << t2(i.id, MeasureGroup::Item, {QLatin1String(i.row)}, i.zh, i.en, i.parent);

    // Applicant mix of the new requests: natural persons against the five organisation columns.
    Measure natural =
        t2("applicant_natural", G::Applicant, {s("new_received")}, "自然人申请", "natural persons");
    natural.columns = {QStringLiteral("natural_person")};
    Measure orgs = t2("applicant_organisations", G::Applicant, {s("new_received")},
                      "法人或其他组织申请", "legal persons and organisations");
    orgs.columns = applicantColumns().mid(1);
    out << natural << orgs;

    // Table 3 by result: review, and litigation (direct and after review together).
    const char *results[][3] = {{"maintained", "维持", "upheld"},
                                {"corrected", "纠正", "corrected"},
                                {"other", "其他结果", "other result"},
                                {"pending", "尚未审结", "pending"}};
    for (const auto &r : results) {
        const QString result = QLatin1String(r[0]);
        Measure review = t3("", G::Review, {QStringLiteral("review_") + result}, r[1], r[2]);
        review.id = QStringLiteral("review_") + result;
        Measure lit = t3(
            "", G::Litigation,
            {QStringLiteral("lit_direct_") + result, QStringLiteral("lit_after_review_") + result},
            r[1], r[2]);
        lit.id = QStringLiteral("litigation_") + result;
        out << review << lit;
    }
    return out;
}

} // namespace

const QVector<Measure> &Measures::all() {
    static const QVector<Measure> measures = build();
    return measures;
}

int Measures::indexOf(const QString &id) {
    const QVector<Measure> &m = all();
    for (int i = 0; i < m.size(); ++i)
        if (m[i].id == id)
            return i;
    return -1;
}

QVector<int> Measures::ofGroup(MeasureGroup group) {
    QVector<int> out;
    for (int i = 0; i < all().size(); ++i)
        if (all()[i].group == group)
            out << i;
    return out;
}

QVector<int> Measures::itemsOf(const QString &category) {
    QVector<int> out;
    for (int i = 0; i < all().size(); ++i)
        if (all()[i].parent == category)
            out << i;
    return out;
}

QString Measures::label(int index, bool chinese) {
    const Measure &m = all()[index];
    return QString::fromUtf8(chinese ? m.zh : m.en);
}

QStringList Measures::rowsIn(const Measure &measure, Edition edition) {
    const EditionSpec &spec = Spec::instance().edition(edition);
    QStringList out;
    for (const QString &row : measure.rows) {
        const QString total = QStringLiteral("t2.r.%1.c.total").arg(row);
        if (spec.indexOf(total) >= 0) {
            out << row;
            continue;
        }
        for (const DerivedSpec &d : spec.derived)
            if (d.key == total)
                for (int cell : d.addends)
                    out << spec.cell(cell).rowId;
    }
    return out;
}

const QVector<int> &Measures::core() {
    static const QVector<int> ids = [] {
        QVector<int> out;
        for (const char *id :
             {"new_received", "carried_over", "granted", "partially_granted", "denied", "unable",
              "not_processed", "other_handling", "results_total", "carry_forward", "review_total",
              "litigation_total"})
            out << indexOf(QLatin1String(id));
        return out;
    }();
    return ids;
}
