#pragma once

#include <QStringList>

namespace streamml::controller::gui {

/// The desktop workbench start-up: settings from the command line, logging, window and controller.
class GuiApp
{
public:
    /// Runs the event loop; returns the exit code (2 with a message on stderr for bad settings).
    static int run(const QStringList &arguments);
};

} // namespace streamml::controller::gui
