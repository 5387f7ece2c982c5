// The audit log (M28): an append-only record of every write, every refused write and every login
// attempt — who, when, what, on which record, the record before and after. Each entry carries the
// seal of the previous one, so that changing or removing a stored entry breaks the chain and
// `enlace audit verify` names the first broken entry. The seal is a keyed MAC (HMAC-SHA256) under a
// key kept outside the database: whoever can write the database cannot recompute the chain.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "kernel/domain/date.hpp"
#include "kernel/domain/role.hpp"

namespace enlace {

enum class AuditOutcome { kOk, kDenied, kFailed };
std::string_view ToString(AuditOutcome outcome);
std::optional<AuditOutcome> ParseAuditOutcome(std::string_view text);

// Seals the audit chain: a keyed MAC of an entry's canonical text, as lowercase hex. The key is never
// stored in the database (kernel/crypto/audit_key.hpp reads it from a file the deployment keeps).
class AuditSeal {
 public:
  virtual ~AuditSeal() = default;
  virtual std::string Seal(std::string_view text) const = 0;
};

// What a service or the HTTP layer asks to be recorded.
struct AuditRecord {
  std::optional<ProcessId> process_id;
  std::optional<UserId> actor_id;
  std::string actor_email;  // also for failed logins, where there is no user
  std::string actor_name;
  std::string action;  // "contact_point.confirm", "session.create", ...
  AuditOutcome outcome = AuditOutcome::kOk;
  std::string record_type;  // "contact_point", "user", "session", ...
  std::string record_id;
  nlohmann::json before;  // null when there was nothing before
  nlohmann::json after;   // null when there is nothing after, or the write was refused
  std::string reason;     // for refusals: the error reason
  std::string request_id;
  std::string ip;
};

// A stored entry: the record plus its place in the chain.
struct AuditEntry {
  std::int64_t id = 0;
  Timestamp at{};
  AuditRecord record;
  std::string previous_hash;
  std::string hash;
};

struct AuditFilter {
  std::optional<ProcessId> process_id;
  std::optional<std::string> actor;   // e-mail, substring
  std::optional<std::string> action;  // prefix: "contact_point" matches every contact_point.* action
  std::optional<std::string> record_type;
  std::optional<std::string> record_id;
  std::optional<AuditOutcome> outcome;
  std::optional<Timestamp> from;
  std::optional<Timestamp> to;
  std::optional<std::int64_t> before_id;  // cursor: entries older than this id
  int limit = 50;
};

// The canonical text that is hashed for an entry: every field, in a fixed order, plus the previous
// hash. Changing any stored field changes it.
std::string AuditCanonicalText(const AuditEntry& entry);

// A RequestContext as the audit log names who acted.
AuditRecord AuditRecordFor(const RequestContext& context, std::string action, std::string record_type,
                           std::string record_id);

}  // namespace enlace
