#pragma once

#include "model/data/table.h"
#include "model/settings/source_settings.h"

#include <QStringList>

namespace streamml::model::data {

/// What each column is for, from [source]: the time, the target, ignored, identifiers, personal
/// data, or a feature (every other numeric or categorical column).
class ColumnRoles
{
public:
    enum class Role { Time, Target, Ignored, Id, Pii, Feature };

    ColumnRoles(const settings::SourceSettings &source, const Table &table);

    Role roleOf(const QString &column) const;
    const QStringList &features() const { return m_features; }
    const QString &target() const { return m_target; }
    bool hasTarget() const { return !m_target.isEmpty(); }
    const QString &time() const { return m_time; }
    /// Features and target: the columns whose quality matters for learning.
    QStringList learningColumns() const;
    static QString roleName(Role role);

private:
    settings::SourceSettings m_source;
    QString m_time;
    QString m_target;
    QStringList m_features;
};

} // namespace streamml::model::data
