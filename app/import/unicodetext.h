#pragma once

#include <QByteArray>
#include <QString>
#include <QVector>

#include <optional>

struct UCollator;

/**
 * The one adapter to ICU in the core: charset detection and decoding, NFKC normalisation with an
 * offset map, and pinyin collation. No other core header includes ICU.
 */
class UnicodeText {
public:
    /// Why detectAndDecode() gave up.
    enum class DecodeError {
        None,
        Binary,      ///< NUL bytes outside a UTF-16/32 pattern: not a text file
        Undecodable, ///< not valid in any supported encoding
    };

    /// A successful decode.
    struct Decoded {
        QString text;             ///< without BOM; line endings untouched
        QString encoding;         ///< "UTF-8", "UTF-8 (BOM)", "UTF-16LE", "UTF-16BE", "GB18030"…
        int replacementCount = 0; ///< bytes that did not decode and became U+FFFD
    };

    /**
     * Detects the encoding of @p bytes and decodes them, in this order: a BOM (UTF-8, UTF-16LE/BE,
     * UTF-32LE/BE); NUL bytes mean BOM-less UTF-16 when one byte order gives plausible report
     * characters, else binary; strict UTF-8; UTF-8 with a few damaged bytes (replaced, counted);
     * Big5 when ICU's charset detector prefers it; strict GB18030 (which covers GBK and GB2312);
     * GB18030 with a few damaged bytes. Returns std::nullopt with @p error set when nothing fits.
     * Reentrant.
     */
    static std::optional<Decoded> decode(const QByteArray &bytes, DecodeError *error = nullptr);

    /**
     * Decodes @p bytes in a declared @p charset (an HTML `<meta charset>` label): GB2312/GBK are
     * read as their superset GB18030; invalid bytes become U+FFFD and are counted. std::nullopt
     * for a charset ICU does not know. Reentrant.
     */
    static std::optional<Decoded> decodeAs(const QByteArray &bytes, QByteArrayView charset);

    /// Convenience form of decode(): the text, and the encoding name in @p encodingName.
    static std::optional<QString> detectAndDecode(const QByteArray &bytes,
                                                  QString *encodingName = nullptr);

    /// NFKC text with, for every UTF-16 index of it plus one past the end, the input index.
    struct Normalized {
        QString text;
        QVector<int> toInput; ///< text.size() + 1 entries, non-decreasing
    };

    /**
     * NFKC-normalises @p input and keeps a map back to input offsets. Characters a normalisation
     * segment produces all map to the segment's first input index. NFKC folds full-width forms to
     * ASCII and U+3000 / U+00A0 to a space; line feeds and tabs stay. Fast path: a table built
     * once from ICU (first call: a few ms) handles every BMP character that is a segment of its
     * own; only combining sequences and the like go through ICU. Reentrant.
     */
    static Normalized nfkcWithMap(const QString &input);

    /// NFKC of @p input (no map).
    static QString nfkc(const QString &input);

    /// The version of the ICU library loaded at run time ("72.1"), for the About box.
    static QString icuVersion();
};

/**
 * Pinyin collation of Chinese text (ICU locale "zh@collation=pinyin"), for sorting agency names.
 *
 * Thread safety: one instance must not be used from two threads at once; give each thread its own
 * instance (copying one opens a new collator), or call the static sortKey(), which keeps one
 * collator per thread.
 */
class PinyinCollator {
public:
    PinyinCollator();
    PinyinCollator(const PinyinCollator &other);
    PinyinCollator &operator=(const PinyinCollator &other);
    ~PinyinCollator();

    /// False when ICU has no collation data (then compare() falls back to code-point order).
    bool isValid() const { return m_collator != nullptr; }

    /// <0, 0, >0 like strcmp, in pinyin order.
    int compare(const QString &a, const QString &b) const;
    bool operator()(const QString &a, const QString &b) const { return compare(a, b) < 0; }

    /// A byte string whose memcmp order is the pinyin order: store it to sort without ICU.
    QByteArray key(const QString &text) const;

    /// key() with a per-thread collator; safe from any thread.
    static QByteArray sortKey(const QString &text);

    /// Chinese characters spelled in toneless pinyin, one syllable per word, through ICU's
    /// Han-Latin transliterator: "市中区" → "shi zhong qu"; other characters are kept (Latin
    /// letters lower-cased). Empty when ICU has no transliteration data. Any thread.
    static QString pinyin(const QString &text);
    /// The first letter of every syllable of pinyin(): "市中区人民政府" → "szqrmzf".
    static QString initials(const QString &text);

private:
    UCollator *m_collator = nullptr;
};
