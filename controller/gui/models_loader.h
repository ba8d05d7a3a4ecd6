#pragma once

#include "view/models_overview.h"

namespace streamml::model::store {
class Database;
}

namespace streamml::controller::gui {

/// Reads what the Models view shows from the store, on the connection of the thread that owns it:
/// the registry, each version's scores, the searches' choices, learning per batch and the audit trail.
class ModelsLoader
{
public:
    explicit ModelsLoader(model::store::Database &database);

    view::ModelsOverview overview() const;

private:
    static QString primaryMetric(const std::vector<model::store::LearningStore::SearchRow> &search,
                                 const std::vector<model::store::LearningStore::VersionScore> &scores);
    void addVersions(view::ModelsOverview &overview, const std::vector<model::store::LearningStore::SearchRow> &search) const;
    void addEvents(view::ModelsOverview &overview) const;

    model::store::Database &m_db;
};

} // namespace streamml::controller::gui
