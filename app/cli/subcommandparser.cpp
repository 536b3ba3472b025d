#include "subcommandparser.h"

SubcommandParser::SubcommandParser(QTextStream &err, const QString &command,
                                   const QString &description, const QString &langHelp)
    : langOption(QStringLiteral("lang"), langHelp, QStringLiteral("zh|en"), QStringLiteral("zh"))
    , helpOption({QStringLiteral("h"), QStringLiteral("help")},
                 QStringLiteral("帮助 / show this help"))
    , m_err(err)
    , m_program(QStringLiteral("nianbao-cli ") + command) {
    m_parser.setApplicationDescription(description);
}

std::optional<int> SubcommandParser::parse(const QStringList &args) {
    if (!m_parser.parse(QStringList{m_program} + args))
        return usage(m_parser.errorText());
    if (m_parser.isSet(helpOption)) {
        QTextStream(stdout) << m_parser.helpText();
        return 0;
    }
    const QString l = lang();
    if (l != u"zh" && l != u"en")
        return usage(QStringLiteral("--lang %1: 应为 zh 或 en / must be zh or en").arg(l));
    return std::nullopt;
}

int SubcommandParser::usage(const QString &why) {
    m_err << m_program << ": " << why << '\n' << m_parser.helpText();
    return 2;
}
