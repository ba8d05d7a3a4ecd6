#include "model/learners/hoeffding_tree_params.h"

#include "model/learners/json_params.h"

namespace streamml::model::learners {

namespace {

const QStringList kCriteria{QStringLiteral("info_gain"), QStringLiteral("gini")};
const QStringList kPredictions{QStringLiteral("majority"), QStringLiteral("naive_bayes"),
                               QStringLiteral("naive_bayes_adaptive")};

} // namespace

HoeffdingTreeParams HoeffdingTreeParams::fromJson(const QJsonObject &json)
{
    JsonParams reader(QStringLiteral("hoeffding_tree"), json);
    HoeffdingTreeParams p;
    p.gracePeriod = reader.integer(QStringLiteral("grace_period"), 200, 1, 1000000000);
    p.splitConfidence = reader.real(QStringLiteral("split_confidence"), 1e-7, 0.0, 1.0, true);
    p.tieThreshold = reader.real(QStringLiteral("tie_threshold"), 0.05, 0.0, 1.0);
    p.splitCriterion = reader.choice(QStringLiteral("split_criterion"), kCriteria[0], kCriteria);
    p.leafPrediction = HoeffdingLeaf::Prediction(
        kPredictions.indexOf(reader.choice(QStringLiteral("leaf_prediction"), kPredictions[2], kPredictions)));
    p.maxDepth = reader.integer(QStringLiteral("max_depth"), 0, 0, 1000);
    p.splitPoints = reader.integer(QStringLiteral("split_points"), 10, 1, 1000);
    p.minBranchFraction = reader.real(QStringLiteral("min_branch_fraction"), 0.01, 0.0, 0.5);
    p.naiveBayesThreshold = reader.real(QStringLiteral("nb_threshold"), 0.0, 0.0, 1e9);
    reader.finish();
    return p;
}

QJsonObject HoeffdingTreeParams::toJson() const
{
    return QJsonObject{
        {QStringLiteral("grace_period"), gracePeriod},
        {QStringLiteral("split_confidence"), splitConfidence},
        {QStringLiteral("tie_threshold"), tieThreshold},
        {QStringLiteral("split_criterion"), splitCriterion},
        {QStringLiteral("leaf_prediction"), kPredictions[int(leafPrediction)]},
        {QStringLiteral("max_depth"), maxDepth},
        {QStringLiteral("split_points"), splitPoints},
        {QStringLiteral("min_branch_fraction"), minBranchFraction},
        {QStringLiteral("nb_threshold"), naiveBayesThreshold},
    };
}

void HoeffdingTreeParams::validate() const
{
    fromJson(toJson());
}

QString HoeffdingTreeParams::criterionName() const
{
    return splitCriterion == QStringLiteral("info_gain") ? QStringLiteral("entropy") : splitCriterion;
}

} // namespace streamml::model::learners
