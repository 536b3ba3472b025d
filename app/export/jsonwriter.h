#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

/**
 * A direct, append-only JSON writer into a QByteArray (UTF-8, compact). The CLI writes ten
 * thousand reports with it: building a QJsonObject tree per report and serialising it cost eight
 * times the import, extraction and validation of the report.
 *
 * The caller keeps the structure right; the writer only places commas: every value after the
 * first in an object or array gets one.
 */
class JsonWriter {
public:
    explicit JsonWriter(QByteArray *out)
        : m_out(out) {}

    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }
    /// A key inside an object; the next call writes its value.
    void key(const char *latin1Key);
    void key(QStringView key);

    void string(QStringView text);
    void stringOrNull(QStringView text); ///< null for an empty text
    void latin1(const char *text);       ///< a string value known to need no escaping
    void integer(qint64 value);
    void number(double value);
    /// Pre-formatted number text ("6944.93"); must be valid JSON.
    void rawNumber(const QByteArray &text);
    void boolean(bool value);
    void null();

private:
    void separate();
    void open(char c);
    void close(char c);
    void escaped(QStringView text);

    QByteArray *m_out;
    bool m_first = true; ///< no value written yet at this level
    bool m_afterKey = false;
};
