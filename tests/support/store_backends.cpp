#include "tests/support/store_backends.h"

#include "model/core/error.h"
#include "model/store/database.h"

#include <QDir>

namespace streamml::tests {

namespace {
QString env(const char *name, const char *fallback)
{
    const QString value = qEnvironmentVariable(name);
    return value.isEmpty() ? QString::fromLatin1(fallback) : value;
}
} // namespace

QStringList StoreBackends::names()
{
    return {QStringLiteral("sqlite"), QStringLiteral("postgresql")};
}

bool StoreBackends::skipPostgres()
{
    return qEnvironmentVariable("STREAMML_TEST_PG") == u"skip";
}

model::settings::StoreSettings StoreBackends::settings(const QString &name, const QString &workspaceDir)
{
    model::settings::StoreSettings s;
    s.sqliteFile = QDir(workspaceDir).absoluteFilePath(QStringLiteral("streamml.sqlite"));
    if (name == u"postgresql") {
        s.driver = model::settings::StoreSettings::Driver::Postgresql;
        s.host = env("STREAMML_TEST_PG_HOST", "127.0.0.1");
        s.port = env("STREAMML_TEST_PG_PORT", "5432").toInt();
        s.user = env("STREAMML_TEST_PG_USER", "streamml");
        s.password = env("STREAMML_TEST_PG_PASSWORD", "streamml");
        s.database = env("STREAMML_TEST_PG_DATABASE", "streamml_test");
    }
    return s;
}

void StoreBackends::apply(const QString &name, model::settings::Settings &settings)
{
    if (name != u"postgresql")
        return;
    const model::settings::StoreSettings s = StoreBackends::settings(name, {});
    settings.set(QStringLiteral("store"), QStringLiteral("driver"), QStringLiteral("postgresql"));
    settings.set(QStringLiteral("store"), QStringLiteral("host"), s.host);
    settings.set(QStringLiteral("store"), QStringLiteral("port"), QString::number(s.port));
    settings.set(QStringLiteral("store"), QStringLiteral("user"), s.user);
    settings.set(QStringLiteral("store"), QStringLiteral("database"), s.database);
    settings.set(QStringLiteral("store"), QStringLiteral("password_env"), QStringLiteral("STREAMML_TEST_STORE_PASSWORD"));
    qputenv("STREAMML_TEST_STORE_PASSWORD", s.password.toUtf8());
}

QString StoreBackends::resetPostgres()
{
    try {
        model::store::Database db(settings(QStringLiteral("postgresql"), {}));
        db.exec(QStringLiteral("DROP SCHEMA public CASCADE"));
        db.exec(QStringLiteral("CREATE SCHEMA public"));
        return {};
    } catch (const model::core::Error &error) {
        return error.message() + QStringLiteral(" (start PostgreSQL as the README says, or set STREAMML_TEST_PG=skip)");
    }
}

} // namespace streamml::tests
