// PinyinCollator is declared in unicodetext.h (the one header wrapping ICU); its implementation
// lives here to keep unicodetext.cpp small.
#include "import/unicodetext.h"

#include <unicode/ucol.h>

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
