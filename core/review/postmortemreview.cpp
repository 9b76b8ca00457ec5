#include "postmortemreview.h"

#include "domain/reviewrules.h"
#include "store/actionitemstore.h"
#include "store/incidentstore.h"
#include "store/postmortemstore.h"

#include <QCoreApplication>

namespace hindsight {

namespace {

[[noreturn]] void refuse(const QString &reason)
{
    throw StoreError(StoreError::Kind::Invalid, reason);
}

} // namespace

/// What a step of the review looks at.
struct PostmortemReview::Subject
{
    Incident incident;
    std::optional<Postmortem> postmortem;

    /// The stored postmortem; throws StoreError::NotFound when the incident has none yet.
    Postmortem &existing()
    {
        if (!postmortem) {
            throw StoreError(
                StoreError::Kind::NotFound,
                QCoreApplication::translate("PostmortemReview", "Incident #%1 has no postmortem yet: start one first.")
                    .arg(incident.number));
        }
        return *postmortem;
    }
};

PostmortemReview::PostmortemReview(Store &store)
    : m_store(store)
{}

PostmortemReview::Subject PostmortemReview::load(const QUuid &incidentId) const
{
    std::optional<Incident> incident = IncidentStore(m_store).byId(incidentId);
    if (!incident) {
        throw StoreError(
            StoreError::Kind::NotFound,
            QCoreApplication::translate("PostmortemReview", "The incident is not in %1.").arg(m_store.path()));
    }
    return {*incident, PostmortemStore(m_store).forIncident(incidentId)};
}

Postmortem PostmortemReview::start(const QUuid &incidentId)
{
    Store::WriteTransaction transaction(m_store);
    Subject subject = load(incidentId);
    if (subject.postmortem)
        return *subject.postmortem;
    Postmortem draft;
    draft.incidentId = incidentId;
    const Postmortem started = PostmortemStore(m_store).save(draft);
    transaction.commit();
    return started;
}

Postmortem PostmortemReview::saveText(const Postmortem &changed)
{
    Store::WriteTransaction transaction(m_store);
    Subject subject = load(changed.incidentId);
    Postmortem postmortem = subject.postmortem.value_or(Postmortem{});
    postmortem.incidentId = changed.incidentId;
    if (const auto why = whyCannotEdit(postmortem))
        refuse(*why);
    postmortem.rootCause = changed.rootCause;
    postmortem.wentWell = changed.wentWell;
    postmortem.wentWrong = changed.wentWrong;
    postmortem.gotLucky = changed.gotLucky;
    postmortem = PostmortemStore(m_store).save(postmortem);
    transaction.commit();
    return postmortem;
}

Postmortem PostmortemReview::recordMeeting(const QUuid &incidentId, const ReviewMeeting &meeting)
{
    Store::WriteTransaction transaction(m_store);
    Subject subject = load(incidentId);
    Postmortem postmortem = subject.existing();
    if (const auto why = whyCannotEdit(postmortem))
        refuse(*why);
    postmortem.review = meeting;
    postmortem = PostmortemStore(m_store).save(postmortem);
    transaction.commit();
    return postmortem;
}

Postmortem PostmortemReview::submit(const QUuid &incidentId)
{
    Store::WriteTransaction transaction(m_store);
    Subject subject = load(incidentId);
    Postmortem postmortem = subject.existing();
    if (const auto why =
            whyCannotSubmit(subject.incident, postmortem, ActionItemStore(m_store).forIncident(incidentId)))
        refuse(*why);
    postmortem.reviewState = ReviewState::InReview;
    postmortem = PostmortemStore(m_store).save(postmortem);
    transaction.commit();
    return postmortem;
}

Postmortem PostmortemReview::approve(const QUuid &incidentId)
{
    Store::WriteTransaction transaction(m_store);
    Subject subject = load(incidentId);
    Postmortem postmortem = subject.existing();
    if (const auto why =
            whyCannotApprove(subject.incident, postmortem, ActionItemStore(m_store).forIncident(incidentId)))
        refuse(*why);
    postmortem.reviewState = ReviewState::Approved;
    postmortem.approvedAt = QDateTime::currentDateTimeUtc();
    postmortem = PostmortemStore(m_store).save(postmortem);
    transaction.commit();
    return postmortem;
}

Postmortem PostmortemReview::reopen(const QUuid &incidentId)
{
    Store::WriteTransaction transaction(m_store);
    Subject subject = load(incidentId);
    Postmortem postmortem = subject.existing();
    if (const auto why = whyCannotReopen(subject.incident, postmortem))
        refuse(*why);
    postmortem.reviewState = ReviewState::Draft;
    postmortem.approvedAt = QDateTime();
    postmortem = PostmortemStore(m_store).save(postmortem);
    transaction.commit();
    return postmortem;
}

Postmortem PostmortemReview::markPublished(const QUuid &incidentId, const Publication &publication)
{
    Store::WriteTransaction transaction(m_store);
    Subject subject = load(incidentId);
    Postmortem postmortem = subject.existing();
    if (const auto why = whyCannotPublish(postmortem))
        refuse(*why);
    postmortem.reviewState = ReviewState::Published;
    postmortem.publication = publication;
    if (!postmortem.publication.publishedAt.isValid())
        postmortem.publication.publishedAt = QDateTime::currentDateTimeUtc();
    postmortem = PostmortemStore(m_store).save(postmortem);
    transaction.commit();
    return postmortem;
}

} // namespace hindsight
