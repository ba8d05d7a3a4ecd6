#pragma once

#include "model/settings/settings.h"
#include "model/settings/store_settings.h"

#include <QStringList>

namespace streamml::tests {

/// The store back ends tests run against: an SQLite file and a PostgreSQL server on loopback
/// (STREAMML_TEST_PG_HOST / _PORT / _USER / _PASSWORD / _DATABASE, defaults 127.0.0.1:5432,
/// streamml/streamml, streamml_test). Set STREAMML_TEST_PG=skip to skip PostgreSQL where no server runs.
class StoreBackends
{
public:
    static QStringList names();
    /// Settings of the back end `name`; the SQLite file goes into `workspaceDir`.
    static model::settings::StoreSettings settings(const QString &name, const QString &workspaceDir);
    /// Points full program settings at the back end (the password travels through the environment).
    static void apply(const QString &name, model::settings::Settings &settings);
    /// Empties the PostgreSQL test database; returns an explanation when it cannot be reached.
    static QString resetPostgres();
    static bool skipPostgres();
};

} // namespace streamml::tests
