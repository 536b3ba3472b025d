#pragma once

#include <QString>

/**
 * The key that groups one agency's reports across years.
 *
 * The same body is written in several ways from one year to the next: `平潭综合实验区管委会`,
 * `平潭综合实验区（福建）管委会`, `平潭综合实验区管理委员会`, `福建省平潭综合实验区`. The key folds
 * what does not tell bodies apart — width and brackets, a bracketed aside, a province prefix in
 * front of a body that names its own place, and common suffixes of the body's form — and keeps
 * everything that does. Two different agencies never share a key by this folding alone: the
 * province stays when what follows has no place name of its own (`河北省教育厅` and
 * `山西省教育厅` stay apart). Users override the key in the workspace where the folding is not
 * enough (an abbreviation, a renamed body).
 */
class AgencyKey {
public:
    /// The key of an agency name as printed; empty for an empty name.
    static QString fromAgency(const QString &agency);
};
