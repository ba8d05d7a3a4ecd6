#include "controller/gui/main_controller.h"

#include "controller/gui/analysis_controller.h"
#include "controller/gui/interpretation_controller.h"
#include "controller/gui/models_controller.h"
#include "controller/jobs/pipeline_runner.h"
#include "model/settings/store_settings.h"
#include "model/store/batch_store.h"
#include "model/store/database.h"
#include "model/store/migrator.h"
#include "model/store/raw_row_store.h"
#include "view/data_view.h"
#include "view/main_window.h"

#include <QPushButton>

namespace streamml::controller::gui {

namespace {
constexpr qint64 previewRows = 200;
}

MainController::MainController(model::settings::Settings settings, view::MainWindow &window, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_window(window)
    , m_runner(new jobs::PipelineRunner(m_settings, this))
{
    const QString workspace = m_settings.path(QStringLiteral("workspace"), QStringLiteral("path"));
    m_database = std::make_unique<model::store::Database>(model::settings::StoreSettings::from(m_settings, workspace));
    model::store::Migrator::migrate(*m_database);
    m_analysis = std::make_unique<AnalysisController>(*m_database, m_settings, m_window, *m_runner);
    m_interpretation = std::make_unique<InterpretationController>(*m_database, m_settings, m_window);
    m_models = std::make_unique<ModelsController>(*m_database, m_window, *m_runner);
    connect(m_analysis.get(), &AnalysisController::storeChanged, this, &MainController::refresh);
    connect(m_models.get(), &ModelsController::storeChanged, this, &MainController::refresh);

    connect(&m_window, &view::MainWindow::ingestRequested, m_runner, &jobs::PipelineRunner::startUpdate);
    connect(&m_window, &view::MainWindow::cancelRequested, m_runner, &jobs::PipelineRunner::cancel);
    connect(m_runner, &jobs::PipelineRunner::started, &m_window, [this] { m_window.setBusy(true); });
    connect(m_runner, &jobs::PipelineRunner::progressed, &m_window, &view::MainWindow::showProgress);
    connect(m_runner, &jobs::PipelineRunner::updateFinished, this, &MainController::onUpdateFinished);
    connect(m_runner, &jobs::PipelineRunner::failed, this, &MainController::onFailed);
    connect(m_window.dataView(), &view::DataView::batchSelected, this, &MainController::showBatch);
    refresh();
}

MainController::~MainController() = default;

void MainController::refresh()
{
    m_window.dataView()->setBatches(model::store::BatchStore(*m_database).list());
    m_analysis->refresh();
    m_interpretation->refresh();
    m_models->refresh();
}

void MainController::showBatch(qint64 batchId)
{
    model::store::BatchStore batches(*m_database);
    const auto record = batches.find(batchId);
    if (!record)
        return;
    m_window.dataView()->setBatchDetail(batchId, batches.profiles(batchId),
                                        model::store::RawRowStore(*m_database).load(batchId, previewRows), record->rows);
}

void MainController::onUpdateFinished(const model::pipeline::UpdateReport &report)
{
    m_window.setBusy(false);
    refresh();
    if (!report.ok) {
        m_window.showError(report.error);
        return;
    }
    qint64 lastId = -1;
    for (const auto &b : report.batches)
        if (b.batchId > 0)
            lastId = b.batchId;
    if (lastId > 0)
        m_window.dataView()->selectBatch(lastId);
    m_window.showStatus(report.batches.empty() ? tr("No new batch: the stream has no rows after the cursor.")
                                               : tr("%n batch(es) taken", nullptr, int(report.batches.size())));
}

void MainController::onFailed(const QString &message)
{
    m_window.setBusy(false);
    m_window.showError(message);
}

} // namespace streamml::controller::gui
