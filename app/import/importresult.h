#pragma once

#include "model/sourcedocument.h"

#include <QString>

#include <optional>

/**
 * The outcome of importing one file: a document, or a one-line error that names the file and the
 * reason in Chinese and English ("a.txt: 文件为空 / file is empty").
 */
struct ImportResult {
    std::optional<SourceDocument> document;
    QString error; ///< empty when ok()

    bool ok() const { return document.has_value() && error.isEmpty(); }

    static ImportResult failure(const QString &message) {
        ImportResult r;
        r.error = message;
        return r;
    }
};
