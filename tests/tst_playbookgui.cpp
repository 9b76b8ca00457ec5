// Playbooks and suggestions through the real widgets: a playbook made from an incident, edited and saved with its
// link; the Markdown preview; the library's search and tag filter; delete and undo; and the suggestions beside an
// incident, which follow its log as entries arrive (from the quick-entry box or from another process).
#include "gui/incident/incidentview.h"
#include "gui/incident/quickentryedit.h"
#include "gui/incident/suggestionspanel.h"
#include "gui/mainwindow.h"
#include "gui/playbook/playbookeditor.h"
#include "gui/playbook/playbooklibrary.h"
#include "store/incidentstore.h"
#include "store/investigationlog.h"
#include "store/playbookstore.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>

using namespace hindsight;
using namespace Qt::StringLiterals;

namespace {

/// Quick-entry text: `! ` finding, `> ` action, `= ` decision, `x ` dead end, `? ` hypothesis, else a note.
LogEntry entryFromText(const QUuid &incidentId, const QString &text)
{
    static const QHash<QChar, LogEntryKind> kinds{{u'!', LogEntryKind::Finding},
                                                  {u'>', LogEntryKind::Action},
                                                  {u'=', LogEntryKind::Decision},
                                                  {u'x', LogEntryKind::DeadEnd},
                                                  {u'?', LogEntryKind::Hypothesis}};
    LogEntry entry;
    entry.incidentId = incidentId;
    entry.author = u"tester"_s;
    const bool prefixed = text.size() > 2 && text.at(1) == u' ' && kinds.contains(text.at(0));
    entry.kind = prefixed ? kinds.value(text.at(0)) : LogEntryKind::Note;
    entry.body = prefixed ? text.mid(2) : text;
    return entry;
}

} // namespace

class TestPlaybookGui : public hindsight::test::TestCase
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void createFromIncidentPrefillsTheDraft();
    void savedDraftIsStoredWithItsIncident();
    void sourceIncidentOpensInTheMainWindow();
    void previewRendersMarkdownSafely();
    void editsAreSavedAndUndoable();
    void deleteCanBeUndone();
    void filterByTextAndTag();
    void suggestionsPutTheRightPlaybookFirst();
    void suggestionsFollowTheQuickEntryBox();
    void suggestionsFollowEntriesFromAnotherProcess();

private:
    Incident addIncident(const QString &title, const QString &summary, const QStringList &products,
                         const QStringList &log = {});
    Playbook addPlaybook(const QString &title, const QString &trigger, const QStringList &tags, const QString &body,
                         const QList<QUuid> &sources = {});
    /// The dns, pool, cert and oom playbooks (P1..P4).
    void addLibrary();
    PlaybookLibrary *library() const { return m_window->findChild<PlaybookLibrary *>(u"playbookLibrary"_s); }
    template<typename T>
    T *inLibrary(const char *name) const
    {
        return library()->findChild<T *>(QString::fromLatin1(name));
    }
    QListWidget *suggestionList() const { return m_window->findChild<QListWidget *>(u"suggestionList"_s); }
    /// The first line of the first suggestion shown ("Playbook P2 · Database connection pool exhausted").
    QString firstSuggestion() const;
    QStringList listedTitles() const;

    std::unique_ptr<test::TemporaryStore> m_temp;
    std::unique_ptr<MainWindow> m_window;
};

void TestPlaybookGui::init()
{
    m_temp = std::make_unique<test::TemporaryStore>();
    m_window = std::make_unique<MainWindow>(m_temp->store());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestPlaybookGui::cleanup()
{
    TestCase::cleanup();
    m_window.reset();
    m_temp.reset();
}

Incident TestPlaybookGui::addIncident(const QString &title, const QString &summary, const QStringList &products,
                                      const QStringList &log)
{
    Incident draft;
    draft.title = title;
    draft.summary = summary;
    draft.products = products;
    draft.severity = Severity::High;
    draft.timeZone = u"UTC"_s;
    const Incident incident = IncidentStore(m_temp->store()).create(draft);
    for (const QString &text : log)
        InvestigationLog(m_temp->store()).append(entryFromText(incident.id, text));
    m_window->reloadFromStore();
    return incident;
}

Playbook TestPlaybookGui::addPlaybook(const QString &title, const QString &trigger, const QStringList &tags,
                                      const QString &body, const QList<QUuid> &sources)
{
    Playbook draft;
    draft.title = title;
    draft.trigger = trigger;
    draft.tags = tags;
    draft.body = body;
    draft.sourceIncidentIds = sources;
    return PlaybookStore(m_temp->store()).create(draft);
}

void TestPlaybookGui::addLibrary()
{
    addPlaybook(u"DNS resolution failures"_s, u"NXDOMAIN or SERVFAIL from CoreDNS; services cannot resolve hostnames"_s,
                {u"dns"_s, u"kubernetes"_s},
                u"- Check the CoreDNS pods and their logs.\n- Test with dig from inside a pod.\n- Check ndots."_s);
    addPlaybook(u"Database connection pool exhausted"_s,
                u"API latency up and \"Connection is not available, request timed out\" from HikariCP"_s,
                {u"database"_s, u"postgres"_s},
                u"1. Check active connections in pg_stat_activity.\n2. Raise the pool maximum for now.\n3. Find the "
                "leak: connections not returned to the pool."_s);
    addPlaybook(u"TLS certificate expiry"_s, u"Browsers show certificate errors; x509: certificate has expired"_s,
                {u"tls"_s}, u"- Check the expiry date with openssl s_client.\n- Renew through cert-manager."_s);
    addPlaybook(u"Memory leak and OOM kills"_s, u"Pods restarted as OOMKilled; memory grows steadily"_s,
                {u"memory"_s, u"kubernetes"_s}, u"- Check the container's memory limit.\n- Take a heap dump."_s);
}

QString TestPlaybookGui::firstSuggestion() const
{
    QListWidget *list = suggestionList();
    return list && list->count() > 0 ? list->item(0)->text().section(u'\n', 0, 0) : QString();
}

QStringList TestPlaybookGui::listedTitles() const
{
    auto *list = inLibrary<QTableView>("playbookList");
    QStringList titles;
    for (int row = 0; row < list->model()->rowCount(); ++row)
        titles << list->model()->index(row, 1).data().toString();
    return titles;
}

void TestPlaybookGui::createFromIncidentPrefillsTheDraft()
{
    const Incident incident = addIncident(
        u"Checkout 5xx: connection pool exhausted"_s, u"Orders failed for 20 minutes."_s, {u"checkout"_s},
        {u"alert fired"_s, u"? the database is down"_s, u"x DNS resolves fine"_s, u"! pool at 10 of 10 connections"_s,
         u"= raise the pool now"_s, u"> raised maximumPoolSize to 30"_s, u"x no deploy in the last day"_s});
    QVERIFY(m_window->openIncident(incident.number));
    QAction *create = m_window->incidentView()->createPlaybookAction();
    QVERIFY(create->isEnabled());
    create->trigger();

    QVERIFY(library());
    QTRY_VERIFY(library()->isVisible());
    QCOMPARE(inLibrary<QLineEdit>("playbookTitle")->text(), u"Checkout 5xx: connection pool exhausted"_s);
    QCOMPARE(inLibrary<QLineEdit>("playbookTrigger")->text(), u"Checkout 5xx: connection pool exhausted (checkout)"_s);
    QCOMPARE(inLibrary<QLineEdit>("playbookTags")->text(), u"checkout"_s);
    QCOMPARE(inLibrary<QPlainTextEdit>("playbookBody")->toPlainText(),
             u"## Situation\n\nOrders failed for 20 minutes.\n\nAffected products: checkout\n\n"
             "## Steps\n\n1. Finding: pool at 10 of 10 connections\n2. Decision: raise the pool now\n"
             "3. Action: raised maximumPoolSize to 30\n\n"
             "## Ruled out\n\n- [ ] DNS resolves fine\n- [ ] no deploy in the last day\n\n"
             "## Source\n\n- Incident #1: Checkout 5xx: connection pool exhausted ("_s +
                 incident.detectedAt.toUTC().date().toString(Qt::ISODate) + u", High)\n"_s);
    auto *sources = inLibrary<QListWidget>("playbookSources");
    QCOMPARE(sources->count(), 1);
    QCOMPARE(sources->item(0)->text(), u"#1  Checkout 5xx: connection pool exhausted"_s);
    QVERIFY(inLibrary<QPushButton>("savePlaybook")->isVisible());
    QVERIFY(inLibrary<QLabel>("playbookState")->text().contains(u"not saved yet"_s));
    // Nothing is written until the user saves.
    QVERIFY(PlaybookStore(*m_temp->openAgain()).list().isEmpty());
    QCOMPARE(inLibrary<QTableView>("playbookList")->model()->rowCount(), 0);
}

void TestPlaybookGui::savedDraftIsStoredWithItsIncident()
{
    const Incident incident = addIncident(u"Checkout 5xx: connection pool exhausted"_s, QString(), {u"checkout"_s},
                                          {u"! pool at 10 of 10 connections"_s, u"x DNS resolves fine"_s});
    QVERIFY(m_window->openIncident(incident.number));
    m_window->incidentView()->createPlaybookAction()->trigger();
    QTRY_VERIFY(library() && library()->isVisible());

    auto *title = inLibrary<QLineEdit>("playbookTitle");
    title->selectAll();
    QTest::keyClicks(title, u"Connection pool exhausted"_s);
    auto *tags = inLibrary<QLineEdit>("playbookTags");
    tags->end(false);
    QTest::keyClicks(tags, u", database"_s);
    auto *body = inLibrary<QPlainTextEdit>("playbookBody");
    body->moveCursor(QTextCursor::End);
    QTest::keyClick(body, Qt::Key_Return);
    QTest::keyClicks(body, u"## Verify"_s);
    QTest::mouseClick(inLibrary<QPushButton>("savePlaybook"), Qt::LeftButton);

    const QList<Playbook> stored = PlaybookStore(*m_temp->openAgain()).list();
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.at(0).shortId(), u"P1"_s);
    QCOMPARE(stored.at(0).title, u"Connection pool exhausted"_s);
    QCOMPARE(stored.at(0).tags, (QStringList{u"checkout"_s, u"database"_s}));
    QCOMPARE(stored.at(0).sourceIncidentIds, QList<QUuid>{incident.id});
    QVERIFY(stored.at(0).body.contains(u"1. Finding: pool at 10 of 10 connections\n"_s));
    QVERIFY(stored.at(0).body.contains(u"- [ ] DNS resolves fine\n"_s));
    QVERIFY(stored.at(0).body.endsWith(u"\n## Verify"_s));

    // It is now in the library, chosen, and no longer a draft.
    QVERIFY(!inLibrary<QPushButton>("savePlaybook")->isVisible());
    QVERIFY(inLibrary<QLabel>("playbookState")->text().startsWith(u"P1 · saved"_s));
    QCOMPARE(listedTitles(), QStringList{u"Connection pool exhausted"_s});
    auto *list = inLibrary<QTableView>("playbookList");
    QCOMPARE(list->currentIndex().row(), 0);
    QCOMPARE(list->model()->index(0, 0).data().toString(), u"P1"_s);
    QCOMPARE(list->model()->index(0, 2).data().toString(), u"checkout, database"_s);
    QCOMPARE(list->model()->index(0, 3).data().toString(), u"#1"_s);

    // Undo takes the new playbook out again.
    library()->findChild<QAction *>(u"playbookUndoAction"_s)->trigger();
    QVERIFY(PlaybookStore(*m_temp->openAgain()).list().isEmpty());
    QCOMPARE(list->model()->rowCount(), 0);
}

void TestPlaybookGui::sourceIncidentOpensInTheMainWindow()
{
    const Incident first = addIncident(u"Checkout 5xx"_s, QString(), {});
    const Incident second = addIncident(u"Payments down: pool exhausted"_s, QString(), {});
    const Playbook playbook =
        addPlaybook(u"Connection pool exhausted"_s, QString(), {}, u"Raise the pool."_s, {second.id});
    QVERIFY(m_window->openIncident(first.number));
    QVERIFY(m_window->openPlaybookLibrary()->showPlaybook(playbook.id));
    auto *sources = inLibrary<QListWidget>("playbookSources");
    QCOMPARE(sources->count(), 1);
    QCOMPARE(sources->item(0)->text(), u"#2  Payments down: pool exhausted"_s);

    QTest::mouseClick(sources->viewport(), Qt::LeftButton, {}, sources->visualItemRect(sources->item(0)).center());
    QCOMPARE(m_window->incidentView()->incidentNumber(), second.number);
    QCOMPARE(m_window->findChild<QLabel *>(u"incidentTitle"_s)->text(), u"#2  Payments down: pool exhausted"_s);
}

void TestPlaybookGui::previewRendersMarkdownSafely()
{
    const Playbook playbook = addPlaybook(u"Disk full"_s, u"No space left on device"_s, {}, QString());
    QVERIFY(m_window->openPlaybookLibrary()->showPlaybook(playbook.id));
    auto *body = inLibrary<QPlainTextEdit>("playbookBody");
    body->setFocus();
    for (const QString &line : {u"## Checks"_s, QString(), u"1. Find large files with **du**"_s, QString(),
                                u"<img src=\"file:///etc/passwd\" onerror=\"alert(1)\">"_s, QString(),
                                u"<b>raw</b> and [a link](javascript:alert(2))"_s}) {
        QTest::keyClicks(body, line);
        QTest::keyClick(body, Qt::Key_Return);
    }

    auto *preview = inLibrary<QTextBrowser>("playbookPreview");
    QTRY_VERIFY(preview->toPlainText().contains(u"Checks"_s));
    // The heading is a heading, the list a list, bold text bold.
    bool heading = false;
    for (QTextBlock block = preview->document()->begin(); block.isValid(); block = block.next()) {
        if (block.text() == u"Checks"_s)
            heading = block.blockFormat().headingLevel() == 2;
    }
    QVERIFY(heading);
    QVERIFY(preview->toPlainText().contains(u"Find large files with du"_s));
    QVERIFY(preview->document()->toHtml().contains(u"<ol"_s));
    // Raw HTML never reaches the preview: no image, no handler, and a javascript: link goes nowhere.
    QVERIFY(!preview->toPlainText().contains(QChar::ObjectReplacementCharacter));
    QVERIFY(!preview->document()->toHtml().contains(u"<img"_s));
    QVERIFY(!preview->document()->toHtml().contains(u"alert"_s));
    QVERIFY(!preview->document()->toHtml().contains(u"javascript"_s));
    QVERIFY2(preview->toPlainText().contains(u"raw and a link"_s), qPrintable(preview->toPlainText()));
    // The title and trigger head the preview.
    QVERIFY(preview->toPlainText().startsWith(u"Disk full\nWhen: No space left on device"_s));
}

void TestPlaybookGui::editsAreSavedAndUndoable()
{
    const Playbook playbook =
        addPlaybook(u"Disk full"_s, u"No space left on device"_s, {u"disk"_s}, u"- Find large files."_s);
    QVERIFY(m_window->openPlaybookLibrary()->showPlaybook(playbook.id));
    auto *body = inLibrary<QPlainTextEdit>("playbookBody");
    body->setFocus();
    body->moveCursor(QTextCursor::End);
    QTest::keyClick(body, Qt::Key_Return);
    QTest::keyClicks(body, u"- Rotate the logs."_s);
    // Saved after a pause in typing, as the postmortem is.
    QTRY_COMPARE(PlaybookStore(*m_temp->openAgain()).byId(playbook.id)->body,
                 u"- Find large files.\n- Rotate the logs."_s);
    QTRY_VERIFY(inLibrary<QLabel>("playbookState")->text().startsWith(u"P1 · saved"_s));

    auto *title = inLibrary<QLineEdit>("playbookTitle");
    title->setFocus();
    title->selectAll();
    QTest::keyClicks(title, u"Disk full on a host"_s);
    QTRY_COMPARE(PlaybookStore(*m_temp->openAgain()).byId(playbook.id)->title, u"Disk full on a host"_s);
    QCOMPARE(listedTitles(), QStringList{u"Disk full on a host"_s});

    // A title cannot be emptied: it stays unsaved, and the editor says why.
    title->selectAll();
    QTest::keyClick(title, Qt::Key_Backspace);
    QTRY_COMPARE(inLibrary<QLabel>("playbookState")->text(), u"Not saved: a playbook needs a title."_s);
    QCOMPARE(PlaybookStore(*m_temp->openAgain()).byId(playbook.id)->title, u"Disk full on a host"_s);
    QTest::keyClicks(title, u"Disk full on a host"_s);
    QTRY_VERIFY(inLibrary<QLabel>("playbookState")->text().startsWith(u"P1 · saved"_s));

    // Undo takes back the whole burst of typing in one field, then the one before.
    QAction *undo = library()->findChild<QAction *>(u"playbookUndoAction"_s);
    undo->trigger();
    QCOMPARE(PlaybookStore(*m_temp->openAgain()).byId(playbook.id)->title, u"Disk full"_s);
    QCOMPARE(title->text(), u"Disk full"_s);
    undo->trigger();
    QCOMPARE(PlaybookStore(*m_temp->openAgain()).byId(playbook.id)->body, u"- Find large files."_s);
    QCOMPARE(body->toPlainText(), u"- Find large files."_s);
}

void TestPlaybookGui::deleteCanBeUndone()
{
    const Incident incident = addIncident(u"Disk full on db-02"_s, QString(), {});
    addPlaybook(u"CDN cache purge"_s, QString(), {u"cdn"_s}, u"Purge."_s);
    const Playbook playbook =
        addPlaybook(u"Disk full"_s, u"No space left on device"_s, {u"disk"_s}, u"- Find large files."_s, {incident.id});
    QVERIFY(m_window->openPlaybookLibrary()->showPlaybook(playbook.id));
    QTest::mouseClick(inLibrary<QPushButton>("deletePlaybook"), Qt::LeftButton);
    QCOMPARE(listedTitles(), QStringList{u"CDN cache purge"_s});
    QVERIFY(!PlaybookStore(*m_temp->openAgain()).byId(playbook.id));
    QVERIFY(!inLibrary<QLineEdit>("playbookTitle")->isEnabled());

    library()->findChild<QAction *>(u"playbookUndoAction"_s)->trigger();
    QCOMPARE(listedTitles(), (QStringList{u"CDN cache purge"_s, u"Disk full"_s}));
    const std::optional<Playbook> back = PlaybookStore(*m_temp->openAgain()).byId(playbook.id);
    QVERIFY(back);
    QCOMPARE(*back, playbook);

    library()->findChild<QAction *>(u"playbookRedoAction"_s)->trigger();
    QCOMPARE(listedTitles(), QStringList{u"CDN cache purge"_s});
}

void TestPlaybookGui::filterByTextAndTag()
{
    addLibrary();
    PlaybookLibrary *window = m_window->openPlaybookLibrary();
    QAbstractItemModelTester tester(inLibrary<QTableView>("playbookList")->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(listedTitles(), (QStringList{u"Database connection pool exhausted"_s, u"DNS resolution failures"_s,
                                          u"Memory leak and OOM kills"_s, u"TLS certificate expiry"_s}));
    QCOMPARE(inLibrary<QLabel>("playbookCount")->text(), u"4 in the library"_s);

    auto *tagFilter = inLibrary<QComboBox>("playbookTagFilter");
    QStringList tags;
    for (int i = 0; i < tagFilter->count(); ++i)
        tags << tagFilter->itemText(i);
    QCOMPARE(tags, (QStringList{u"Any tag"_s, u"database"_s, u"dns"_s, u"kubernetes"_s, u"memory"_s, u"postgres"_s,
                                u"tls"_s}));

    // Search reads what the box reads: every word, in the title, trigger or text.
    auto *search = inLibrary<QLineEdit>("playbookSearch");
    QTest::keyClicks(search, u"pods"_s);
    QTRY_COMPARE(listedTitles(), (QStringList{u"DNS resolution failures"_s, u"Memory leak and OOM kills"_s}));
    QTest::keyClicks(search, u" heap"_s);
    QTRY_COMPARE(listedTitles(), QStringList{u"Memory leak and OOM kills"_s});
    QCOMPARE(inLibrary<QLabel>("playbookCount")->text(), u"1 of 4 shown"_s);
    search->clear();
    QTRY_COMPARE(listedTitles().size(), 4);

    tagFilter->setFocus();
    tagFilter->setCurrentIndex(tagFilter->findText(u"kubernetes"_s));
    QCOMPARE(listedTitles(), (QStringList{u"DNS resolution failures"_s, u"Memory leak and OOM kills"_s}));
    QTest::keyClicks(search, u"certificate"_s);
    QTRY_COMPARE(listedTitles(), QStringList());
    QCOMPARE(inLibrary<QLabel>("playbookCount")->text(), u"0 of 4 shown"_s);
    tagFilter->setCurrentIndex(0);
    QTRY_COMPARE(listedTitles(), QStringList{u"TLS certificate expiry"_s});

    // Choosing a row shows the playbook.
    auto *list = inLibrary<QTableView>("playbookList");
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(list->model()->index(0, 1)).center());
    QCOMPARE(inLibrary<QLineEdit>("playbookTitle")->text(), u"TLS certificate expiry"_s);
    QCOMPARE(window->editor()->playbook().tags, QStringList{u"tls"_s});
}

void TestPlaybookGui::suggestionsPutTheRightPlaybookFirst()
{
    addLibrary();
    const Incident past = addIncident(u"Payments down: connection pool exhausted"_s,
                                      u"The payments service ran out of database connections during the sale."_s,
                                      {u"payments"_s}, {u"! HikariCP pool at 10 of 10"_s});
    Q_UNUSED(past);
    const Incident recurring = addIncident(
        u"Checkout 5xx: HikariCP at its maximum"_s,
        u"Orders fail with \"Connection is not available, request timed out after 30000ms\"."_s, {u"checkout"_s},
        {u"! all 10 connections in use since 13:02"_s, u"x DNS resolves fine from all pods"_s});
    QVERIFY(m_window->openIncident(recurring.number));

    QTRY_COMPARE(firstSuggestion(), u"Playbook P2 · Database connection pool exhausted"_s);
    QVERIFY(suggestionList()->item(0)->text().section(u'\n', 1).startsWith(u"Shares: "_s));
    QStringList shown;
    for (int row = 0; row < suggestionList()->count(); ++row)
        shown << suggestionList()->item(row)->text().section(u'\n', 0, 0);
    QVERIFY2(shown.contains(u"Incident #1 · Payments down: connection pool exhausted"_s), qPrintable(shown.join(u'|')));
    QVERIFY(!shown.contains(u"Incident #2 · Checkout 5xx: HikariCP at its maximum"_s)); // never itself

    // Clicking a playbook opens it in the library; clicking an incident opens it.
    QListWidget *list = suggestionList();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(0)).center());
    QTRY_VERIFY(library() && library()->isVisible());
    QCOMPARE(inLibrary<QLineEdit>("playbookTitle")->text(), u"Database connection pool exhausted"_s);
    const int row = int(shown.indexOf(u"Incident #1 · Payments down: connection pool exhausted"_s));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(row)).center());
    QCOMPARE(m_window->incidentView()->incidentNumber(), 1);
}

void TestPlaybookGui::suggestionsFollowTheQuickEntryBox()
{
    addLibrary();
    const Incident incident = addIncident(u"Checkout is slow"_s, QString(), {});
    QVERIFY(m_window->openIncident(incident.number));
    QTRY_VERIFY(m_window->findChild<QLabel *>(u"suggestionsState"_s)->text().startsWith(u"Nothing similar yet"_s));
    QCOMPARE(suggestionList()->count(), 0);

    auto *box = m_window->findChild<QuickEntryEdit *>(u"quickEntry"_s);
    QTRY_VERIFY(box->hasFocus());
    QTest::keyClicks(box, u"! worker pods OOMKilled, memory grows until the limit"_s);
    QTest::keyClick(box, Qt::Key_Return);
    QVERIFY(box->toPlainText().isEmpty()); // the box is ready for the next line at once
    QTRY_COMPARE(firstSuggestion(), u"Playbook P4 · Memory leak and OOM kills"_s);
}

void TestPlaybookGui::suggestionsFollowEntriesFromAnotherProcess()
{
    addLibrary();
    const Incident incident = addIncident(u"Checkout is slow"_s, QString(), {});
    QVERIFY(m_window->openIncident(incident.number));
    QTRY_VERIFY(m_window->findChild<QLabel *>(u"suggestionsState"_s)->text().startsWith(u"Nothing similar yet"_s));

    // Another connection to the same file, as `hindsight log` has.
    {
        auto other = m_temp->openAgain();
        InvestigationLog(*other).append(
            entryFromText(incident.id, u"! x509: certificate has expired for api.example.com"_s));
    }
    QTRY_COMPARE_WITH_TIMEOUT(firstSuggestion(), u"Playbook P3 · TLS certificate expiry"_s, 15000);
    QVERIFY(suggestionList()->item(0)->text().contains(u"certificate"_s));
}

QTEST_MAIN(TestPlaybookGui)
#include "tst_playbookgui.moc"
