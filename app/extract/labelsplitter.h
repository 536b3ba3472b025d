#pragma once

#include "tokenizer.h"

#include <QStringView>
#include <QVector>

/**
 * Cuts text tokens that hold several labels run together into one token per label.
 *
 * Text without separators (a crawled page, a whole report on one line) gives text tokens such as
 * "三、本年度办理结果（一）予以公开" or "…法律服务机构其他一、本年新收政府信息公开申请数量": the
 * label reader works on tokens, so each row label must be a token of its own. The row labels of
 * the table in both editions (with their variants and numbering) are searched inside each text
 * token that is not itself a label; the token is cut before and after every occurrence. Text
 * between occurrences stays a token of its own (a header, a typo'd label for the fuzzy matcher).
 */
class LabelSplitter {
public:
    /// `tokens` of the region of table `table` (1..3) in `text` (matchText).
    static QVector<Token> split(QStringView text, int table, QVector<Token> tokens);
};
