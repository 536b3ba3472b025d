#include "jsonwriter.h"

#include <QLocale>

#include <algorithm>
#include <cstring>

JsonWriter::JsonWriter(QByteArray *out)
    : m_out(out)
    , m_end(out->size()) {}

JsonWriter::~JsonWriter() {
    m_out->resize(m_end);
}

void JsonWriter::grow(qsizetype bytes) {
    // One report is about 30 KB: start at 64 KB so that it is written without regrowing.
    m_out->resize(std::max({m_out->size() * 2, m_end + bytes + 16384, qsizetype(65536)}));
    m_data = m_out->data();
    m_capacity = m_out->size();
}

void JsonWriter::key(QStringView key) {
    separate();
    escaped(key);
    put(":", 1);
    m_afterKey = true;
}

void JsonWriter::rawKey(const QByteArray &quotedKeyColon) {
    separate();
    put(quotedKeyColon.constData(), quotedKeyColon.size());
    m_afterKey = true;
}

void JsonWriter::rawString(const QByteArray &quoted) {
    separate();
    put(quoted.constData(), quoted.size());
}

void JsonWriter::asciiPair(const QByteArray &a, const QByteArray &b) {
    separate();
    char *o = room(a.size() + b.size() + 3);
    *o++ = '"';
    std::memcpy(o, a.constData(), size_t(a.size()));
    o += a.size();
    *o++ = ':';
    std::memcpy(o, b.constData(), size_t(b.size()));
    o[b.size()] = '"';
    m_end += a.size() + b.size() + 3;
}

void JsonWriter::string(QStringView text) {
    separate();
    escaped(text);
}

void JsonWriter::stringOrNull(QStringView text) {
    if (text.isEmpty())
        null();
    else
        string(text);
}

void JsonWriter::latin1(const char *text) {
    separate();
    const qsizetype n = qsizetype(std::strlen(text));
    char *o = room(n + 2);
    *o++ = '"';
    std::memcpy(o, text, size_t(n));
    o[n] = '"';
    m_end += n + 2;
}

void JsonWriter::integer(qint64 value) {
    separate();
    char buffer[24];
    char *end = buffer + sizeof buffer;
    char *p = end;
    quint64 v = value < 0 ? quint64(0) - quint64(value) : quint64(value);
    do {
        *--p = char('0' + v % 10);
        v /= 10;
    } while (v);
    if (value < 0)
        *--p = '-';
    put(p, end - p);
}

void JsonWriter::number(double value) {
    separate();
    const QByteArray text = QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
    put(text.constData(), text.size());
}

void JsonWriter::rawNumber(const QByteArray &text) {
    separate();
    put(text.constData(), text.size());
}

void JsonWriter::boolean(bool value) {
    separate();
    if (value)
        put("true", 4);
    else
        put("false", 5);
}

void JsonWriter::null() {
    separate();
    put("null", 4);
}

void JsonWriter::escaped(QStringView text) {
    static const char kHex[] = "0123456789abcdef";
    // At most 6 bytes per UTF-16 unit.
    char *const begin = room(text.size() * 6 + 2);
    char *o = begin;
    *o++ = '"';
    const char16_t *p = text.utf16();
    const char16_t *end = p + text.size();
    while (p < end) {
        const char16_t c = *p++;
        if (c < 0x80) {
            if (c >= 0x20 && c != u'"' && c != u'\\') {
                *o++ = char(c);
            } else if (c == u'"' || c == u'\\') {
                *o++ = '\\';
                *o++ = char(c);
            } else if (c == u'\n') {
                *o++ = '\\';
                *o++ = 'n';
            } else if (c == u'\t') {
                *o++ = '\\';
                *o++ = 't';
            } else if (c == u'\r') {
                *o++ = '\\';
                *o++ = 'r';
            } else {
                const char u[] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 15]};
                for (char b : u)
                    *o++ = b;
            }
        } else if (c < 0x800) {
            *o++ = char(0xc0 | (c >> 6));
            *o++ = char(0x80 | (c & 0x3f));
        } else if (QChar::isHighSurrogate(c) && p < end && QChar::isLowSurrogate(*p)) {
            const char32_t u = QChar::surrogateToUcs4(c, *p++);
            *o++ = char(0xf0 | (u >> 18));
            *o++ = char(0x80 | ((u >> 12) & 0x3f));
            *o++ = char(0x80 | ((u >> 6) & 0x3f));
            *o++ = char(0x80 | (u & 0x3f));
        } else if (QChar::isSurrogate(c)) {
            // A lone surrogate has no UTF-8 form: escaped, as QJsonDocument writes it.
            const char u[] = {
                '\\', 'u', kHex[c >> 12], kHex[(c >> 8) & 15], kHex[(c >> 4) & 15], kHex[c & 15]};
            for (char b : u)
                *o++ = b;
        } else {
            *o++ = char(0xe0 | (c >> 12));
            *o++ = char(0x80 | ((c >> 6) & 0x3f));
            *o++ = char(0x80 | (c & 0x3f));
        }
    }
    *o++ = '"';
    m_end += o - begin;
}
