#pragma once

#include <QString>
#include <stdexcept>

namespace streamml::model::core {

/// An error a user can act on: what went wrong, where, and (when known) what to do about it.
class Error : public std::runtime_error
{
public:
    enum class Kind { Input, Settings, Store, Model, Cancelled, Internal };

    Error(Kind kind, const QString &message);

    Kind kind() const { return m_kind; }
    QString message() const { return m_message; }
    QString kindName() const;

    static Error input(const QString &message) { return Error(Kind::Input, message); }
    static Error settings(const QString &message) { return Error(Kind::Settings, message); }
    static Error store(const QString &message) { return Error(Kind::Store, message); }
    static Error model(const QString &message) { return Error(Kind::Model, message); }
    static Error cancelled() { return Error(Kind::Cancelled, QStringLiteral("cancelled by the user")); }
    static Error internal(const QString &message) { return Error(Kind::Internal, message); }

private:
    Kind m_kind;
    QString m_message;
};

} // namespace streamml::model::core
