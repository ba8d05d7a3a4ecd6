#include "model/registry/trained_model.h"

#include "model/core/error.h"
#include "model/learners/k_nearest_neighbours.h"
#include "model/learners/learner_factory.h"

#include <QJsonDocument>
#include <cmath>
#include <QSet>

namespace streamml::model::registry {

namespace {
/// Hands a kNN learner the batch of each row it is about to store.
void tagRows(learners::Learner &learner, const data::Table &rows)
{
    auto *knn = dynamic_cast<learners::KNearestNeighbours *>(&learner);
    if (!knn || !rows.hasColumn(TrainedModel::batchColumn()))
        return;
    const data::Column &batches = rows.column(TrainedModel::batchColumn());
    std::vector<qint64> tags(size_t(rows.rowCount()));
    for (qsizetype r = 0; r < rows.rowCount(); ++r)
        tags[size_t(r)] = std::isnan(batches.numbers()[size_t(r)]) ? -1 : qint64(batches.numbers()[size_t(r)]);
    knn->setRowTags(std::move(tags));
}
} // namespace

using core::Error;

namespace {
constexpr quint32 stateTag = 0x53544D31; // "STM1"

} // namespace

TrainedModel::TrainedModel(const TrainedModel &other)
    : m_spec(other.m_spec)
    , m_schema(other.m_schema)
    , m_engineer(other.m_engineer)
    , m_preprocessor(other.m_preprocessor)
    , m_target(other.m_target)
    , m_learner(other.m_learner ? other.m_learner->clone() : nullptr)
    , m_inputKinds(other.m_inputKinds)
    , m_profile(other.m_profile)
{
}

TrainedModel &TrainedModel::operator=(const TrainedModel &other)
{
    if (this != &other)
        *this = TrainedModel(other);
    return *this;
}

TrainedModel TrainedModel::train(const ModelSpec &spec, const TrainingSchema &schema, const data::Table &rows)
{
    TrainedModel model;
    model.m_spec = spec;
    model.m_schema = schema;
    const std::vector<qsizetype> labelled = prep::TargetEncoder::rowsWithTarget(rows.column(schema.target));
    if (labelled.empty())
        throw Error::input(QStringLiteral("no training row has a value in the target column \"%1\"").arg(schema.target));
    const data::Table train = rows.take(labelled);
    model.m_target = schema.targetEncoder();
    model.m_target.fit(train.column(schema.target));
    for (const QString &name : schema.features)
        model.m_inputKinds.insert(name, train.column(name).kind());
    model.m_profile.add(train, schema.features);
    model.m_engineer = quality::FeatureEngineer(schema.featureSettings, schema.timeColumn);
    model.m_engineer.fit(train, schema.features);
    model.m_preprocessor = prep::Preprocessor(spec.variant);
    const Eigen::MatrixXd x = model.m_preprocessor.fitTransform(model.m_engineer.transform(train), model.m_engineer.outputFeatures());
    model.m_learner = learners::LearnerFactory::create(spec.family, schema.task, model.m_target.classCount(), spec.hyperparameters);
    tagRows(*model.m_learner, train);
    model.m_learner->fit(x, model.m_target.encode(train.column(schema.target)));
    return model;
}

std::vector<qsizetype> TrainedModel::labelledRows(const data::Table &rows) const
{
    const data::Column &target = rows.column(m_schema.target);
    std::vector<qsizetype> result = prep::TargetEncoder::rowsWithTarget(target);
    if (m_schema.task == learners::Task::Regression || m_target.isBinaryMapping())
        return result;
    const QStringList &labels = m_target.classLabels();
    const QSet<QString> known(labels.begin(), labels.end());
    std::erase_if(result, [&](qsizetype r) { return !known.contains(target.text(r)); });
    return result;
}

qsizetype TrainedModel::update(const data::Table &rows)
{
    if (!isTrained())
        throw Error::internal(QStringLiteral("a model was updated before it was trained"));
    const std::vector<qsizetype> usable = labelledRows(rows);
    if (usable.empty())
        return 0;
    const data::Table part = rows.take(usable);
    m_profile.add(part, m_schema.features);
    tagRows(*m_learner, part);
    m_learner->partialFit(design(part), m_target.encode(part.column(m_schema.target)));
    return qsizetype(usable.size());
}

Eigen::MatrixXd TrainedModel::design(const data::Table &rows) const
{
    return m_preprocessor.transform(m_engineer.transform(rows));
}

Eigen::VectorXd TrainedModel::targets(const data::Table &rows) const
{
    return m_target.encode(rows.column(m_schema.target));
}

Predictions TrainedModel::predict(const data::Table &rows) const
{
    if (!isTrained())
        throw Error::internal(QStringLiteral("a model was used before it was trained"));
    const Eigen::MatrixXd x = design(rows);
    Predictions p;
    p.values = m_learner->predict(x);
    if (m_schema.task == learners::Task::Classification) {
        const Eigen::MatrixXd raw = m_learner->predictProbabilities(x);
        // A learner that never saw the last classes has fewer columns: those classes get zero.
        p.probabilities = Eigen::MatrixXd::Zero(raw.rows(), std::max<Eigen::Index>(raw.cols(), m_target.classCount()));
        p.probabilities.leftCols(raw.cols()) = raw;
    }
    p.labels = m_target.decode(p.values);
    return p;
}

void TrainedModel::save(QDataStream &out) const
{
    if (!isTrained())
        throw Error::internal(QStringLiteral("an untrained model cannot be saved"));
    out << stateTag << m_spec.family << QJsonDocument(m_spec.hyperparameters).toJson(QJsonDocument::Compact)
        << m_spec.variant.toText() << m_schema.features << m_schema.target << m_schema.timeColumn
        << learners::taskName(m_schema.task) << m_schema.negativeLabels << m_schema.positiveName;
    out << qint32(m_inputKinds.size());
    // In sorted order: a hash's order changes from process to process, the package's bytes must not.
    QStringList inputs = m_inputKinds.keys();
    inputs.sort();
    for (const QString &name : inputs)
        out << name << data::Column::kindName(m_inputKinds.value(name));
    m_profile.save(out);
    m_engineer.save(out);
    m_preprocessor.save(out);
    m_target.save(out);
    learners::LearnerFactory::save(*m_learner, out);
}

void TrainedModel::load(QDataStream &in)
{
    TrainedModel loaded;
    quint32 tag = 0;
    QByteArray hyperparameters;
    QString variant, task;
    in >> tag >> loaded.m_spec.family >> hyperparameters >> variant >> loaded.m_schema.features >> loaded.m_schema.target
        >> loaded.m_schema.timeColumn >> task >> loaded.m_schema.negativeLabels >> loaded.m_schema.positiveName;
    qint32 inputs = 0;
    in >> inputs;
    if (tag != stateTag || in.status() != QDataStream::Ok || inputs < 0 || inputs > 1000000)
        throw Error::model(QStringLiteral("the model is damaged, truncated or of an unknown format"));
    for (qint32 i = 0; i < inputs && in.status() == QDataStream::Ok; ++i) {
        QString name, kind;
        in >> name >> kind;
        data::Column::Kind k = data::Column::Kind::Numeric;
        if (!data::Column::kindFromName(kind, &k))
            throw Error::model(QStringLiteral("the model names an unknown column kind \"%1\"").arg(kind));
        loaded.m_inputKinds.insert(name, k);
    }
    loaded.m_spec.hyperparameters = QJsonDocument::fromJson(hyperparameters).object();
    loaded.m_spec.variant = prep::PrepVariant::parse(variant);
    loaded.m_schema.task = task == u"regression" ? learners::Task::Regression : learners::Task::Classification;
    loaded.m_profile.load(in);
    loaded.m_engineer.load(in);
    loaded.m_preprocessor.load(in);
    loaded.m_target.load(in);
    loaded.m_learner = learners::LearnerFactory::load(in);
    if (in.status() != QDataStream::Ok)
        throw Error::model(QStringLiteral("the model is truncated"));
    *this = std::move(loaded);
}

} // namespace streamml::model::registry
