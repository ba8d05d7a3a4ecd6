#include "controller/cli/cli_app.h"
#include "controller/cli/command_line.h"
#include "controller/gui/gui_app.h"
#include "controller/gui/pdf_report_renderer.h"
#include "controller/logging/log_setup.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTextStream>
#include <unistd.h>

using namespace streamml::controller;

namespace {
void nameApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("streamml"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STREAMML_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("StreamML"));
}
/// Qt warns on stderr without a runtime folder, and stderr must carry only real problems.
void useRuntimeDir()
{
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        return;
    const QString dir = QDir::temp().absoluteFilePath(QStringLiteral("streamml-runtime-%1").arg(getuid()));
    QDir().mkpath(dir);
    QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    qputenv("XDG_RUNTIME_DIR", dir.toLocal8Bit());
}
} // namespace

int main(int argc, char *argv[])
{
    logging::LogSetup::applyEarly();
    // A mode (or --help / --version) runs headless: no display is needed and nothing but the
    // documented return value reaches stdout.
    if (cli::CommandLine::drawsReport(argc, argv)) {
        // The report's charts and fonts need a GUI application; without a display it runs offscreen.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        useRuntimeDir();
        QApplication app(argc, argv);
        nameApplication();
        QTextStream out(stdout);
        QTextStream err(stderr);
        gui::PdfReportRenderer renderer;
        return cli::CliApp(out, err, &renderer).run(QCoreApplication::arguments());
    }
    if (cli::CommandLine::isHeadless(argc, argv)) {
        QCoreApplication app(argc, argv);
        nameApplication();
        QTextStream out(stdout);
        QTextStream err(stderr);
        return cli::CliApp(out, err).run(QCoreApplication::arguments());
    }
    QApplication app(argc, argv);
    nameApplication();
    return gui::GuiApp::run(QCoreApplication::arguments());
}
