#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <cstring>

/**
 * A direct, append-only JSON writer into a QByteArray (UTF-8, compact). The CLI writes ten
 * thousand reports with it: building a QJsonObject tree per report and serialising it cost eight
 * times the import, extraction and validation of the report.
 *
 * Bytes go through a pointer into room made in large steps (QByteArray::append per piece was a
 * fifth of the writing time); the destructor trims the array to what was written.
 *
 * The caller keeps the structure right; the writer only places commas: every value after the
 * first in an object or array gets one.
 */
class JsonWriter {
public:
    explicit JsonWriter(QByteArray *out);
    ~JsonWriter();
    JsonWriter(const JsonWriter &) = delete;
    JsonWriter &operator=(const JsonWriter &) = delete;

    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }
    /// A key inside an object; the next call writes its value.
    template <qsizetype N> void key(const char (&latin1Key)[N]) { literalKey(latin1Key, N - 1); }
    void key(QStringView key);

    void string(QStringView text);
    void stringOrNull(QStringView text); ///< null for an empty text
    void latin1(const char *text);       ///< a string value known to need no escaping
    void integer(qint64 value);
    void number(double value);
    /// A key already quoted and escaped, with its colon: "\"t1.r.regulations.c.issued\":".
    void rawKey(const QByteArray &quotedKeyColon);
    /// A string value already quoted and escaped.
    void rawString(const QByteArray &quoted);
    /// The string "a:b" of two ASCII parts (rule id and cell key: nothing to escape).
    void asciiPair(const QByteArray &a, const QByteArray &b);
    /// Pre-formatted number text ("6944.93"); must be valid JSON.
    void rawNumber(const QByteArray &text);
    void boolean(bool value);
    void null();

private:
    /// A pointer with room for `bytes` more; the array is resized only when it is full.
    char *room(qsizetype bytes) {
        if (m_end + bytes > m_capacity)
            grow(bytes);
        return m_data + m_end;
    }
    void grow(qsizetype bytes);
    // Inline: a report's JSON is thousands of small pieces (a call per piece was a tenth of
    // the writing time).
    void put(const char *text, qsizetype length) {
        std::memcpy(room(length), text, size_t(length));
        m_end += length;
    }
    void literalKey(const char *key, qsizetype n) {
        separate();
        char *o = room(n + 3);
        *o++ = '"';
        std::memcpy(o, key, size_t(n));
        o += n;
        *o++ = '"';
        *o = ':';
        m_end += n + 3;
        m_afterKey = true;
    }
    void separate() {
        if (m_afterKey)
            m_afterKey = false;
        else if (!m_first)
            put(",", 1);
        m_first = false;
    }
    void open(char c) {
        separate();
        put(&c, 1);
        m_first = true;
    }
    void close(char c) {
        put(&c, 1);
        m_first = false;
    }
    void escaped(QStringView text);

    QByteArray *m_out;
    char *m_data = nullptr; ///< m_out's bytes (data() detaches: called on growth only)
    qsizetype m_capacity = 0;
    qsizetype m_end;     ///< bytes written so far in *m_out
    bool m_first = true; ///< no value written yet at this level
    bool m_afterKey = false;
};
