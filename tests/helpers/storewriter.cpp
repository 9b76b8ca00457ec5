// store_writer STORE NUMBER COUNT [DELAY_MS] [--second-connection]
// Appends COUNT entries to incident NUMBER, one by one, and prints each entry's id on its own line only after the
// append has returned (that is, once the store says it is durable). Used by the tests that kill it mid-write and by
// those that run several writers at once.
// With --second-connection it behaves as the window does: after its first entry it opens a second connection to
// the same store (the window's worker thread), prints "ready", and goes on writing through the first.
#include "store/incidentstore.h"
#include "store/investigationlog.h"

#include <QCoreApplication>
#include <QThread>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    const bool secondConnection = args.removeAll(QStringLiteral("--second-connection")) > 0;
    if (args.size() < 4) {
        std::fprintf(stderr, "usage: store_writer STORE NUMBER COUNT [DELAY_MS] [--second-connection]\n");
        return 1;
    }
    try {
        auto store = hindsight::Store::open(args.at(1));
        const hindsight::Incident incident = hindsight::IncidentStore(*store).require(args.at(2).toInt());
        hindsight::InvestigationLog log(*store);
        std::unique_ptr<hindsight::Store> second;
        const int count = args.at(3).toInt();
        const int delay = args.size() > 4 ? args.at(4).toInt() : 0;
        for (int i = 0; i < count; ++i) {
            hindsight::LogEntry entry;
            entry.incidentId = incident.id;
            entry.author = QStringLiteral("writer-%1").arg(QCoreApplication::applicationPid());
            entry.body = QStringLiteral("entry %1 from process %2").arg(i).arg(QCoreApplication::applicationPid());
            const hindsight::LogEntry stored = log.append(entry);
            std::printf("%s\n", qPrintable(stored.id.toString(QUuid::WithoutBraces)));
            if (secondConnection && !second) {
                second = hindsight::Store::open(args.at(1));
                hindsight::IncidentStore(*second).require(args.at(2).toInt());
                std::printf("ready\n");
            }
            std::fflush(stdout);
            if (delay > 0)
                QThread::msleep(delay);
        }
    } catch (const hindsight::StoreError &error) {
        std::fprintf(stderr, "store_writer: %s\n", error.what());
        return 2;
    }
    return 0;
}
