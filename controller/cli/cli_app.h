#pragma once

#include "controller/cli/cli_options.h"
#include "controller/cli/report_renderer.h"
#include "model/settings/settings.h"

#include <QTextStream>
#include <functional>

namespace streamml::controller::cli {

/// The headless program: runs one --mode and prints only its documented return value on stdout;
/// errors go to stderr as one line, with a non-zero exit code.
class CliApp
{
public:
    enum ExitCode { Success = 0, Failed = 1, UsageError = 2 };

    /// `renderer` draws the PDF of --mode summary; without one that mode fails with a message.
    CliApp(QTextStream &out, QTextStream &err, ReportRenderer *renderer = nullptr);

    int run(const QStringList &arguments);
    /// Settings from --config (or ./settings.ini) with --workspace applied.
    static model::settings::Settings loadSettings(const CliOptions &options);

private:
    int runUpdate(const CliOptions &options, const model::settings::Settings &settings);
    int runRelease(const CliOptions &options, const model::settings::Settings &settings);
    int runRollback(const CliOptions &options, const model::settings::Settings &settings);
    int runInference(const CliOptions &options, const model::settings::Settings &settings);
    int runSummary(const model::settings::Settings &settings);
    /// versions, compare and export: read the registry, change nothing in it.
    int runRegistry(const CliOptions &options, const model::settings::Settings &settings);
    /// Runs `work` and prints `true`, or `false` and the error; the exit code follows.
    int reportTrueOrFalse(const std::function<void()> &work);
    void fail(const QString &message);
    static QString actor();

    QTextStream &m_out;
    QTextStream &m_err;
    ReportRenderer *m_renderer;
};

} // namespace streamml::controller::cli
