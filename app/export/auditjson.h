#pragma once

#include "model/exportset.h"

#include <QJsonObject>

/**
 * The `nianbao-cli workspace check` object of one report: the shape of `check --json`
 * (ReportJson) with what the workspace adds — "report_id", "sha256", "state", an "original"
 * block on each edited cell and the list "edited", each finding's "decision" with its
 * "decision_detail", and "orphaned_decisions" (decisions whose finding is gone).
 */
class AuditJson {
public:
    /// `hasErrors` is set when an error finding is not dismissed (exit status 1).
    static QJsonObject reportObject(const ExportReport &report, bool *hasErrors);
    static QJsonObject decisionObject(const ExportDecision &decision);
};
