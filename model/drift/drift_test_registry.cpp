#include "model/drift/drift_test_registry.h"

#include "model/core/error.h"
#include "model/drift/categorical_psi_test.h"
#include "model/drift/chi_square_test.h"
#include "model/drift/jensen_shannon_test.h"
#include "model/drift/ks_test.h"
#include "model/drift/numeric_psi_test.h"
#include "model/drift/wasserstein_test.h"

#include <functional>
#include <utility>
#include <vector>

namespace streamml::model::drift {

namespace {

template<typename Test>
using Factory = std::function<std::unique_ptr<Test>(const DriftParameters &)>;

template<typename Test>
using Entries = std::vector<std::pair<QString, Factory<Test>>>;

PopulationStability stability(const DriftParameters &p)
{
    return PopulationStability(p.psiWarning, p.psiDrift, p.psiEmptyShare);
}

const Entries<NumericDriftTest> &numericEntries()
{
    static const Entries<NumericDriftTest> entries = {
        {QStringLiteral("ks"), [](const DriftParameters &p) { return std::make_unique<KsTest>(p.alpha); }},
        {QStringLiteral("psi"), [](const DriftParameters &p) { return std::make_unique<NumericPsiTest>(stability(p), p.psiBins); }},
        {QStringLiteral("wasserstein"),
         [](const DriftParameters &p) { return std::make_unique<WassersteinTest>(p.wassersteinThreshold); }},
    };
    return entries;
}

const Entries<CategoricalDriftTest> &categoricalEntries()
{
    static const Entries<CategoricalDriftTest> entries = {
        {QStringLiteral("chi2"), [](const DriftParameters &p) { return std::make_unique<ChiSquareTest>(p.alpha); }},
        {QStringLiteral("jensenshannon"),
         [](const DriftParameters &p) { return std::make_unique<JensenShannonTest>(p.jensenShannonThreshold); }},
        {QStringLiteral("psi"), [](const DriftParameters &p) { return std::make_unique<CategoricalPsiTest>(stability(p)); }},
    };
    return entries;
}

template<typename Test>
QStringList namesOf(const Entries<Test> &entries)
{
    QStringList names;
    for (const auto &entry : entries)
        names.append(entry.first);
    return names;
}

template<typename Test>
std::unique_ptr<Test> create(const Entries<Test> &entries, const QString &name, const QString &kind, const DriftParameters &p)
{
    for (const auto &entry : entries)
        if (entry.first == name)
            return entry.second(p);
    throw core::Error::settings(QStringLiteral("unknown %1 drift test \"%2\"; accepted: %3")
                                    .arg(kind, name, namesOf(entries).join(QStringLiteral(", "))));
}

} // namespace

DriftTestRegistry::DriftTestRegistry(DriftParameters parameters)
    : m_parameters(std::move(parameters))
{
    m_parameters.validate();
}

std::unique_ptr<NumericDriftTest> DriftTestRegistry::numeric(const QString &name) const
{
    return create(numericEntries(), name, QStringLiteral("numeric"), m_parameters);
}

std::unique_ptr<CategoricalDriftTest> DriftTestRegistry::categorical(const QString &name) const
{
    return create(categoricalEntries(), name, QStringLiteral("categorical"), m_parameters);
}

QStringList DriftTestRegistry::numericNames()
{
    return namesOf(numericEntries());
}

QStringList DriftTestRegistry::categoricalNames()
{
    return namesOf(categoricalEntries());
}

} // namespace streamml::model::drift
