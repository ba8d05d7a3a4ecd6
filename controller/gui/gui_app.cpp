#include "controller/gui/gui_app.h"

#include "controller/cli/cli_app.h"
#include "controller/cli/command_line.h"
#include "controller/gui/main_controller.h"
#include "controller/logging/log_relay.h"
#include "controller/logging/log_setup.h"
#include "controller/logging/signal_log_sink.h"
#include "model/core/error.h"
#include "model/settings/logging_settings.h"
#include "model/store/workspace.h"
#include "view/main_window.h"

#include <QApplication>
#include <QTextStream>

namespace streamml::controller::gui {

int GuiApp::run(const QStringList &arguments)
{
    QTextStream err(stderr);
    try {
        const cli::CliOptions options = cli::CommandLine::parse(arguments);
        const model::settings::Settings settings = cli::CliApp::loadSettings(options);
        const model::store::Workspace workspace(settings.path(QStringLiteral("workspace"), QStringLiteral("path")));
        view::MainWindow window;
        logging::LogRelay relay;
        QObject::connect(&relay, &logging::LogRelay::line, &window, &view::MainWindow::appendLog, Qt::QueuedConnection);
        logging::LogSetup::apply(model::settings::LoggingSettings::from(settings), workspace.logsDir(),
                                 {std::make_shared<logging::SignalLogSink>(&relay)});
        MainController controller(settings, window);
        window.show();
        const int code = QApplication::exec();
        logging::LogSetup::applyEarly();
        return code;
    } catch (const model::core::Error &error) {
        err << "streamml: error: " << QString(error.message()).replace(QLatin1Char('\n'), QStringLiteral("; ")) << Qt::endl;
        return cli::CliApp::UsageError;
    }
}

} // namespace streamml::controller::gui
