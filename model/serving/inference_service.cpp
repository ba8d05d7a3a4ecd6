#include "model/serving/inference_service.h"

#include "model/core/error.h"
#include "model/core/log.h"
#include "model/core/progress_sink.h"
#include "model/data/csv_writer.h"
#include "model/data/reader_factory.h"
#include "model/data/type_inference.h"
#include "model/registry/model_package.h"
#include "model/registry/model_registry.h"
#include "model/serving/predictor.h"
#include "model/settings/serving_settings.h"
#include "model/settings/source_settings.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace streamml::model::serving {

using core::Error;

namespace {
std::shared_ptr<const registry::TrainedModel> loadAlias(store::Database &db, const QString &alias, int &version)
{
    const registry::ModelRegistry versions(db);
    const std::optional<int> v = versions.alias(alias);
    if (!v)
        return nullptr;
    version = *v;
    return std::make_shared<const registry::TrainedModel>(registry::ModelPackage::read(versions.find(*v)->file).model);
}

/// Types the input against the model's schema; absent feature or time columns become missing values.
data::Table typedInput(const data::TextTable &text, const registry::TrainedModel &model, const settings::SourceSettings &source,
                       QStringList &warnings)
{
    data::TypeInference::Options options;
    options.missingTokens = source.missingTokens;
    options.timeColumn = source.timeColumn;
    options.timeFormat = source.timeFormat;
    options.strictTime = false;
    options.schema = model.inputKinds();
    const data::TypeInference::Result typed = data::TypeInference(options).type(text);
    data::Table table = typed.table;
    for (auto it = typed.violations.cbegin(); it != typed.violations.cend(); ++it)
        warnings.append(QStringLiteral("%1: %2 values of column \"%3\" do not fit its type and are treated as missing")
                            .arg(text.sourceName)
                            .arg(std::count(it.value().begin(), it.value().end(), true))
                            .arg(it.key()));
    auto addMissing = [&](const QString &name, data::Column::Kind kind) {
        if (table.hasColumn(name))
            return;
        table.addColumn(data::Column::missing(name, kind, text.rowCount()));
        warnings.append(QStringLiteral("%1: column \"%2\" is absent; every row treats it as missing").arg(text.sourceName, name));
    };
    for (auto it = model.inputKinds().cbegin(); it != model.inputKinds().cend(); ++it)
        addMissing(it.key(), it.value());
    addMissing(source.timeColumn, data::Column::Kind::Time);
    return table;
}

QString outputPath(const QString &dir, const QString &input)
{
    QString base = QFileInfo(input).fileName();
    for (const char *suffix : {".gz", ".csv", ".xlsx"})
        if (base.endsWith(QLatin1String(suffix), Qt::CaseInsensitive))
            base.chop(qsizetype(qstrlen(suffix)));
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    return QDir(dir).absoluteFilePath(QStringLiteral("%1_predicted_%2.csv").arg(base, stamp));
}
} // namespace

InferenceService::InferenceService(const settings::Settings &settings, store::Database &database, QString predictionsDir)
    : m_settings(settings)
    , m_db(database)
    , m_predictionsDir(std::move(predictionsDir))
{
}

InferenceService::Outcome InferenceService::run(const QString &inputPath) const
{
    int championVersion = -1, fallbackVersion = -1;
    const auto champion = loadAlias(m_db, QStringLiteral("champion"), championVersion);
    if (!champion)
        throw Error::model(QStringLiteral("there is no champion model yet; run streamml --mode update first"));
    const auto fallback = loadAlias(m_db, QStringLiteral("fallback"), fallbackVersion);
    const settings::SourceSettings source = settings::SourceSettings::from(m_settings);
    const data::TextTable text = data::ReaderFactory::readFile(inputPath, source, core::ProgressSink::none());

    Outcome outcome;
    const data::Table rows = typedInput(text, *champion, source, outcome.warnings);
    const std::vector<Predictor::Row> answers =
        Predictor(champion, championVersion, fallback, fallbackVersion, settings::ServingSettings::from(m_settings)).predict(rows);

    const bool classification = champion->schema().task == learners::Task::Classification;
    outcome.outputPath = outputPath(m_predictionsDir, inputPath);
    QSaveFile file(outcome.outputPath);
    if (!file.open(QIODevice::WriteOnly))
        throw Error::store(QStringLiteral("cannot write %1: %2").arg(outcome.outputPath, file.errorString()));
    data::CsvWriter writer(file);
    QStringList header = text.header;
    header << QStringLiteral("predict");
    if (classification)
        header << QStringLiteral("probability");
    header << QStringLiteral("model_version") << QStringLiteral("model") << QStringLiteral("note");
    writer.writeRow(header);
    for (qsizetype r = 0; r < text.rowCount(); ++r) {
        QStringList cells;
        for (const auto &column : text.cells)
            cells.append(QString::fromStdString(column[size_t(r)]));
        const Predictor::Row &a = answers[size_t(r)];
        cells << a.prediction;
        if (classification)
            cells << (std::isnan(a.probability) ? QString() : QString::number(a.probability, 'g', 6));
        cells << (a.version > 0 ? QString::number(a.version) : QString()) << a.model << a.note;
        writer.writeRow(cells);
        outcome.byChampion += a.model == u"champion";
        outcome.byFallback += a.model == u"fallback";
        outcome.unanswered += a.prediction.isEmpty();
    }
    if (!file.commit())
        throw Error::store(QStringLiteral("cannot write %1: %2").arg(outcome.outputPath, file.errorString()));
    outcome.rows = text.rowCount();
    for (const QString &warning : outcome.warnings)
        core::Log::get("serving")->warn("{}", warning);
    core::Log::get("serving")->info("predicted {} rows of {}: {} by champion v{}, {} by the fallback, {} not predicted",
                                    outcome.rows, inputPath, outcome.byChampion, championVersion, outcome.byFallback, outcome.unanswered);
    return outcome;
}

} // namespace streamml::model::serving
