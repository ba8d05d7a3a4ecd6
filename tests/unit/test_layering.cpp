#include "tests/support/test_paths.h"

#include <QDirIterator>
#include <QRegularExpression>
#include <QtTest>

using streamml::tests::TestPaths;

/// The layer rules the linker cannot see: model/ never includes widgets, and the Qt Core part of
/// controller/ (everything but gui/) includes neither widgets nor views.
class TestLayering : public QObject
{
    Q_OBJECT

private:
    QStringList offenders(const QString &folder, const QRegularExpression &forbidden, const QString &skip = {})
    {
        QStringList result;
        QDirIterator it(QDir(TestPaths::sourceDir()).absoluteFilePath(folder), {QStringLiteral("*.h"), QStringLiteral("*.cpp")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (!skip.isEmpty() && path.contains(skip))
                continue;
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            if (forbidden.match(QString::fromUtf8(file.readAll())).hasMatch())
                result.append(path);
        }
        return result;
    }

private Q_SLOTS:
    void modelKnowsNoWidgets()
    {
        const QRegularExpression widgets(QStringLiteral("#include\\s*[<\"](QtWidgets|QtCharts|QtPrintSupport|QWidget|QApplication|QMainWindow|qcustomplot|view/|controller/)"));
        const QStringList found = offenders(QStringLiteral("model"), widgets);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }

    void controllerCoreKnowsNoWidgets()
    {
        const QRegularExpression widgets(QStringLiteral("#include\\s*[<\"](QtWidgets|QWidget|QApplication|QMainWindow|qcustomplot|view/|controller/gui/)"));
        const QStringList found = offenders(QStringLiteral("controller"), widgets, QStringLiteral("/controller/gui/"));
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestLayering)
#include "test_layering.moc"
