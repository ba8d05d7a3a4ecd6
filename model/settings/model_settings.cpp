#include "model/settings/model_settings.h"

#include "model/core/error.h"
#include "model/evaluation/search_space.h"
#include "model/learners/learner_factory.h"
#include "model/settings/settings.h"

namespace streamml::model::settings {

namespace {
const QStringList searchedFamilies{QStringLiteral("logistic_regression"), QStringLiteral("sgd_linear"), QStringLiteral("knn"),
                                   QStringLiteral("decision_tree"), QStringLiteral("hoeffding_tree"),
                                   QStringLiteral("ridge_regression"), QStringLiteral("huber_regression")};
}

std::vector<prep::PrepVariant> ModelSettings::parseVariants(const QString &text)
{
    std::vector<prep::PrepVariant> variants;
    for (const QString &fragment : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString definition = fragment.trimmed();
        const qsizetype colon = definition.indexOf(QLatin1Char(':'));
        if (colon < 0) {
            variants.push_back(prep::PrepVariant::named(definition));
            continue;
        }
        prep::PrepVariant variant = prep::PrepVariant::parse(definition.mid(colon + 1));
        variant.name = definition.left(colon).trimmed();
        variants.push_back(variant);
    }
    if (variants.empty())
        throw core::Error::settings(QStringLiteral("[models] variants is empty; name at least one preparation variant"));
    return variants;
}

QStringList ModelSettings::familiesFor(learners::Task task) const
{
    if (families.isEmpty() || families == QStringList{QStringLiteral("auto")}) {
        if (task == learners::Task::Classification)
            return {QStringLiteral("logistic_regression"), QStringLiteral("decision_tree"), QStringLiteral("knn"), QStringLiteral("hoeffding_tree")};
        return {QStringLiteral("ridge_regression"), QStringLiteral("decision_tree"), QStringLiteral("knn")};
    }
    QStringList result;
    const QStringList possible = learners::LearnerFactory::families(task);
    for (const QString &family : families)
        if (possible.contains(family))
            result.append(family);
    if (result.isEmpty())
        throw core::Error::settings(QStringLiteral("[models] families: none of %1 can learn %2; possible: %3")
                                        .arg(families.join(QStringLiteral(", ")), learners::taskName(task), possible.join(QStringLiteral(", "))));
    return result;
}

ModelSettings ModelSettings::from(const Settings &s)
{
    const QString m = QStringLiteral("models");
    ModelSettings r;
    r.families = s.list(m, QStringLiteral("families"));
    for (const QString &family : r.families)
        if (family != u"auto" && !searchedFamilies.contains(family))
            throw core::Error::settings(QStringLiteral("[models] families: \"%1\" is unknown; accepted: auto, %2")
                                            .arg(family, searchedFamilies.join(QStringLiteral(", "))));
    r.fallback = s.text(m, QStringLiteral("fallback"));
    r.grid = s.text(m, QStringLiteral("search")) == u"grid";
    r.candidates = int(s.integer(m, QStringLiteral("candidates")));
    r.searchEvery = int(s.integer(m, QStringLiteral("search_every")));
    r.variants = parseVariants(s.text(m, QStringLiteral("variants")));
    for (const QString &family : searchedFamilies) {
        const QString text = s.text(m, QStringLiteral("space_") + family);
        try {
            evaluation::SearchSpace::parse(text);
        } catch (const core::Error &error) {
            throw core::Error::settings(QStringLiteral("[models] space_%1: %2").arg(family, error.message()));
        }
        r.spaces.insert(family, text);
    }
    return r;
}

} // namespace streamml::model::settings
