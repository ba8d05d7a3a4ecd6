#pragma once

#include "controller/gui/analysis_loader.h"
#include "controller/gui/audited_action.h"

#include <QObject>

namespace streamml::controller::gui {

/// Feeds the Quality & EDA and Drift views from the store: the overviews after every update, the
/// details for every batch, column or feature a user picks; releases a quarantined batch on request.
class AnalysisController : public QObject
{
    Q_OBJECT
public:
    AnalysisController(model::store::Database &database, const model::settings::Settings &settings, view::MainWindow &window,
                       const jobs::PipelineRunner &runner, QObject *parent = nullptr);

    /// Reloads both views (the store changed).
    void refresh();
    /// Lets learning use a quarantined batch, recorded with the reason; false when refused (shown and logged).
    bool release(qint64 batchId, const QString &reason);

Q_SIGNALS:
    void storeChanged();

private:
    void showQualityBatch(qint64 batchId);
    void showQualityColumn(qint64 batchId, const QString &column);
    void showDriftFeature(qint64 batchId, const QString &feature);
    void onReleaseRequested(qint64 batchId);
    /// Runs a read; a store error becomes a message to the user instead of ending the program.
    template<typename Read>
    void guarded(Read &&read);

    model::store::Database &m_db;
    AnalysisLoader m_loader;
    view::MainWindow &m_window;
    AuditedAction m_action;
};

} // namespace streamml::controller::gui
