#pragma once

#include "controller/cli/cli_options.h"

#include <QStringList>

namespace streamml::controller::cli {

/// Parses the command line; accepts both --mode and the single-dash spelling -mode.
class CommandLine
{
public:
    /// Throws Error::input with one line naming the bad option or value.
    static CliOptions parse(const QStringList &arguments);
    static QString helpText();
    static QStringList modes();
    /// True when the arguments ask for headless work (a mode, --help or --version), decided
    /// before any QApplication exists.
    static bool isHeadless(int argc, char **argv);
    /// True for the summary mode: it draws the PDF report, which needs a (possibly offscreen) GUI.
    static bool drawsReport(int argc, char **argv);

private:
    static QStringList normalized(QStringList arguments);
};

} // namespace streamml::controller::cli
