#pragma once

#include <QByteArray>
#include <QString>
#include <QVector>

class QIODevice;

/**
 * A direct JSON writer: keys come out in the order they are written (QJsonObject sorts them),
 * nothing is built in memory beyond a buffer that is flushed to the device as it fills.
 * Containers opened with `inline` stay on one line; others put each member on its own line.
 */
class OrderedJsonWriter {
public:
    explicit OrderedJsonWriter(QIODevice *device);
    ~OrderedJsonWriter();

    void beginObject(bool inlined = false);
    void endObject();
    void beginArray(bool inlined = false);
    void endArray();
    void key(QStringView name); ///< the next value's key (inside an object)

    void string(QStringView text);
    void stringOrNull(const QString &text); ///< null for an empty text
    void integer(qint64 n);
    void boolean(bool b);
    void null();

    /// Flushes the buffer; false when the device refused bytes.
    bool flush();

private:
    void beforeValue();
    void newline();

    struct Level {
        bool inlined = false;
        bool first = true;
        bool object = false;
    };
    QIODevice *m_device;
    QByteArray m_buffer;
    QVector<Level> m_levels;
    bool m_afterKey = false;
    bool m_ok = true;
};
