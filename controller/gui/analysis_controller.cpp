#include "controller/gui/analysis_controller.h"

#include "model/core/error.h"
#include "model/core/log.h"
#include "view/drift_view.h"
#include "view/main_window.h"
#include "view/quality_view.h"

#include <QElapsedTimer>

namespace streamml::controller::gui {

AnalysisController::AnalysisController(model::store::Database &database, const model::settings::Settings &settings,
                                       view::MainWindow &window, QObject *parent)
    : QObject(parent)
    , m_loader(database, settings)
    , m_window(window)
{
    connect(m_window.qualityView(), &view::QualityView::batchSelected, this, &AnalysisController::showQualityBatch);
    connect(m_window.qualityView(), &view::QualityView::columnSelected, this, &AnalysisController::showQualityColumn);
    connect(m_window.driftView(), &view::DriftView::featureSelected, this, &AnalysisController::showDriftFeature);
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

} // namespace streamml::controller::gui
