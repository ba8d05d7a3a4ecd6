#pragma once

#include "model/pipeline/update_report.h"
#include "model/settings/settings.h"

#include <QObject>
#include <memory>

namespace streamml::model::store {
class Database;
}
namespace streamml::view {
class MainWindow;
}

namespace streamml::controller::jobs {
class PipelineRunner;
}

namespace streamml::controller::gui {

class AnalysisController;
class InterpretationController;
class ModelsController;

/// Wires the main window to the pipeline: its actions start jobs on a worker, job signals drive the
/// progress bar, and finished jobs refresh the views from the store.
class MainController : public QObject
{
    Q_OBJECT
public:
    MainController(model::settings::Settings settings, view::MainWindow &window, QObject *parent = nullptr);
    ~MainController() override;

    /// Reloads every view from the store.
    void refresh();
    jobs::PipelineRunner &runner() { return *m_runner; }
    AnalysisController &analysis() { return *m_analysis; }
    ModelsController &models() { return *m_models; }

private:
    void showBatch(qint64 batchId);
    void onUpdateFinished(const model::pipeline::UpdateReport &report);
    void onFailed(const QString &message);

    model::settings::Settings m_settings;
    view::MainWindow &m_window;
    std::unique_ptr<model::store::Database> m_database;
    std::unique_ptr<AnalysisController> m_analysis;
    std::unique_ptr<InterpretationController> m_interpretation;
    std::unique_ptr<ModelsController> m_models;
    jobs::PipelineRunner *m_runner;
};

} // namespace streamml::controller::gui
