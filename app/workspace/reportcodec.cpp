#include "reportcodec.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {
// JSON numbers are doubles: micros go through as strings to stay exact beyond 2^53.
QJsonValue microsJson(const std::optional<Decimal> &v) {
    return v ? QJsonValue(QString::number(v->micros())) : QJsonValue();
}
std::optional<Decimal> microsFromJson(const QJsonValue &v) {
    if (!v.isString())
        return std::nullopt;
    bool ok = false;
    const qint64 m = v.toString().toLongLong(&ok);
    return ok ? std::optional<Decimal>(Decimal::fromMicros(m)) : std::nullopt;
}
QJsonArray intsToJson(const QVector<int> &v) {
    QJsonArray a;
    for (int i : v)
        a.append(i);
    return a;
}
QVector<int> intsFromJson(const QJsonValue &v) {
    QVector<int> out;
    for (const QJsonValue &x : v.toArray())
        out << x.toInt();
    return out;
}
FindingStatus statusFromName(const QString &s) {
    for (auto st : {FindingStatus::Pass, FindingStatus::Fail, FindingStatus::Unverifiable,
                    FindingStatus::Empty})
        if (findingStatusName(st) == s)
            return st;
    return FindingStatus::Fail;
}
Severity severityFromName(const QString &s) {
    for (auto sv : {Severity::Error, Severity::Warning, Severity::Info})
        if (severityName(sv) == s)
            return sv;
    return Severity::Error;
}
} // namespace

QVariant ReportCodec::valueToSql(const std::optional<Decimal> &value) {
    return value ? QVariant(value->micros()) : QVariant(QMetaType(QMetaType::LongLong));
}

std::optional<Decimal> ReportCodec::valueFromSql(const QVariant &value) {
    if (value.isNull())
        return std::nullopt;
    return Decimal::fromMicros(value.toLongLong());
}

QString ReportCodec::rectToText(const QRectF &r) {
    if (r.isNull())
        return QString();
    return QStringLiteral("%1,%2,%3,%4")
        .arg(r.x(), 0, 'g', 17)
        .arg(r.y(), 0, 'g', 17)
        .arg(r.width(), 0, 'g', 17)
        .arg(r.height(), 0, 'g', 17);
}

QRectF ReportCodec::rectFromText(const QString &text) {
    const QStringList p = text.split(u',');
    if (p.size() != 4)
        return QRectF();
    return QRectF(p[0].toDouble(), p[1].toDouble(), p[2].toDouble(), p[3].toDouble());
}

QJsonObject ReportCodec::cellToJson(const Cell &c) {
    return QJsonObject{{QStringLiteral("value"), microsJson(c.value)},
                       {QStringLiteral("status"), cellStatusName(c.status)},
                       {QStringLiteral("raw"), c.raw},
                       {QStringLiteral("note"), c.note},
                       {QStringLiteral("start"), c.anchor.start},
                       {QStringLiteral("length"), c.anchor.length},
                       {QStringLiteral("page"), c.anchor.page},
                       {QStringLiteral("rect"), rectToText(c.anchor.rect)}};
}

Cell ReportCodec::cellFromJson(const QJsonObject &o) {
    Cell c;
    c.value = microsFromJson(o.value(u"value"));
    c.status = cellStatusFromName(o.value(u"status").toString()).value_or(CellStatus::Missing);
    c.raw = o.value(u"raw").toString();
    c.note = o.value(u"note").toString();
    c.anchor.start = o.value(u"start").toInt(-1);
    c.anchor.length = o.value(u"length").toInt();
    c.anchor.page = o.value(u"page").toInt(-1);
    c.anchor.rect = rectFromText(o.value(u"rect").toString());
    return c;
}

QString ReportCodec::extraCellsToText(const QHash<QString, Cell> &cells) {
    QJsonObject o;
    for (auto it = cells.cbegin(); it != cells.cend(); ++it)
        o.insert(it.key(), cellToJson(it.value()));
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QHash<QString, Cell> ReportCodec::extraCellsFromText(const QString &text) {
    QHash<QString, Cell> out;
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    for (auto it = o.begin(); it != o.end(); ++it)
        out.insert(it.key(), cellFromJson(it.value().toObject()));
    return out;
}

QString ReportCodec::findingsToText(const QVector<Finding> &findings) {
    QJsonArray a;
    for (const Finding &f : findings) {
        QJsonObject o{{QStringLiteral("rule"), f.rule},
                      {QStringLiteral("instance"), f.instance},
                      {QStringLiteral("status"), findingStatusName(f.status)},
                      {QStringLiteral("severity"), severityName(f.severity)},
                      {QStringLiteral("lhs"), intsToJson(f.lhs)},
                      {QStringLiteral("rhs"), intsToJson(f.rhs)},
                      {QStringLiteral("expected"), microsJson(f.expected)},
                      {QStringLiteral("actual"), microsJson(f.actual)},
                      {QStringLiteral("zh"), f.zh},
                      {QStringLiteral("en"), f.en}};
        if (f.suggestion)
            o.insert(QStringLiteral("suggestion"),
                     QJsonObject{{QStringLiteral("cell"), f.suggestion->cell},
                                 {QStringLiteral("value"), microsJson(f.suggestion->value)}});
        a.append(o);
    }
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QVector<Finding> ReportCodec::findingsFromText(const QString &text) {
    QVector<Finding> out;
    for (const QJsonValue &v : QJsonDocument::fromJson(text.toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        Finding f;
        f.rule = o.value(u"rule").toString();
        f.instance = o.value(u"instance").toInt(-1);
        f.status = statusFromName(o.value(u"status").toString());
        f.severity = severityFromName(o.value(u"severity").toString());
        f.lhs = intsFromJson(o.value(u"lhs"));
        f.rhs = intsFromJson(o.value(u"rhs"));
        f.expected = microsFromJson(o.value(u"expected"));
        f.actual = microsFromJson(o.value(u"actual"));
        f.zh = o.value(u"zh").toString();
        f.en = o.value(u"en").toString();
        if (o.contains(u"suggestion")) {
            const QJsonObject s = o.value(u"suggestion").toObject();
            if (auto val = microsFromJson(s.value(u"value")))
                f.suggestion = Suggestion{s.value(u"cell").toInt(-1), *val};
        }
        out << f;
    }
    return out;
}
