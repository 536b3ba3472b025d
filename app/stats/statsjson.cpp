#include "statsjson.h"

#include "measure.h"

#include "export/jsonwriter.h"
#include "model/numberpolicy.h"

QByteArray StatsJson::write(const QVector<AgencySeries> &agencies) {
    QByteArray out;
    {
        JsonWriter w(&out);
        w.beginObject();
        w.key("agencies");
        w.beginArray();
        for (const AgencySeries &s : agencies) {
            w.beginObject();
            w.key("agency_key");
            w.string(s.agencyKey);
            w.key("agency");
            w.string(s.agency);
            w.key("years");
            w.beginArray();
            for (const StatsPoint &p : s.points) {
                w.beginObject();
                w.key("year");
                w.integer(p.year);
                w.key("edition");
                w.string(editionName(p.edition));
                w.key("report");
                w.string(p.report);
                for (int m : Measures::core()) {
                    w.key(Measures::at(m).id);
                    NumberPolicy::writeJson(w, p.values.value(m).value, ValueType::Integer);
                }
                w.key("uncertain");
                w.beginArray();
                for (const UncertainCell &u : p.uncertain())
                    w.string(u.key);
                w.endArray();
                w.endObject();
            }
            w.endArray();
            w.endObject();
        }
        w.endArray();
        w.endObject();
    }
    out += '\n';
    return out;
}
