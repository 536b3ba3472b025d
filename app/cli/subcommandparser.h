#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QTextStream>

#include <optional>

/**
 * What the `stats` and `export` subcommands share around QCommandLineParser: the
 * "nianbao-cli NAME" program name, --help (the help text on stdout, exit status 0), --lang zh|en,
 * and usage errors (the reason and the help text on the command's error stream, exit status 2).
 * The command adds its own options, these two among them, in the order its help lists them.
 */
class SubcommandParser {
public:
    SubcommandParser(QTextStream &err, const QString &command, const QString &description,
                     const QString &langHelp);

    QCommandLineParser &parser() { return m_parser; }
    const QCommandLineOption langOption;
    const QCommandLineOption helpOption;

    /// Parses `args` and checks --help and --lang: the exit status to return now, or nullopt.
    std::optional<int> parse(const QStringList &args);
    /// Prints `why` and the help text; returns the exit status 2.
    int usage(const QString &why);
    QString lang() const { return m_parser.value(langOption); }

private:
    QTextStream &m_err;
    QString m_program; ///< "nianbao-cli NAME"
    QCommandLineParser m_parser;
};
