#include "import/unicodetext.h"

#include <QStringDecoder>

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/unorm2.h>
#include <unicode/utf16.h>
#include <unicode/uversion.h>

#include <array>
#include <cstring>
#include <memory>

static_assert(sizeof(UChar) == sizeof(char16_t), "QString and ICU share UTF-16 code units");

namespace {

const UChar *uchars(const QString &s) {
    return reinterpret_cast<const UChar *>(s.utf16());
}

struct ConverterDeleter {
    void operator()(UConverter *c) const { ucnv_close(c); }
};
using ConverterPtr = std::unique_ptr<UConverter, ConverterDeleter>;

struct DetectorDeleter {
    void operator()(UCharsetDetector *d) const { ucsdet_close(d); }
};

/// Decodes with an ICU converter. With @p strict, any invalid byte fails the whole decode;
/// otherwise invalid bytes become U+FFFD and are counted in @p replaced.
std::optional<QString> icuDecode(const char *codepage, const QByteArray &bytes, bool strict,
                                 int *replaced) {
    UErrorCode status = U_ZERO_ERROR;
    ConverterPtr conv(ucnv_open(codepage, &status));
    if (U_FAILURE(status))
        return std::nullopt;
    if (strict) {
        ucnv_setToUCallBack(conv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr,
                            &status);
    } else {
        ucnv_setToUCallBack(conv.get(), UCNV_TO_U_CALLBACK_SUBSTITUTE, nullptr, nullptr, nullptr,
                            &status);
    }
    // Every supported multi-byte codepage yields at most one UTF-16 unit per input byte.
    QString out(bytes.size() + 1, Qt::Uninitialized);
    status = U_ZERO_ERROR;
    const int32_t n = ucnv_toUChars(conv.get(), reinterpret_cast<UChar *>(out.data()), out.size(),
                                    bytes.constData(), bytes.size(), &status);
    if (U_FAILURE(status))
        return std::nullopt;
    out.truncate(n);
    if (replaced)
        *replaced = int(out.count(QChar::ReplacementCharacter));
    return out;
}

/// ICU's charset detector: confidence (0..100) that @p bytes are in @p name.
int detectorConfidence(const QByteArray &bytes, const char *name, QByteArray *bestName) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UCharsetDetector, DetectorDeleter> det(ucsdet_open(&status));
    if (U_FAILURE(status))
        return 0;
    // The first 64 KB say as much as 50 MB would.
    ucsdet_setText(det.get(), bytes.constData(), int32_t(qMin<qsizetype>(bytes.size(), 1 << 16)),
                   &status);
    int32_t count = 0;
    const UCharsetMatch **matches = ucsdet_detectAll(det.get(), &count, &status);
    if (U_FAILURE(status))
        return 0;
    int confidence = 0;
    for (int32_t i = 0; i < count; ++i) {
        const char *matchName = ucsdet_getName(matches[i], &status);
        if (U_FAILURE(status) || !matchName)
            break;
        if (i == 0 && bestName)
            *bestName = matchName;
        if (std::strcmp(matchName, name) == 0)
            confidence = qMax(confidence, int(ucsdet_getConfidence(matches[i], &status)));
    }
    return confidence;
}

/// Characters expected in a report: ASCII and Latin-1 text, general punctuation (“” — …),
/// circled numbers, CJK punctuation and ideographs, full-width forms.
bool plausible(char16_t u) {
    return (u >= 0x20 && u < 0x7F) || u == u'\n' || u == u'\r' || u == u'\t' ||
           (u >= 0xA0 && u < 0x100) || (u >= 0x2000 && u < 0x2070) || (u >= 0x2460 && u < 0x2500) ||
           (u >= 0x3000 && u < 0x3040) || (u >= 0x3400 && u < 0xA000) ||
           (u >= 0xFF00 && u < 0xFFF0);
}

/// BOM-less UTF-16 (it has NUL bytes on every ASCII character): the byte order under which
/// nearly all code units are plausible report characters.
std::optional<QStringConverter::Encoding> utf16ByteOrder(const QByteArray &bytes) {
    const qsizetype n = qMin<qsizetype>(bytes.size() & ~qsizetype(1), 1 << 16);
    const auto *b = reinterpret_cast<const uchar *>(bytes.constData());
    qsizetype le = 0, be = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        le += plausible(char16_t(b[i] | (b[i + 1] << 8)));
        be += plausible(char16_t((b[i] << 8) | b[i + 1]));
    }
    const qsizetype units = n / 2;
    if (units == 0)
        return std::nullopt;
    if (le > be && le * 10 >= units * 9)
        return QStringConverter::Utf16LE;
    if (be > le && be * 10 >= units * 9)
        return QStringConverter::Utf16BE;
    return std::nullopt;
}

/// Qt decode counting invalid sequences (they become U+FFFD).
QString qtDecode(QStringConverter::Encoding enc, QByteArrayView bytes, int *replaced) {
    QStringDecoder decoder(enc, QStringConverter::Flag::Stateless);
    QString text = decoder(bytes);
    *replaced = 0;
    if (decoder.hasError()) {
        // Literal U+FFFD in the input is not a decoding error.
        const int literal = enc == QStringConverter::Utf8 ? int(bytes.count("\xEF\xBF\xBD")) : 0;
        *replaced = qMax(1, int(text.count(QChar::ReplacementCharacter)) - literal);
    }
    return text;
}

qsizetype nonAsciiCount(const QString &text) {
    qsizetype n = 0;
    for (QChar c : text)
        n += c.unicode() >= 0x80 && c != QChar::ReplacementCharacter;
    return n;
}

/// Strict UTF-8 to UTF-16 (RFC 3629: no overlong forms, no surrogates, nothing past U+10FFFF).
/// Returns false on the first invalid or truncated sequence. Written out because it is the hot
/// path of every import and both Qt's and ICU's general converters are several times slower.
bool decodeUtf8Strict(const QByteArray &bytes, QString *out) {
    const auto *s = reinterpret_cast<const uchar *>(bytes.constData());
    const qsizetype n = bytes.size();
    QString text(n, Qt::Uninitialized);
    char16_t *const begin = reinterpret_cast<char16_t *>(text.data());
    char16_t *d = begin;
    qsizetype i = 0;
    while (i < n) {
        const uchar c = s[i];
        if (c < 0x80) {
            *d++ = c;
            ++i;
            continue;
        }
        auto cont = [&](qsizetype k) { return (s[k] & 0xC0) == 0x80; };
        if (c >= 0xE0 && c < 0xF0) { // CJK: the most common case first, checks without branches
            if (i + 2 >= n)
                return false;
            const uchar c1 = s[i + 1], c2 = s[i + 2];
            // Second byte range per lead: E0 excludes overlong forms, ED excludes surrogates.
            const uchar lo = c == 0xE0 ? 0xA0 : 0x80;
            const uchar span = c == 0xED ? 0x1F : c == 0xE0 ? 0x1F : 0x3F;
            if ((uchar(c1 - lo) > span) | ((c2 & 0xC0) != 0x80))
                return false;
            *d++ = char16_t(((c & 0x0F) << 12) | ((c1 & 0x3F) << 6) | (c2 & 0x3F));
            i += 3;
        } else if (c >= 0xC2 && c < 0xE0) {
            if (i + 1 >= n || !cont(i + 1))
                return false;
            *d++ = char16_t(((c & 0x1F) << 6) | (s[i + 1] & 0x3F));
            i += 2;
        } else if (c >= 0xF0 && c < 0xF5) {
            if (i + 3 >= n || !cont(i + 1) || !cont(i + 2) || !cont(i + 3))
                return false;
            const uchar c1 = s[i + 1];
            if ((c == 0xF0 && c1 < 0x90) || (c == 0xF4 && c1 >= 0x90))
                return false; // overlong, or past U+10FFFF
            const char32_t cp = (char32_t(c & 0x07) << 18) | (char32_t(c1 & 0x3F) << 12) |
                                (char32_t(s[i + 2] & 0x3F) << 6) | (s[i + 3] & 0x3F);
            *d++ = QChar::highSurrogate(cp);
            *d++ = QChar::lowSurrogate(cp);
            i += 4;
        } else {
            return false;
        }
    }
    text.truncate(d - begin);
    *out = std::move(text);
    return true;
}

/// A few undecodable bytes among many good characters are damage, not a wrong guess.
bool fewErrors(int errors, qsizetype goodNonAscii) {
    return errors * 20 <= goodNonAscii;
}

} // namespace

std::optional<UnicodeText::Decoded> UnicodeText::decode(const QByteArray &bytes,
                                                        DecodeError *error) {
    if (error)
        *error = DecodeError::None;
    Decoded d;
    auto withBom = [&](QStringConverter::Encoding enc, int bomSize,
                       const char *name) -> std::optional<Decoded> {
        d.text = qtDecode(enc, QByteArrayView(bytes).sliced(bomSize), &d.replacementCount);
        d.encoding = QString::fromLatin1(name);
        if (d.text.startsWith(QChar::ByteOrderMark))
            d.text.remove(0, 1);
        // Text has no NUL characters: this is binary data that happens to look like UTF-16.
        if (d.text.contains(QChar(0))) {
            if (error)
                *error = DecodeError::Binary;
            return std::nullopt;
        }
        return d;
    };
    if (bytes.startsWith(QByteArrayView("\xFF\xFE\0\0", 4)))
        return withBom(QStringConverter::Utf32LE, 4, "UTF-32LE");
    if (bytes.startsWith(QByteArrayView("\0\0\xFE\xFF", 4)))
        return withBom(QStringConverter::Utf32BE, 4, "UTF-32BE");
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return withBom(QStringConverter::Utf8, 3, "UTF-8 (BOM)");
    if (bytes.startsWith("\xFF\xFE"))
        return withBom(QStringConverter::Utf16LE, 2, "UTF-16LE");
    if (bytes.startsWith("\xFE\xFF"))
        return withBom(QStringConverter::Utf16BE, 2, "UTF-16BE");

    if (std::memchr(bytes.constData(), 0, bytes.size())) {
        const auto enc = utf16ByteOrder(bytes);
        if (!enc) {
            if (error)
                *error = DecodeError::Binary;
            return std::nullopt;
        }
        const bool le = *enc == QStringConverter::Utf16LE;
        return withBom(*enc, 0, le ? "UTF-16LE" : "UTF-16BE");
    }

    // Strict UTF-8 first: the common case.
    if (decodeUtf8Strict(bytes, &d.text)) {
        d.encoding = QStringLiteral("UTF-8");
        return d;
    }
    int utf8Errors = 0;
    QString utf8 = qtDecode(QStringConverter::Utf8, bytes, &utf8Errors);
    if (utf8Errors == 0) { // Qt accepts what the strict decoder refused: trust Qt
        d.text = std::move(utf8);
        d.encoding = QStringLiteral("UTF-8");
        return d;
    }

    // A UTF-8 file with a few damaged bytes stays UTF-8: GB18030 would read it as mojibake. Real
    // GB18030 text has invalid UTF-8 at nearly every non-ASCII character, so it never passes.
    if (fewErrors(utf8Errors, nonAsciiCount(utf8))) {
        d.text = std::move(utf8);
        d.encoding = QStringLiteral("UTF-8");
        d.replacementCount = utf8Errors;
        return d;
    }
    // Legacy Chinese: GB18030 covers GBK and GB2312. The detector only breaks ties with Big5,
    // whose byte ranges GB18030 also accepts.
    QByteArray best;
    const int gbConfidence = detectorConfidence(bytes, "GB18030", &best);
    if (best == "Big5" && gbConfidence < 50) {
        if (auto big5 = icuDecode("Big5", bytes, true, nullptr)) {
            d.text = std::move(*big5);
            d.encoding = QStringLiteral("Big5");
            return d;
        }
    }
    if (auto gb = icuDecode("GB18030", bytes, true, nullptr)) {
        d.text = std::move(*gb);
        d.encoding = QStringLiteral("GB18030");
        return d;
    }

    // Damaged GB18030: keep it when the damage is rare.
    int gbErrors = 0;
    if (auto gb = icuDecode("GB18030", bytes, false, &gbErrors)) {
        if (fewErrors(gbErrors, nonAsciiCount(*gb))) {
            d.text = std::move(*gb);
            d.encoding = QStringLiteral("GB18030");
            d.replacementCount = gbErrors;
            return d;
        }
    }
    if (error)
        *error = DecodeError::Undecodable;
    return std::nullopt;
}

std::optional<UnicodeText::Decoded> UnicodeText::decodeAs(const QByteArray &bytes,
                                                          QByteArrayView charset) {
    QByteArray name = charset.toByteArray().trimmed().toLower();
    // GB2312 and GBK labels are routinely used for text in their superset GB18030.
    if (name == "gb2312" || name == "gbk" || name == "x-gbk" || name == "gb_2312-80" ||
        name == "euc-cn" || name == "cp936")
        name = "gb18030";
    if (name == "utf8")
        name = "utf-8";
    int replaced = 0;
    auto text = icuDecode(name.constData(), bytes, false, &replaced);
    if (!text)
        return std::nullopt;
    if (text->startsWith(QChar::ByteOrderMark))
        text->remove(0, 1);
    Decoded d;
    d.text = std::move(*text);
    d.encoding = QString::fromLatin1(name).toUpper();
    d.replacementCount = replaced;
    return d;
}

std::optional<QString> UnicodeText::detectAndDecode(const QByteArray &bytes,
                                                    QString *encodingName) {
    auto d = decode(bytes);
    if (!d)
        return std::nullopt;
    if (encodingName)
        *encodingName = d->encoding;
    return std::move(d->text);
}

namespace {

/// For every BMP code unit: whether a normalisation segment may start before it, and the single
/// unit NFKC makes of it when it is a segment of its own (0: several units, or ask ICU).
/// Built once (a few ms), then read-only and shared by all threads.
struct NfkcTable {
    const UNormalizer2 *n2 = nullptr;
    std::array<char16_t, 0x10000> single{};
    std::array<bool, 0x10000> boundaryBefore{};

    NfkcTable() {
        UErrorCode status = U_ZERO_ERROR;
        n2 = unorm2_getNFKCInstance(&status);
        if (U_FAILURE(status)) {
            n2 = nullptr;
            return;
        }
        for (UChar32 c = 0; c < 0x10000; ++c) {
            if (U16_IS_SURROGATE(c) || !unorm2_hasBoundaryBefore(n2, c))
                continue;
            boundaryBefore[c] = true;
            if (unorm2_isInert(n2, c)) {
                single[c] = char16_t(c);
                continue;
            }
            const UChar in = UChar(c);
            UChar buf[8];
            status = U_ZERO_ERROR;
            if (unorm2_normalize(n2, &in, 1, buf, 8, &status) == 1 && U_SUCCESS(status))
                single[c] = buf[0];
        }
    }
};

/// A list of `n` ints left as allocated: every one is written before it is read, and zeroing
/// the map (resize()) was a fifth of the normalisation's time. QList's constructor from its
/// data pointer is public; Qt 6.8's resizeForOverwrite() does the same.
QVector<int> uninitializedInts(qsizetype n) {
    const auto [header, data] = QTypedArrayData<int>::allocate(n);
    Q_CHECK_PTR(data);
    return QVector<int>(QArrayDataPointer<int>(header, data, n));
}

const NfkcTable &nfkcTable() {
    static const NfkcTable table;
    return table;
}

} // namespace

UnicodeText::Normalized UnicodeText::nfkcWithMap(const QString &input) {
    Normalized out;
    const NfkcTable &t = nfkcTable();
    const int len = int(input.size());
    if (!t.n2 || len == 0) {
        out.text = input;
        out.toInput.resize(len + 1);
        for (int i = 0; i <= len; ++i)
            out.toInput[i] = i;
        return out;
    }

    // Invariant: room for one output unit per input unit still to come, so the fast path needs
    // no check; only expanding segments (㍻ → 平成) grow the buffers.
    qsizetype cap = len;
    out.text.resize(cap);
    out.toInput = uninitializedInts(cap + 1);
    char16_t *dst = reinterpret_cast<char16_t *>(out.text.data());
    int *map = out.toInput.data();
    auto reserve = [&](qsizetype need) {
        if (need <= cap)
            return;
        cap = qMax(need, cap + cap / 2);
        out.text.resize(cap);
        out.toInput.resize(cap + 1);
        dst = reinterpret_cast<char16_t *>(out.text.data());
        map = out.toInput.data();
    };

    const char16_t *src = reinterpret_cast<const char16_t *>(input.utf16());
    const char16_t *single = t.single.data();
    const bool *before = t.boundaryBefore.data();
    qsizetype o = 0;
    int i = 0;
    UChar small[32];
    while (i < len) {
        // Fast path: characters that are segments of their own (the next one starts a new
        // segment). Locals only, so that the loop stays in registers.
        {
            char16_t *d = dst + o;
            int *m = map + o;
            int j = i;
            const int last = len - 1;
            while (j < last) {
                const char16_t s = single[src[j]];
                if (s == 0 || !before[src[j + 1]])
                    break;
                *d++ = s;
                *m++ = j++;
            }
            if (j == last && single[src[j]] != 0) {
                *d++ = single[src[j]];
                *m++ = j++;
            }
            o += j - i;
            i = j;
            if (i >= len)
                break;
        }
        // Slow path: the segment up to the next boundary, through ICU.
        int end = i;
        UChar32 cp;
        U16_NEXT(src, end, len, cp);
        while (end < len) {
            int next = end;
            U16_NEXT(src, next, len, cp);
            if (cp < 0x10000 ? before[cp] : unorm2_hasBoundaryBefore(t.n2, cp))
                break;
            end = next;
        }
        const UChar *seg = reinterpret_cast<const UChar *>(src + i);
        UErrorCode status = U_ZERO_ERROR;
        int n = unorm2_normalize(t.n2, seg, end - i, small, 32, &status);
        reserve(o + qMax(n, end - i) + (len - end));
        if (status == U_BUFFER_OVERFLOW_ERROR) {
            status = U_ZERO_ERROR;
            n = unorm2_normalize(t.n2, seg, end - i, reinterpret_cast<UChar *>(dst + o), n,
                                 &status);
        } else if (U_SUCCESS(status)) {
            std::memcpy(dst + o, small, size_t(n) * sizeof(UChar));
        }
        if (U_FAILURE(status)) { // keep the segment as it is
            n = end - i;
            std::memcpy(dst + o, src + i, size_t(n) * sizeof(char16_t));
        }
        for (int k = 0; k < n; ++k)
            map[o + k] = i;
        o += n;
        i = end;
    }
    out.text.truncate(o);
    out.toInput.resize(o + 1);
    out.toInput[o] = len;
    return out;
}

QString UnicodeText::nfkc(const QString &input) {
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *n2 = unorm2_getNFKCInstance(&status);
    if (U_FAILURE(status))
        return input;
    // Mostly a no-op: skip the copy when the text already passes the quick check.
    const int32_t len = int32_t(input.size());
    if (unorm2_spanQuickCheckYes(n2, uchars(input), len, &status) == len && U_SUCCESS(status))
        return input;
    status = U_ZERO_ERROR;
    QString out(qMax(16, len * 2), Qt::Uninitialized);
    int32_t n = unorm2_normalize(n2, uchars(input), len, reinterpret_cast<UChar *>(out.data()),
                                 int32_t(out.size()), &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) {
        out.resize(n);
        status = U_ZERO_ERROR;
        n = unorm2_normalize(n2, uchars(input), len, reinterpret_cast<UChar *>(out.data()), n,
                             &status);
    }
    if (U_FAILURE(status))
        return input;
    out.truncate(n);
    return out;
}

QString UnicodeText::icuVersion() {
    UVersionInfo version;
    u_getVersion(version); // the library's, not the headers' U_ICU_VERSION
    char text[U_MAX_VERSION_STRING_LENGTH];
    u_versionToString(version, text);
    return QString::fromLatin1(text);
}
