#include "cli/cli.h"
#include "gui/incidentview.h"
#include "gui/mainwindow.h"
#include "i18n/uilanguage.h"
#include "store/store.h"
#include "store/storelocation.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <QMessageBox>
#include <QStatusBar>
#include <QTextStream>
#include <QTimer>

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
    hindsight::UiLanguage::install();
    QTextStream out(stdout);
    QTextStream err(stderr);
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        err << QCoreApplication::translate("main", "hindsight: cannot read standard input") << Qt::endl;
        return hindsight::Cli::UsageError;
    }
    hindsight::Cli cli(out, err, in);
    return cli.run(QCoreApplication::arguments());
}

// For hindsight-bench: once the window has settled (the list shown and the last open incident reopened, the work
// deferred past the first paint done) and has painted all of it, prints "ready" with the number of incidents listed
// and the incident open; with an incident number, then opens that incident and prints the process's peak memory;
// then quits.
void reportStartup(hindsight::MainWindow &window, int openNumber)
{
    QObject::connect(&window, &hindsight::MainWindow::settled, &window, [&window, openNumber] {
        window.repaint(); // what the user sees now, painted before the clock stops
        QTextStream out(stdout);
        const auto *list = window.findChild<QAbstractItemView *>(QStringLiteral("incidentList"));
        out << "ready rows=" << (list && list->model() ? list->model()->rowCount() : -1)
            << " incident=" << window.incidentView()->incidentNumber() << Qt::endl;
        if (openNumber > 0) {
            const bool opened = window.openIncident(openNumber, false);
            QCoreApplication::processEvents();
            QFile status(QStringLiteral("/proc/self/status"));
            QByteArray peak;
            if (status.open(QIODevice::ReadOnly)) {
                for (const QByteArray &line : status.readAll().split('\n')) {
                    if (line.startsWith("VmHWM:"))
                        peak = line.mid(6).trimmed();
                }
            }
            out << "opened=" << opened << " peak=" << QString::fromLatin1(peak) << Qt::endl;
        }
        QCoreApplication::quit();
    });
}

int runGui(int argc, char **argv)
{
    QApplication app(argc, argv);
    describeApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Hindsight"));
    hindsight::UiLanguage::install();

    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), QApplication::translate("main", "The store to open."),
                                QStringLiteral("PATH"));
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
    if (!store->notices().isEmpty())
        window.statusBar()->showMessage(store->notices().join(u' '), 30000);
    if (qEnvironmentVariableIsSet("HINDSIGHT_STARTUP_PROBE"))
        reportStartup(window, qEnvironmentVariableIntValue("HINDSIGHT_STARTUP_PROBE"));
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
