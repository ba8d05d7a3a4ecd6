#include "model/core/error.h"
#include "model/settings/duration.h"
#include "model/settings/key_catalog.h"
#include "model/settings/settings.h"
#include "model/settings/source_settings.h"
#include "model/settings/stream_settings.h"
#include "tests/support/temp_workspace.h"

#include <QtTest>

using namespace streamml::model;
using streamml::tests::TempWorkspace;

/// Settings: defaults, INI loading, validation messages, typed sections, windows.
class TestSettings : public QObject
{
    Q_OBJECT

private:
    QString loadError(const QByteArray &ini)
    {
        TempWorkspace dir;
        const QString path = dir.write(QStringLiteral("settings.ini"), ini);
        try {
            settings::Settings::load(path);
        } catch (const core::Error &error) {
            return error.message();
        }
        return {};
    }

private Q_SLOTS:
    void everyKeyHasAValidDefault()
    {
        for (const settings::KeyDef &def : settings::KeyCatalog::all())
            QVERIFY2(!def.check(def.defaultValue).has_value(), qPrintable(def.name()));
    }

    void shippedSettingsLoad()
    {
        const settings::Settings s = settings::Settings::load(QStringLiteral(STREAMML_SOURCE_DIR "/settings.ini"));
        const auto source = settings::SourceSettings::from(s);
        QCOMPARE(source.timeColumn, QStringLiteral("Flight Date"));
        QCOMPARE(source.target, QStringLiteral("Effect Amount of damage"));
        QCOMPARE(source.ignoreColumns, (QStringList{QStringLiteral("Cost Other"), QStringLiteral("Cost Repair"), QStringLiteral("Cost Total $")}));
        QVERIFY(QFileInfo::exists(source.path));
        QCOMPARE(settings::StreamSettings::from(s).window->toString(), QStringLiteral("1y"));
    }

    void relativePathsStartAtTheSettingsFolder()
    {
        TempWorkspace dir;
        const QString path = dir.write(QStringLiteral("conf/settings.ini"), "[source]\npath=data/x.csv\n");
        const settings::Settings s = settings::Settings::load(path);
        QCOMPARE(s.path(QStringLiteral("source"), QStringLiteral("path")), dir.path(QStringLiteral("conf/data/x.csv")));
    }

    void badValuesAreRefusedByName_data()
    {
        QTest::addColumn<QByteArray>("ini");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("integer text") << QByteArray("[stream]\nbatch_rows=many\n")
                                      << QStringList{"[stream] batch_rows", "\"many\"", "an integer in 1..100000000"};
        QTest::newRow("integer range") << QByteArray("[stream]\nbatch_rows=0\n") << QStringList{"batch_rows", "1..100000000"};
        QTest::newRow("choice") << QByteArray("[source]\nkind=ftp\n") << QStringList{"[source] kind", "one of file, folder, sql"};
        QTest::newRow("window") << QByteArray("[stream]\nwindow=7x\n") << QStringList{"window", "\"7x\"", "h, d, w, m"};
        QTest::newRow("unknown key") << QByteArray("[stream]\nbatchrows=5\n") << QStringList{"unknown key [stream] batchrows", "batch_rows"};
        QTest::newRow("unknown section") << QByteArray("[streem]\nbatch_rows=5\n") << QStringList{"unknown section [streem]"};
        QTest::newRow("key outside a section") << QByteArray("batch_rows=5\n") << QStringList{"unknown section [General]"};
        QTest::newRow("two problems") << QByteArray("[stream]\nbatch_rows=-1\n[logging]\nlevel=loud\n")
                                      << QStringList{"batch_rows", "[logging] level", "\"loud\""};
    }

    void badValuesAreRefusedByName()
    {
        QFETCH(QByteArray, ini);
        QFETCH(QStringList, expected);
        const QString message = loadError(ini);
        QVERIFY2(!message.isEmpty(), "a bad settings file was accepted");
        for (const QString &part : expected)
            QVERIFY2(message.contains(part), qPrintable(message + QStringLiteral(" lacks ") + part));
    }

    void missingFileIsNamed()
    {
        try {
            settings::Settings::load(QStringLiteral("/nonexistent/settings.ini"));
            QFAIL("no error");
        } catch (const core::Error &error) {
            QVERIFY(error.message().contains(QStringLiteral("/nonexistent/settings.ini")));
        }
    }

    void delimiterIsChecked()
    {
        settings::Settings s = settings::Settings::defaults(QDir::tempPath());
        s.set(QStringLiteral("source"), QStringLiteral("delimiter"), QStringLiteral("tab"));
        QCOMPARE(settings::SourceSettings::from(s).delimiter, QChar(u'\t'));
        s.set(QStringLiteral("source"), QStringLiteral("delimiter"), QStringLiteral("ab"));
        QVERIFY_THROWS_EXCEPTION(core::Error, settings::SourceSettings::from(s));
    }

    void listsKeepValuesWithSpacesAndSymbols()
    {
        TempWorkspace dir;
        const QString path = dir.write(QStringLiteral("s.ini"), "[source]\nignore_columns=Cost Other, Cost Total $ ,x\nmissing_tokens=NA,?\n");
        const auto source = settings::SourceSettings::from(settings::Settings::load(path));
        QCOMPARE(source.ignoreColumns, (QStringList{QStringLiteral("Cost Other"), QStringLiteral("Cost Total $"), QStringLiteral("x")}));
        QCOMPARE(source.missingTokens, (QStringList{QStringLiteral("NA"), QStringLiteral("?")}));
    }

    void hashFollowsValuesNotLayout()
    {
        TempWorkspace dir;
        const auto a = settings::Settings::load(dir.write(QStringLiteral("a.ini"), "; comment\n[stream]\nbatch_rows=5\n[store]\ndriver=sqlite\n"));
        const auto b = settings::Settings::load(dir.write(QStringLiteral("b.ini"), "[store]\ndriver=sqlite\n\n[stream]\nbatch_rows=5\n"));
        const auto c = settings::Settings::load(dir.write(QStringLiteral("c.ini"), "[stream]\nbatch_rows=6\n"));
        QCOMPARE(a.sha256(), b.sha256());
        QVERIFY(a.sha256() != c.sha256());
        QCOMPARE(a.sha256().size(), 64);
    }

    void windows_data()
    {
        QTest::addColumn<QString>("window");
        QTest::addColumn<QString>("time");
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("end");
        QTest::newRow("year") << "1y" << "1995-06-15T10:00:00Z" << "1995-01-01T00:00:00Z" << "1996-01-01T00:00:00Z";
        QTest::newRow("quarter") << "1q" << "1995-05-31T23:59:59Z" << "1995-04-01T00:00:00Z" << "1995-07-01T00:00:00Z";
        QTest::newRow("two months") << "2m" << "1995-02-10T00:00:00Z" << "1995-01-01T00:00:00Z" << "1995-03-01T00:00:00Z";
        QTest::newRow("week starts monday") << "1w" << "2024-01-07T12:00:00Z" << "2024-01-01T00:00:00Z" << "2024-01-08T00:00:00Z";
        QTest::newRow("day") << "1d" << "2024-02-29T23:00:00Z" << "2024-02-29T00:00:00Z" << "2024-03-01T00:00:00Z";
        QTest::newRow("before 1970") << "1y" << "1965-03-01T00:00:00Z" << "1965-01-01T00:00:00Z" << "1966-01-01T00:00:00Z";
        QTest::newRow("six hours") << "6h" << "2024-01-01T13:30:00Z" << "2024-01-01T12:00:00Z" << "2024-01-01T18:00:00Z";
    }

    void windows()
    {
        QFETCH(QString, window);
        QFETCH(QString, time);
        QFETCH(QString, start);
        QFETCH(QString, end);
        const auto d = settings::Duration::parse(window);
        QVERIFY(d.has_value());
        const auto ms = [](const QString &t) { return QDateTime::fromString(t, Qt::ISODate).toMSecsSinceEpoch(); };
        const qint64 s = d->windowStart(ms(time));
        QCOMPARE(s, ms(start));
        QCOMPARE(d->windowEnd(s), ms(end));
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "test_settings.moc"
