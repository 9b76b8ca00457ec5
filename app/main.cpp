#include "cli/cli.h"
#include "gui/common/messagebox.h"
#include "gui/incident/incidentview.h"
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
#include <utility>

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

// For hindsight-bench: once the window has been shown with what it shows first (the list and the last open incident)
// and has painted all of it, prints "ready" with the number of incidents listed and the incident open; with an
// incident number, then opens that incident and prints the process's peak memory; then quits. Connected before the
// window is shown.
class StartupProbe : public QObject
{
public:
    StartupProbe(hindsight::MainWindow &window, int openNumber)
        : QObject(&window)
        , m_window(window)
        , m_openNumber(openNumber)
    {
        QObject::connect(&window, &hindsight::MainWindow::settled, this, [this] {
            // Settled as the window is shown; the clock stops once the frame with everything in it has been painted
            // (the first paint event of any of its widgets, and the rest of that pass), or at most a moment later,
            // painted then.
            QCoreApplication::instance()->installEventFilter(this);
            QTimer::singleShot(250, this, [this] { report(true); });
        });
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        const auto *widget = qobject_cast<const QWidget *>(watched);
        if (event->type() == QEvent::Paint && widget && widget->window() == &m_window) {
            QCoreApplication::instance()->removeEventFilter(this);
            // After the paint pass this event is part of.
            QTimer::singleShot(0, this, [this] { report(false); });
        }
        return false;
    }

private:
    void report(bool paintFirst)
    {
        if (std::exchange(m_reported, true))
            return;
        if (paintFirst)
            m_window.repaint();
        QTextStream out(stdout);
        const auto *list = m_window.findChild<QAbstractItemView *>(QStringLiteral("incidentList"));
        out << "ready rows=" << (list && list->model() ? list->model()->rowCount() : -1)
            << " incident=" << m_window.incidentView()->incidentNumber() << Qt::endl;
        if (m_openNumber > 0) {
            const bool opened = m_window.openIncident(m_openNumber, false);
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
    }

    hindsight::MainWindow &m_window;
    int m_openNumber;
    bool m_reported = false;
};

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
        hindsight::messagebox::critical(nullptr, QApplication::translate("main", "Hindsight cannot open its store"),
                                        error.message());
        return hindsight::Cli::StoreRefused;
    }
    hindsight::MainWindow window(*store);
    if (qEnvironmentVariableIsSet("HINDSIGHT_STARTUP_PROBE"))
        new StartupProbe(window, qEnvironmentVariableIntValue("HINDSIGHT_STARTUP_PROBE"));
    window.show();
    if (!store->notices().isEmpty())
        window.statusBar()->showMessage(store->notices().join(u' '), 30000);
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
