#pragma once

#include <QString>
#include <QStringView>
#include <QVector>
#include <algorithm>
#include <utility>

/// The numbering in front of a label: "一、" (Top), "（一）" (Paren), "1." / "1、" (Arabic).
enum class Numbering { None, Top, Paren, Arabic };

/// A label reduced to what a matcher compares: its numbering and its normalised stem.
struct LabelKey {
    Numbering numbering = Numbering::None;
    int number = 0;
    QString stem;        ///< normalised text after the numbering
    QString stemNoParen; ///< stem with a trailing parenthetical note removed (may equal stem)
};

/**
 * Normalisation and similarity of label texts (spec `normalization`): the input is already NFKC;
 * whitespace and quotes are dropped, 、，, become one separator, 檔案 becomes 文件, and a leading
 * numbering is split off so that sub-rows match by (number, stem).
 */
class LabelText {
public:
    static QString normalize(QStringView text);
    static LabelKey analyse(QStringView text);
    /// Dice coefficient on the longest common subsequence: 2·LCS / (|a| + |b|), in [0, 1].
    static double similarity(QStringView a, QStringView b);
    static int lcsLength(QStringView a, QStringView b);
    /// Value of a Chinese numeral 一…九十九, or 0.
    static int chineseNumber(QStringView text);
    /// Whitespace test without QChar's Unicode table lookup for the common (CJK, ASCII) case.
    static bool isSpace(QChar c) {
        const char16_t u = c.unicode();
        if (u < 0x80)
            return u == u' ' || (u >= u'\t' && u <= u'\r');
        return u == 0x85 || u == 0xa0 || u == 0x1680 || (u >= 0x2000 && u <= 0x200a) ||
               u == 0x2028 || u == 0x2029 || u == 0x202f || u == 0x205f || u == 0x3000;
    }
    /// 0-9 only: printed numbers here are ASCII after NFKC (QChar::isDigit takes every script's).
    static bool isAsciiDigit(QChar c) { return c.unicode() >= u'0' && c.unicode() <= u'9'; }
    /// The signs a printed number may carry: '+', '-' and U+2212 MINUS SIGN.
    static bool isSign(QChar c) { return c == u'+' || c == u'-' || c == QChar(0x2212); }
    /// `text` without leading and trailing whitespace (a view, no allocation).
    static QStringView trimmed(QStringView text) {
        qsizetype b = 0, e = text.size();
        while (b < e && isSpace(text[b]))
            ++b;
        while (e > b && isSpace(text[e - 1]))
            --e;
        return text.mid(b, e - b);
    }
    /// The next '\n' at or after `from`, or -1. Most lines of a table are short: a plain loop
    /// over the first characters, then the vectorised search (which costs a call through
    /// QtCore's general string search, more than a short line's scan).
    static qsizetype lineBreak(QStringView text, qsizetype from) {
        const char16_t *s = text.utf16();
        const qsizetype near = std::min(text.size(), from + 32);
        for (qsizetype i = from; i < near; ++i)
            if (s[i] == u'\n')
                return i;
        return near < text.size() ? text.indexOf(u'\n', near) : -1;
    }
    /// 一 to 十, the numerals of Chinese label numbering.
    static bool isChineseNumeral(QChar c) {
        switch (c.unicode()) { // a switch: the compiler makes a few compares of it
        case u'一':
        case u'二':
        case u'三':
        case u'四':
        case u'五':
        case u'六':
        case u'七':
        case u'八':
        case u'九':
        case u'十':
            return true;
        default:
            return false;
        }
    }
};

/// A precomputed pattern for fast LCS (bit-parallel, patterns up to 64 characters).
class LcsPattern {
public:
    LcsPattern() = default;
    explicit LcsPattern(const QString &pattern);
    const QString &text() const { return m_text; }
    int lcs(QStringView other) const;
    double similarity(QStringView other) const;

private:
    QString m_text;
    QVector<std::pair<char16_t, quint64>> m_masks; ///< sorted by character
};
