#include "controller/gui/interpretation_loader.h"

#include "model/core/error.h"
#include "model/evaluation/explain/model_explainer.h"
#include "model/learners/k_nearest_neighbours.h"
#include "model/registry/model_package.h"
#include "model/registry/model_registry.h"
#include "model/settings/validation_settings.h"
#include "model/store/batch_store.h"
#include "model/store/learning_store.h"
#include "model/store/raw_row_store.h"

namespace streamml::controller::gui {

namespace {
using model::evaluation::explain::FeatureImportance;

// Rows loaded per background row drawn, so the draw has rows to choose from.
constexpr qsizetype backgroundPool = 5;

// The names ImportanceRecorder stores its two methods under.
const QString meanAbsShap = QStringLiteral("mean_abs_shap");
const QString permutation = QStringLiteral("permutation");

std::vector<FeatureImportance> importances(const QList<QPair<QString, double>> &stored)
{
    std::vector<FeatureImportance> result;
    for (const auto &[feature, value] : stored)
        result.push_back({feature, value, 0});
    FeatureImportance::sort(result);
    return result;
}
} // namespace

InterpretationLoader::InterpretationLoader(model::store::Database &database, const model::settings::Settings &settings)
    : m_db(database)
{
    // The seed of the run, so the background a version is explained against is the same every time.
    m_options.seed = model::settings::ValidationSettings::from(settings).seed;
    m_options.sampling.seed = m_options.seed;
}

view::InterpretationOverview InterpretationLoader::overview() const
{
    view::InterpretationOverview overview;
    const model::registry::ModelRegistry registry(m_db);
    const model::store::LearningStore learning(m_db);
    for (const model::registry::ModelVersion &v : registry.list()) {
        overview.versions.push_back({v.version, v.family, v.status, v.trainedRange()});
        view::InterpretationOverview::Importance importance{importances(learning.importance(v.version, meanAbsShap)),
                                                            importances(learning.importance(v.version, permutation))};
        if (!importance.meanAbsShap.empty() || !importance.permutation.empty())
            overview.importance.insert(v.version, std::move(importance));
    }
    overview.champion = registry.alias(QStringLiteral("champion")).value_or(-1);
    for (const model::store::BatchRecord &b : model::store::BatchStore(m_db).list())
        overview.batches.push_back({b.id, b.rows, b.status});
    return overview;
}

InterpretationLoader::Source InterpretationLoader::source(int version) const
{
    const std::optional<model::registry::ModelVersion> entry = model::registry::ModelRegistry(m_db).find(version);
    if (!entry)
        throw model::core::Error::model(tr("there is no model version %1").arg(version));
    return {*entry, background(entry->trainedOn), m_options};
}

model::data::Table InterpretationLoader::background(const std::vector<qint64> &trainedOn) const
{
    // The newest training batches, enough for the explainer's draw: what the store reads on this
    // thread stays bounded however long the version's history.
    const model::store::RawRowStore rows(m_db);
    model::data::Table background;
    for (auto it = trainedOn.rbegin(); it != trainedOn.rend() && background.rowCount() < backgroundPool * m_options.backgroundRows; ++it)
        background.append(rows.load(*it));
    return background;
}

model::data::Table InterpretationLoader::batchRows(qint64 batchId) const
{
    return model::store::RawRowStore(m_db).load(batchId);
}

InterpretationLoader::Prepared InterpretationLoader::prepare(const Source &source)
{
    auto model = std::make_shared<const model::registry::TrainedModel>(model::registry::ModelPackage::read(source.version.file).model);
    auto explainer = std::make_shared<const model::evaluation::explain::ModelExplainer>(model, source.background, source.options);
    view::ExplainedVersion version;
    version.version = source.version.version;
    version.family = source.version.family;
    version.method = explainer->explainer().method();
    version.tree = explainer->treeDiagram();
    version.coefficients = explainer->coefficients();
    version.hasNeighbours = dynamic_cast<const model::learners::KNearestNeighbours *>(&model->learner()) != nullptr;
    return {std::move(explainer), std::move(version)};
}

view::ExplainedRow InterpretationLoader::explain(const model::evaluation::explain::ModelExplainer &explainer, int version,
                                                 const model::data::Table &rows, qint64 batchId, qsizetype row)
{
    return {version, batchId, row, explainer.explain(rows, row)};
}

} // namespace streamml::controller::gui
