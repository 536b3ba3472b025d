#pragma once

// Test helper: builds the bytes of a text in a given encoding. Uses ICU directly for legacy
// codepages so that the tests do not depend on how Qt was built.

#include <QByteArray>
#include <QString>
#include <QStringEncoder>

#include <unicode/ucnv.h>

namespace EncodeBytes {

/// @p text in @p encoding: "UTF-8", "UTF-8 (BOM)", "UTF-16LE", "UTF-16BE" (with BOM),
/// "UTF-16LE (no BOM)", "UTF-16BE (no BOM)", "UTF-32LE" (with BOM), or an ICU codepage name.
inline QByteArray encode(const QString &text, const QString &encoding) {
    const bool bom = !encoding.contains(QLatin1String("no BOM"));
    auto qt = [&](QStringConverter::Encoding e, bool withBom) {
        QStringEncoder enc(e, withBom ? QStringConverter::Flag::WriteBom
                                      : QStringConverter::Flag::Default);
        return QByteArray(enc(text));
    };
    if (encoding == QLatin1String("UTF-8"))
        return qt(QStringConverter::Utf8, false);
    if (encoding == QLatin1String("UTF-8 (BOM)"))
        return qt(QStringConverter::Utf8, true);
    if (encoding.startsWith(QLatin1String("UTF-16LE")))
        return qt(QStringConverter::Utf16LE, bom);
    if (encoding.startsWith(QLatin1String("UTF-16BE")))
        return qt(QStringConverter::Utf16BE, bom);
    if (encoding == QLatin1String("UTF-32LE"))
        return qt(QStringConverter::Utf32LE, true);
    UErrorCode status = U_ZERO_ERROR;
    const QByteArray name = encoding.toLatin1();
    QByteArray out(int(text.size()) * 4 + 16, '\0');
    const int32_t n = ucnv_convert(name.constData(), "UTF-16LE", out.data(), int32_t(out.size()),
                                   reinterpret_cast<const char *>(text.utf16()),
                                   int32_t(text.size() * 2), &status);
    if (U_FAILURE(status))
        return {};
    out.truncate(n);
    return out;
}

} // namespace EncodeBytes
