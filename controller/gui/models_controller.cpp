#include "controller/gui/models_controller.h"

#include "model/core/error.h"
#include "model/registry/model_promotion.h"
#include "model/registry/model_rollback.h"
#include "view/main_window.h"
#include "view/models_view.h"

namespace streamml::controller::gui {

ModelsController::ModelsController(model::store::Database &database, view::MainWindow &window, const jobs::PipelineRunner &runner,
                                   QObject *parent)
    : QObject(parent)
    , m_db(database)
    , m_loader(database)
    , m_window(window)
    , m_action(window, runner)
{
    connect(m_window.modelsView(), &view::ModelsView::promoteRequested, this, &ModelsController::onPromoteRequested);
    connect(m_window.modelsView(), &view::ModelsView::rollbackRequested, this, &ModelsController::onRollbackRequested);
}

void ModelsController::refresh()
{
    try {
        m_window.modelsView()->setOverview(m_loader.overview());
    } catch (const model::core::Error &error) {
        m_window.showError(error.message());
    }
}

bool ModelsController::promote(int version, const QString &reason)
{
    if (!m_action.run([&] { model::registry::ModelPromotion::promote(m_db, version, AuditedAction::actor(), reason); }))
        return false;
    m_window.showStatus(tr("v%1 is the champion").arg(version));
    Q_EMIT storeChanged();
    return true;
}

bool ModelsController::rollback(int version, const QString &reason)
{
    if (!m_action.run([&] { model::registry::ModelRollback::rollback(m_db, version, AuditedAction::actor(), reason); }))
        return false;
    m_window.showStatus(tr("Rolled back: v%1 is the champion again").arg(version));
    Q_EMIT storeChanged();
    return true;
}

void ModelsController::onPromoteRequested(int version)
{
    if (const auto reason = m_action.askReason(tr("Promote v%1 to champion").arg(version),
                                               tr("Why should v%1 answer from now on?").arg(version)))
        promote(version, *reason);
}

void ModelsController::onRollbackRequested(int version)
{
    if (const auto reason = m_action.askReason(tr("Roll back to v%1").arg(version),
                                               tr("Why should v%1 be the champion again?").arg(version)))
        rollback(version, *reason);
}

} // namespace streamml::controller::gui
