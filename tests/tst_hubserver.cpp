// The team hub's server, as the hub's tests will use it: a throwaway PostgreSQL cluster reached through Qt SQL's
// QPSQL driver, pushing notifications (LISTEN/NOTIFY) without polling, and going away and coming back as a hub does
// when the network or the server fails.
#include "temporarypostgres.h"
#include "testsupport.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

using namespace hindsight;
using namespace Qt::StringLiterals;

class TestHubServer : public hindsight::test::TestCase
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void connectsThroughQpsql();
    void notificationsArriveWithoutPolling();
    void serverGoneAndBack();
    void unknownRoleIsRefused();

private:
    /// A new QPSQL connection to the test server as `user`; the caller removes it (closeAll()).
    QSqlDatabase connect(const QString &user = QString::fromLatin1(test::TemporaryPostgres::Superuser));
    void closeAll();

    std::unique_ptr<test::TemporaryPostgres> m_server;
    QStringList m_connections;
};

void TestHubServer::initTestCase()
{
    QVERIFY2(QSqlDatabase::isDriverAvailable(u"QPSQL"_s),
             "Qt SQL's PostgreSQL driver is missing: run packaging/install-deps.sh (libqt6sql6-psql)");
    m_server = std::make_unique<test::TemporaryPostgres>();
    QVERIFY2(m_server->isRunning(), qPrintable(m_server->error()));
}

void TestHubServer::cleanupTestCase()
{
    closeAll();
    m_server.reset();
}

void TestHubServer::cleanup()
{
    closeAll();
    TestCase::cleanup();
}

QSqlDatabase TestHubServer::connect(const QString &user)
{
    const QString name = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_connections << name;
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
    db.setHostName(m_server->socketDirectory());
    db.setPort(m_server->port());
    db.setUserName(user);
    db.setDatabaseName(u"postgres"_s);
    db.setConnectOptions(u"connect_timeout=10"_s);
    return db;
}

void TestHubServer::closeAll()
{
    for (const QString &name : std::as_const(m_connections)) {
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }
    m_connections.clear();
}

void TestHubServer::connectsThroughQpsql()
{
    QSqlDatabase db = connect();
    QVERIFY2(db.open(), qPrintable(db.lastError().text()));
    QSqlQuery query(db);
    QVERIFY2(query.exec(u"SELECT current_user, current_setting('server_version_num')::int, "
                        u"current_setting('server_encoding')"_s),
             qPrintable(query.lastError().text()));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QString::fromLatin1(test::TemporaryPostgres::Superuser));
    QVERIFY2(query.value(1).toInt() >= 150000, qPrintable(query.value(1).toString()));
    QCOMPARE(query.value(2).toString(), u"UTF8"_s);
    // Japanese text goes through unchanged.
    QVERIFY(query.exec(u"SELECT '障害報告: 決済APIの5xx'"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), u"障害報告: 決済APIの5xx"_s);
}

// What one client writes reaches the others by a notification the server pushes: the listener does not query.
void TestHubServer::notificationsArriveWithoutPolling()
{
    QSqlDatabase listener = connect();
    QSqlDatabase writer = connect();
    QVERIFY2(listener.open(), qPrintable(listener.lastError().text()));
    QVERIFY2(writer.open(), qPrintable(writer.lastError().text()));
    QStringList payloads;
    QObject::connect(listener.driver(), &QSqlDriver::notification, listener.driver(),
                     [&](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
                         if (name == u"hindsight_changes")
                             payloads << payload.toString();
                     });
    QVERIFY(listener.driver()->subscribeToNotification(u"hindsight_changes"_s));
    QCOMPARE(listener.driver()->subscribedToNotifications(), QStringList{u"hindsight_changes"_s});

    QSqlQuery notify(writer);
    QVERIFY(notify.exec(u"SELECT pg_notify('hindsight_changes', 'entry 1')"_s));
    QVERIFY(notify.exec(u"SELECT pg_notify('hindsight_changes', '記録 2')"_s));
    QTRY_COMPARE_WITH_TIMEOUT(payloads, (QStringList{u"entry 1"_s, u"記録 2"_s}), 5000);
}

// The hub stops (the server restarts, the network goes): a query says so instead of hanging, and once the server is
// back a new connection works.
void TestHubServer::serverGoneAndBack()
{
    QSqlDatabase db = connect();
    QVERIFY2(db.open(), qPrintable(db.lastError().text()));
    QVERIFY(QSqlQuery(db).exec(u"CREATE TABLE IF NOT EXISTS kept (v text); INSERT INTO kept VALUES ('before')"_s));

    QVERIFY2(m_server->stop(), qPrintable(m_server->error()));
    QSqlQuery query(db);
    QVERIFY(!query.exec(u"SELECT 1"_s));
    QVERIFY(!query.lastError().text().isEmpty());

    QVERIFY2(m_server->start(), qPrintable(m_server->error()));
    db.close();
    QVERIFY2(db.open(), qPrintable(db.lastError().text()));
    QSqlQuery again(db);
    QVERIFY(again.exec(u"SELECT v FROM kept"_s));
    QVERIFY(again.next());
    QCOMPARE(again.value(0).toString(), u"before"_s);
}

void TestHubServer::unknownRoleIsRefused()
{
    QSqlDatabase db = connect(u"ghost"_s);
    QVERIFY(!db.open());
    QVERIFY2(db.lastError().text().contains(u"ghost"_s), qPrintable(db.lastError().text()));
    // psql as the superuser works: the server itself is fine.
    const std::optional<QString> who = m_server->psql(u"SELECT current_user"_s);
    QVERIFY2(who, qPrintable(m_server->error()));
    QCOMPARE(*who, QString::fromLatin1(test::TemporaryPostgres::Superuser));
}

QTEST_GUILESS_MAIN(TestHubServer)
#include "tst_hubserver.moc"
