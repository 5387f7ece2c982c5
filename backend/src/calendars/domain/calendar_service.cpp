#include "calendars/domain/calendar_service.hpp"

#include "accounts/domain/account_repositories.hpp"
#include "kernel/domain/policy.hpp"
#include "meetings/domain/follow_up_texts.hpp"
#include "meetings/domain/meeting_repository.hpp"
#include "reference/domain/reference_repository.hpp"

namespace enlace {

bool Concerns(const Actor& actor, const Commitment& commitment) {
  switch (actor.role) {
    case Role::kSecretariat:
      return true;
    case Role::kCountryOfficer:
      return commitment.party == kMemberCountries || actor.IsOfficerOf(commitment.party);
    case Role::kObserver:
    case Role::kCivilSociety:
      return actor.organization && *actor.organization == commitment.party;
  }
  return false;
}

CalendarService::CalendarService(Store& store, const SecretGenerator& secrets, const Clock& clock, const Texts& texts)
    : store_(store), secrets_(secrets), clock_(clock), texts_(texts) {}

Result<std::string> CalendarService::IssueFeedToken(const RequestContext& context) {
  if (auto allowed = policy::SignedIn(context.actor); !allowed) return std::unexpected(allowed.error());
  auto token = secrets_.Token(32);
  auto transaction = store_.Begin(TransactionMode::kWrite);
  transaction->Get<UserRepository>().SetCalendarTokenHash(context.actor->user_id, secrets_.Sha256Hex(token));
  auto audit = AuditRecordFor(context, "user.calendar_feed", "user", std::to_string(context.actor->user_id));
  transaction->audit().Append(audit, clock_.Now());
  transaction->Commit();
  return token;
}

Result<CalendarFeed> CalendarService::FeedForToken(std::string_view token) {
  if (token.size() < 20 || token.size() > 100) return std::unexpected(Error::NotFound());
  auto transaction = store_.Begin(TransactionMode::kRead);
  auto user = transaction->Get<UserRepository>().FindByCalendarTokenHash(secrets_.Sha256Hex(token));
  if (!user) return std::unexpected(Error::NotFound());
  auto actor = user->ToActor();
  CalendarFeed feed;
  feed.language = user->language;
  feed.reference = transaction->Get<ReferenceRepository>().Load(user->process_id);
  feed.name = "enlace — " + feed.reference.process.name.In(user->language);
  feed.meetings = transaction->Get<MeetingRepository>().List(user->process_id, MeetingFilter{});
  std::map<MeetingId, Meeting> by_id;
  for (const auto& meeting : feed.meetings) by_id[meeting.id] = meeting;
  for (const auto& commitment : transaction->Get<CommitmentRepository>().List(user->process_id, CommitmentFilter{})) {
    if (!commitment.deadline.due || commitment.status == CommitmentStatus::kDone ||
        commitment.status == CommitmentStatus::kCancelled || !Concerns(actor, commitment)) {
      continue;
    }
    feed.deadlines.emplace_back(commitment, by_id.at(commitment.meeting_id));
  }
  return feed;
}

Result<CalendarFeed> CalendarService::MeetingCalendar(const RequestContext& context, MeetingId id) {
  if (auto allowed = policy::ReadMeetings(context.actor); !allowed) return std::unexpected(allowed.error());
  auto transaction = store_.Begin(TransactionMode::kRead);
  auto meeting = transaction->Get<MeetingRepository>().Find(context.process_id, id);
  if (!meeting) return std::unexpected(Error::NotFound());
  CalendarFeed feed;
  feed.language = context.language;
  feed.reference = transaction->Get<ReferenceRepository>().Load(context.process_id);
  feed.name = MeetingLabel(*meeting, feed.reference, Wording::ForReader(texts_, context.language));
  feed.meetings = {*meeting};
  for (const auto& commitment :
       transaction->Get<CommitmentRepository>().List(context.process_id, CommitmentFilter{.meeting = id})) {
    if (commitment.deadline.due && commitment.status != CommitmentStatus::kCancelled) {
      feed.deadlines.emplace_back(commitment, *meeting);
    }
  }
  return feed;
}

}  // namespace enlace
