#include "statsjson.h"

#include "measure.h"

namespace {

void string(QByteArray &out, const QString &text) {
    out += '"';
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'"' || u == u'\\') {
            out += '\\';
            out += char(u);
        } else if (u == u'\n') {
            out += "\\n";
        } else if (u == u'\r') {
            out += "\\r";
        } else if (u == u'\t') {
            out += "\\t";
        } else if (u < 0x20) {
            out += "\\u00";
            out += QByteArray::number(int(u), 16).rightJustified(2, '0');
        } else {
            out += QString(c).toUtf8();
        }
    }
    out += '"';
}

void number(QByteArray &out, const std::optional<Decimal> &v) {
    if (!v)
        out += "null";
    else if (v->isInteger())
        out += QByteArray::number(v->integerPart());
    else
        string(out, v->toString());
}

} // namespace

QByteArray StatsJson::write(const QVector<AgencySeries> &agencies) {
    QByteArray out = "{\"agencies\":[";
    for (int a = 0; a < agencies.size(); ++a) {
        const AgencySeries &s = agencies[a];
        out += a ? ",\n" : "\n";
        out += "{\"agency_key\":";
        string(out, s.agencyKey);
        out += ",\"agency\":";
        string(out, s.agency);
        out += ",\"years\":[";
        for (int y = 0; y < s.points.size(); ++y) {
            const StatsPoint &p = s.points[y];
            out += y ? ",\n  " : "\n  ";
            out += "{\"year\":" + QByteArray::number(p.year) + ",\"edition\":";
            string(out, editionName(p.edition));
            out += ",\"report\":";
            string(out, p.report);
            for (int m : Measures::core()) {
                out += ",\"" + Measures::at(m).id.toLatin1() + "\":";
                number(out, p.values.value(m).value);
            }
            out += ",\"uncertain\":[";
            const QVector<UncertainCell> uncertain = p.uncertain();
            for (int u = 0; u < uncertain.size(); ++u) {
                if (u)
                    out += ',';
                string(out, uncertain[u].key);
            }
            out += "]}";
        }
        out += "]}";
    }
    out += agencies.isEmpty() ? "]}\n" : "\n]}\n";
    return out;
}
