// Contact points (M14): who a country names for a network and a topic, for a term.
//
// A country proposes a person; the Technical Secretariat confirms. A person is never deleted: when
// someone else is confirmed for the same country × network × topic, the previous term is closed
// (valid_to set, status "ended"), so that the history of who held the post survives staff changes.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "kernel/domain/date.hpp"
#include "kernel/domain/error.hpp"
#include "kernel/domain/role.hpp"
#include "reference/domain/reference.hpp"

namespace enlace {

using ContactPointId = Id<struct ContactPointTag>;

enum class ContactPointStatus { kProposed, kConfirmed, kRejected, kEnded };
std::string_view ToString(ContactPointStatus status);
std::optional<ContactPointStatus> ParseContactPointStatus(std::string_view text);

// The fields a person types.
struct ContactPointInput {
  std::string country;
  std::string network;
  std::string topic;
  std::string name;
  std::string position;
  std::string institution;
  std::string email;
  std::string phone;
  std::vector<std::string> languages;
  std::optional<Date> valid_from;
  std::optional<Date> valid_to;
  bool operator==(const ContactPointInput&) const = default;
};

// A partial edit: absent fields keep their value.
struct ContactPointChange {
  std::optional<std::string> country;
  std::optional<std::string> network;
  std::optional<std::string> topic;
  std::optional<std::string> name;
  std::optional<std::string> position;
  std::optional<std::string> institution;
  std::optional<std::string> email;
  std::optional<std::string> phone;
  std::optional<std::vector<std::string>> languages;
  std::optional<Date> valid_from;
  std::optional<std::optional<Date>> valid_to;
};

struct UserRef {
  UserId id;
  std::string name;
};

struct ContactPoint {
  ContactPointId id;
  ProcessId process_id;
  ContactPointInput fields;
  ContactPointStatus status = ContactPointStatus::kProposed;
  UserRef proposed_by;
  std::optional<UserRef> confirmed_by;
  std::optional<Timestamp> confirmed_at;
  std::optional<std::string> rejection_reason;
  std::int64_t version = 1;
  Timestamp created_at{};
  Timestamp updated_at{};
};

struct ContactPointFilter {
  std::optional<std::string> country;
  std::optional<std::string> network;
  std::optional<std::string> topic;
  std::optional<ContactPointStatus> status;
  bool include_history = false;  // ended and rejected terms too
};

// Checks the input against the process's reference data and the field rules of docs/api.md.
// Returns every problem at once. Text fields are trimmed in place.
Result<void> ValidateContactPoint(ContactPointInput& input, const ReferenceData& reference);
ContactPointInput ApplyChange(ContactPointInput base, const ContactPointChange& change);

}  // namespace enlace
