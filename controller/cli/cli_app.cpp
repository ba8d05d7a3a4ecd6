#include "controller/cli/cli_app.h"

#include "controller/cli/command_line.h"
#include "controller/cli/version_table.h"
#include "controller/logging/log_setup.h"
#include "model/core/error.h"
#include "model/core/progress_sink.h"
#include "model/pipeline/batch_release.h"
#include "model/pipeline/pipeline.h"
#include "model/pipeline/summary_builder.h"
#include "model/registry/model_rollback.h"
#include "model/registry/version_catalog.h"
#include "model/registry/version_export.h"
#include "model/serving/inference_service.h"
#include "model/settings/logging_settings.h"
#include "model/store/workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace streamml::controller::cli {

using model::core::Error;

CliApp::CliApp(QTextStream &out, QTextStream &err, ReportRenderer *renderer)
    : m_out(out)
    , m_err(err)
    , m_renderer(renderer)
{
}

void CliApp::fail(const QString &message)
{
    m_err << "streamml: error: " << QString(message).replace(QLatin1Char('\n'), QStringLiteral("; ")) << Qt::endl;
}

model::settings::Settings CliApp::loadSettings(const CliOptions &options)
{
    QString config = options.config;
    if (config.isEmpty())
        config = qEnvironmentVariable("STREAMML_CONFIG");
    if (config.isEmpty()) {
        config = QDir::current().absoluteFilePath(QStringLiteral("settings.ini"));
        if (!QFileInfo::exists(config))
            throw Error::settings(QStringLiteral("no settings.ini in the current folder %1; pass --config FILE")
                                      .arg(QDir::currentPath()));
    }
    model::settings::Settings settings = model::settings::Settings::load(config);
    if (!options.workspace.isEmpty())
        settings.set(QStringLiteral("workspace"), QStringLiteral("path"), QDir::current().absoluteFilePath(options.workspace));
    return settings;
}

int CliApp::run(const QStringList &arguments)
{
    CliOptions options;
    try {
        options = CommandLine::parse(arguments);
    } catch (const Error &error) {
        fail(error.message());
        return UsageError;
    }
    if (options.help) {
        m_out << CommandLine::helpText();
        return Success;
    }
    if (options.version) {
        m_out << "streamml " << STREAMML_VERSION << Qt::endl;
        return Success;
    }
    if (options.mode.isEmpty()) {
        fail(QStringLiteral("no --mode given; see --help"));
        return UsageError;
    }
    model::settings::Settings settings = model::settings::Settings::defaults(QDir::currentPath());
    try {
        settings = loadSettings(options);
        const model::store::Workspace workspace(settings.path(QStringLiteral("workspace"), QStringLiteral("path")));
        logging::LogSetup::apply(model::settings::LoggingSettings::from(settings), workspace.logsDir());
    } catch (const Error &error) {
        m_out << "false" << Qt::endl;
        fail(error.message());
        return UsageError;
    }
    if (options.mode == u"release")
        return runRelease(options, settings);
    if (options.mode == u"rollback")
        return runRollback(options, settings);
    if (options.mode == u"inference")
        return runInference(options, settings);
    if (options.mode == u"summary")
        return runSummary(settings);
    if (options.mode == u"versions" || options.mode == u"compare" || options.mode == u"export")
        return runRegistry(options, settings);
    return runUpdate(options, settings);
}

int CliApp::reportTrueOrFalse(const std::function<void()> &work)
{
    try {
        work();
        m_out << "true" << Qt::endl;
        return Success;
    } catch (const Error &error) {
        m_out << "false" << Qt::endl;
        fail(error.message());
        return Failed;
    }
}

QString CliApp::actor()
{
    return qEnvironmentVariable("USER", QStringLiteral("cli"));
}

int CliApp::runRelease(const CliOptions &options, const model::settings::Settings &settings)
{
    return reportTrueOrFalse([&] {
        model::pipeline::Pipeline pipeline(settings);
        model::pipeline::BatchRelease::release(pipeline.database(), options.batch, actor(), options.reason);
    });
}

int CliApp::runRollback(const CliOptions &options, const model::settings::Settings &settings)
{
    return reportTrueOrFalse([&] {
        model::pipeline::Pipeline pipeline(settings);
        model::registry::ModelRollback::rollback(pipeline.database(), options.modelVersion, actor(), options.reason);
    });
}

int CliApp::runRegistry(const CliOptions &options, const model::settings::Settings &settings)
{
    try {
        model::pipeline::Pipeline pipeline(settings);
        const model::registry::VersionCatalog catalog(pipeline.database());
        if (options.mode == u"versions") {
            m_out << VersionTable::format(catalog.list());
        } else if (options.mode == u"compare") {
            m_out << QJsonDocument(catalog.compare(options.modelVersion, options.otherVersion)).toJson(QJsonDocument::Indented);
        } else {
            const QString folder = options.out.isEmpty() ? QDir(pipeline.workspace().root()).absoluteFilePath(QStringLiteral("exports"))
                                                         : QDir::current().absoluteFilePath(options.out);
            m_out << model::registry::VersionExport::write(pipeline.database(), options.modelVersion, folder).join(QLatin1Char('\n'))
                  << Qt::endl;
        }
        return Success;
    } catch (const Error &error) {
        fail(error.message());
        return Failed;
    }
}

int CliApp::runInference(const CliOptions &options, const model::settings::Settings &settings)
{
    try {
        model::pipeline::Pipeline pipeline(settings);
        const QString input = QDir::current().absoluteFilePath(options.file);
        const auto outcome = model::serving::InferenceService(settings, pipeline.database(), pipeline.workspace().predictionsDir()).run(input);
        m_out << outcome.outputPath << Qt::endl;
        return Success;
    } catch (const Error &error) {
        fail(error.message());
        return Failed;
    }
}

int CliApp::runSummary(const model::settings::Settings &settings)
{
    try {
        if (!m_renderer)
            throw Error::internal(QStringLiteral("no report renderer is available in this build"));
        model::pipeline::Pipeline pipeline(settings);
        const QJsonObject summary = model::pipeline::SummaryBuilder(settings, pipeline.database()).build();
        const QDir reports(pipeline.workspace().reportsDir());
        const QString json = reports.absoluteFilePath(QStringLiteral("summary.json"));
        QSaveFile file(json);
        if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(summary).toJson(QJsonDocument::Indented)) < 0 || !file.commit())
            throw Error::store(QStringLiteral("cannot write %1: %2").arg(json, file.errorString()));
        const QString pdf = reports.absoluteFilePath(QStringLiteral("report.pdf"));
        m_renderer->render(summary, pdf);
        m_out << pdf << Qt::endl;
        return Success;
    } catch (const Error &error) {
        fail(error.message());
        return Failed;
    }
}

int CliApp::runUpdate(const CliOptions &options, const model::settings::Settings &settings)
{
    try {
        model::pipeline::Pipeline pipeline(settings);
        const auto report = pipeline.update(options.all ? -1 : options.batches, model::core::ProgressSink::none());
        m_out << (report.ok ? "true" : "false") << Qt::endl;
        if (!report.ok) {
            fail(report.error);
            return Failed;
        }
        return Success;
    } catch (const Error &error) {
        m_out << "false" << Qt::endl;
        fail(error.message());
        return Failed;
    }
}

} // namespace streamml::controller::cli
