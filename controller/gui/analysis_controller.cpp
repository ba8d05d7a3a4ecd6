#include "controller/gui/analysis_controller.h"

#include "model/core/error.h"
#include "model/core/log.h"
#include "model/pipeline/batch_release.h"
#include "view/drift_view.h"
#include "view/main_window.h"
#include "view/quality_view.h"

#include <QElapsedTimer>

namespace streamml::controller::gui {

AnalysisController::AnalysisController(model::store::Database &database, const model::settings::Settings &settings,
                                       view::MainWindow &window, const jobs::PipelineRunner &runner, QObject *parent)
    : QObject(parent)
    , m_db(database)
    , m_loader(database, settings)
    , m_window(window)
    , m_action(window, runner)
{
    connect(m_window.qualityView(), &view::QualityView::batchSelected, this, &AnalysisController::showQualityBatch);
    connect(m_window.qualityView(), &view::QualityView::columnSelected, this, &AnalysisController::showQualityColumn);
    connect(m_window.driftView(), &view::DriftView::featureSelected, this, &AnalysisController::showDriftFeature);
    connect(m_window.qualityView(), &view::QualityView::releaseRequested, this, &AnalysisController::onReleaseRequested);
}

template<typename Read>
void AnalysisController::guarded(Read &&read)
{
    try {
        read();
    } catch (const model::core::Error &error) {
        m_window.showError(error.message());
    }
}

void AnalysisController::refresh()
{
    m_loader.reset();
    guarded([this] {
        m_window.qualityView()->setOverview(m_loader.qualityOverview());
        m_window.driftView()->setOverview(m_loader.driftOverview());
    });
}

void AnalysisController::showQualityBatch(qint64 batchId)
{
    QElapsedTimer timer;
    timer.start();
    guarded([&] { m_window.qualityView()->setBatchDetail(m_loader.qualityBatch(batchId)); });
    model::core::Log::get("gui")->debug("quality view of batch {} in {} ms", batchId, timer.elapsed());
}

void AnalysisController::showQualityColumn(qint64 batchId, const QString &column)
{
    guarded([&] { m_window.qualityView()->setColumnAnalysis(m_loader.columnAnalysis(batchId, column)); });
}

void AnalysisController::showDriftFeature(qint64 batchId, const QString &feature)
{
    guarded([&] { m_window.driftView()->setDistribution(m_loader.driftDistribution(batchId, feature)); });
}

bool AnalysisController::release(qint64 batchId, const QString &reason)
{
    if (!m_action.run([&] { model::pipeline::BatchRelease::release(m_db, batchId, AuditedAction::actor(), reason); }))
        return false;
    m_window.showStatus(tr("Batch %1 released from quarantine: learning uses it from the next update").arg(batchId));
    Q_EMIT storeChanged();
    return true;
}

void AnalysisController::onReleaseRequested(qint64 batchId)
{
    if (const auto reason = m_action.askReason(tr("Release batch %1").arg(batchId),
                                               tr("Why may learning use batch %1 despite its quarantine?").arg(batchId)))
        release(batchId, *reason);
}

} // namespace streamml::controller::gui
