#include "controller/cli/command_line.h"

#include "model/core/error.h"

#include <QCommandLineParser>
#include <cstring>

namespace streamml::controller::cli {

using model::core::Error;

namespace {
QList<QCommandLineOption> options()
{
    return {
        {{QStringLiteral("mode")}, QStringLiteral("Run headless: update, inference, summary, release, rollback, versions, compare or export."), QStringLiteral("mode")},
        {{QStringLiteral("file")}, QStringLiteral("Input table of --mode inference."), QStringLiteral("path")},
        {{QStringLiteral("config")}, QStringLiteral("Settings file (default: settings.ini in the current folder)."), QStringLiteral("file")},
        {{QStringLiteral("workspace")}, QStringLiteral("Workspace folder, overriding [workspace] path."), QStringLiteral("dir")},
        {{QStringLiteral("batches")}, QStringLiteral("Batches an update takes (default 1)."), QStringLiteral("n")},
        {{QStringLiteral("all")}, QStringLiteral("An update takes every batch left in the stream.")},
        {{QStringLiteral("batch")}, QStringLiteral("The batch a release acts on."), QStringLiteral("id")},
        {{QStringLiteral("version")}, QStringLiteral("The model version of rollback, compare or export."), QStringLiteral("n")},
        {{QStringLiteral("against")}, QStringLiteral("The second model version of compare."), QStringLiteral("n")},
        {{QStringLiteral("out")}, QStringLiteral("Folder of export (default: the workspace's exports/)."), QStringLiteral("dir")},
        {{QStringLiteral("reason")}, QStringLiteral("Why, recorded with a release."), QStringLiteral("text")},
        {{QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help.")},
        {{QStringLiteral("v")}, QStringLiteral("Show the program version (also --version without a value).")},
    };
}

void configure(QCommandLineParser &parser)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setApplicationDescription(QStringLiteral(
        "StreamML: machine learning on a stream of tabular data.\n"
        "Without --mode the desktop workbench opens.\n\n"
        "  streamml --mode update [--batches N | --all]      take the next batch(es); prints true or false\n"
        "  streamml --mode inference --file PATH             predict a file; prints the path of the saved CSV\n"
        "  streamml --mode summary                           write the monitoring report; prints the PDF's path\n"
        "  streamml --mode rollback --version N [--reason T] make version N champion again; prints true\n"
        "  streamml --mode release --batch ID [--reason T]   release a quarantined batch; prints true\n"
        "  streamml --mode versions                          list the registered model versions\n"
        "  streamml --mode compare --version A --against B   two versions side by side, as JSON\n"
        "  streamml --mode export --version N [--out DIR]    a version's package and readable JSON; prints both paths\n"
        "The single-dash spelling works too: streamml -mode update"));
    parser.addOptions(options());
}

int versionValue(const QCommandLineParser &parser, const QString &option, const QString &mode)
{
    bool ok = false;
    const int version = parser.value(option).toInt(&ok);
    if (!ok || version < 1)
        throw Error::input(QStringLiteral("--mode %1 needs --%2 N (a model version of at least 1)").arg(mode, option));
    return version;
}
} // namespace

QStringList CommandLine::modes()
{
    return {QStringLiteral("update"), QStringLiteral("inference"), QStringLiteral("summary"), QStringLiteral("rollback"),
            QStringLiteral("release"), QStringLiteral("versions"), QStringLiteral("compare"), QStringLiteral("export")};
}

QStringList CommandLine::normalized(QStringList arguments)
{
    // --version alone asks for the program version; --version N names a model version (rollback).
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        const bool flag = (a == u"--version" || a == u"-version") && (i + 1 == arguments.size() || arguments.at(i + 1).startsWith(u'-'));
        if (flag)
            arguments[i] = QStringLiteral("-v");
    }
    return arguments;
}

CliOptions CommandLine::parse(const QStringList &rawArguments)
{
    const QStringList arguments = normalized(rawArguments);
    QCommandLineParser parser;
    configure(parser);
    if (!parser.parse(arguments))
        throw Error::input(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        throw Error::input(QStringLiteral("unexpected argument \"%1\"; see --help").arg(parser.positionalArguments().first()));
    CliOptions o;
    o.help = parser.isSet(QStringLiteral("help"));
    o.version = parser.isSet(QStringLiteral("v"));
    o.mode = parser.value(QStringLiteral("mode"));
    o.file = parser.value(QStringLiteral("file"));
    o.config = parser.value(QStringLiteral("config"));
    o.workspace = parser.value(QStringLiteral("workspace"));
    o.all = parser.isSet(QStringLiteral("all"));
    if (parser.isSet(QStringLiteral("mode")) && !modes().contains(o.mode))
        throw Error::input(QStringLiteral("--mode \"%1\" is not known; the modes are: %2").arg(o.mode, modes().join(QStringLiteral(", "))));
    if (parser.isSet(QStringLiteral("batches"))) {
        bool ok = false;
        o.batches = parser.value(QStringLiteral("batches")).toLongLong(&ok);
        if (!ok || o.batches < 1)
            throw Error::input(QStringLiteral("--batches \"%1\" is not accepted; expected a whole number of at least 1")
                                   .arg(parser.value(QStringLiteral("batches"))));
        if (o.all)
            throw Error::input(QStringLiteral("--batches and --all exclude each other"));
    }
    if ((parser.isSet(QStringLiteral("batches")) || o.all) && o.mode != u"update")
        throw Error::input(QStringLiteral("--batches and --all go with --mode update"));
    o.reason = parser.value(QStringLiteral("reason"));
    if (o.mode == u"rollback" || o.mode == u"compare" || o.mode == u"export")
        o.modelVersion = versionValue(parser, QStringLiteral("version"), o.mode);
    if (o.mode == u"compare")
        o.otherVersion = versionValue(parser, QStringLiteral("against"), o.mode);
    o.out = parser.value(QStringLiteral("out"));
    if (!o.out.isEmpty() && o.mode != u"export")
        throw Error::input(QStringLiteral("--out goes with --mode export"));
    if (o.mode == u"inference" && o.file.isEmpty())
        throw Error::input(QStringLiteral("--mode inference needs --file PATH"));
    if (o.mode == u"release") {
        bool ok = false;
        o.batch = parser.value(QStringLiteral("batch")).toLongLong(&ok);
        if (!ok || o.batch < 1)
            throw Error::input(QStringLiteral("--mode release needs --batch ID (a batch number of at least 1)"));
    }
    return o;
}

QString CommandLine::helpText()
{
    QCommandLineParser parser;
    configure(parser);
    return parser.helpText();
}

bool CommandLine::isHeadless(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const char *a = argv[i];
        while (*a == '-')
            ++a;
        if (a == argv[i])
            continue;
        for (const char *word : {"mode", "help", "h", "version", "v"}) {
            // "version" also names a rollback's model version; either way the program runs headless.
            const size_t n = std::strlen(word);
            if (std::strncmp(a, word, n) == 0 && (a[n] == '\0' || a[n] == '='))
                return true;
        }
    }
    return false;
}

} // namespace streamml::controller::cli

namespace streamml::controller::cli {

bool CommandLine::drawsReport(int argc, char **argv)
{
    for (int i = 1; i + 1 < argc; ++i) {
        const QByteArray a(argv[i]);
        if ((a == "--mode" || a == "-mode") && QByteArray(argv[i + 1]) == "summary")
            return true;
    }
    for (int i = 1; i < argc; ++i)
        if (QByteArray(argv[i]) == "--mode=summary" || QByteArray(argv[i]) == "-mode=summary")
            return true;
    return false;
}

} // namespace streamml::controller::cli
