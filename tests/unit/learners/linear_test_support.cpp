#include "tests/unit/learners/linear_test_support.h"
#include "tests/support/shipped_data.h"

#include "model/core/error.h"
#include "model/prep/preprocessor.h"
#include "model/prep/target_encoder.h"
#include "tests/unit/prep/prep_linear_fixtures.h"

#include <QIODevice>
#include <QJsonArray>

namespace streamml::tests {

using model::prep::Preprocessor;
using model::prep::PrepVariant;
using model::prep::TargetEncoder;

BirdDesign LinearTestSupport::birdDesign(const QJsonObject &c)
{
    const QJsonArray range = c.value(QStringLiteral("rows")).toArray();
    const model::data::Table all = streamml::tests::ShippedData::table().slice(range.at(0).toInt(),
                                                                          range.at(1).toInt() - range.at(0).toInt());
    const model::data::Column &targetColumn = all.column(c.value(QStringLiteral("target")).toString());
    TargetEncoder target;
    if (c.contains(QStringLiteral("negative")))
        target = TargetEncoder::binary(PrepLinearFixtures::strings(c.value(QStringLiteral("negative"))),
                                       c.value(QStringLiteral("positive")).toString());
    else if (c.contains(QStringLiteral("classes")))
        target = TargetEncoder::classification();
    else
        target = TargetEncoder::regression();
    target.fit(targetColumn);
    const model::data::Table rows = all.take(TargetEncoder::rowsWithTarget(targetColumn));
    Preprocessor prep(PrepVariant::parse(c.value(QStringLiteral("variant")).toString()));
    BirdDesign d;
    d.x = prep.fitTransform(rows, PrepLinearFixtures::strings(c.value(QStringLiteral("features"))));
    d.y = target.encode(rows.column(targetColumn.name()));
    d.names = prep.outputNames();
    return d;
}

QByteArray LinearTestSupport::saved(const model::learners::Learner &learner)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    learner.save(out);
    return bytes;
}

void LinearTestSupport::load(model::learners::Learner &learner, const QByteArray &bytes)
{
    QDataStream in(bytes);
    learner.load(in);
}

qsizetype LinearTestSupport::acceptedTruncation(const model::learners::Learner &prototype, const QByteArray &bytes)
{
    for (qsizetype length = 0; length < bytes.size(); ++length) {
        const auto learner = prototype.clone();
        try {
            load(*learner, bytes.left(length));
            return length;
        } catch (const model::core::Error &e) {
            if (e.kind() != model::core::Error::Kind::Model)
                return length;
        }
    }
    return -1;
}

double LinearTestSupport::accuracy(const Eigen::VectorXd &predicted, const Eigen::VectorXd &truth)
{
    return double((predicted.array() == truth.array()).count()) / double(truth.size());
}

double LinearTestSupport::r2(const Eigen::VectorXd &predicted, const Eigen::VectorXd &truth)
{
    const double residual = (predicted - truth).squaredNorm();
    const double total = (truth.array() - truth.mean()).square().sum();
    return 1 - residual / total;
}

double LinearTestSupport::maxAbs(const Eigen::MatrixXd &a, const Eigen::MatrixXd &b)
{
    return (a - b).cwiseAbs().maxCoeff();
}

} // namespace streamml::tests
