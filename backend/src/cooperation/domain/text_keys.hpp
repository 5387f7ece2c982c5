// The texts of the cooperation capability (texts/<language>.json of cooperation, "texts"): the
// reminder the Technical Secretariat gets when a request has waited too long at its step. Every
// key here is in every language; app/texts_test checks it.
#pragma once

#include "cooperation/domain/cooperation_request.hpp"
#include "kernel/domain/text_key.hpp"

namespace enlace::text_keys {

// A state as a sentence names it: "sent to the Technical Secretariat".
inline constexpr TextKey kCooperationStateDraft{"cooperation.state.draft"};
inline constexpr TextKey kCooperationStateSent{"cooperation.state.sent_to_secretariat"};
inline constexpr TextKey kCooperationStateForwarded{"cooperation.state.forwarded_to_partner"};
inline constexpr TextKey kCooperationStateAnswered{"cooperation.state.answered"};
inline constexpr TextKey kCooperationStateClosed{"cooperation.state.closed"};
inline constexpr TextKey kCooperationStateWithdrawn{"cooperation.state.withdrawn"};

// What the Secretariat does next at a state that waits on it: "forward the request to the partner".
inline constexpr TextKey kCooperationNextSent{"cooperation.next.sent_to_secretariat"};
inline constexpr TextKey kCooperationNextForwarded{"cooperation.next.forwarded_to_partner"};
inline constexpr TextKey kCooperationNextAnswered{"cooperation.next.answered"};

// The in-app notification: {title}, {days}, {state}; and who asks whom: {country}, {partner}.
inline constexpr TextKey kCooperationNotificationAction{"cooperation.notification.action"};
inline constexpr TextKey kCooperationNotificationParty{"cooperation.notification.party"};
// The e-mail: {name}, {title}, {country}, {partner}, {days}, {state}, {since}, {next}, {link}.
inline constexpr TextKey kCooperationReminderSubject{"cooperation.reminder.subject"};
inline constexpr TextKey kCooperationReminderBody{"cooperation.reminder.body"};

constexpr TextKey CooperationStateKey(CooperationState state) {
  switch (state) {
    case CooperationState::kDraft:
      return kCooperationStateDraft;
    case CooperationState::kSentToSecretariat:
      return kCooperationStateSent;
    case CooperationState::kForwardedToPartner:
      return kCooperationStateForwarded;
    case CooperationState::kAnswered:
      return kCooperationStateAnswered;
    case CooperationState::kClosed:
      return kCooperationStateClosed;
    case CooperationState::kWithdrawn:
      return kCooperationStateWithdrawn;
  }
  return kCooperationStateDraft;
}

// The Secretariat's next step at `state`; nullopt where the request does not wait on it.
constexpr std::optional<TextKey> CooperationNextKey(CooperationState state) {
  switch (state) {
    case CooperationState::kSentToSecretariat:
      return kCooperationNextSent;
    case CooperationState::kForwardedToPartner:
      return kCooperationNextForwarded;
    case CooperationState::kAnswered:
      return kCooperationNextAnswered;
    default:
      return std::nullopt;
  }
}

}  // namespace enlace::text_keys
