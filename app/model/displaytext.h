#pragma once

#include <QString>
#include <QStringView>

/**
 * Text from files and workspaces made safe for one line of terminal output: control characters
 * (newline, tab, escape, C1) and bidirectional overrides are written as visible escapes ("\n",
 * "\t", "\x1b", "\u202e"), so a stored note cannot forge a log line or drive the terminal.
 * The JSON output is the machine interface and keeps the text as it is.
 */
class DisplayText {
public:
    /// `text` on one line with its control characters escaped. Backslashes stay as they are:
    /// the escapes are for reading, not for parsing back.
    static QString line(QStringView text);
    /// line(), cut to `maxLength` characters with "…" when longer.
    static QString line(QStringView text, int maxLength);
    static bool needsEscape(QChar c);
    /// An error about the file `path` on one line, naming it by the path as given: a message
    /// that starts with the bare file name ("r.txt: …") gets the path instead ("d1/r.txt: …",
    /// so d1/r.txt and d2/r.txt differ), one that does not name it gets "path: " in front.
    static QString fileError(const QString &error, const QString &path);
};
