#include "tests/support/temp_workspace.h"
#include "tests/support/test_paths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

using streamml::tests::TempWorkspace;
using streamml::tests::TestPaths;

namespace {
struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run run(const QStringList &arguments, const QString &workingDir)
{
    QProcess process;
    process.setWorkingDirectory(workingDir);
    process.start(TestPaths::program(), arguments);
    if (!process.waitForFinished(600000))
        qFatal("streamml did not finish");
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

/// A settings file for the shipped dataset in yearly batches, with the workspace beside it.
QString writeSettings(const TempWorkspace &dir, const QByteArray &extra = {})
{
    return dir.write(QStringLiteral("settings.ini"),
                     "[source]\npath=" + TestPaths::shippedDataset().toUtf8() +
                         "\ntime_column=Flight Date\n[stream]\nwindow=1y\n[workspace]\npath=ws\n" + extra);
}

int storedBatches(const TempWorkspace &dir)
{
    int count = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(dir.path(QStringLiteral("ws/streamml.sqlite")));
        if (db.open()) {
            QSqlQuery q(QStringLiteral("SELECT COUNT(*), COALESCE(SUM(rows_count), 0) FROM batches"), db);
            if (q.next())
                count = q.value(0).toInt();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
    return count;
}
} // namespace

/// The command-line contract end to end: both spellings, return values on stdout, exit codes,
/// and one clear line on stderr for each kind of bad input.
class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void helpAndVersion()
    {
        TempWorkspace dir;
        const Run help = run({QStringLiteral("--help")}, dir.path());
        QCOMPARE(help.code, 0);
        QVERIFY(help.out.contains(QStringLiteral("--mode")));
        QVERIFY(help.out.contains(QStringLiteral("--batches")));
        const Run version = run({QStringLiteral("-version")}, dir.path());
        QCOMPARE(version.code, 0);
        QCOMPARE(version.out, QStringLiteral("streamml " STREAMML_VERSION "\n"));
    }

    void updateSpellings_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("double dash") << QStringList{"--mode", "update"};
        QTest::newRow("single dash") << QStringList{"-mode", "update"};
        QTest::newRow("equals sign") << QStringList{"--mode=update"};
    }

    void updateSpellings()
    {
        QFETCH(QStringList, arguments);
        TempWorkspace dir;
        writeSettings(dir);
        const Run r = run(arguments, dir.path());
        QCOMPARE(r.out, QStringLiteral("true\n"));
        QCOMPARE(r.code, 0);
        QCOMPARE(storedBatches(dir), 1);
    }

    void batchesAndAll()
    {
        TempWorkspace dir;
        const QString config = writeSettings(dir, "[logging]\nconsole_level=error\n");
        const QString other = dir.path(QStringLiteral("elsewhere"));
        QDir().mkpath(other);
        Run r = run({QStringLiteral("--mode"), QStringLiteral("update"), QStringLiteral("--batches"), QStringLiteral("3"),
                     QStringLiteral("--config"), config}, other);
        QCOMPARE(r.out, QStringLiteral("true\n"));
        QCOMPARE(storedBatches(dir), 3);
        r = run({QStringLiteral("--mode"), QStringLiteral("update"), QStringLiteral("--all"), QStringLiteral("--config"), config}, other);
        QCOMPARE(r.out, QStringLiteral("true\n"));
        QCOMPARE(storedBatches(dir), 13);
        r = run({QStringLiteral("--mode"), QStringLiteral("update"), QStringLiteral("--config"), config}, other);
        QCOMPARE(r.out, QStringLiteral("true\n"));
        QCOMPARE(r.code, 0);
        QCOMPARE(storedBatches(dir), 13);
    }

    void workspaceOption()
    {
        TempWorkspace dir;
        writeSettings(dir);
        const Run r = run({QStringLiteral("-mode"), QStringLiteral("update"), QStringLiteral("-workspace"), QStringLiteral("other")}, dir.path());
        QCOMPARE(r.out, QStringLiteral("true\n"));
        QVERIFY(QFileInfo::exists(dir.path(QStringLiteral("other/streamml.sqlite"))));
        QVERIFY(QFileInfo::exists(dir.path(QStringLiteral("other/logs/streamml.log"))));
    }

    void inferenceSummaryAndRollback()
    {
        TempWorkspace dir;
        dir.write(QStringLiteral("settings.ini"), "[source]\npath=" + TestPaths::shippedDataset().toUtf8() +
                                                      "\ntime_column=Flight Date\ntarget=Effect Amount of damage\nnegative_labels=None\n"
                                                      "positive_label=damaged\nignore_columns=Cost Other,Cost Repair,Cost Total $\n"
                                                      "[stream]\nwindow=1y\n[workspace]\npath=ws\n[logging]\nconsole_level=error\n");
        QCOMPARE(run({QStringLiteral("--mode"), QStringLiteral("update"), QStringLiteral("--batches"), QStringLiteral("4")}, dir.path()).out,
                 QStringLiteral("true\n"));
        dir.write(QStringLiteral("slice.csv"), "Flight Date,Airport Name,Speed IAS in knots\n2002-08-01,DENVER INTL AIRPORT,140\n"
                                               "2002-08-02,\"X, Y\",\n");
        for (const QStringList &arguments : {QStringList{"--mode", "inference", "--file", "slice.csv"},
                                             QStringList{"-mode", "inference", "-file", "./slice.csv"}}) {
            const Run r = run(arguments, dir.path());
            QCOMPARE(r.code, 0);
            const QString path = r.out.trimmed();
            QVERIFY2(QFileInfo::exists(path) && path.endsWith(QStringLiteral(".csv")), qPrintable(r.out + r.err));
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
            QCOMPARE(lines.size(), 3);
            QVERIFY(lines.at(0).startsWith("Flight Date,Airport Name,Speed IAS in knots,predict,probability,model_version"));
            QVERIFY(lines.at(2).startsWith("2002-08-02,\"X, Y\","));
        }
        Run r = run({QStringLiteral("--mode"), QStringLiteral("summary")}, dir.path());
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.trimmed().endsWith(QStringLiteral("report.pdf")) && QFileInfo(r.out.trimmed()).size() > 1000, qPrintable(r.out + r.err));
        QVERIFY(QFileInfo::exists(QFileInfo(r.out.trimmed()).absoluteDir().absoluteFilePath(QStringLiteral("summary.json"))));
        r = run({QStringLiteral("--mode"), QStringLiteral("rollback"), QStringLiteral("--version"), QStringLiteral("1"),
                 QStringLiteral("--reason"), QStringLiteral("compare")}, dir.path());
        QCOMPARE(r.out, QStringLiteral("true\n"));
        r = run({QStringLiteral("-mode"), QStringLiteral("rollback"), QStringLiteral("-version"), QStringLiteral("1")}, dir.path());
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("already the champion")), qPrintable(r.err));
        checkRegistryModes(dir);
    }

    void inferenceErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("streamed");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no file option") << QStringList{"--mode", "inference"} << false << 2 << "needs --file PATH";
        QTest::newRow("no champion yet") << QStringList{"--mode", "inference", "--file", "in.csv"} << false << 1 << "no champion model yet";
        QTest::newRow("missing file") << QStringList{"--mode", "inference", "--file", "gone.csv"} << true << 1 << "gone.csv: no such file";
        QTest::newRow("bad file") << QStringList{"--mode", "inference", "--file", "bad.csv"} << true << 1 << "bad.csv, line 3";
        QTest::newRow("rollback without version") << QStringList{"--mode", "rollback"} << false << 2 << "needs --version N";
        QTest::newRow("compare without second") << QStringList{"--mode", "compare", "--version", "1"} << false << 2 << "needs --against N";
        QTest::newRow("export unknown version") << QStringList{"--mode", "export", "--version", "9"} << true << 1 << "there is no model version 9";
        QTest::newRow("out without export") << QStringList{"--mode", "versions", "--out", "x"} << false << 2 << "--out goes with --mode export";
    }

    void inferenceErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, streamed);
        QFETCH(int, code);
        QFETCH(QString, expected);
        TempWorkspace dir;
        dir.write(QStringLiteral("settings.ini"), "[source]\npath=in.csv\ntime_column=t\ntarget=y\n[quality]\nmin_rows=1\n"
                                                  "[workspace]\npath=ws\n[logging]\nconsole_level=error\n");
        dir.write(QStringLiteral("in.csv"), "t,v,y\n2001-01-01,1,a\n2001-01-02,2,b\n2001-01-03,3,a\n2001-01-04,4,b\n2001-01-05,5,a\n2001-01-06,6,b\n");
        dir.write(QStringLiteral("bad.csv"), "t,v\n2001-02-01,1\n2001-02-02,2,3\n");
        if (streamed)
            QCOMPARE(run({QStringLiteral("--mode"), QStringLiteral("update")}, dir.path()).out, QStringLiteral("true\n"));
        const Run r = run(arguments, dir.path());
        QCOMPARE(r.code, code);
        QCOMPARE(r.out, QString());
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    }

    void releaseFromQuarantine()
    {
        TempWorkspace dir;
        dir.write(QStringLiteral("drop/01.csv"), "t,v,c\n2001-01-01,1,a\n2001-01-02,2,b\n");
        dir.write(QStringLiteral("drop/02.csv"), "t,v,c\n2001-02-01,,\n2001-02-02,,\n");
        dir.write(QStringLiteral("settings.ini"), "[source]\nkind=folder\npath=drop\ntime_column=t\ntarget=\nignore_columns=\n"
                                                  "[quality]\nmin_rows=1\n[workspace]\npath=ws\n[logging]\nconsole_level=error\n");
        QCOMPARE(run({QStringLiteral("--mode"), QStringLiteral("update"), QStringLiteral("--all")}, dir.path()).out, QStringLiteral("true\n"));
        Run r = run({QStringLiteral("--mode"), QStringLiteral("release"), QStringLiteral("--batch"), QStringLiteral("2"),
                     QStringLiteral("--reason"), QStringLiteral("sensor fixed")}, dir.path());
        QCOMPARE(r.out, QStringLiteral("true\n"));
        QCOMPARE(r.code, 0);
        r = run({QStringLiteral("-mode"), QStringLiteral("release"), QStringLiteral("-batch"), QStringLiteral("2")}, dir.path());
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("batch 2 is not quarantined (its status is accepted)")), qPrintable(r.err));
        r = run({QStringLiteral("--mode"), QStringLiteral("release"), QStringLiteral("--batch"), QStringLiteral("9")}, dir.path());
        QVERIFY2(r.err.contains(QStringLiteral("there is no batch 9")), qPrintable(r.err));
        r = run({QStringLiteral("--mode"), QStringLiteral("release")}, dir.path());
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("needs --batch ID")), qPrintable(r.err));
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("settings");
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("out");
        QTest::addColumn<QString>("expected");
        const QByteArray good = "[source]\npath=in.csv\ntime_column=t\n[workspace]\npath=ws\n";
        const QByteArray csv = "t,v\n2001-01-01,1\n";
        const QStringList update{"--mode", "update"};
        QTest::newRow("unknown option") << QStringList{"--mode", "update", "--bogus"} << good << csv << 2 << "" << "Unknown option 'bogus'";
        QTest::newRow("unknown mode") << QStringList{"--mode", "train"} << good << csv << 2 << "" << "--mode \"train\" is not known";
        QTest::newRow("zero batches") << QStringList{"--mode", "update", "--batches", "0"} << good << csv << 2 << "" << "--batches \"0\"";
        QTest::newRow("batches and all") << QStringList{"--mode", "update", "--batches", "2", "--all"} << good << csv << 2 << "" << "exclude each other";
        QTest::newRow("stray argument") << QStringList{"--mode", "update", "extra"} << good << csv << 2 << "" << "unexpected argument \"extra\"";
        QTest::newRow("no settings file") << QStringList{"--mode", "update", "--config", "missing.ini"} << good << csv << 2 << "false\n" << "missing.ini cannot be read";
        QTest::newRow("bad setting") << update << QByteArray(good + "[stream]\nbatch_rows=lots\n") << csv << 2 << "false\n" << "[stream] batch_rows = \"lots\"";
        QTest::newRow("ragged row") << update << good << QByteArray("t,v\n2001-01-01,1\n2001-01-02\n") << 1 << "false\n" << "in.csv, line 3";
        QTest::newRow("unparsable time") << update << good << QByteArray("t,v\n2001-01-01,1\nsoon,2\n") << 1 << "false\n" << "line 3, column 1 \"t\"";
        QTest::newRow("missing source") << update << QByteArray("[source]\npath=nope.csv\ntime_column=t\n[workspace]\npath=ws\n") << csv << 1 << "false\n" << "nope.csv: no such file";
        QTest::newRow("binary source") << update << good << QByteArray("t,v\n\x01\x00\x02", 7) << 1 << "false\n" << "NUL byte";
    }

    void badInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, settings);
        QFETCH(QByteArray, csv);
        QFETCH(int, code);
        QFETCH(QString, out);
        QFETCH(QString, expected);
        TempWorkspace dir;
        dir.write(QStringLiteral("settings.ini"), settings);
        dir.write(QStringLiteral("in.csv"), csv);
        const Run r = run(arguments, dir.path());
        QCOMPARE(r.code, code);
        QCOMPARE(r.out, out);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QVERIFY2(r.err.startsWith(QStringLiteral("streamml: error: ")), qPrintable(r.err));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    }

private:
    /// versions, compare and export on a workspace whose version 1 is champion again.
    void checkRegistryModes(const TempWorkspace &dir)
    {
        Run r = run({QStringLiteral("--mode"), QStringLiteral("versions")}, dir.path());
        QCOMPARE(r.code, 0);
        const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
        QVERIFY2(lines.size() >= 3 && lines.at(0).startsWith(QStringLiteral("version")), qPrintable(r.out));
        QVERIFY2(lines.at(1).startsWith(QStringLiteral("1 ")) && lines.at(1).contains(QStringLiteral("champion")), qPrintable(r.out));

        r = run({QStringLiteral("-mode"), QStringLiteral("compare"), QStringLiteral("-version"), QStringLiteral("1"), QStringLiteral("-against"),
                 QStringLiteral("2")}, dir.path());
        QCOMPARE(r.code, 0);
        const QJsonObject comparison = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(comparison.value(QStringLiteral("versions")).toArray().at(1).toObject().value(QStringLiteral("version")).toInt(), 2);
        QVERIFY2(comparison.contains(QStringLiteral("differences")) && comparison.contains(QStringLiteral("common_batches")), qPrintable(r.out));

        r = run({QStringLiteral("--mode"), QStringLiteral("export"), QStringLiteral("--version"), QStringLiteral("1"), QStringLiteral("--out"),
                 QStringLiteral("exported")}, dir.path());
        QCOMPARE(r.code, 0);
        const QStringList paths = r.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(paths.size(), 2);
        QFile json(paths.at(0));
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonObject exported = QJsonDocument::fromJson(json.readAll()).object();
        QCOMPARE(exported.value(QStringLiteral("version")).toInt(), 1);
        QVERIFY(exported.value(QStringLiteral("package")).toObject().contains(QStringLiteral("learner")));
        QVERIFY(!exported.value(QStringLiteral("scores")).toArray().isEmpty());
        QCOMPARE(QFileInfo(paths.at(1)).size(), QFileInfo(dir.path(QStringLiteral("ws/models/")) + QFileInfo(paths.at(1)).fileName()).size());

        QFile package(dir.path(QStringLiteral("ws/models/")) + QFileInfo(paths.at(1)).fileName());
        QVERIFY(package.open(QIODevice::Append));
        package.write("x");
        package.close();
        r = run({QStringLiteral("--mode"), QStringLiteral("export"), QStringLiteral("--version"), QStringLiteral("1")}, dir.path());
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("has changed since it was registered")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
