#include "finding.h"

#include "spec.h"

QString findingStatusName(FindingStatus status) {
    switch (status) {
    case FindingStatus::Pass:
        return QStringLiteral("pass");
    case FindingStatus::Fail:
        return QStringLiteral("fail");
    case FindingStatus::Unverifiable:
        return QStringLiteral("unverifiable");
    case FindingStatus::Empty:
        break;
    }
    return QStringLiteral("empty");
}

QString Finding::stableId(const EditionSpec &spec) const {
    const QString first = lhs.isEmpty() ? QString() : spec.cell(lhs.first()).key;
    return first.isEmpty() ? rule : rule + u':' + first;
}
