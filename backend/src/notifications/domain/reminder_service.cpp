#include "notifications/domain/reminder_service.hpp"

#include <algorithm>
#include <set>

#include "accounts/domain/account_repositories.hpp"
#include "kernel/domain/audit_log.hpp"
#include "kernel/domain/policy.hpp"
#include "meetings/domain/commitment_service.hpp"
#include "meetings/domain/follow_up_texts.hpp"
#include "meetings/domain/meeting_repository.hpp"
#include "notifications/domain/notification_repository.hpp"
#include "notifications/domain/reasons.hpp"
#include "reference/domain/reference_repository.hpp"

namespace enlace {
namespace {

struct Pending {
  std::string key;
  UserId user;
  Reminder reminder;
  std::optional<CommitmentId> commitment;
  bool email = true;  // false: in the application only
};

std::string_view PayloadKind(ReminderKind kind) {
  switch (kind) {
    case ReminderKind::kDueSoon:
      return "due_soon";
    case ReminderKind::kOverdue:
      return "overdue";
    case ReminderKind::kWeeklyDigest:
      return "weekly_digest";
    case ReminderKind::kRequested:
      return "requested";
    case ReminderKind::kAssigned:
      return "assigned";
  }
  return "due_soon";
}

// The people who owe a commitment's work: the party's own users. For MEMBER_COUNTRIES, the
// officers of the member countries that have not finished it.
std::vector<const User*> Recipients(const Commitment& commitment, const std::vector<User>& users,
                                    const std::vector<CountryResponse>& responses) {
  std::vector<const User*> recipients;
  for (const auto& user : users) {
    if (!user.active) continue;
    bool owes = false;
    if (commitment.party == kMemberCountries) {
      if (user.role == Role::kCountryOfficer && user.country) {
        auto response = std::find_if(responses.begin(), responses.end(),
                                     [&](const CountryResponse& r) { return r.country == *user.country; });
        owes = response != responses.end() && response->state != ResponseState::kDone;
      }
    } else if (commitment.party == "TS") {
      owes = user.role == Role::kSecretariat;
    } else if (user.role == Role::kCountryOfficer) {
      owes = user.country == commitment.party;
    } else if (user.role == Role::kObserver || user.role == Role::kCivilSociety) {
      owes = user.organization == commitment.party;
    }
    if (owes) recipients.push_back(&user);
  }
  return recipients;
}

ReminderItem ItemFor(const Commitment& commitment, const Meeting& meeting, const ReferenceData& reference,
                     const Texts& texts, const std::string& language, Date today, const std::string& base_url) {
  const Wording words = Wording::ForReader(texts, language);
  ReminderItem item;
  item.commitment_id = commitment.id;
  item.meeting = MeetingLabel(meeting, reference, words);
  item.agreement = commitment.agreement_number;
  item.party = PartyName(reference, commitment.party, words);
  item.action = commitment.action.In(language);
  item.deadline_text = commitment.deadline.text;
  item.due = commitment.deadline.due;
  item.overdue = commitment.Overdue(today);
  item.link = base_url + "/commitments/" + std::to_string(commitment.id);
  return item;
}

nlohmann::json PayloadFor(const Reminder& reminder, const ReferenceData& reference, const Texts& texts,
                          const Commitment* commitment, const Meeting* meeting, Date today,
                          const std::string& base_url) {
  nlohmann::json payload{
      {"kind", PayloadKind(reminder.kind)}, {"days_before", reminder.days_before}, {"items", reminder.items.size()}};
  if (commitment && meeting) {
    // Both languages, so that the notification reads right whatever language the person switches to.
    for (const char* language : {"es", "en"}) {
      auto item = ItemFor(*commitment, *meeting, reference, texts, language, today, base_url);
      payload["action"][language] = item.action;
      payload["party"][language] = item.party;
      payload["meeting"][language] = item.meeting;
    }
    payload["agreement"] = commitment->agreement_number;
    payload["due"] =
        commitment->deadline.due ? nlohmann::json(FormatIsoDate(*commitment->deadline.due)) : nlohmann::json(nullptr);
    payload["deadline_text"] = commitment->deadline.text;
  }
  return payload;
}

}  // namespace

void DeliverOnce(Store& store, const Clock& clock, const std::string& key, int max_attempts,
                 const std::function<InAppNotification()>& notification, const std::function<Result<void>()>& send,
                 ReminderRun& run) {
  auto now = clock.Now();
  {
    auto transaction = store.Begin(TransactionMode::kWrite);
    auto claimed = transaction->Get<ReminderLogRepository>().Claim(key, now, max_attempts);
    if (claimed == ReminderLogRepository::Claimed::kNo) return;
    if (claimed == ReminderLogRepository::Claimed::kFirst)
      transaction->Get<NotificationRepository>().Add(notification());
    if (!send) transaction->Get<ReminderLogRepository>().MarkSent(key, now);
    transaction->Commit();
  }
  ++run.claimed;
  if (!send) return;
  auto delivered = send();
  auto transaction = store.Begin(TransactionMode::kWrite);
  // Every e-mail sent or refused is in the audit log, under its reminder key.
  auto audit = AuditRecordFor(RequestContext{.request_id = "reminders"}, "reminder.send", "reminder", key);
  if (delivered) {
    transaction->Get<ReminderLogRepository>().MarkSent(key, clock.Now());
    ++run.delivered;
  } else {
    transaction->Get<ReminderLogRepository>().MarkFailed(key, delivered.error().detail);
    ++run.failed;
    run.errors.push_back(key + ": " + delivered.error().detail);
    audit.outcome = AuditOutcome::kFailed;
    audit.reason = delivered.error().reason;
  }
  transaction->audit().Append(audit, clock.Now());
  transaction->Commit();
}

nlohmann::json ToJson(const RequestedReminder& reminder) {
  return {{"id", reminder.id},
          {"commitment", reminder.commitment_id},
          {"sent_by", {{"id", reminder.sent_by}, {"name", reminder.sent_by_name}}},
          {"sent_at", FormatIsoTimestamp(reminder.sent_at)},
          {"delegations", reminder.delegations},
          {"recipients", reminder.recipients}};
}

ReminderService::ReminderService(Store& store, const Clock& clock, const Texts& texts, ReminderSettings settings,
                                 ReminderSender* sender)
    : store_(store), clock_(clock), texts_(texts), settings_(std::move(settings)), sender_(sender) {
  std::sort(settings_.days_before.begin(), settings_.days_before.end());
}

ReminderRun ReminderService::RunOnce() {
  ReminderRun run;
  auto now = clock_.Now();
  auto today = clock_.Today();
  std::vector<Process> processes;
  {
    auto transaction = store_.Begin(TransactionMode::kRead);
    processes = transaction->Get<ReferenceRepository>().ListProcesses();
  }
  for (const auto& process : processes) {
    std::vector<Pending> pending;
    ReferenceData reference;
    std::vector<User> users;
    std::vector<Commitment> commitments;
    std::map<MeetingId, Meeting> meetings;
    std::map<CommitmentId, std::vector<CountryResponse>> responses;
    {
      auto transaction = store_.Begin(TransactionMode::kRead);
      reference = transaction->Get<ReferenceRepository>().Load(process.id);
      users = transaction->Get<UserRepository>().List(process.id);
      commitments = transaction->Get<CommitmentRepository>().List(process.id, CommitmentFilter{});
      std::vector<CommitmentId> shared;
      for (const auto& commitment : commitments) {
        if (commitment.party == kMemberCountries) shared.push_back(commitment.id);
        if (!meetings.contains(commitment.meeting_id)) {
          if (auto meeting = transaction->Get<MeetingRepository>().Find(process.id, commitment.meeting_id))
            meetings[meeting->id] = *meeting;
        }
      }
      std::map<CommitmentId, std::vector<CommitmentUpdate>> updates;
      for (auto& update : transaction->Get<CommitmentRepository>().UpdatesOf(shared))
        updates[update.commitment_id].push_back(update);
      auto members = MemberCountries(reference);
      for (auto id : shared) responses[id] = CommitmentService::Responses(members, updates[id]);
    }
    std::erase_if(commitments, [](const Commitment& c) {
      return c.status == CommitmentStatus::kDone || c.status == CommitmentStatus::kCancelled;
    });

    // Due soon and overdue, one reminder per commitment, recipient and threshold.
    std::map<UserId, std::vector<const Commitment*>> owed;
    for (const auto& commitment : commitments) {
      auto meeting = meetings.find(commitment.meeting_id);
      if (meeting == meetings.end() || meeting->second.cancelled) continue;
      for (const auto* user : Recipients(commitment, users, responses[commitment.id])) {
        owed[user->id].push_back(&commitment);
        if (settings_.notify_assigned) {
          // Once per commitment and person: what their country or organisation owes, so that nobody
          // learns of a commitment only when it is overdue. By e-mail only when it is new (a week);
          // older ones (a first run over existing records) are in the application only.
          Reminder assigned;
          assigned.kind = ReminderKind::kAssigned;
          assigned.language = user->language;
          assigned.recipient_name = user->name;
          assigned.recipient_email = user->email;
          assigned.today = today;
          assigned.items.push_back(
              ItemFor(commitment, meeting->second, reference, texts_, user->language, today, settings_.base_url));
          bool fresh = now - commitment.created_at <= std::chrono::days{7};
          pending.push_back(Pending{"assigned:" + std::to_string(commitment.id) + ":" + std::to_string(user->id),
                                    user->id, assigned, commitment.id, fresh});
        }
        if (!commitment.deadline.due) continue;
        int days_left = DaysBetween(today, *commitment.deadline.due);
        std::string due = FormatIsoDate(*commitment.deadline.due);
        Reminder reminder;
        reminder.language = user->language;
        reminder.recipient_name = user->name;
        reminder.recipient_email = user->email;
        reminder.today = today;
        std::string key;
        if (days_left < 0) {
          reminder.kind = ReminderKind::kOverdue;
          key = "overdue:" + std::to_string(commitment.id) + ":" + due + ":" + std::to_string(user->id);
        } else {
          // The nearest threshold not yet passed: 14 days before, then 3 days before.
          auto threshold = std::find_if(settings_.days_before.begin(), settings_.days_before.end(),
                                        [&](int days) { return days_left <= days; });
          if (threshold == settings_.days_before.end()) continue;
          reminder.kind = ReminderKind::kDueSoon;
          reminder.days_before = days_left;
          key = "due:" + std::to_string(commitment.id) + ":" + due + ":" + std::to_string(*threshold) + ":" +
                std::to_string(user->id);
        }
        reminder.items.push_back(
            ItemFor(commitment, meeting->second, reference, texts_, user->language, today, settings_.base_url));
        pending.push_back(Pending{key, user->id, reminder, commitment.id});
      }
    }

    // The weekly digest, on Mondays, to everyone who owes something.
    if (settings_.weekly_digest && std::chrono::weekday{std::chrono::sys_days{today}} == std::chrono::Monday) {
      for (const auto& user : users) {
        auto found = owed.find(user.id);
        if (!user.active || found == owed.end()) continue;
        Reminder reminder;
        reminder.kind = ReminderKind::kWeeklyDigest;
        reminder.language = user.language;
        reminder.recipient_name = user.name;
        reminder.recipient_email = user.email;
        reminder.today = today;
        for (const auto* commitment : found->second) {
          reminder.items.push_back(ItemFor(*commitment, meetings.at(commitment->meeting_id), reference, texts_,
                                           user.language, today, settings_.base_url));
        }
        std::stable_sort(reminder.items.begin(), reminder.items.end(),
                         [](const ReminderItem& a, const ReminderItem& b) {
                           if (a.overdue != b.overdue) return a.overdue;
                           if (a.due.has_value() != b.due.has_value()) return a.due.has_value();
                           return a.due < b.due;
                         });
        pending.push_back(
            Pending{"digest:" + FormatIsoDate(today) + ":" + std::to_string(user.id), user.id, reminder, std::nullopt});
      }
    }

    for (auto& item : pending) {
      auto notification = [&] {
        const Commitment* commitment = nullptr;
        for (const auto& c : commitments) {
          if (item.commitment && c.id == *item.commitment) commitment = &c;
        }
        const Meeting* meeting = commitment ? &meetings.at(commitment->meeting_id) : nullptr;
        return InAppNotification{
            0,
            item.user,
            item.reminder.kind,
            item.commitment,
            PayloadFor(item.reminder, reference, texts_, commitment, meeting, today, settings_.base_url),
            now,
            std::nullopt};
      };
      std::function<Result<void>()> send;
      if (sender_ && item.email) send = [&] { return sender_->Deliver(item.reminder); };
      DeliverOnce(store_, clock_, item.key, settings_.max_attempts, notification, send, run);
    }
  }
  return run;
}

Result<RequestedReminder> ReminderService::RemindNow(const RequestContext& context, CommitmentId id) {
  if (auto allowed = policy::Secretariat(context.actor); !allowed) return std::unexpected(allowed.error());
  auto now = clock_.Now();
  auto today = clock_.Today();
  ReferenceData reference;
  std::vector<User> users;
  std::optional<Commitment> commitment;
  std::optional<Meeting> meeting;
  std::vector<CountryResponse> responses;
  {
    auto transaction = store_.Begin(TransactionMode::kRead);
    commitment = transaction->Get<CommitmentRepository>().Find(context.process_id, id);
    if (!commitment) return std::unexpected(Error::NotFound());
    meeting = transaction->Get<MeetingRepository>().Find(context.process_id, commitment->meeting_id);
    reference = transaction->Get<ReferenceRepository>().Load(context.process_id);
    users = transaction->Get<UserRepository>().List(context.process_id);
    if (commitment->party == kMemberCountries) {
      responses = CommitmentService::Responses(MemberCountries(reference),
                                               transaction->Get<CommitmentRepository>().Updates(id));
    }
  }
  if (!meeting) return std::unexpected(Error::NotFound());
  if (commitment->status == CommitmentStatus::kDone || commitment->status == CommitmentStatus::kCancelled)
    return std::unexpected(Error::Conflict(reasons::kNothingToRemind));
  auto recipients = Recipients(*commitment, users, responses);
  // Those who have not answered at all: a country that answered but is not done is not reminded.
  if (commitment->party == kMemberCountries) {
    std::erase_if(recipients, [&](const User* user) {
      return std::any_of(responses.begin(), responses.end(), [&](const CountryResponse& r) {
        return r.country == *user->country && r.state != ResponseState::kNotStarted;
      });
    });
  }
  if (recipients.empty()) return std::unexpected(Error::Conflict(reasons::kNothingToRemind));
  RequestedReminder record;
  record.commitment_id = id;
  record.sent_by = context.actor->user_id;
  record.sent_by_name = context.actor->name;
  record.sent_at = now;
  std::set<std::string> delegations;
  for (const auto* user : recipients) {
    if (user->country) delegations.insert(*user->country);
    if (user->organization) delegations.insert(*user->organization);
    if (user->role == Role::kSecretariat) delegations.insert("TS");
  }
  record.delegations.assign(delegations.begin(), delegations.end());
  record.recipients = static_cast<int>(recipients.size());
  {
    auto transaction = store_.Begin(TransactionMode::kWrite);
    record.id = transaction->Get<RequestedReminderRepository>().Add(context.process_id, record);
    AuditCreation(*transaction, now, context, "commitment.remind", "commitment", record);
    transaction->Commit();
  }
  ReminderRun run;
  for (const auto* user : recipients) {
    Reminder reminder;
    reminder.kind = ReminderKind::kRequested;
    reminder.language = user->language;
    reminder.recipient_name = user->name;
    reminder.recipient_email = user->email;
    reminder.today = today;
    reminder.items.push_back(
        ItemFor(*commitment, *meeting, reference, texts_, user->language, today, settings_.base_url));
    auto notification = [&] {
      return InAppNotification{
          0,
          user->id,
          ReminderKind::kRequested,
          commitment->id,
          PayloadFor(reminder, reference, texts_, &*commitment, &*meeting, today, settings_.base_url),
          now,
          std::nullopt};
    };
    std::function<Result<void>()> send;
    if (sender_) send = [&] { return sender_->Deliver(reminder); };
    DeliverOnce(store_, clock_, "requested:" + std::to_string(record.id) + ":" + std::to_string(user->id),
                settings_.max_attempts, notification, send, run);
  }
  record.emailed = run.delivered;
  record.failed = run.failed;
  return record;
}

Result<std::vector<RequestedReminder>> ReminderService::Requested(const RequestContext& context, CommitmentId id) {
  if (auto allowed = policy::ReadMeetings(context.actor); !allowed) return std::unexpected(allowed.error());
  auto transaction = store_.Begin(TransactionMode::kRead);
  if (!transaction->Get<CommitmentRepository>().Find(context.process_id, id)) return std::unexpected(Error::NotFound());
  return transaction->Get<RequestedReminderRepository>().OfCommitment(id);
}

}  // namespace enlace
