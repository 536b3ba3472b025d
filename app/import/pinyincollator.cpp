// PinyinCollator is declared in unicodetext.h (the one header wrapping ICU); its implementation
// lives here to keep unicodetext.cpp small.
#include "import/unicodetext.h"

#include <unicode/ucol.h>
#include <unicode/utrans.h>

#include <QVarLengthArray>
#include <memory>

static_assert(sizeof(UChar) == sizeof(char16_t), "QString and ICU share UTF-16 code units");

namespace {
const UChar *uchars(const QString &s) {
    return reinterpret_cast<const UChar *>(s.utf16());
}

UCollator *openPinyin() {
    UErrorCode status = U_ZERO_ERROR;
    UCollator *c = ucol_open("zh@collation=pinyin", &status);
    if (U_FAILURE(status)) {
        ucol_close(c);
        return nullptr;
    }
    return c;
}
} // namespace

PinyinCollator::PinyinCollator()
    : m_collator(openPinyin()) {}

PinyinCollator::PinyinCollator(const PinyinCollator &)
    : m_collator(openPinyin()) {}

PinyinCollator &PinyinCollator::operator=(const PinyinCollator &) {
    return *this;
}

PinyinCollator::~PinyinCollator() {
    ucol_close(m_collator);
}

int PinyinCollator::compare(const QString &a, const QString &b) const {
    if (!m_collator)
        return a.compare(b);
    const UCollationResult r =
        ucol_strcoll(m_collator, uchars(a), int32_t(a.size()), uchars(b), int32_t(b.size()));
    return r == UCOL_LESS ? -1 : r == UCOL_GREATER ? 1 : 0;
}

QByteArray PinyinCollator::key(const QString &text) const {
    if (!m_collator)
        return text.toUtf8();
    QByteArray key(qMax<qsizetype>(64, text.size() * 4), Qt::Uninitialized);
    int32_t n = ucol_getSortKey(m_collator, uchars(text), int32_t(text.size()),
                                reinterpret_cast<uint8_t *>(key.data()), int32_t(key.size()));
    if (n > key.size()) {
        key.resize(n);
        n = ucol_getSortKey(m_collator, uchars(text), int32_t(text.size()),
                            reinterpret_cast<uint8_t *>(key.data()), int32_t(key.size()));
    }
    key.truncate(qMax(0, n - 1)); // drop the terminating zero byte
    return key;
}

QByteArray PinyinCollator::sortKey(const QString &text) {
    thread_local PinyinCollator collator;
    return collator.key(text);
}

namespace {
struct TransliteratorCloser {
    void operator()(UTransliterator *t) const { utrans_close(t); }
};
using Transliterator = std::unique_ptr<UTransliterator, TransliteratorCloser>;

Transliterator openHanLatin() {
    static const char16_t id[] = u"Han-Latin; Latin-ASCII; Lower";
    UErrorCode status = U_ZERO_ERROR;
    UTransliterator *t = utrans_openU(reinterpret_cast<const UChar *>(id), -1, UTRANS_FORWARD,
                                      nullptr, 0, nullptr, &status);
    if (U_FAILURE(status)) {
        utrans_close(t);
        return nullptr;
    }
    return Transliterator(t);
}
} // namespace

QString PinyinCollator::pinyin(const QString &text) {
    // Opening the transliterator parses its rules (milliseconds): once per thread.
    thread_local const Transliterator hanLatin = openHanLatin();
    if (!hanLatin || text.isEmpty())
        return {};
    // Han-Latin writes syllables apart only between Chinese characters; room for them.
    QVarLengthArray<UChar, 256> buffer(text.size() * 8 + 16);
    std::copy(text.utf16(), text.utf16() + text.size(), buffer.begin());
    int32_t length = int32_t(text.size());
    int32_t limit = length;
    UErrorCode status = U_ZERO_ERROR;
    utrans_transUChars(hanLatin.get(), buffer.data(), &length, int32_t(buffer.size()), 0, &limit,
                       &status);
    if (U_FAILURE(status))
        return {};
    return QString::fromUtf16(reinterpret_cast<const char16_t *>(buffer.data()), length)
        .simplified();
}

QString PinyinCollator::initials(const QString &text) {
    QString out;
    for (const QString &word : pinyin(text).split(u' ', Qt::SkipEmptyParts))
        out += word.front();
    return out;
}
