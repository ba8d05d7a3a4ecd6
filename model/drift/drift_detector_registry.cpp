#include "model/drift/drift_detector_registry.h"

#include "model/core/error.h"
#include "model/drift/adwin.h"
#include "model/drift/ddm.h"
#include "model/drift/page_hinkley.h"

#include <functional>
#include <utility>
#include <vector>

namespace streamml::model::drift {

namespace {

using Entry = std::pair<QString, std::function<std::unique_ptr<DriftDetector>()>>;

const std::vector<Entry> &entries()
{
    static const std::vector<Entry> registered = {
        {QStringLiteral("adwin"), [] { return std::make_unique<Adwin>(); }},
        {QStringLiteral("ddm"), [] { return std::make_unique<Ddm>(); }},
        {QStringLiteral("page_hinkley"), [] { return std::make_unique<PageHinkley>(); }},
    };
    return registered;
}

} // namespace

std::unique_ptr<DriftDetector> DriftDetectorRegistry::create(const QString &name)
{
    for (const Entry &entry : entries())
        if (entry.first == name)
            return entry.second();
    throw core::Error::settings(QStringLiteral("unknown drift detector \"%1\"; accepted: %2").arg(name, names().join(QStringLiteral(", "))));
}

QStringList DriftDetectorRegistry::names()
{
    QStringList result;
    for (const Entry &entry : entries())
        result.append(entry.first);
    return result;
}

} // namespace streamml::model::drift
