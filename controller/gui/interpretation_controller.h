#pragma once

#include "controller/gui/interpretation_loader.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <optional>

namespace streamml::view {
class InterpretationView;
class MainWindow;
}

namespace streamml::controller::gui {

/// Feeds the Interpretation view: the versions and batches after every update, the chosen batch's
/// rows, and explanations of the chosen version and row, built on a worker so the window stays
/// responsive; a result that arrives after the choice moved on is dropped.
class InterpretationController : public QObject
{
    Q_OBJECT
public:
    InterpretationController(model::store::Database &database, const model::settings::Settings &settings, view::MainWindow &window,
                             QObject *parent = nullptr);
    ~InterpretationController() override;

    /// Reloads the view (the store changed).
    void refresh();

private:
    struct Preparation
    {
        InterpretationLoader::Prepared prepared;
        QString error;
    };
    struct Explanation
    {
        view::ExplainedRow row;
        QString error;
    };

    void onVersionChosen(int version);
    void onBatchChosen(qint64 batchId);
    void onPrepared();
    void onExplained();
    /// Explains the view's chosen row once its version's explainer and its batch's rows are here.
    void explainChosenRow();
    void fail(const QString &message);

    InterpretationLoader m_loader;
    view::MainWindow &m_window;
    view::InterpretationView &m_view;
    std::optional<InterpretationLoader::Prepared> m_prepared; ///< of the chosen version, once built
    std::shared_ptr<const model::data::Table> m_rows;       ///< of the chosen batch
    qint64 m_rowsBatch = -1;
    // Declared before the watchers, so it outlives them and waits for running jobs when destroyed.
    QThreadPool m_pool;
    QFutureWatcher<Preparation> m_preparing;
    QFutureWatcher<Explanation> m_explaining;
};

} // namespace streamml::controller::gui
