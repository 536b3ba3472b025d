#include "csvexporter.h"

#include "exportrows.h"

#include <QIODevice>

void CsvExporter::appendField(QByteArray &line, const QString &field) {
    const QByteArray utf8 = field.toUtf8();
    if (utf8.contains(',') || utf8.contains('"') || utf8.contains('\n') || utf8.contains('\r')) {
        line += '"';
        line += QByteArray(utf8).replace('"', "\"\"");
        line += '"';
    } else {
        line += utf8;
    }
}

bool CsvExporter::write(const ExportSet &set, const ExportText &text, QIODevice *device,
                        const Progress &progress, QString *error) {
    QByteArray out("\xEF\xBB\xBF");
    auto appendRow = [&](const QStringList &fields) {
        for (int i = 0; i < fields.size(); ++i) {
            if (i > 0)
                out += ',';
            appendField(out, fields[i]);
        }
        out += "\r\n";
    };
    auto flush = [&] {
        if (device->write(out) != out.size()) {
            *error = device->errorString();
            return false;
        }
        out.clear();
        return true;
    };
    QStringList headers;
    for (const QString &h : ExportRows::headers(text))
        headers << ExportText::safe(h);
    appendRow(headers);
    QStringList fields;
    for (int i = 0; i < set.reports.size(); ++i) {
        ExportRows::forEachCell(set.reports[i], text, [&](int, const QVector<ExportField> &row) {
            fields.clear();
            for (const ExportField &f : row)
                fields << (f.kind == ExportField::Text ? ExportText::safe(f.text) : f.toString());
            appendRow(fields);
        });
        if (out.size() > (1 << 20) && !flush())
            return false;
        if (progress && !progress(i + 1, int(set.reports.size()))) {
            error->clear();
            return false;
        }
    }
    return flush();
}
