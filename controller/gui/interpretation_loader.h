#pragma once

#include "model/data/table.h"
#include "model/evaluation/explain/explain_options.h"
#include "model/registry/model_version.h"
#include "view/explained_row.h"
#include "view/explained_version.h"
#include "view/interpretation_overview.h"

#include <QCoreApplication>
#include <memory>

namespace streamml::model::evaluation::explain {
class ModelExplainer;
}
namespace streamml::model::settings {
class Settings;
}
namespace streamml::model::store {
class Database;
}

namespace streamml::controller::gui {

/// Reads what the Interpretation view shows from the store, the registry and the model packages, and
/// explains versions and rows through a ModelExplainer. Store reads run on the thread that owns the
/// connection; prepare() and explain() touch no store, so a worker can run them.
class InterpretationLoader
{
    Q_DECLARE_TR_FUNCTIONS(InterpretationLoader)

public:
    /// What a version's explainer is built from.
    struct Source
    {
        model::registry::ModelVersion version;
        model::data::Table background; ///< rows of the newest batches the version was trained on
        model::evaluation::explain::ExplainOptions options;
    };

    /// A version's explainer and what the view shows of the version.
    struct Prepared
    {
        std::shared_ptr<const model::evaluation::explain::ModelExplainer> explainer;
        view::ExplainedVersion version;
    };

    InterpretationLoader(model::store::Database &database, const model::settings::Settings &settings);

    view::InterpretationOverview overview() const;
    /// Throws Error::model for a version the registry does not hold.
    Source source(int version) const;
    model::data::Table batchRows(qint64 batchId) const;

    /// Reads the version's package and builds its explainer; throws Error when either fails.
    static Prepared prepare(const Source &source);
    /// Throws Error::input for a row outside the table.
    static view::ExplainedRow explain(const model::evaluation::explain::ModelExplainer &explainer, int version,
                                      const model::data::Table &rows, qint64 batchId, qsizetype row);

private:
    model::data::Table background(const std::vector<qint64> &trainedOn) const;

    model::store::Database &m_db;
    model::evaluation::explain::ExplainOptions m_options;
};

} // namespace streamml::controller::gui
