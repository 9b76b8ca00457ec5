// store_writer STORE NUMBER COUNT [DELAY_MS]
// Appends COUNT entries to incident NUMBER, one by one, and prints each entry's id on its own line only after the
// append has returned (that is, once the store says it is durable). Used by the tests that kill it mid-write and by
// those that run several writers at once.
#include "store/incidentstore.h"
#include "store/investigationlog.h"

#include <QCoreApplication>
#include <QThread>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4) {
        std::fprintf(stderr, "usage: store_writer STORE NUMBER COUNT [DELAY_MS]\n");
        return 1;
    }
    try {
        auto store = hindsight::Store::open(args.at(1));
        const hindsight::Incident incident = hindsight::IncidentStore(*store).require(args.at(2).toInt());
        hindsight::InvestigationLog log(*store);
        const int count = args.at(3).toInt();
        const int delay = args.size() > 4 ? args.at(4).toInt() : 0;
        for (int i = 0; i < count; ++i) {
            hindsight::LogEntry entry;
            entry.incidentId = incident.id;
            entry.author = QStringLiteral("writer-%1").arg(QCoreApplication::applicationPid());
            entry.body = QStringLiteral("entry %1 from process %2").arg(i).arg(QCoreApplication::applicationPid());
            const hindsight::LogEntry stored = log.append(entry);
            std::printf("%s\n", qPrintable(stored.id.toString(QUuid::WithoutBraces)));
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
