#include "cellinput.h"

CellInput CellInput::parse(const QString &text, ValueType type) {
    CellInput in;
    QString t = text.normalized(QString::NormalizationForm_KC).trimmed();
    t.remove(u',');
    t.remove(u' ');
    if (t.isEmpty()) {
        in.ok = true;
        in.status = CellStatus::Blank;
        return in;
    }
    static const QStringList placeholders{QStringLiteral("/"),  QStringLiteral("-"),
                                          QStringLiteral("—"),  QStringLiteral("－"),
                                          QStringLiteral("--"), QStringLiteral("无")};
    if (placeholders.contains(t)) {
        in.ok = true;
        in.status = CellStatus::Placeholder;
        return in;
    }
    const std::optional<Decimal> value = Decimal::parse(t);
    if (!value) {
        in.error = tr("“%1”不是数字 / “%1” is not a number").arg(text.trimmed());
        return in;
    }
    if (type != ValueType::Decimal && !value->isInteger()) {
        in.error = tr("件数须为整数：“%1” / a count must be a whole number: “%1”").arg(t);
        return in;
    }
    if (type == ValueType::Integer && value->isNegative()) {
        in.error = tr("件数不能为负数：“%1” / a count cannot be negative: “%1”").arg(t);
        return in;
    }
    in.ok = true;
    in.value = value;
    in.status = CellStatus::Edited;
    return in;
}

QString CellInput::format(const Cell &cell) {
    if (cell.value)
        return cell.value->toString();
    // A typed placeholder keeps the printed raw text (e.g. "4") as provenance: show the raw
    // only when it is itself a placeholder, as printed in the report.
    if (cell.status == CellStatus::Placeholder)
        return parse(cell.raw, ValueType::Integer).status == CellStatus::Placeholder
                   ? cell.raw
                   : QStringLiteral("/");
    return QString();
}
