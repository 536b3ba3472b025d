#include "orderedjsonwriter.h"

#include <QIODevice>

namespace {
constexpr qsizetype kFlushAt = 1 << 20;

void appendEscaped(QByteArray &out, QStringView text) {
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (c < 0x20) {
                static const char hex[] = "0123456789abcdef";
                out += "\\u00";
                out += hex[c >> 4];
                out += hex[c & 15];
            } else {
                out += char(c);
            }
        }
    }
    out += '"';
}
} // namespace

OrderedJsonWriter::OrderedJsonWriter(QIODevice *device)
    : m_device(device) {
    m_buffer.reserve(kFlushAt + 4096);
}

OrderedJsonWriter::~OrderedJsonWriter() {
    flush();
}

void OrderedJsonWriter::newline() {
    m_buffer += '\n';
    m_buffer.append(QByteArray(2 * m_levels.size(), ' '));
}

void OrderedJsonWriter::beforeValue() {
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_levels.isEmpty())
        return;
    Level &level = m_levels.last();
    if (!level.first)
        m_buffer += level.inlined ? ", " : ",";
    if (!level.inlined)
        newline();
    level.first = false;
}

void OrderedJsonWriter::key(QStringView name) {
    beforeValue();
    appendEscaped(m_buffer, name);
    m_buffer += ": ";
    m_afterKey = true;
}

void OrderedJsonWriter::beginObject(bool inlined) {
    beforeValue();
    m_buffer += '{';
    m_levels << Level{inlined || (!m_levels.isEmpty() && m_levels.last().inlined), true, true};
}

void OrderedJsonWriter::beginArray(bool inlined) {
    beforeValue();
    m_buffer += '[';
    m_levels << Level{inlined || (!m_levels.isEmpty() && m_levels.last().inlined), true, false};
}

void OrderedJsonWriter::endObject() {
    const Level level = m_levels.takeLast();
    if (!level.inlined && !level.first)
        newline();
    m_buffer += '}';
    if (m_buffer.size() >= kFlushAt)
        flush();
}

void OrderedJsonWriter::endArray() {
    const Level level = m_levels.takeLast();
    if (!level.inlined && !level.first)
        newline();
    m_buffer += ']';
    if (m_buffer.size() >= kFlushAt)
        flush();
}

void OrderedJsonWriter::string(QStringView text) {
    beforeValue();
    appendEscaped(m_buffer, text);
}

void OrderedJsonWriter::stringOrNull(const QString &text) {
    if (text.isEmpty())
        null();
    else
        string(text);
}

void OrderedJsonWriter::integer(qint64 n) {
    beforeValue();
    m_buffer += QByteArray::number(n);
}

void OrderedJsonWriter::boolean(bool b) {
    beforeValue();
    m_buffer += b ? "true" : "false";
}

void OrderedJsonWriter::null() {
    beforeValue();
    m_buffer += "null";
}

bool OrderedJsonWriter::flush() {
    if (m_levels.isEmpty() && !m_buffer.isEmpty() && !m_buffer.endsWith('\n'))
        m_buffer += '\n';
    if (!m_buffer.isEmpty() && m_ok)
        m_ok = m_device->write(m_buffer) == m_buffer.size();
    m_buffer.clear();
    return m_ok;
}
