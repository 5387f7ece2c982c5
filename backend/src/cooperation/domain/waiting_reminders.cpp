#include "cooperation/domain/waiting_reminders.hpp"

#include "accounts/domain/account_repositories.hpp"
#include "cooperation/domain/cooperation_request_repository.hpp"
#include "cooperation/domain/text_keys.hpp"
#include "kernel/domain/wording.hpp"
#include "kernel/domain/written_text.hpp"
#include "notifications/domain/notification_repository.hpp"
#include "reference/domain/reference_names.hpp"
#include "reference/domain/reference_repository.hpp"

namespace enlace {

namespace {

struct Due {
  std::string key;
  const User* user;
  const CooperationRequest* request;
  Waiting waiting;
};

// The words of one reminder, from the capability's catalogue (texts/<language>.json).
TextParams ParamsFor(const Wording& words, const CooperationRequest& request, const Waiting& waiting,
                     const ReferenceData& reference, const std::string& link) {
  const auto& language = words.language();
  Date since{std::chrono::floor<std::chrono::days>(waiting.since)};
  auto next = text_keys::CooperationNextKey(request.state);
  return TextParams{{"title", request.fields.title.In(language)},
                    {"country", LookupName(reference, request.fields.country, language).name},
                    {"partner", LookupName(reference, request.fields.partner, language).WithAbbreviation()},
                    {"days", std::to_string(waiting.days)},
                    {"state", words(text_keys::CooperationStateKey(request.state))},
                    {"next", next ? words(*next) : std::string()},
                    {"since", WrittenDate(since, words)},
                    {"link", link}};
}

// The in-app notification: the notifications capability's "overdue" kind (the request is overdue
// at its step), with the words in both languages so that it reads right in either, and the
// request it is about.
nlohmann::json PayloadFor(const Texts& texts, const CooperationRequest& request, const Waiting& waiting,
                          const ReferenceData& reference, const std::string& link) {
  nlohmann::json payload{{"kind", "overdue"},
                         {"subject", "cooperation_request"},
                         {"record", request.id},
                         {"state", ToString(request.state)},
                         {"days_waiting", waiting.days},
                         {"link", link}};
  for (const char* language : {"es", "en"}) {
    Wording words(texts, language);
    auto params = ParamsFor(words, request, waiting, reference, link);
    payload["action"][language] = words(text_keys::kCooperationNotificationAction, params);
    payload["party"][language] = words(text_keys::kCooperationNotificationParty, params);
  }
  return payload;
}

OutgoingEmail EmailFor(const Texts& texts, const User& user, const CooperationRequest& request, const Waiting& waiting,
                       const ReferenceData& reference, const std::string& link) {
  auto words = Wording::ForReader(texts, user.language);
  auto params = ParamsFor(words, request, waiting, reference, link);
  params["name"] = user.name;
  return OutgoingEmail{.to = user.email,
                       .to_name = user.name,
                       .subject = words(text_keys::kCooperationReminderSubject, params),
                       .text = words(text_keys::kCooperationReminderBody, params),
                       .language = words.language()};
}

}  // namespace

WaitingReminders::WaitingReminders(Store& store, const Clock& clock, const Texts& texts, Mailer* mailer,
                                   WaitingReminderSettings settings)
    : store_(store), clock_(clock), texts_(texts), mailer_(mailer), settings_(std::move(settings)) {}

ReminderRun WaitingReminders::RunOnce() {
  ReminderRun run;
  auto now = clock_.Now();
  auto today = clock_.Today();
  std::vector<Process> processes;
  {
    auto transaction = store_.Begin(TransactionMode::kRead);
    processes = transaction->Get<ReferenceRepository>().ListProcesses();
  }
  for (const auto& process : processes) {
    ReferenceData reference;
    std::vector<User> users;
    std::vector<std::pair<CooperationRequest, CooperationStepId>> waiting;
    {
      auto transaction = store_.Begin(TransactionMode::kRead);
      waiting = transaction->Get<CooperationRequestRepository>().WaitingOnSecretariat(process.id);
      if (waiting.empty()) continue;
      reference = transaction->Get<ReferenceRepository>().Load(process.id);
      users = transaction->Get<UserRepository>().List(process.id);
    }
    std::vector<Due> due;
    for (const auto& [request, step] : waiting) {
      auto found = WaitingOf(request, today);
      if (!found || found->on != WaitingOn::kSecretariat || found->days <= settings_.after_days) continue;
      for (const auto& user : users) {
        if (!user.active || user.role != Role::kSecretariat) continue;
        due.push_back(Due{
            "cooperation:" + std::to_string(request.id) + ":" + std::to_string(step) + ":" + std::to_string(user.id),
            &user, &request, *found});
      }
    }
    for (const auto& item : due) {
      auto link = settings_.base_url + "/cooperation-requests/" + std::to_string(item.request->id);
      auto notification = [&] {
        return InAppNotification{0,
                                 item.user->id,
                                 ReminderKind::kOverdue,
                                 std::nullopt,
                                 PayloadFor(texts_, *item.request, item.waiting, reference, link),
                                 now,
                                 std::nullopt};
      };
      std::function<Result<void>()> send;
      if (mailer_) {
        send = [&] {
          return mailer_->Send(EmailFor(texts_, *item.user, *item.request, item.waiting, reference, link));
        };
      }
      DeliverOnce(store_, clock_, item.key, settings_.max_attempts, notification, send, run);
    }
  }
  return run;
}

}  // namespace enlace
