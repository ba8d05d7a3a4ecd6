#pragma once

#include "controller/gui/analysis_loader.h"

#include <QObject>

namespace streamml::view {
class MainWindow;
}

namespace streamml::controller::gui {

/// Feeds the Quality & EDA and Drift views from the store: the overviews after every update, the
/// details for every batch, column or feature a user picks.
class AnalysisController : public QObject
{
    Q_OBJECT
public:
    AnalysisController(model::store::Database &database, const model::settings::Settings &settings, view::MainWindow &window,
                       QObject *parent = nullptr);

    /// Reloads both views (the store changed).
    void refresh();

private:
    void showQualityBatch(qint64 batchId);
    void showQualityColumn(qint64 batchId, const QString &column);
    void showDriftFeature(qint64 batchId, const QString &feature);
    /// Runs a read; a store error becomes a message to the user instead of ending the program.
    template<typename Read>
    void guarded(Read &&read);

    AnalysisLoader m_loader;
    view::MainWindow &m_window;
};

} // namespace streamml::controller::gui
