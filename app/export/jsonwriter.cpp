#include "jsonwriter.h"

#include <QLocale>

void JsonWriter::separate() {
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_first)
        m_out->append(',');
    m_first = false;
}

void JsonWriter::open(char c) {
    separate();
    m_out->append(c);
    m_first = true;
}

void JsonWriter::close(char c) {
    m_out->append(c);
    m_first = false;
}

void JsonWriter::key(const char *latin1Key) {
    separate();
    m_out->append('"').append(latin1Key).append("\":");
    m_afterKey = true;
}

void JsonWriter::key(QStringView key) {
    separate();
    escaped(key);
    m_out->append(':');
    m_afterKey = true;
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
    m_out->append('"').append(text).append('"');
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
    m_out->append(p, end - p);
}

void JsonWriter::number(double value) {
    separate();
    m_out->append(QByteArray::number(value, 'g', QLocale::FloatingPointShortest));
}

void JsonWriter::rawNumber(const QByteArray &text) {
    separate();
    m_out->append(text);
}

void JsonWriter::boolean(bool value) {
    separate();
    m_out->append(value ? "true" : "false");
}

void JsonWriter::null() {
    separate();
    m_out->append("null");
}

void JsonWriter::escaped(QStringView text) {
    static const char kHex[] = "0123456789abcdef";
    // Written through a pointer into room made once: at most 6 bytes per UTF-16 unit.
    const qsizetype start = m_out->size();
    m_out->resize(start + text.size() * 6 + 2);
    char *o = m_out->data() + start;
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
    m_out->resize(o - m_out->constData());
}
