#pragma once

#include <QJsonArray>
#include <QString>

namespace streamml::controller::cli {

/// The registry's version records as an aligned text table, one line per version.
class VersionTable
{
public:
    static QString format(const QJsonArray &versions);

private:
    static QStringList cells(const QJsonObject &version);
    static QString validation(const QJsonObject &metrics);
    static QString scored(const QJsonObject &version);
};

} // namespace streamml::controller::cli
