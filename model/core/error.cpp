#include "model/core/error.h"

namespace streamml::model::core {

Error::Error(Kind kind, const QString &message)
    : std::runtime_error(message.toStdString())
    , m_kind(kind)
    , m_message(message)
{
}

QString Error::kindName() const
{
    switch (m_kind) {
    case Kind::Input: return QStringLiteral("input");
    case Kind::Settings: return QStringLiteral("settings");
    case Kind::Store: return QStringLiteral("store");
    case Kind::Model: return QStringLiteral("model");
    case Kind::Cancelled: return QStringLiteral("cancelled");
    case Kind::Internal: return QStringLiteral("internal");
    }
    return QStringLiteral("internal");
}

} // namespace streamml::model::core
