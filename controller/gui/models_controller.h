#pragma once

#include "controller/gui/audited_action.h"
#include "controller/gui/models_loader.h"

#include <QObject>

namespace streamml::controller::gui {

/// Feeds the Models view from the store and carries out its requests to promote a version or roll
/// back to one, each recorded in the audit trail with the reason the person gave.
class ModelsController : public QObject
{
    Q_OBJECT
public:
    ModelsController(model::store::Database &database, view::MainWindow &window, const jobs::PipelineRunner &runner,
                     QObject *parent = nullptr);

    /// Reloads the view (the store changed).
    void refresh();
    /// Makes a newer version champion; false when refused (the reason is shown and logged).
    bool promote(int version, const QString &reason);
    /// Makes an older version champion again; false when refused.
    bool rollback(int version, const QString &reason);

Q_SIGNALS:
    void storeChanged();

private:
    void onPromoteRequested(int version);
    void onRollbackRequested(int version);

    model::store::Database &m_db;
    ModelsLoader m_loader;
    view::MainWindow &m_window;
    AuditedAction m_action;
};

} // namespace streamml::controller::gui
