#include "celledit.h"

QString editOriginName(EditOrigin origin) {
    switch (origin) {
    case EditOrigin::Typed:
        return QStringLiteral("typed");
    case EditOrigin::Paste:
        return QStringLiteral("paste");
    case EditOrigin::Suggestion:
        return QStringLiteral("suggestion");
    case EditOrigin::Revert:
        return QStringLiteral("revert");
    case EditOrigin::Undo:
        return QStringLiteral("undo");
    case EditOrigin::Redo:
        return QStringLiteral("redo");
    case EditOrigin::Accept:
        return QStringLiteral("accept");
    case EditOrigin::Cli:
        break;
    }
    return QStringLiteral("cli");
}
