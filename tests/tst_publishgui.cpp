// Publishing from the window, driven through its widgets against a fake GitHub on 127.0.0.1 (fakegithub.h): the
// postmortem tab's Publish button and dialog (the link and the Published state on success; GitHub's refusal, or a
// hang cancelled by the user, shown with the window still answering and the store unchanged; the requests previewed
// without sending; this incident's own target), and Settings > Publishing to GitHub (categories fetched from the
// repository, errors shown, the defaults saved, and no keychain said so).
#include "fakegithub.h"
#include "gui/incident/incidentview.h"
#include "gui/mainwindow.h"
#include "gui/postmortem/postmortemview.h"
#include "gui/publish/publishdialog.h"
#include "gui/publish/publishsettingsdialog.h"
#include "gui/publish/tokenlookup.h"
#include "publish/githubtoken.h"
#include "publish/publishsettings.h"
#include "review/postmortemreview.h"
#include "store/actionitemstore.h"
#include "store/incidentstore.h"
#include "store/postmortemstore.h"
#include "testsupport.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QTest>

using namespace hindsight;
using namespace Qt::StringLiterals;
using Failure = hindsight::test::FakeGitHub::Failure;

namespace {

const QByteArray Token = "hst_0123456789abcdefFAKETOKEN";
const QString Url = u"https://github.com/acme/postmortems/discussions/41"_s;
const QString Repository = u"HindsightRepository"_s;

} // namespace

class TestPublishGui : public hindsight::test::TestCase
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void publishShowsTheLinkAndPublished();
    void badCredentialsAreShownAndChangeNothing();
    void hangIsCancelledWithoutFreezing();
    void escapeWhilePublishingCancelsAndCloses();
    void previewShowsTheRequestsAndSendsNothing();
    void notApprovedSaysWhyBeforeSending();
    void incidentTargetIsEditedInTheDialog();
    void settingsFetchCategoriesAndSave();
    void settingsShowWhatWentWrong();
    void settingsSayWhenThereIsNoKeychain();
    void gitHubTokenIsNotSentToAnotherHost();
    void enterpriseTokenIsSentToTheEnterpriseHost();
    void withoutAKeychainATokenForThisSession();

private:
    template<typename T>
    T *find(QObject *parent, const char *name) const
    {
        return parent->findChild<T *>(QString::fromLatin1(name));
    }
    /// Clicks the postmortem tab's Publish button and returns the dialog it opens.
    PublishDialog *openPublishDialog();
    PublishSettingsDialog *openSettings();
    Postmortem postmortem() const { return *PostmortemStore(*m_temp->openAgain()).forIncident(m_incident.id); }
    QString stateShown() const;

    std::unique_ptr<test::TemporaryStore> m_temp;
    std::unique_ptr<test::FakeGitHub> m_github;
    std::unique_ptr<MainWindow> m_window;
    Incident m_incident;
};

void TestPublishGui::initTestCase()
{
    // The fake GitHub answers plain HTTP on 127.0.0.1.
    qputenv("HINDSIGHT_ALLOW_HTTP", "1");
}

void TestPublishGui::init()
{
    qputenv("HINDSIGHT_GITHUB_TOKEN", Token);
    for (const char *variable : {"GH_TOKEN", "GITHUB_TOKEN", "GH_ENTERPRISE_TOKEN", "GITHUB_ENTERPRISE_TOKEN"})
        qunsetenv(variable);
    // No D-Bus session: no keychain, as on a build machine.
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    m_temp = std::make_unique<test::TemporaryStore>();
    m_github = std::make_unique<test::FakeGitHub>();
    m_github->setToken(Token);

    Store &store = m_temp->store();
    Incident draft;
    draft.title = u"Checkout API 5xx"_s;
    draft.severity = Severity::High;
    draft.status = IncidentStatus::Resolved;
    draft.summary = u"5xx above 2% for an hour."_s;
    m_incident = IncidentStore(store).create(draft);
    test::approveHighPostmortem(store, m_incident);
    PublishSettings(store).setDefaults(
        {m_github->address(), u"acme/postmortems"_s, u"Postmortems"_s, DocumentLanguage::English});

    m_window = std::make_unique<MainWindow>(store);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QVERIFY(m_window->openIncident(m_incident.number));
    m_window->incidentView()->showPostmortem();
    QVERIFY(find<PostmortemView>(m_window.get(), "postmortemView")->isVisible());
}

void TestPublishGui::cleanup()
{
    TestCase::cleanup();
    m_window.reset();
    m_github.reset();
    m_temp.reset();
}

PublishDialog *TestPublishGui::openPublishDialog()
{
    auto *button = find<QPushButton>(m_window.get(), "publishPostmortem");
    if (!button)
        return nullptr;
    QTest::mouseClick(button, Qt::LeftButton);
    auto *dialog = find<PublishDialog>(m_window.get(), "publishDialog");
    if (!dialog || !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

PublishSettingsDialog *TestPublishGui::openSettings()
{
    auto *action = find<QAction>(m_window.get(), "publishSettingsAction");
    if (!action)
        return nullptr;
    action->trigger();
    auto *dialog = find<PublishSettingsDialog>(m_window.get(), "publishSettingsDialog");
    if (!dialog || !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

QString TestPublishGui::stateShown() const
{
    return find<QLabel>(m_window.get(), "reviewState")->text();
}

void TestPublishGui::publishShowsTheLinkAndPublished()
{
    QCOMPARE(stateShown(), u"Postmortem: Approved"_s);
    PublishDialog *dialog = openPublishDialog();
    QVERIFY(dialog);
    auto *check = find<QLabel>(dialog, "publishCheck");
    QVERIFY2(check->text().startsWith(u"Ready: “Incident 1: Checkout API 5xx”, "_s), qPrintable(check->text()));
    QVERIFY2(check->text().contains(u" characters of Markdown, to acme/postmortems on 127.0.0.1, category "
                                    "Postmortems, in English.\nRedaction masks nothing."_s),
             qPrintable(check->text()));
    auto *publish = find<QPushButton>(dialog, "publish");
    QVERIFY(publish->isEnabled());

    QTest::mouseClick(publish, Qt::LeftButton);

    auto *link = find<QLabel>(dialog, "discussionLink");
    auto *result = find<QLabel>(dialog, "publishResult");
    QTRY_VERIFY(link->isVisible());
    QCOMPARE(link->text(), u"<a href=\"%1\">%1</a>"_s.arg(Url));
    QVERIFY(link->openExternalLinks());
    QCOMPARE(result->text(), u"Published: discussion #41 was created in acme/postmortems, category Postmortems."_s);
    QCOMPARE(stateShown(), u"Postmortem: Published as <a href=\"%1\">discussion #41</a>"_s.arg(Url));
    QCOMPARE(postmortem().reviewState, ReviewState::Published);
    QCOMPARE(postmortem().publication.url, Url);
    QCOMPARE(m_github->discussions().size(), 1);

    // Publishing again updates the same discussion.
    QCOMPARE(publish->text(), u"Publish again"_s);
    QVERIFY(check->text().endsWith(u"Published before as discussion #41 (%1): publishing again updates it; no second "
                                   "discussion is made."_s.arg(Url)));
    QTest::mouseClick(publish, Qt::LeftButton);
    QTRY_COMPARE(result->text(), u"Published again: discussion #41 in acme/postmortems, category Postmortems, was "
                                 "updated; no second one was made."_s);
    QVERIFY(link->isVisible());
    QCOMPARE(m_github->discussions().size(), 1);
}

void TestPublishGui::badCredentialsAreShownAndChangeNothing()
{
    m_github->setToken("a token that is not the one in the environment");
    const Postmortem before = postmortem();
    PublishDialog *dialog = openPublishDialog();
    QVERIFY(dialog);
    auto *publish = find<QPushButton>(dialog, "publish");

    QTest::mouseClick(publish, Qt::LeftButton);

    auto *result = find<QLabel>(dialog, "publishResult");
    QTRY_VERIFY(result->isVisible());
    QCOMPARE(result->text(), u"GitHub does not accept the token from $HINDSIGHT_GITHUB_TOKEN (HTTP 401: Bad "
                             "credentials): it is wrong, has expired or was revoked. Create a new token and store it "
                             "again."_s);
    QVERIFY(!find<QLabel>(dialog, "discussionLink")->isVisible());
    QVERIFY(publish->isEnabled()); // ready to try again
    QVERIFY(!find<QPushButton>(dialog, "cancelPublish")->isEnabled());
    QCOMPARE(stateShown(), u"Postmortem: Approved"_s);
    QCOMPARE(postmortem(), before);
    QVERIFY(PublishSettings(*m_temp->openAgain()).forIncident(m_incident.id).isEmpty());
    QVERIFY(m_github->discussions().isEmpty());
}

void TestPublishGui::hangIsCancelledWithoutFreezing()
{
    // GitHub never answers; the request would only time out after a minute.
    m_github->failNext(Failure::Hang, Repository);
    const Postmortem before = postmortem();
    PublishDialog *dialog = openPublishDialog();
    QVERIFY(dialog);
    auto *publish = find<QPushButton>(dialog, "publish");
    auto *cancel = find<QPushButton>(dialog, "cancelPublish");
    QVERIFY(!cancel->isEnabled());

    QTest::mouseClick(publish, Qt::LeftButton);

    // The click returned while GitHub holds the request: the window shows progress and takes clicks.
    QTRY_COMPARE(m_github->operations(), QStringList{Repository});
    QTRY_COMPARE(find<QLabel>(dialog, "publishProgress")->text(), u"Asking 127.0.0.1 about acme/postmortems."_s);
    QVERIFY(find<QWidget>(dialog, "publishBusy")->isVisible());
    QVERIFY(dialog->isPublishing());
    QVERIFY(!publish->isEnabled());
    QVERIFY(!find<QLineEdit>(dialog, "repository")->isEnabled());
    QVERIFY(cancel->isEnabled());

    QTest::mouseClick(cancel, Qt::LeftButton);

    auto *result = find<QLabel>(dialog, "publishResult");
    QTRY_VERIFY(!dialog->isPublishing());
    QCOMPARE(result->text(), u"Cancelled."_s);
    QVERIFY(!find<QWidget>(dialog, "publishBusy")->isVisible());
    QCOMPARE(stateShown(), u"Postmortem: Approved"_s);
    QCOMPARE(postmortem(), before);
    QVERIFY(m_github->discussions().isEmpty());

    // GitHub answers again: publishing from the same dialog works.
    QVERIFY(publish->isEnabled());
    QTest::mouseClick(publish, Qt::LeftButton);
    QTRY_VERIFY(find<QLabel>(dialog, "discussionLink")->isVisible());
    QCOMPARE(m_github->discussions().size(), 1);
    QCOMPARE(postmortem().reviewState, ReviewState::Published);
}

void TestPublishGui::escapeWhilePublishingCancelsAndCloses()
{
    m_github->failNext(Failure::Hang, Repository);
    const Postmortem before = postmortem();
    PublishDialog *dialog = openPublishDialog();
    QVERIFY(dialog);
    QTest::mouseClick(find<QPushButton>(dialog, "publish"), Qt::LeftButton);
    QTRY_COMPARE(m_github->operations(), QStringList{Repository});

    QTest::keyClick(dialog, Qt::Key_Escape);

    // Closed once the publication has stopped, well before the request's own timeout of a minute.
    QTRY_VERIFY(!find<PublishDialog>(m_window.get(), "publishDialog"));
    QCOMPARE(stateShown(), u"Postmortem: Approved"_s);
    QCOMPARE(postmortem(), before);
    QVERIFY(m_github->discussions().isEmpty());
}

void TestPublishGui::previewShowsTheRequestsAndSendsNothing()
{
    PublishDialog *dialog = openPublishDialog();
    QVERIFY(dialog);
    auto *preview = find<QPlainTextEdit>(dialog, "requestPreview");
    QVERIFY(!preview->isVisible());

    QTest::mouseClick(find<QPushButton>(dialog, "previewPublish"), Qt::LeftButton);

    QTRY_VERIFY(preview->isVisible());
    const QString text = preview->toPlainText();
    QVERIFY2(text.startsWith(u"Nothing has been sent. Publishing sends these requests, in this order:\n\n"
                             "# 1. The repository, whether Discussions are enabled, and its categories:\n"
                             "POST %1/api/graphql\n"
                             "Authorization: bearer ********  (the token from $HINDSIGHT_GITHUB_TOKEN)\n"_s.arg(
                                 m_github->address())),
             qPrintable(text.left(400)));
    QVERIFY(text.contains(u"\"title\": \"Incident 1: Checkout API 5xx\""_s));
    QVERIFY(text.contains(u"The connection pool was too small."_s));
    QVERIFY(!text.contains(QString::fromLatin1(Token)));
    QVERIFY(m_github->requests().isEmpty());
    QCOMPARE(postmortem().reviewState, ReviewState::Approved);
}

void TestPublishGui::notApprovedSaysWhyBeforeSending()
{
    PostmortemReview(*m_temp->openAgain()).reopen(m_incident.id);
    m_window->reloadFromStore();
    QCOMPARE(stateShown(), u"Postmortem: Draft"_s);
    PublishDialog *dialog = openPublishDialog();
    QVERIFY(dialog);

    QCOMPARE(find<QLabel>(dialog, "publishCheck")->text(),
             u"Only an approved postmortem can be published; this one is still a draft."_s);
    QVERIFY(!find<QPushButton>(dialog, "publish")->isEnabled());
    QVERIFY(!find<QPushButton>(dialog, "previewPublish")->isEnabled());
    QVERIFY(m_github->requests().isEmpty());
}

void TestPublishGui::incidentTargetIsEditedInTheDialog()
{
    m_github->setRepository(u"acme/incidents"_s);
    PublishDialog *dialog = openPublishDialog();
    QVERIFY(dialog);
    auto *repository = find<QLineEdit>(dialog, "repository");
    QCOMPARE(repository->text(), QString());
    QCOMPARE(repository->placeholderText(), u"acme/postmortems (the default)"_s);
    repository->setFocus();
    QTest::keyClicks(repository, u"acme/incidents"_s);

    // The categories of that repository, from GitHub.
    QTest::mouseClick(find<QPushButton>(dialog, "fetchCategories"), Qt::LeftButton);
    auto *category = find<QComboBox>(dialog, "category");
    QTRY_COMPARE(category->count(), 4);
    QCOMPARE(find<QLabel>(dialog, "categoryStatus")->text(), u"4 categories in acme/incidents."_s);
    QCOMPARE(category->itemText(3), u"Q&A"_s);
    category->setCurrentIndex(3);
    auto *publish = find<QPushButton>(dialog, "publish");
    QTRY_VERIFY(
        find<QLabel>(dialog, "publishCheck")->text().contains(u"to acme/incidents on 127.0.0.1, category Q&A"_s));

    QTest::mouseClick(publish, Qt::LeftButton);

    QTRY_VERIFY(find<QLabel>(dialog, "discussionLink")->isVisible());
    const QList<test::FakeGitHub::Discussion> discussions = m_github->discussions();
    QCOMPARE(discussions.size(), 1);
    QCOMPARE(discussions.constFirst().repository, u"acme/incidents"_s);
    QCOMPARE(discussions.constFirst().categoryId, u"DIC_kwDOqa"_s);
    // Kept for this incident; the defaults are as they were.
    const auto reopened = m_temp->openAgain();
    const PublishTarget own = PublishSettings(*reopened).forIncident(m_incident.id);
    QCOMPARE(own.repository, u"acme/incidents"_s);
    QCOMPARE(own.category, u"Q&A"_s);
    QCOMPARE(PublishSettings(*reopened).defaults().repository, u"acme/postmortems"_s);

    // The next time, the dialog starts from them.
    dialog->reject();
    QTRY_VERIFY(!find<PublishDialog>(m_window.get(), "publishDialog"));
    dialog = openPublishDialog();
    QVERIFY(dialog);
    QCOMPARE(find<QLineEdit>(dialog, "repository")->text(), u"acme/incidents"_s);
    QCOMPARE(find<QComboBox>(dialog, "category")->currentText(), u"Q&A"_s);
}

void TestPublishGui::settingsFetchCategoriesAndSave()
{
    PublishSettingsDialog *dialog = openSettings();
    QVERIFY(dialog);
    QCOMPARE(find<QLineEdit>(dialog, "endpoint")->text(), m_github->address());
    QCOMPARE(find<QLineEdit>(dialog, "repository")->text(), u"acme/postmortems"_s);
    auto *category = find<QComboBox>(dialog, "category");
    QCOMPARE(category->currentText(), u"Postmortems"_s);

    QTest::mouseClick(find<QPushButton>(dialog, "fetchCategories"), Qt::LeftButton);

    QTRY_COMPARE(category->count(), 4);
    QStringList names;
    for (int i = 0; i < category->count(); ++i)
        names << category->itemText(i);
    QCOMPARE(names, (QStringList{u"General"_s, u"Announcements"_s, u"Postmortems"_s, u"Q&A"_s}));
    QCOMPARE(category->currentText(), u"Postmortems"_s); // kept: the repository has it
    category->setCurrentIndex(0);
    auto *language = find<QComboBox>(dialog, "language");
    language->setCurrentIndex(language->findText(u"日本語"_s));

    QTest::mouseClick(find<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Ok), Qt::LeftButton);

    QTRY_VERIFY(!find<PublishSettingsDialog>(m_window.get(), "publishSettingsDialog"));
    const PublishTarget saved = PublishSettings(*m_temp->openAgain()).defaults();
    QCOMPARE(saved,
             (PublishTarget{m_github->address(), u"acme/postmortems"_s, u"General"_s, DocumentLanguage::Japanese}));
}

void TestPublishGui::settingsShowWhatWentWrong()
{
    PublishSettingsDialog *dialog = openSettings();
    QVERIFY(dialog);
    auto *repository = find<QLineEdit>(dialog, "repository");
    auto *status = find<QLabel>(dialog, "categoryStatus");
    auto *fetch = find<QPushButton>(dialog, "fetchCategories");

    // Not a repository: said at once, nothing sent.
    repository->setText(u"postmortems"_s);
    QTest::mouseClick(fetch, Qt::LeftButton);
    QVERIFY(status->isVisible());
    QCOMPARE(status->text(), u"'postmortems' is not a repository: give it as OWNER/NAME, such as acme/postmortems."_s);
    QVERIFY(m_github->requests().isEmpty());

    // GitHub's answer, as GitHub's errors become messages.
    repository->setText(u"acme/nothing"_s);
    QTest::mouseClick(fetch, Qt::LeftButton);
    QTRY_COMPARE(status->text(), u"GitHub has no repository acme/nothing, or the token from $HINDSIGHT_GITHUB_TOKEN "
                                 u"cannot see it. Check the name; a "
                                 "private repository needs a token with access to it."_s);
    QVERIFY(fetch->isEnabled());

    m_github->setRepository(u"acme/nothing"_s, false);
    QTest::mouseClick(fetch, Qt::LeftButton);
    QTRY_VERIFY(status->text().startsWith(u"Discussions are not enabled in acme/nothing."_s));

    // An endpoint that is not HTTPS is refused when saving, and nothing is saved.
    find<QLineEdit>(dialog, "endpoint")->setText(u"http://github.example.com"_s);
    QTest::mouseClick(find<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Ok), Qt::LeftButton);
    auto *error = find<QLabel>(dialog, "settingsError");
    QVERIFY(error->isVisible());
    QVERIFY(!error->text().isEmpty());
    QVERIFY(dialog->isVisible());
    QCOMPARE(PublishSettings(*m_temp->openAgain()).defaults().repository, u"acme/postmortems"_s);
}

void TestPublishGui::settingsSayWhenThereIsNoKeychain()
{
    qunsetenv("HINDSIGHT_GITHUB_TOKEN");
    PublishSettingsDialog *dialog = openSettings();
    QVERIFY(dialog);
    auto *status = find<QLabel>(dialog, "tokenStatus");
    // The variables for this host: the fake on 127.0.0.1 stands in for an enterprise server.
    const QString noKeychain = u"No system keychain is available here, so Hindsight cannot store a token. For "
                               "127.0.0.1 it uses the environment variable HINDSIGHT_GITHUB_TOKEN, GH_ENTERPRISE_TOKEN "
                               "or GITHUB_ENTERPRISE_TOKEN instead: set one before starting Hindsight. The token is "
                               "never kept in a plain file."_s;
    QTRY_COMPARE(status->text(), noKeychain);
    QVERIFY(!find<QLineEdit>(dialog, "token")->isEnabled());
    QVERIFY(!find<QPushButton>(dialog, "removeToken")->isEnabled());
    dialog->reject();
    QTRY_VERIFY(!find<PublishSettingsDialog>(m_window.get(), "publishSettingsDialog"));

    // With the token in the environment, the dialog says that it is used.
    qputenv("HINDSIGHT_GITHUB_TOKEN", Token);
    dialog = openSettings();
    QVERIFY(dialog);
    status = find<QLabel>(dialog, "tokenStatus");
    QTRY_COMPARE(status->text(), u"Hindsight uses the token from $HINDSIGHT_GITHUB_TOKEN: the environment comes before "
                                 "the keychain. "_s +
                                     noKeychain);

    // Publishing without any token says where to put one, and sends nothing.
    dialog->reject();
    qunsetenv("HINDSIGHT_GITHUB_TOKEN");
    PublishDialog *publishDialog = openPublishDialog();
    QVERIFY(publishDialog);
    QTest::mouseClick(find<QPushButton>(publishDialog, "publish"), Qt::LeftButton);
    auto *result = find<QLabel>(publishDialog, "publishResult");
    QTRY_VERIFY(result->isVisible());
    QVERIFY2(result->text().startsWith(u"No system keychain is available here ("_s), qPrintable(result->text()));
    QVERIFY(m_github->requests().isEmpty());
    QCOMPARE(postmortem().reviewState, ReviewState::Approved);
}

void TestPublishGui::gitHubTokenIsNotSentToAnotherHost()
{
    // As in GitHub Actions: GITHUB_TOKEN is there, for github.com; the endpoint is another host.
    qunsetenv("HINDSIGHT_GITHUB_TOKEN");
    qputenv("GITHUB_TOKEN", Token);
    const auto restore = qScopeGuard([] { qunsetenv("GITHUB_TOKEN"); });
    const QString refusal = u"GITHUB_TOKEN is only sent to github.com; for 127.0.0.1 set GH_ENTERPRISE_TOKEN or "
                            "HINDSIGHT_GITHUB_TOKEN, or save a token for that host with --save-token or in Settings > "
                            "Publishing to GitHub."_s;

    // The settings say so.
    PublishSettingsDialog *settings = openSettings();
    QVERIFY(settings);
    QTRY_VERIFY2(find<QLabel>(settings, "tokenStatus")->text().startsWith(refusal + u" No system keychain"_s),
                 qPrintable(find<QLabel>(settings, "tokenStatus")->text()));
    settings->reject();
    QTRY_VERIFY(!find<PublishSettingsDialog>(m_window.get(), "publishSettingsDialog"));

    // Publishing, previewing and fetching the categories send nothing, and say why.
    PublishDialog *dialog = openPublishDialog();
    QVERIFY(dialog);
    auto *result = find<QLabel>(dialog, "publishResult");
    QTest::mouseClick(find<QPushButton>(dialog, "publish"), Qt::LeftButton);
    QTRY_VERIFY(result->isVisible());
    QVERIFY2(result->text().startsWith(refusal + u" No system keychain is available here ("_s),
             qPrintable(result->text()));
    QTest::mouseClick(find<QPushButton>(dialog, "previewPublish"), Qt::LeftButton);
    QTRY_VERIFY(result->isVisible());
    QVERIFY2(result->text().startsWith(refusal), qPrintable(result->text()));
    // The preview shows what would be sent without any token (as `publish --dry-run` does); the token is not in it.
    QTRY_VERIFY(find<QPlainTextEdit>(dialog, "requestPreview")->isVisible());
    QVERIFY(!find<QPlainTextEdit>(dialog, "requestPreview")->toPlainText().contains(QString::fromLatin1(Token)));
    QTest::mouseClick(find<QPushButton>(dialog, "fetchCategories"), Qt::LeftButton);
    auto *status = find<QLabel>(dialog, "categoryStatus");
    QTRY_VERIFY2(status->text().startsWith(refusal), qPrintable(status->text()));

    QVERIFY(m_github->requests().isEmpty());
    QCOMPARE(postmortem().reviewState, ReviewState::Approved);
    QCOMPARE(stateShown(), u"Postmortem: Approved"_s);
}

void TestPublishGui::enterpriseTokenIsSentToTheEnterpriseHost()
{
    // The fake on 127.0.0.1 stands in for an enterprise server: any host but github.com is one.
    qunsetenv("HINDSIGHT_GITHUB_TOKEN");
    qputenv("GH_ENTERPRISE_TOKEN", Token);
    qputenv("GITHUB_TOKEN", "hst_actions");
    const auto restore = qScopeGuard([] {
        qunsetenv("GH_ENTERPRISE_TOKEN");
        qunsetenv("GITHUB_TOKEN");
    });
    PublishDialog *dialog = openPublishDialog();
    QVERIFY(dialog);

    QTest::mouseClick(find<QPushButton>(dialog, "publish"), Qt::LeftButton);

    QTRY_VERIFY(find<QLabel>(dialog, "discussionLink")->isVisible());
    QCOMPARE(m_github->discussions().size(), 1);
    for (const test::FakeGitHub::Request &request : m_github->requests())
        QCOMPARE(request.headers.value("authorization"), "bearer " + Token);
    QCOMPARE(postmortem().reviewState, ReviewState::Published);
}

QTEST_MAIN(TestPublishGui)
// Issue 16: where there is no keychain, the dialog only said to restart from a terminal with a variable, "Preview what
// will be sent" needed a token although `publish --dry-run` does not, and "Ready:" stood above the error. The preview
// works without a token, the error stands alone, and a token can be given for this session only: in memory, sent to
// that host only, never written anywhere.
void TestPublishGui::withoutAKeychainATokenForThisSession()
{
    qunsetenv("HINDSIGHT_GITHUB_TOKEN");
    PublishDialog *dialog = openPublishDialog();
    QVERIFY(dialog);
    auto *check = find<QLabel>(dialog, "publishCheck");
    auto *result = find<QLabel>(dialog, "publishResult");
    auto *preview = find<QPlainTextEdit>(dialog, "requestPreview");
    auto *sessionRow = find<QWidget>(dialog, "sessionTokenRow");
    QVERIFY(check->isVisible() && check->text().startsWith(u"Ready: "_s));
    QVERIFY(!sessionRow->isVisible());

    // The preview without a token: what would be sent, nothing sent.
    QTest::mouseClick(find<QPushButton>(dialog, "previewPublish"), Qt::LeftButton);
    QTRY_VERIFY(preview->isVisible());
    QVERIFY2(preview->toPlainText().contains(u"# 1. The repository, whether Discussions are enabled"_s),
             qPrintable(preview->toPlainText().left(300)));
    QVERIFY(preview->toPlainText().contains(u"\"title\": \"Incident 1: Checkout API 5xx\""_s));
    QVERIFY2(result->isVisible() && result->text().startsWith(u"No system keychain is available here ("_s),
             qPrintable(result->text()));
    QVERIFY(!check->isVisible()); // no "Ready:" above the error
    QVERIFY(m_github->requests().isEmpty());

    // Publishing: the error, and a field for a token for this session.
    QTest::mouseClick(find<QPushButton>(dialog, "publish"), Qt::LeftButton);
    QTRY_VERIFY(sessionRow->isVisible());
    QVERIFY(!check->isVisible());
    const QString note = find<QLabel>(dialog, "sessionTokenNote")->text();
    QVERIFY2(note.contains(u"kept in memory, never written anywhere, sent only to 127.0.0.1"_s), qPrintable(note));
    auto *field = find<QLineEdit>(dialog, "sessionToken");
    QCOMPARE(field->echoMode(), QLineEdit::Password);
    field->setText(QString::fromLatin1(Token));
    QTest::mouseClick(find<QPushButton>(dialog, "useSessionToken"), Qt::LeftButton);
    auto *link = find<QLabel>(dialog, "discussionLink");
    QTRY_VERIFY(link->isVisible());
    QCOMPARE(postmortem().reviewState, ReviewState::Published);
    QVERIFY(field->text().isEmpty());
    QVERIFY(!sessionRow->isVisible());

    // The token was in memory only: not in the store, not in the settings file.
    for (const QString &path : {m_temp->path(), QSettings().fileName()}) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            QVERIFY2(!file.readAll().contains(Token), qPrintable(path));
    }
    // It is used again in this session, for that host only.
    dialog->reject();
    QTRY_VERIFY(!find<PublishDialog>(m_window.get(), "publishDialog"));
    dialog = openPublishDialog();
    QVERIFY(dialog);
    QTest::mouseClick(find<QPushButton>(dialog, "publish"), Qt::LeftButton);
    QTRY_VERIFY(find<QLabel>(dialog, "publishResult")->text().startsWith(u"Published again"_s));
    QVERIFY(!find<QWidget>(dialog, "sessionTokenRow")->isVisible());
    TokenLookup::setSessionToken(QUrl(m_github->address()), {});
    const GitHubToken session(Token, GitHubToken::Source::Session, GitHubToken::hostKey(QUrl(m_github->address())));
    QVERIFY(session.mayBeSentTo(QUrl(m_github->address() + u"/api/graphql"_s)));
    QString why;
    QVERIFY(!session.mayBeSentTo(QUrl(u"https://api.github.com/graphql"_s), &why));
    QVERIFY2(why.startsWith(u"The token given for this session is for 127.0.0.1:"_s), qPrintable(why));
}

#include "tst_publishgui.moc"
