#pragma once

#include "controller/cli/cli_options.h"
#include "model/settings/settings.h"

#include <QTextStream>

namespace streamml::controller::cli {

/// The headless program: runs one --mode and prints only its documented return value on stdout;
/// errors go to stderr as one line, with a non-zero exit code.
class CliApp
{
public:
    enum ExitCode { Success = 0, Failed = 1, UsageError = 2 };

    CliApp(QTextStream &out, QTextStream &err);

    int run(const QStringList &arguments);
    /// Settings from --config (or ./settings.ini) with --workspace applied.
    static model::settings::Settings loadSettings(const CliOptions &options);

private:
    int runUpdate(const CliOptions &options, const model::settings::Settings &settings);
    int runRelease(const CliOptions &options, const model::settings::Settings &settings);
    void fail(const QString &message);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace streamml::controller::cli
