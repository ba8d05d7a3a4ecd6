#pragma once

#include "model/core/error.h"

#include <QStringList>
#include <functional>
#include <memory>
#include <utility>
#include <vector>

namespace streamml::model::prep {

struct PrepVariant;

/// Named factories of one kind of preparation step, so a variant picks a step by the name settings spell.
template<typename Step>
class Registry
{
public:
    using Factory = std::function<std::unique_ptr<Step>(const PrepVariant &)>;

    Registry(QString kind, std::vector<std::pair<QString, Factory>> entries)
        : m_kind(std::move(kind))
        , m_entries(std::move(entries))
    {
    }

    /// A new step registered under `name`; throws Error::settings naming the accepted names otherwise.
    std::unique_ptr<Step> create(const QString &name, const PrepVariant &variant) const
    {
        for (const auto &[entry, factory] : m_entries)
            if (entry == name)
                return factory(variant);
        throw core::Error::settings(QStringLiteral("unknown %1 \"%2\"; accepted: %3")
                                        .arg(m_kind, name, names().join(QStringLiteral(", "))));
    }

    QStringList names() const
    {
        QStringList result;
        for (const auto &entry : m_entries)
            result.append(entry.first);
        return result;
    }

private:
    QString m_kind;
    std::vector<std::pair<QString, Factory>> m_entries;
};

} // namespace streamml::model::prep
