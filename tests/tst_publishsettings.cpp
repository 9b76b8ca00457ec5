// Where postmortems are published: the store's defaults, an incident's own choices, and what an endpoint or a
// repository setting may be.
#include "publish/publishsettings.h"
#include "store/incidentstore.h"
#include "testsupport.h"

#include <QScopeGuard>
#include <QSqlQuery>
#include <QTest>

using namespace hindsight;
using namespace Qt::StringLiterals;

class TestPublishSettings : public hindsight::test::TestCase
{
    Q_OBJECT

private slots:
    void initTestCase();
    void graphqlUrl_data();
    void graphqlUrl();
    void plainHttpNeedsAllowHttpAndLoopback_data();
    void plainHttpNeedsAllowHttpAndLoopback();
    void splitRepository_data();
    void splitRepository();
    void defaultsRoundTrip();
    void incidentOverridesDefaults();
    void invalidSettingsAreRefused();
    void settingsSurviveReopening();
    void deletingTheIncidentDeletesItsChoices();
};

void TestPublishSettings::initTestCase()
{
    // Plain HTTP to a loopback address is accepted below, as for the tests' fake GitHub.
    qputenv("HINDSIGHT_ALLOW_HTTP", "1");
}

void TestPublishSettings::graphqlUrl_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("expected"); // empty: refused

    QTest::newRow("empty") << QString() << u"https://api.github.com/graphql"_s;
    QTest::newRow("github.com") << u"github.com"_s << u"https://api.github.com/graphql"_s;
    QTest::newRow("https://github.com/") << u"https://github.com/"_s << u"https://api.github.com/graphql"_s;
    QTest::newRow("API itself") << u"https://api.github.com/graphql"_s << u"https://api.github.com/graphql"_s;
    QTest::newRow("GHES address") << u"https://github.example.com"_s << u"https://github.example.com/api/graphql"_s;
    QTest::newRow("GHES bare host") << u"github.example.com"_s << u"https://github.example.com/api/graphql"_s;
    QTest::newRow("GHES full endpoint") << u"https://github.example.com/api/graphql/"_s
                                        << u"https://github.example.com/api/graphql"_s;
    QTest::newRow("GHES with port") << u"https://github.example.com:8443/"_s
                                    << u"https://github.example.com:8443/api/graphql"_s;
    QTest::newRow("loopback http") << u"http://127.0.0.1:8080"_s << u"http://127.0.0.1:8080/api/graphql"_s;
    QTest::newRow("localhost http") << u"http://localhost:9"_s << u"http://localhost:9/api/graphql"_s;
    QTest::newRow("ipv6 loopback http") << u"http://[::1]:8080"_s << u"http://[::1]:8080/api/graphql"_s;
    QTest::newRow("http to a remote host") << u"http://github.example.com"_s << QString();
    QTest::newRow("http to 10.0.0.1") << u"http://10.0.0.1"_s << QString();
    QTest::newRow("http to a name that looks local") << u"http://127.0.0.1.example.com"_s << QString();
    QTest::newRow("ftp") << u"ftp://github.example.com"_s << QString();
    QTest::newRow("credentials in the URL") << u"https://me:secret@github.example.com"_s << QString();
    QTest::newRow("some other path") << u"https://github.example.com/some/where"_s << QString();
    QTest::newRow("not a URL") << u"https://"_s << QString();
}

void TestPublishSettings::graphqlUrl()
{
    QFETCH(QString, endpoint);
    QFETCH(QString, expected);
    QString why;
    const auto url = PublishTarget::graphqlUrl(endpoint, &why);
    if (expected.isEmpty()) {
        QVERIFY2(!url, qPrintable(url ? url->toString() : QString()));
        QVERIFY(!why.isEmpty());
    } else {
        QVERIFY2(url, qPrintable(why));
        QCOMPARE(url->toString(), expected);
    }
}

void TestPublishSettings::plainHttpNeedsAllowHttpAndLoopback_data()
{
    QTest::addColumn<QByteArray>("allowHttp"); // null: not set
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("refusal"); // empty: accepted

    const QString loopbackRefused = u"Not sending to %1: http:// sends the token in clear; use https://, or for a test "
                                    "stand-in on this machine set HINDSIGHT_ALLOW_HTTP=1."_s;
    const QString elsewhereRefused = u"Not sending to %1: http:// sends the token in clear; use https://. "
                                     "(HINDSIGHT_ALLOW_HTTP=1 allows plain HTTP only to a test stand-in on this "
                                     "machine's loopback address.)"_s;
    QTest::newRow("127.0.0.1, not set") << QByteArray() << u"http://127.0.0.1:8080"_s
                                        << loopbackRefused.arg(u"http://127.0.0.1:8080"_s);
    QTest::newRow("localhost, not set") << QByteArray() << u"http://localhost:9"_s
                                        << loopbackRefused.arg(u"http://localhost:9"_s);
    QTest::newRow("::1, not set") << QByteArray() << u"http://[::1]:8080"_s
                                  << loopbackRefused.arg(u"http://[::1]:8080"_s);
    QTest::newRow("127.0.0.1, 0") << QByteArray("0") << u"http://127.0.0.1:8080"_s
                                  << loopbackRefused.arg(u"http://127.0.0.1:8080"_s);
    QTest::newRow("127.0.0.1, true") << QByteArray("true") << u"http://127.0.0.1:8080"_s
                                     << loopbackRefused.arg(u"http://127.0.0.1:8080"_s);
    QTest::newRow("127.0.0.1, 1") << QByteArray("1") << u"http://127.0.0.1:8080"_s << QString();
    QTest::newRow("127.1.2.3, 1") << QByteArray("1") << u"http://127.1.2.3:8080"_s << QString();
    QTest::newRow("remote host, 1") << QByteArray("1") << u"http://github.example.com"_s
                                    << elsewhereRefused.arg(u"http://github.example.com"_s);
    QTest::newRow("private address, 1") << QByteArray("1") << u"http://10.0.0.1"_s
                                        << elsewhereRefused.arg(u"http://10.0.0.1"_s);
    QTest::newRow("remote host, not set")
        << QByteArray() << u"http://github.example.com"_s << elsewhereRefused.arg(u"http://github.example.com"_s);
    QTest::newRow("https, not set") << QByteArray() << u"https://github.example.com"_s << QString();
}

void TestPublishSettings::plainHttpNeedsAllowHttpAndLoopback()
{
    QFETCH(QByteArray, allowHttp);
    QFETCH(QString, endpoint);
    QFETCH(QString, refusal);
    const auto restore = qScopeGuard([] { qputenv("HINDSIGHT_ALLOW_HTTP", "1"); });
    if (allowHttp.isNull())
        qunsetenv("HINDSIGHT_ALLOW_HTTP");
    else
        qputenv("HINDSIGHT_ALLOW_HTTP", allowHttp);

    QString why;
    const auto url = PublishTarget::graphqlUrl(endpoint, &why);
    QCOMPARE(why, refusal);
    QCOMPARE(!url, !refusal.isEmpty());
    QCOMPARE(PublishSettings::validate({endpoint, {}, {}, {}}).value_or(QString()), refusal);
    // Nor is it saved.
    test::TemporaryStore temp;
    try {
        PublishSettings(temp.store()).setDefaults({endpoint, {}, {}, {}});
        QVERIFY2(refusal.isEmpty(), "saved");
        QCOMPARE(PublishSettings(temp.store()).defaults().endpoint, endpoint);
    } catch (const StoreError &error) {
        QCOMPARE(error.message(), refusal);
        QCOMPARE(PublishSettings(temp.store()).defaults(), PublishTarget{});
    }
}

void TestPublishSettings::splitRepository_data()
{
    QTest::addColumn<QString>("repository");
    QTest::addColumn<QString>("owner"); // empty: refused
    QTest::addColumn<QString>("name");

    QTest::newRow("plain") << u"acme/postmortems"_s << u"acme"_s << u"postmortems"_s;
    QTest::newRow("spaces around") << u"  acme/post-mortems.2026 "_s << u"acme"_s << u"post-mortems.2026"_s;
    QTest::newRow("no owner") << u"postmortems"_s << QString() << QString();
    QTest::newRow("three parts") << u"acme/a/b"_s << QString() << QString();
    QTest::newRow("a URL") << u"https://github.com/acme/postmortems"_s << QString() << QString();
    QTest::newRow("dot dot") << u"acme/.."_s << QString() << QString();
    QTest::newRow("empty") << QString() << QString() << QString();
}

void TestPublishSettings::splitRepository()
{
    QFETCH(QString, repository);
    QFETCH(QString, owner);
    QFETCH(QString, name);
    QString why;
    const auto split = PublishTarget::splitRepository(repository, &why);
    if (owner.isEmpty()) {
        QVERIFY(!split);
        QVERIFY(!why.isEmpty());
    } else {
        QVERIFY2(split, qPrintable(why));
        QCOMPARE(split->first, owner);
        QCOMPARE(split->second, name);
    }
}

void TestPublishSettings::defaultsRoundTrip()
{
    test::TemporaryStore temp;
    PublishSettings settings(temp.store());
    QCOMPARE(settings.defaults(), PublishTarget{});

    const PublishTarget target{u" https://github.example.com "_s, u"acme/postmortems"_s, u"Postmortems"_s,
                               DocumentLanguage::Japanese};
    settings.setDefaults(target);
    const PublishTarget stored = settings.defaults();
    QCOMPARE(stored.endpoint, u"https://github.example.com"_s); // trimmed
    QCOMPARE(stored.repository, u"acme/postmortems"_s);
    QCOMPARE(stored.category, u"Postmortems"_s);
    QCOMPARE(stored.language, DocumentLanguage::Japanese);

    // Unset fields are cleared.
    settings.setDefaults({QString(), u"acme/other"_s, QString(), std::nullopt});
    QCOMPARE(settings.defaults(), (PublishTarget{QString(), u"acme/other"_s, QString(), std::nullopt}));
    QSqlQuery q = temp.store().exec(u"SELECT name FROM setting ORDER BY name"_s);
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    QCOMPARE(names, QStringList{u"publish.repository"_s});
}

void TestPublishSettings::incidentOverridesDefaults()
{
    test::TemporaryStore temp;
    Incident draft;
    draft.title = u"Checkout API 5xx"_s;
    const Incident incident = IncidentStore(temp.store()).create(draft);
    const Incident other = IncidentStore(temp.store()).create(draft);
    PublishSettings settings(temp.store());
    settings.setDefaults({QString(), u"acme/postmortems"_s, u"Postmortems"_s, DocumentLanguage::English});
    settings.setForIncident(incident.id, {QString(), QString(), u"Security"_s, DocumentLanguage::Japanese});

    QCOMPARE(settings.forIncident(incident.id),
             (PublishTarget{QString(), QString(), u"Security"_s, DocumentLanguage::Japanese}));
    QCOMPARE(settings.effective(incident.id),
             (PublishTarget{QString(), u"acme/postmortems"_s, u"Security"_s, DocumentLanguage::Japanese}));
    QCOMPARE(settings.effective(other.id),
             (PublishTarget{QString(), u"acme/postmortems"_s, u"Postmortems"_s, DocumentLanguage::English}));
    // Unset columns are NULL, not empty text: "use the default".
    QSqlQuery q = temp.store().exec(u"SELECT endpoint IS NULL, repository IS NULL, category FROM publish_target"_s);
    QVERIFY(q.next());
    QVERIFY(q.value(0).toBool());
    QVERIFY(q.value(1).toBool());
    QCOMPARE(q.value(2).toString(), u"Security"_s);
    q.finish();

    // An empty target removes the incident's row.
    settings.setForIncident(incident.id, {});
    QCOMPARE(settings.effective(incident.id), settings.defaults());
    q = temp.store().exec(u"SELECT count(*) FROM publish_target"_s);
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void TestPublishSettings::invalidSettingsAreRefused()
{
    test::TemporaryStore temp;
    PublishSettings settings(temp.store());
    settings.setDefaults({QString(), u"acme/postmortems"_s, QString(), std::nullopt});
    const PublishTarget before = settings.defaults();
    for (const PublishTarget &bad : {PublishTarget{u"http://github.example.com"_s, QString(), QString(), std::nullopt},
                                     PublishTarget{QString(), u"not a repository"_s, QString(), std::nullopt}}) {
        try {
            settings.setDefaults(bad);
            QFAIL("not refused");
        } catch (const StoreError &error) {
            QCOMPARE(error.kind(), StoreError::Kind::Invalid);
            QVERIFY(!error.message().isEmpty());
        }
    }
    QCOMPARE(settings.defaults(), before);
    QCOMPARE(
        PublishSettings::validate({u"http://github.example.com"_s, {}, {}, {}}),
        u"Not sending to http://github.example.com: http:// sends the token in clear; use https://. "
        "(HINDSIGHT_ALLOW_HTTP=1 allows plain HTTP only to a test stand-in on this machine's loopback address.)"_s);
}

void TestPublishSettings::settingsSurviveReopening()
{
    test::TemporaryStore temp;
    PublishSettings(temp.store()).setDefaults({u"github.com"_s, u"acme/postmortems"_s, u"q-a"_s, {}});
    temp.close();
    temp.reopen();
    QCOMPARE(PublishSettings(temp.store()).defaults(),
             (PublishTarget{u"github.com"_s, u"acme/postmortems"_s, u"q-a"_s, std::nullopt}));
}

void TestPublishSettings::deletingTheIncidentDeletesItsChoices()
{
    test::TemporaryStore temp;
    Incident draft;
    draft.title = u"Checkout API 5xx"_s;
    const Incident incident = IncidentStore(temp.store()).create(draft);
    PublishSettings(temp.store()).setForIncident(incident.id, {QString(), u"acme/x"_s, QString(), std::nullopt});
    temp.store().exec(u"DELETE FROM incident WHERE id = ?"_s, {db::fromUuid(incident.id)});
    QSqlQuery q = temp.store().exec(u"SELECT count(*) FROM publish_target"_s);
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestPublishSettings)
#include "tst_publishsettings.moc"
