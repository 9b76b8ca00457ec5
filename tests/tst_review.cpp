// The rules of the postmortem review, as the severity table states them: what a postmortem must contain before it
// is reviewed, when the head of department must have attended, and that an incident of Middle or above stays open
// until its postmortem is approved, whichever client tries to close it.
#include "domain/reviewrules.h"
#include "review/postmortemreview.h"
#include "store/actionitemstore.h"
#include "store/incidentstore.h"
#include "store/investigationlog.h"
#include "store/postmortemstore.h"
#include "testsupport.h"

#include <QTest>

using namespace hindsight;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(hindsight::ActionItem)
Q_DECLARE_METATYPE(hindsight::Postmortem)
Q_DECLARE_METATYPE(hindsight::ReviewMeeting)

namespace {

const QString NoSummary = u"The incident has no summary: say briefly what happened."_s;
const QString NoRootCause = u"The root cause is empty."_s;
const QString NoWentWell = u"Lessons learned: \"What went well\" is empty."_s;
const QString NoWentWrong = u"Lessons learned: \"What went wrong\" is empty."_s;
const QString NoGotLucky = u"Lessons learned: \"Where we got lucky\" is empty."_s;
const QString NoDate = u"The date of the review meeting is not recorded."_s;
const QString NoAttendees = u"The attendees of the review meeting are not recorded."_s;
const QString CriticalWithoutHead =
    u"A Critical postmortem can only be approved when the head of department attended the review, and they are not "
    "recorded as having attended. Hold the review with them, or record that they attended."_s;
const QString HighUndecided = u"For a High incident the facilitator decides whether the head of department had to "
                              "attend the review, and that decision is not recorded."_s;
const QString HighNeededAbsent = u"The facilitator decided that the head of department had to attend the review, but "
                                 "they are not recorded as having attended."_s;

QString noActionItem(const char *severity)
{
    return u"There is no action item: a %1 incident needs at least one, to keep it from happening again."_s.arg(
        QLatin1String(severity));
}

Incident incidentOf(Severity severity, const QString &summary = u"Checkout returned 5xx for an hour."_s)
{
    Incident incident;
    incident.number = 7;
    incident.title = u"Checkout API 5xx"_s;
    incident.severity = severity;
    incident.summary = summary;
    return incident;
}

Postmortem writtenPostmortem()
{
    Postmortem postmortem;
    postmortem.rootCause = u"The connection pool was too small."_s;
    postmortem.wentWell = u"The alert fired within a minute."_s;
    postmortem.wentWrong = u"The runbook was outdated."_s;
    postmortem.gotLucky = u"It was a quiet Sunday."_s;
    return postmortem;
}

ActionItem item(int number, const QString &title, const QString &owner, QDate due,
                ActionItemStatus status = ActionItemStatus::NotStarted)
{
    ActionItem item;
    item.number = number;
    item.title = title;
    item.owner = owner;
    item.dueDate = due;
    item.status = status;
    return item;
}

ActionItem completeItem()
{
    return item(1, u"Monitor the pool size"_s, u"SRE team"_s, QDate(2030, 1, 1));
}

ReviewMeeting meeting(bool headAttended, HeadAttendanceDecision decision = HeadAttendanceDecision::Undecided)
{
    ReviewMeeting meeting;
    meeting.date = QDate(2026, 11, 30);
    meeting.attendees = {u"Alice"_s, u"Bob"_s};
    meeting.headOfDepartmentAttended = headAttended;
    meeting.headAttendanceDecision = decision;
    return meeting;
}

QString bullets(const QString &heading, const QStringList &problems)
{
    QString text = heading;
    for (const QString &problem : problems)
        text += u"\n- "_s + problem;
    return text;
}

Incident createIncident(Store &store, Severity severity, IncidentStatus status = IncidentStatus::Resolved)
{
    Incident draft = incidentOf(severity);
    draft.status = status;
    return IncidentStore(store).create(draft);
}

/// Writes a postmortem, action item and meeting that pass every check for `incident`.
void prepareForApproval(Store &store, const Incident &incident)
{
    PostmortemReview review(store);
    Postmortem text = writtenPostmortem();
    text.incidentId = incident.id;
    review.saveText(text);
    ActionItem action = completeItem();
    action.incidentId = incident.id;
    ActionItemStore(store).add(action);
    review.recordMeeting(incident.id, meeting(true, HeadAttendanceDecision::Needed));
}

/// Calls `step` and returns the message of the StoreError::Invalid it must throw.
template<typename Step>
QString refusal(Step step)
{
    try {
        step();
    } catch (const StoreError &error) {
        if (error.kind() != StoreError::Kind::Invalid)
            return u"unexpected kind of error: "_s + error.message();
        return error.message();
    }
    return u"not refused"_s;
}

} // namespace

class TestReview : public hindsight::test::TestCase
{
    Q_OBJECT

private slots:
    void completenessProblems_data();
    void completenessProblems();
    void approval_data();
    void approval();
    void submitAndApproveSayWhatIsMissing();

    void closing_data();
    void closing();
    void refusedCloseChangesNothing();
    void raisingAClosedIncidentNeedsAnApprovedPostmortem();
    void closedIncidentCanStillBeEdited();
    void closeMessageSaysHowToGoOn_data();
    void closeMessageSaysHowToGoOn();

    void workflow();
    void refusedStepsChangeNothing();
    void approvedPostmortemIsLockedUntilReopened();
    void reopenKeepsClosedIncidentsApproved();
    void publishing();
    void lowIncidentCanBeReviewedLikeOthers();
    void stepsNeedAPostmortem();
};

void TestReview::completenessProblems_data()
{
    QTest::addColumn<int>("severity");
    QTest::addColumn<QString>("summary");
    QTest::addColumn<Postmortem>("postmortem");
    QTest::addColumn<QList<ActionItem>>("actionItems");
    QTest::addColumn<QStringList>("expected");

    const QStringList emptyText{NoRootCause, NoWentWell, NoWentWrong, NoGotLucky};
    const QString summary = u"Checkout returned 5xx for an hour."_s;
    QTest::newRow("Low, empty: no action item needed")
        << int(Severity::Low) << QString() << Postmortem() << QList<ActionItem>() << QStringList{NoSummary} + emptyText;
    QTest::newRow("Middle, empty") << int(Severity::Middle) << QString() << Postmortem() << QList<ActionItem>()
                                   << QStringList{NoSummary} + emptyText + QStringList{noActionItem("Middle")};
    QTest::newRow("High, empty") << int(Severity::High) << summary << Postmortem() << QList<ActionItem>()
                                 << emptyText + QStringList{noActionItem("High")};
    QTest::newRow("Critical, empty") << int(Severity::Critical) << summary << Postmortem() << QList<ActionItem>()
                                     << emptyText + QStringList{noActionItem("Critical")};

    Postmortem blank = writtenPostmortem();
    blank.rootCause = u"  \n "_s;
    blank.gotLucky.clear();
    QTest::newRow("blank text counts as empty")
        << int(Severity::Middle) << u" "_s << blank << QList<ActionItem>{completeItem()}
        << QStringList{NoSummary, NoRootCause, NoGotLucky};

    for (const Severity severity : allValues<Severity>()) {
        QTest::addRow("%s, complete", qPrintable(toKey(severity)))
            << int(severity) << summary << writtenPostmortem() << QList<ActionItem>{completeItem()} << QStringList();
    }
    QTest::newRow("Low, complete without action items")
        << int(Severity::Low) << summary << writtenPostmortem() << QList<ActionItem>() << QStringList();

    const QList<ActionItem> items{
        item(3, u"Monitor the pool size"_s, QString(), QDate(2030, 1, 1)),
        item(4, u"接続プールの上限を上げる"_s, u"Development"_s, QDate()),
        item(5, u"Page the DBA"_s, u" "_s, QDate(), ActionItemStatus::InProgress),
        item(6, u"Restart api-7"_s, QString(), QDate(), ActionItemStatus::Done),
        item(8, u"Rewrite the pool"_s, QString(), QDate(), ActionItemStatus::WontDo),
    };
    QTest::newRow("open action items without owner or due date, by name")
        << int(Severity::High) << summary << writtenPostmortem() << items
        << QStringList{u"Action item A3 \"Monitor the pool size\" has no owner."_s,
                       u"Action item A4 \"接続プールの上限を上げる\" has no due date."_s,
                       u"Action item A5 \"Page the DBA\" has no owner."_s,
                       u"Action item A5 \"Page the DBA\" has no due date."_s};
    QTest::newRow("closed action items count as action items")
        << int(Severity::Critical) << summary << writtenPostmortem() << items.mid(3) << QStringList();
}

void TestReview::completenessProblems()
{
    QFETCH(int, severity);
    QFETCH(QString, summary);
    QFETCH(Postmortem, postmortem);
    QFETCH(QList<ActionItem>, actionItems);
    QFETCH(QStringList, expected);

    const Incident incident = incidentOf(Severity(severity), summary);
    QCOMPARE(hindsight::completenessProblems(incident, postmortem, actionItems), expected);

    postmortem.reviewState = ReviewState::Draft;
    const std::optional<QString> why = whyCannotSubmit(incident, postmortem, actionItems);
    if (expected.isEmpty())
        QCOMPARE(why, std::nullopt);
    else
        QCOMPARE(why, bullets(u"The postmortem of incident #7 is not ready for review:"_s, expected));
}

void TestReview::approval_data()
{
    QTest::addColumn<int>("severity");
    QTest::addColumn<ReviewMeeting>("meeting");
    QTest::addColumn<QStringList>("problems");

    using Decision = HeadAttendanceDecision;
    const auto row = [](Severity severity, const char *name, const ReviewMeeting &meeting,
                        const QStringList &problems) {
        QTest::addRow("%s: %s", qPrintable(toKey(severity)), name) << int(severity) << meeting << problems;
    };
    row(Severity::Critical, "head attended", meeting(true), {});
    row(Severity::Critical, "head absent", meeting(false), {CriticalWithoutHead});
    row(Severity::Critical, "head absent, decided not needed", meeting(false, Decision::NotNeeded),
        {CriticalWithoutHead});
    row(Severity::High, "undecided, head attended", meeting(true), {HighUndecided});
    row(Severity::High, "undecided, head absent", meeting(false), {HighUndecided});
    row(Severity::High, "needed, head absent", meeting(false, Decision::Needed), {HighNeededAbsent});
    row(Severity::High, "needed, head attended", meeting(true, Decision::Needed), {});
    row(Severity::High, "not needed, head absent", meeting(false, Decision::NotNeeded), {});
    row(Severity::High, "not needed, head attended", meeting(true, Decision::NotNeeded), {});
    row(Severity::Middle, "head absent, undecided", meeting(false), {});
    row(Severity::Middle, "head attended", meeting(true), {});
    row(Severity::Low, "head absent, undecided", meeting(false), {});
    for (const Severity severity : allValues<Severity>()) {
        QStringList problems{NoDate, NoAttendees};
        if (severity == Severity::Critical)
            problems << CriticalWithoutHead;
        if (severity == Severity::High)
            problems << HighUndecided;
        row(severity, "no meeting recorded", ReviewMeeting(), problems);
    }
    ReviewMeeting blankAttendees = meeting(true, Decision::Needed);
    blankAttendees.attendees = {u" "_s};
    row(Severity::High, "blank attendee", blankAttendees, {NoAttendees});
}

void TestReview::approval()
{
    QFETCH(int, severity);
    QFETCH(ReviewMeeting, meeting);
    QFETCH(QStringList, problems);

    const Incident incident = incidentOf(Severity(severity));
    Postmortem postmortem = writtenPostmortem();
    postmortem.review = meeting;
    postmortem.reviewState = ReviewState::InReview;
    QCOMPARE(reviewMeetingProblems(incident, postmortem), problems);
    const std::optional<QString> why = whyCannotApprove(incident, postmortem, {completeItem()});
    if (problems.isEmpty())
        QCOMPARE(why, std::nullopt);
    else
        QCOMPARE(why, bullets(u"The postmortem of incident #7 cannot be approved yet:"_s, problems));

    // The same through the store: refused with the same reason, or approved.
    test::TemporaryStore temp;
    const Incident stored = createIncident(temp.store(), Severity(severity));
    PostmortemReview review(temp.store());
    prepareForApproval(temp.store(), stored);
    review.recordMeeting(stored.id, meeting);
    review.submit(stored.id);
    if (problems.isEmpty()) {
        QCOMPARE(review.approve(stored.id).reviewState, ReviewState::Approved);
    } else {
        QCOMPARE(refusal([&] { review.approve(stored.id); }),
                 bullets(u"The postmortem of incident #%1 cannot be approved yet:"_s.arg(stored.number), problems));
        QCOMPARE(PostmortemStore(temp.store()).forIncident(stored.id)->reviewState, ReviewState::InReview);
    }
}

void TestReview::submitAndApproveSayWhatIsMissing()
{
    Incident incident = incidentOf(Severity::Critical, QString());
    Postmortem postmortem;
    postmortem.reviewState = ReviewState::InReview;
    // Approval lists everything at once: the document's gaps first, then the meeting's.
    QCOMPARE(whyCannotApprove(incident, postmortem, {}),
             bullets(u"The postmortem of incident #7 cannot be approved yet:"_s,
                     {NoSummary, NoRootCause, NoWentWell, NoWentWrong, NoGotLucky, noActionItem("Critical"), NoDate,
                      NoAttendees, CriticalWithoutHead}));

    const Postmortem complete = writtenPostmortem();
    const auto withState = [&](ReviewState state) {
        Postmortem p = complete;
        p.review = meeting(true);
        p.reviewState = state;
        return p;
    };
    incident = incidentOf(Severity::Critical);
    QCOMPARE(whyCannotApprove(incident, withState(ReviewState::Draft), {completeItem()}),
             u"The postmortem of incident #7 is still a draft: submit it for review, hold the review meeting, then "
             "approve it."_s);
    QCOMPARE(whyCannotApprove(incident, withState(ReviewState::Approved), {completeItem()}),
             u"The postmortem of incident #7 is already approved."_s);
    QCOMPARE(whyCannotApprove(incident, withState(ReviewState::Published), {completeItem()}),
             u"The postmortem of incident #7 is already published."_s);
    QCOMPARE(whyCannotSubmit(incident, withState(ReviewState::InReview), {completeItem()}),
             u"The postmortem of incident #7 is already in review."_s);
    QCOMPARE(whyCannotSubmit(incident, withState(ReviewState::Draft), {completeItem()}), std::nullopt);
    // Submitting does not need the meeting: it happens while the postmortem is in review.
    Postmortem noMeeting = complete;
    QCOMPARE(whyCannotSubmit(incident, noMeeting, {completeItem()}), std::nullopt);
}

void TestReview::closing_data()
{
    QTest::addColumn<int>("severity");
    QTest::addColumn<int>("reviewState"); // -1: no postmortem
    QTest::addColumn<bool>("closes");

    for (const Severity severity : allValues<Severity>()) {
        const bool needed = severity != Severity::Low;
        QTest::addRow("%s, no postmortem", qPrintable(toKey(severity))) << int(severity) << -1 << !needed;
        for (const ReviewState state : allValues<ReviewState>()) {
            const bool reviewed = state == ReviewState::Approved || state == ReviewState::Published;
            QTest::addRow("%s, %s", qPrintable(toKey(severity)), qPrintable(toKey(state)))
                << int(severity) << int(state) << (!needed || reviewed);
        }
    }
}

void TestReview::closing()
{
    QFETCH(int, severity);
    QFETCH(int, reviewState);
    QFETCH(bool, closes);

    test::TemporaryStore temp;
    IncidentStore incidents(temp.store());
    const Incident incident = createIncident(temp.store(), Severity(severity));
    std::optional<Postmortem> postmortem;
    if (reviewState >= 0) {
        Postmortem draft;
        draft.incidentId = incident.id;
        draft.reviewState = ReviewState(reviewState);
        postmortem = PostmortemStore(temp.store()).save(draft);
    }

    Incident closed = incident;
    closed.status = IncidentStatus::Closed;
    QCOMPARE(whyCannotClose(closed, postmortem).has_value(), !closes);
    if (closes) {
        QCOMPARE(incidents.update(closed, u"tester"_s).status, IncidentStatus::Closed);
        QCOMPARE(incidents.byId(incident.id)->status, IncidentStatus::Closed);
    } else {
        QCOMPARE(refusal([&] { incidents.update(closed, u"tester"_s); }), *whyCannotClose(closed, postmortem));
        QCOMPARE(*incidents.byId(incident.id), incident);
    }
}

void TestReview::refusedCloseChangesNothing()
{
    test::TemporaryStore temp;
    IncidentStore incidents(temp.store());
    Incident draft = incidentOf(Severity::High);
    const Incident incident = incidents.create(draft);
    InvestigationLog log(temp.store());
    const QList<LogEntry> entriesBefore = log.entries(incident.id, true);

    // Closing together with other changes: none of them is written, and no automatic entry says it was closed.
    Incident changed = incident;
    changed.title = u"Renamed while closing"_s;
    changed.severity = Severity::Critical;
    changed.status = IncidentStatus::Closed;
    QVERIFY_THROWS_EXCEPTION(StoreError, incidents.update(changed, u"tester"_s));
    QCOMPARE(*incidents.byId(incident.id), incident);
    QCOMPARE(incidents.byId(incident.id)->status, IncidentStatus::Investigating);
    QVERIFY(!incidents.byId(incident.id)->resolvedAt.isValid());
    QCOMPARE(log.entries(incident.id, true), entriesBefore);

    // A second connection, as the window or another process would have, sees the same.
    const auto other = temp.openAgain();
    QCOMPARE(*IncidentStore(*other).byId(incident.id), incident);
    QCOMPARE(test::integrityCheck(temp.path()), u"ok"_s);

    // A Low incident closes freely, and its closing is logged as usual.
    Incident low = incidents.create(incidentOf(Severity::Low));
    low.status = IncidentStatus::Closed;
    low = incidents.update(low, u"tester"_s);
    QCOMPARE(low.status, IncidentStatus::Closed);
    QCOMPARE(log.entries(low.id).constLast().body, u"Status changed from Investigating to Closed."_s);
}

void TestReview::raisingAClosedIncidentNeedsAnApprovedPostmortem()
{
    test::TemporaryStore temp;
    IncidentStore incidents(temp.store());
    Incident low = createIncident(temp.store(), Severity::Low, IncidentStatus::Investigating);
    low.status = IncidentStatus::Closed;
    low = incidents.update(low, u"tester"_s);

    Incident raised = low;
    raised.severity = Severity::Middle;
    QCOMPARE(refusal([&] { incidents.update(raised, u"tester"_s); }),
             u"Incident #1 is Middle and cannot be closed yet: an incident of Middle severity or above is closed only "
             "once its postmortem has been reviewed and approved. It has no postmortem yet: start one, write the root "
             "cause, the lessons and the action items, submit it for review and approve it after the review "
             "meeting."_s);
    QCOMPARE(*incidents.byId(low.id), low);

    // Reopening it while raising it is fine.
    raised.status = IncidentStatus::Resolved;
    QCOMPARE(incidents.update(raised, u"tester"_s).severity, Severity::Middle);
}

void TestReview::closedIncidentCanStillBeEdited()
{
    // Incidents closed before these rules existed (or imported closed) stay editable: only the step to Closed is
    // checked.
    test::TemporaryStore temp;
    IncidentStore incidents(temp.store());
    Incident closed = createIncident(temp.store(), Severity::Critical, IncidentStatus::Closed);
    closed.title = u"Renamed"_s;
    closed.summary = u"More detail."_s;
    QCOMPARE(incidents.update(closed, u"tester"_s).title, u"Renamed"_s);
}

void TestReview::closeMessageSaysHowToGoOn_data()
{
    QTest::addColumn<int>("reviewState"); // -1: no postmortem
    QTest::addColumn<QString>("next");

    QTest::newRow("no postmortem") << -1
                                   << u"It has no postmortem yet: start one, write the root cause, the lessons and "
                                      "the action items, submit it for review and approve it after the review "
                                      "meeting."_s;
    QTest::newRow("draft") << int(ReviewState::Draft)
                           << u"Its postmortem is a draft: complete it and submit it for review, then approve it "
                              "after the review meeting."_s;
    QTest::newRow("in review") << int(ReviewState::InReview)
                               << u"Its postmortem is in review: record the review meeting, then approve it."_s;
}

void TestReview::closeMessageSaysHowToGoOn()
{
    QFETCH(int, reviewState);
    QFETCH(QString, next);

    std::optional<Postmortem> postmortem;
    if (reviewState >= 0) {
        postmortem = Postmortem();
        postmortem->reviewState = ReviewState(reviewState);
    }
    QCOMPARE(whyCannotClose(incidentOf(Severity::High), postmortem),
             u"Incident #7 is High and cannot be closed yet: an incident of Middle severity or above is closed only "
             "once its postmortem has been reviewed and approved. "_s +
                 next);
}

void TestReview::workflow()
{
    test::TemporaryStore temp;
    const Incident incident = createIncident(temp.store(), Severity::Critical);
    PostmortemReview review(temp.store());

    const Postmortem started = review.start(incident.id);
    QCOMPARE(started.reviewState, ReviewState::Draft);
    QCOMPARE(review.start(incident.id), started); // once per incident
    QCOMPARE(refusal([&] { review.submit(incident.id); }).section(u'\n', 0, 0),
             u"The postmortem of incident #1 is not ready for review:"_s);

    Postmortem text = writtenPostmortem();
    text.incidentId = incident.id;
    text.reviewState = ReviewState::Approved; // ignored: the text only
    text.review = meeting(true);              // ignored too
    const Postmortem written = review.saveText(text);
    QCOMPARE(written.reviewState, ReviewState::Draft);
    QCOMPARE(written.review, ReviewMeeting());
    QCOMPARE(written.rootCause, text.rootCause);
    QCOMPARE(written.id, started.id);

    ActionItem action = completeItem();
    action.incidentId = incident.id;
    ActionItemStore(temp.store()).add(action);
    QCOMPARE(review.submit(incident.id).reviewState, ReviewState::InReview);
    // Reviewers' remarks can still be worked in while it is in review.
    text.wentWrong = u"The runbook was outdated, and nobody owned it."_s;
    QCOMPARE(review.saveText(text).wentWrong, text.wentWrong);

    review.recordMeeting(incident.id, meeting(false));
    QCOMPARE(refusal([&] { review.approve(incident.id); }),
             bullets(u"The postmortem of incident #1 cannot be approved yet:"_s, {CriticalWithoutHead}));
    review.recordMeeting(incident.id, meeting(true));
    const Postmortem approved = review.approve(incident.id);
    QCOMPARE(approved.reviewState, ReviewState::Approved);
    QCOMPARE(approved.review, meeting(true));

    temp.close();
    temp.reopen();
    QCOMPARE(*PostmortemStore(temp.store()).forIncident(incident.id), approved);
    Incident closed = incident;
    closed.status = IncidentStatus::Closed;
    QCOMPARE(IncidentStore(temp.store()).update(closed, u"tester"_s).status, IncidentStatus::Closed);
}

void TestReview::refusedStepsChangeNothing()
{
    test::TemporaryStore temp;
    const Incident incident = createIncident(temp.store(), Severity::High);
    PostmortemReview review(temp.store());
    review.start(incident.id);
    PostmortemStore postmortems(temp.store());
    const Postmortem draft = *postmortems.forIncident(incident.id);

    QVERIFY_THROWS_EXCEPTION(StoreError, review.submit(incident.id));
    QVERIFY_THROWS_EXCEPTION(StoreError, review.approve(incident.id));
    QVERIFY_THROWS_EXCEPTION(StoreError, review.reopen(incident.id));
    QVERIFY_THROWS_EXCEPTION(StoreError, review.markPublished(incident.id, Publication()));
    QCOMPARE(*postmortems.forIncident(incident.id), draft);
}

void TestReview::approvedPostmortemIsLockedUntilReopened()
{
    test::TemporaryStore temp;
    const Incident incident = createIncident(temp.store(), Severity::Middle);
    PostmortemReview review(temp.store());
    prepareForApproval(temp.store(), incident);
    review.submit(incident.id);
    const Postmortem approved = review.approve(incident.id);

    Postmortem changed = approved;
    changed.rootCause = u"Something else"_s;
    const QString locked =
        u"The postmortem is approved: reopen it as a draft to change it, then have it approved again."_s;
    QCOMPARE(refusal([&] { review.saveText(changed); }), locked);
    QCOMPARE(refusal([&] { review.recordMeeting(incident.id, ReviewMeeting()); }), locked);
    QCOMPARE(refusal([&] { review.submit(incident.id); }), u"The postmortem of incident #1 is already approved."_s);
    QCOMPARE(*PostmortemStore(temp.store()).forIncident(incident.id), approved);

    QCOMPARE(review.reopen(incident.id).reviewState, ReviewState::Draft);
    QCOMPARE(review.saveText(changed).rootCause, u"Something else"_s);
    QCOMPARE(refusal([&] { review.reopen(incident.id); }), u"The postmortem of incident #1 is already a draft."_s);
}

void TestReview::reopenKeepsClosedIncidentsApproved()
{
    test::TemporaryStore temp;
    IncidentStore incidents(temp.store());
    Incident incident = createIncident(temp.store(), Severity::High);
    PostmortemReview review(temp.store());
    prepareForApproval(temp.store(), incident);
    review.submit(incident.id);
    const Postmortem approved = review.approve(incident.id);
    incident.status = IncidentStatus::Closed;
    incident = incidents.update(incident, u"tester"_s);

    QCOMPARE(refusal([&] { review.reopen(incident.id); }),
             u"Incident #1 is closed, and a closed High incident keeps its approved postmortem. Set the incident's "
             "status back to resolved first."_s);
    QCOMPARE(*PostmortemStore(temp.store()).forIncident(incident.id), approved);

    incident.status = IncidentStatus::Resolved;
    incidents.update(incident, u"tester"_s);
    QCOMPARE(review.reopen(incident.id).reviewState, ReviewState::Draft);
}

void TestReview::publishing()
{
    test::TemporaryStore temp;
    const Incident incident = createIncident(temp.store(), Severity::Critical);
    PostmortemReview review(temp.store());
    prepareForApproval(temp.store(), incident);
    review.submit(incident.id);

    Publication publication;
    publication.url = u"https://github.com/o/r/discussions/7"_s;
    publication.id = u"D_kwDOabc"_s;
    publication.number = 7;
    QCOMPARE(refusal([&] { review.markPublished(incident.id, publication); }),
             u"Only an approved postmortem can be published; this one is still in review."_s);
    review.approve(incident.id);
    const Postmortem published = review.markPublished(incident.id, publication);
    QCOMPARE(published.reviewState, ReviewState::Published);
    QCOMPARE(published.publication.url, publication.url);
    QVERIFY(published.publication.publishedAt.isValid());
    QCOMPARE(*PostmortemStore(temp.store()).forIncident(incident.id), published);
    QCOMPARE(refusal([&] { review.saveText(published); }),
             u"The postmortem is published: reopen it as a draft to change it, then have it approved and publish it "
             "again."_s);

    // A published postmortem lets its incident close, and can be reopened while the incident is not closed.
    QCOMPARE(whyCannotClose(incident, published), std::nullopt);
    QCOMPARE(review.reopen(incident.id).reviewState, ReviewState::Draft);
    QCOMPARE(PostmortemStore(temp.store()).forIncident(incident.id)->publication.url, publication.url);
}

void TestReview::lowIncidentCanBeReviewedLikeOthers()
{
    test::TemporaryStore temp;
    const Incident incident = createIncident(temp.store(), Severity::Low);
    PostmortemReview review(temp.store());
    Postmortem text = writtenPostmortem();
    text.incidentId = incident.id;
    review.saveText(text);
    QCOMPARE(review.submit(incident.id).reviewState, ReviewState::InReview); // no action item needed
    QCOMPARE(refusal([&] { review.approve(incident.id); }),
             bullets(u"The postmortem of incident #1 cannot be approved yet:"_s, {NoDate, NoAttendees}));
    review.recordMeeting(incident.id, meeting(false));
    QCOMPARE(review.approve(incident.id).reviewState, ReviewState::Approved);
}

void TestReview::stepsNeedAPostmortem()
{
    test::TemporaryStore temp;
    const Incident incident = createIncident(temp.store(), Severity::High);
    PostmortemReview review(temp.store());
    try {
        review.submit(incident.id);
        QFAIL("submitted a postmortem that does not exist");
    } catch (const StoreError &error) {
        QCOMPARE(error.kind(), StoreError::Kind::NotFound);
        QCOMPARE(error.message(), u"Incident #1 has no postmortem yet: start one first."_s);
    }
    QVERIFY(!PostmortemStore(temp.store()).forIncident(incident.id));
    try {
        review.start(QUuid::createUuid());
        QFAIL("started a postmortem without its incident");
    } catch (const StoreError &error) {
        QCOMPARE(error.kind(), StoreError::Kind::NotFound);
    }
}

QTEST_GUILESS_MAIN(TestReview)
#include "tst_review.moc"
