#include "controller/gui/audited_action.h"

#include "controller/jobs/pipeline_runner.h"
#include "model/core/error.h"
#include "model/core/log.h"
#include "view/main_window.h"

#include <QInputDialog>

namespace streamml::controller::gui {

AuditedAction::AuditedAction(view::MainWindow &window, const jobs::PipelineRunner &runner)
    : m_window(window)
    , m_runner(runner)
{
}

std::optional<QString> AuditedAction::askReason(const QString &title, const QString &question) const
{
    bool ok = false;
    const QString reason = QInputDialog::getText(&m_window, title, question + tr("\nThe reason goes to the audit trail."),
                                                 QLineEdit::Normal, {}, &ok);
    if (!ok)
        return std::nullopt;
    return reason.trimmed();
}

bool AuditedAction::run(const std::function<void()> &work) const
{
    // The update's worker writes the same tables, and decides from what it read before.
    if (m_runner.isBusy()) {
        refuse(tr("An update is running; try again once it has finished."));
        return false;
    }
    try {
        work();
    } catch (const model::core::Error &error) {
        refuse(error.message());
        return false;
    }
    return true;
}

void AuditedAction::refuse(const QString &message) const
{
    model::core::Log::get("gui")->error("{}", message);
    m_window.showError(message);
}

} // namespace streamml::controller::gui
