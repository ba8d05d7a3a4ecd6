#include "model/prep/scaler.h"

#include "model/prep/identity_scaler.h"
#include "model/prep/minmax_scaler.h"
#include "model/prep/prep_variant.h"
#include "model/prep/robust_scaler.h"
#include "model/prep/standard_scaler.h"
#include "model/prep/stream_format.h"

#include <cmath>
#include <limits>

namespace streamml::model::prep {

void Scaler::fit(const Eigen::VectorXd &values)
{
    std::vector<double> present;
    present.reserve(size_t(values.size()));
    for (double v : values)
        if (!std::isnan(v))
            present.push_back(v);
    const Affine a = present.empty() ? Affine{} : estimate(std::move(present));
    m_center = a.center;
    m_scale = a.scale;
}

void Scaler::transform(Eigen::Ref<Eigen::VectorXd> values) const
{
    values = (values.array() - m_center) / m_scale;
}

double Scaler::nonZero(double scale)
{
    return scale < 10 * std::numeric_limits<double>::epsilon() ? 1.0 : scale;
}

void Scaler::save(QDataStream &out) const
{
    out << m_center << m_scale;
}

void Scaler::load(QDataStream &in)
{
    in >> m_center >> m_scale;
    checkStream(in, QStringLiteral("%1 scaler").arg(name()));
}

const Registry<Scaler> &Scaler::registry()
{
    static const Registry<Scaler> registry(
        QStringLiteral("scaler"),
        {{QStringLiteral("standard"), [](const PrepVariant &) { return std::make_unique<StandardScaler>(); }},
         {QStringLiteral("minmax"), [](const PrepVariant &) { return std::make_unique<MinmaxScaler>(); }},
         {QStringLiteral("robust"), [](const PrepVariant &) { return std::make_unique<RobustScaler>(); }},
         {QStringLiteral("none"), [](const PrepVariant &) { return std::make_unique<IdentityScaler>(); }}});
    return registry;
}

} // namespace streamml::model::prep
