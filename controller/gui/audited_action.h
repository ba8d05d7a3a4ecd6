#pragma once

#include <QCoreApplication>
#include <QString>
#include <functional>
#include <optional>

namespace streamml::view {
class MainWindow;
}
namespace streamml::controller::jobs {
class PipelineRunner;
}

namespace streamml::controller::gui {

/// A change a person makes to the store from the workbench (a promotion, a rollback, a release):
/// asks why, for the audit trail, and runs it on the window's connection unless an update is running;
/// a refusal goes to a message box and the log.
class AuditedAction
{
    Q_DECLARE_TR_FUNCTIONS(AuditedAction)

public:
    /// The actor the audit trail names for changes made here.
    static QString actor() { return QStringLiteral("gui"); }

    AuditedAction(view::MainWindow &window, const jobs::PipelineRunner &runner);

    /// The reason typed, or nothing when the person cancels.
    std::optional<QString> askReason(const QString &title, const QString &question) const;
    /// Runs `work`; false when it was refused.
    bool run(const std::function<void()> &work) const;

private:
    void refuse(const QString &message) const;

    view::MainWindow &m_window;
    const jobs::PipelineRunner &m_runner;
};

} // namespace streamml::controller::gui
