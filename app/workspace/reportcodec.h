#pragma once

#include "model/cell.h"
#include "model/finding.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QVariant>
#include <QVector>
#include <optional>

/**
 * How report parts are written into workspace columns. Values are Decimal micros as SQL INTEGER
 * (NULL for no value) so nothing is ever rounded through a float; the few structured parts that
 * have no table of their own (extra cells, extractor remarks) are stored as JSON text with the
 * values again as integer micros.
 */
class ReportCodec {
public:
    static QVariant valueToSql(const std::optional<Decimal> &value);
    /// Text for a NOT NULL column: a null QString binds as SQL NULL, so it becomes "".
    static QVariant text(const QString &text) {
        return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
    }
    static std::optional<Decimal> valueFromSql(const QVariant &value);
    static QString rectToText(const QRectF &rect); ///< "" for an empty rect
    static QRectF rectFromText(const QString &text);

    static QJsonObject cellToJson(const Cell &cell);
    static Cell cellFromJson(const QJsonObject &json);
    static QString extraCellsToText(const QHash<QString, Cell> &cells);
    static QHash<QString, Cell> extraCellsFromText(const QString &text);
    static QString findingsToText(const QVector<Finding> &findings);
    static QVector<Finding> findingsFromText(const QString &text);
};
