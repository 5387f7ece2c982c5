#include "cooperation/domain/cooperation_request.hpp"

#include <algorithm>

#include "cooperation/domain/reasons.hpp"
#include "kernel/domain/reasons.hpp"
#include "kernel/domain/text.hpp"

namespace enlace {

namespace {

struct StateName {
  CooperationState state;
  std::string_view name;
};
constexpr StateName kStates[] = {
    {CooperationState::kDraft, "draft"},
    {CooperationState::kSentToSecretariat, "sent_to_secretariat"},
    {CooperationState::kForwardedToPartner, "forwarded_to_partner"},
    {CooperationState::kAnswered, "answered"},
    {CooperationState::kClosed, "closed"},
    {CooperationState::kWithdrawn, "withdrawn"},
};

struct ActionName {
  CooperationAction action;
  std::string_view name;
};
constexpr ActionName kActions[] = {
    {CooperationAction::kCreate, "create"},   {CooperationAction::kSend, "send"},
    {CooperationAction::kForward, "forward"}, {CooperationAction::kAnswer, "answer"},
    {CooperationAction::kClose, "close"},     {CooperationAction::kWithdraw, "withdraw"},
};

}  // namespace

std::string_view ToString(CooperationState state) {
  for (const auto& entry : kStates) {
    if (entry.state == state) return entry.name;
  }
  return "draft";
}

std::optional<CooperationState> ParseCooperationState(std::string_view text) {
  for (const auto& entry : kStates) {
    if (entry.name == text) return entry.state;
  }
  return std::nullopt;
}

bool IsFinished(CooperationState state) {
  return state == CooperationState::kClosed || state == CooperationState::kWithdrawn;
}

std::string_view ToString(CooperationAction action) {
  for (const auto& entry : kActions) {
    if (entry.action == action) return entry.name;
  }
  return "create";
}

std::optional<CooperationAction> ParseStepAction(std::string_view text) {
  for (const auto& entry : kActions) {
    if (entry.name == text && entry.action != CooperationAction::kCreate) return entry.action;
  }
  return std::nullopt;
}

Result<CooperationState> NextState(CooperationState from, CooperationAction action) {
  if (IsFinished(from)) return std::unexpected(Error::Conflict(reasons::kCooperationFinished));
  auto requires_state = [&](CooperationState needed, Reason otherwise,
                            CooperationState to) -> Result<CooperationState> {
    if (from != needed) return std::unexpected(Error::Conflict(otherwise));
    return to;
  };
  switch (action) {
    case CooperationAction::kCreate:
      // A request is created once, by the service; no step leads back into a draft.
      return std::unexpected(Error::Conflict(reasons::kCooperationNotDraft));
    case CooperationAction::kSend:
      return requires_state(CooperationState::kDraft, reasons::kCooperationNotDraft,
                            CooperationState::kSentToSecretariat);
    case CooperationAction::kForward:
      return requires_state(CooperationState::kSentToSecretariat, reasons::kCooperationNotSent,
                            CooperationState::kForwardedToPartner);
    case CooperationAction::kAnswer:
      return requires_state(CooperationState::kForwardedToPartner, reasons::kCooperationNotForwarded,
                            CooperationState::kAnswered);
    case CooperationAction::kClose:
      return requires_state(CooperationState::kAnswered, reasons::kCooperationNotAnswered, CooperationState::kClosed);
    case CooperationAction::kWithdraw:
      return CooperationState::kWithdrawn;  // from any open state
  }
  return std::unexpected(Error::Conflict(reasons::kCooperationFinished));
}

WaitingOn WaitingOnIn(CooperationState state) {
  switch (state) {
    case CooperationState::kDraft:
      return WaitingOn::kCountry;
    case CooperationState::kSentToSecretariat:
    case CooperationState::kForwardedToPartner:
    case CooperationState::kAnswered:
      return WaitingOn::kSecretariat;
    case CooperationState::kClosed:
    case CooperationState::kWithdrawn:
      return WaitingOn::kNobody;
  }
  return WaitingOn::kNobody;
}

std::string_view ToString(WaitingOn waiting_on) {
  switch (waiting_on) {
    case WaitingOn::kCountry:
      return "country";
    case WaitingOn::kSecretariat:
      return "secretariat";
    case WaitingOn::kNobody:
      return "nobody";
  }
  return "nobody";
}

std::optional<Waiting> WaitingOf(const CooperationRequest& request, Date today) {
  auto on = WaitingOnIn(request.state);
  if (on == WaitingOn::kNobody) return std::nullopt;
  Waiting waiting;
  waiting.on = on;
  waiting.since = request.state_since;
  Date since_day{std::chrono::floor<std::chrono::days>(request.state_since)};
  waiting.days = std::max(0, DaysBetween(since_day, today));
  waiting.overdue = on == WaitingOn::kSecretariat && waiting.days > kWaitingReminderDays;
  return waiting;
}

bool IsPartner(const ReferenceData& reference, std::string_view code) {
  return std::any_of(reference.organizations.begin(), reference.organizations.end(), [&](const Organization& o) {
    return o.code == code && o.kind != "secretariat" && o.kind != "group";
  });
}

namespace {

// A text in one or both languages: at least one is required; each is trimmed and limited.
void CheckLocalized(FieldErrors& errors, const std::string& field, LocalizedText& text, std::size_t maximum) {
  for (auto* side : {&text.es, &text.en}) {
    if (!*side) continue;
    **side = Trim(**side);
    if ((*side)->empty()) side->reset();
  }
  if (!text.es && !text.en) {
    errors.Add(field, reasons::kRequired);
    return;
  }
  for (const auto& [language, side] : {std::pair{"es", &text.es}, std::pair{"en", &text.en}}) {
    if (!*side) continue;
    if (!IsValidUtf8(**side)) {
      errors.Add(field + "." + language, reasons::kInvalidValue);
    } else if (Utf8Length(**side) > maximum) {
      errors.Add(field + "." + language, reasons::kTooLong, {{"max", std::to_string(maximum)}});
    }
  }
}

}  // namespace

Result<void> ValidateCooperationRequest(CooperationRequestInput& input, const ReferenceData& reference) {
  FieldErrors errors;
  input.country = Trim(input.country);
  input.partner = Trim(input.partner);
  auto country = std::find_if(reference.countries.begin(), reference.countries.end(),
                              [&](const Country& c) { return c.code == input.country; });
  if (input.country.empty()) {
    errors.Add("country", reasons::kRequired);
  } else if (country == reference.countries.end() || country->status != CountryStatus::kMember) {
    errors.Add("country", reasons::kUnknownCountry);
  }
  if (input.partner.empty()) {
    errors.Add("partner", reasons::kRequired);
  } else if (!IsPartner(reference, input.partner)) {
    errors.Add("partner", reasons::kUnknownPartner);
  }
  CheckLocalized(errors, "title", input.title, kMaximumTitleLength);
  CheckLocalized(errors, "summary", input.summary, kMaximumSummaryLength);
  if (!errors.empty()) return std::unexpected(errors.ToError());
  return {};
}

CooperationRequestInput ApplyChange(CooperationRequestInput base, const CooperationRequestChange& change) {
  if (change.partner) base.partner = *change.partner;
  if (change.title) base.title = *change.title;
  if (change.summary) base.summary = *change.summary;
  if (change.agreement) base.agreement = *change.agreement;
  return base;
}

}  // namespace enlace
