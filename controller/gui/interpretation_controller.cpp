#include "controller/gui/interpretation_controller.h"

#include "model/core/error.h"
#include "model/core/log.h"
#include "view/interpretation_view.h"
#include "view/main_window.h"

#include <QtConcurrent>

namespace streamml::controller::gui {

namespace {
/// Runs a job's work and turns what it throws into the message a user reads.
template<typename Work>
QString attempt(Work &&work)
{
    try {
        work();
    } catch (const model::core::Error &error) {
        return error.message();
    } catch (const std::exception &error) {
        return QString::fromUtf8(error.what());
    }
    return {};
}
} // namespace

InterpretationController::InterpretationController(model::store::Database &database, const model::settings::Settings &settings,
                                                   view::MainWindow &window, QObject *parent)
    : QObject(parent)
    , m_loader(database, settings)
    , m_window(window)
    , m_view(*window.interpretationView())
{
    // One job at a time, in the order asked: a row's explanation never overtakes its version's.
    m_pool.setMaxThreadCount(1);
    connect(&m_view, &view::InterpretationView::versionChosen, this, &InterpretationController::onVersionChosen);
    connect(&m_view, &view::InterpretationView::batchChosen, this, &InterpretationController::onBatchChosen);
    connect(&m_view, &view::InterpretationView::rowChosen, this, &InterpretationController::explainChosenRow);
    connect(&m_preparing, &QFutureWatcher<Preparation>::finished, this, &InterpretationController::onPrepared);
    connect(&m_explaining, &QFutureWatcher<Explanation>::finished, this, &InterpretationController::onExplained);
}

InterpretationController::~InterpretationController() = default;

void InterpretationController::fail(const QString &message)
{
    m_view.showFailure(message);
    m_window.showError(message);
}

void InterpretationController::refresh()
{
    m_prepared.reset();
    m_rows.reset();
    m_rowsBatch = -1;
    const QString error = attempt([this] { m_view.setOverview(m_loader.overview()); });
    if (!error.isEmpty())
        fail(error);
}

void InterpretationController::onVersionChosen(int version)
{
    m_prepared.reset();
    InterpretationLoader::Source source;
    const QString error = attempt([&] { source = m_loader.source(version); });
    if (!error.isEmpty()) {
        fail(error);
        return;
    }
    m_preparing.setFuture(QtConcurrent::run(&m_pool, [source = std::move(source)] {
        Preparation result;
        result.error = attempt([&] { result.prepared = InterpretationLoader::prepare(source); });
        return result;
    }));
}

void InterpretationController::onPrepared()
{
    Preparation result = m_preparing.result();
    if (!result.error.isEmpty()) {
        fail(result.error);
        return;
    }
    // A version chosen while this one was prepared has its own job coming.
    if (result.prepared.version.version != m_view.selectedVersion())
        return;
    m_prepared = std::move(result.prepared);
    m_view.setVersion(m_prepared->version);
    explainChosenRow();
}

void InterpretationController::onBatchChosen(qint64 batchId)
{
    model::data::Table rows;
    const QString error = attempt([&] { rows = m_loader.batchRows(batchId); });
    if (!error.isEmpty()) {
        fail(error);
        return;
    }
    m_rows = std::make_shared<const model::data::Table>(rows);
    m_rowsBatch = batchId;
    m_view.setBatchRows(batchId, std::move(rows));
}

void InterpretationController::explainChosenRow()
{
    const qint64 batchId = m_view.selectedBatch();
    const qsizetype row = m_view.selectedRow();
    if (!m_prepared || m_prepared->version.version != m_view.selectedVersion() || !m_rows || m_rowsBatch != batchId || row < 0)
        return;
    const int version = m_prepared->version.version;
    m_explaining.setFuture(QtConcurrent::run(&m_pool, [explainer = m_prepared->explainer, version, rows = m_rows, batchId, row] {
        Explanation result;
        result.error = attempt([&] { result.row = InterpretationLoader::explain(*explainer, version, *rows, batchId, row); });
        return result;
    }));
}

void InterpretationController::onExplained()
{
    const Explanation result = m_explaining.result();
    if (!result.error.isEmpty()) {
        fail(result.error);
        return;
    }
    model::core::Log::get("gui")->debug("explained row {} of batch {} with v{}", result.row.row, result.row.batchId, result.row.version);
    // The view drops an explanation of a version, batch or row no longer chosen.
    m_view.setRow(result.row);
}

} // namespace streamml::controller::gui
