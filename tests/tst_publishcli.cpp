// `hindsight publish` as a user runs it (being written).
#include <QTest>

class TestPublishCli : public QObject
{
    Q_OBJECT
};

QTEST_GUILESS_MAIN(TestPublishCli)
#include "tst_publishcli.moc"
