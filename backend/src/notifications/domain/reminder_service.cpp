#include "notifications/domain/reminder_service.hpp"

#include <algorithm>

#include "accounts/domain/account_repositories.hpp"
#include "meetings/domain/commitment_service.hpp"
#include "meetings/domain/follow_up_texts.hpp"
#include "meetings/domain/meeting_repository.hpp"
#include "notifications/domain/notification_repository.hpp"
#include "reference/domain/reference_repository.hpp"

namespace enlace {
namespace {

struct Pending {
  std::string key;
  UserId user;
  Reminder reminder;
  std::optional<CommitmentId> commitment;
};

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
  nlohmann::json payload{{"kind", reminder.kind == ReminderKind::kDueSoon   ? "due_soon"
                                  : reminder.kind == ReminderKind::kOverdue ? "overdue"
                                                                            : "weekly_digest"},
                         {"days_before", reminder.days_before},
                         {"items", reminder.items.size()}};
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
      if (sender_) send = [&] { return sender_->Deliver(item.reminder); };
      DeliverOnce(store_, clock_, item.key, settings_.max_attempts, notification, send, run);
    }
  }
  return run;
}

}  // namespace enlace
