#include "cli/cli.h"
#include "gui/mainwindow.h"
#include "store/store.h"
#include "store/storelocation.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <QMessageBox>
#include <QTextStream>

#include <cstdio>
#include <memory>

namespace {

void describeApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("hindsight"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HINDSIGHT_VERSION));
    // No organization name, so that the application-data folder is ~/.local/share/hindsight rather than
    // .../hindsight/hindsight; the domain names QSettings' folder instead (~/.config/hindsight/hindsight.conf).
    QCoreApplication::setOrganizationDomain(QStringLiteral("hindsight"));
}

int runCli(int argc, char **argv, const QStringList &arguments)
{
    // A PDF export lays its text out with Qt GUI, so it gets a QGuiApplication: on the offscreen platform unless
    // another is asked for, so that the CLI still needs no display. Everything else gets a QCoreApplication.
    std::unique_ptr<QCoreApplication> app;
    if (hindsight::Cli::needsGuiApplication(arguments)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    describeApplication();
    QTextStream out(stdout);
    QTextStream err(stderr);
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        err << "hindsight: cannot read standard input" << Qt::endl;
        return hindsight::Cli::UsageError;
    }
    hindsight::Cli cli(out, err, in);
    return cli.run(QCoreApplication::arguments());
}

int runGui(int argc, char **argv)
{
    QApplication app(argc, argv);
    describeApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Hindsight"));

    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("The store to open."), QStringLiteral("PATH"));
    parser.addOption(db);
    parser.parse(app.arguments());

    std::unique_ptr<hindsight::Store> store;
    try {
        store = hindsight::Store::open(hindsight::resolveStorePath(parser.value(db)));
    } catch (const hindsight::StoreError &error) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Hindsight cannot open its store"),
                              error.message());
        return hindsight::Cli::StoreRefused;
    }
    hindsight::MainWindow window(*store);
    window.show();
    return app.exec();
}

} // namespace

int main(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return hindsight::Cli::wantsCli(arguments) ? runCli(argc, argv, arguments) : runGui(argc, argv);
}
