#include "kernel/domain/audit.hpp"

namespace enlace {

std::string_view ToString(AuditOutcome outcome) {
  switch (outcome) {
    case AuditOutcome::kOk:
      return "ok";
    case AuditOutcome::kDenied:
      return "denied";
    case AuditOutcome::kFailed:
      return "failed";
  }
  return "ok";
}

std::optional<AuditOutcome> ParseAuditOutcome(std::string_view text) {
  if (text == "ok") return AuditOutcome::kOk;
  if (text == "denied") return AuditOutcome::kDenied;
  if (text == "failed") return AuditOutcome::kFailed;
  return std::nullopt;
}

std::string AuditCanonicalText(const AuditEntry& entry) {
  const auto& r = entry.record;
  // An array, not an object, so that the order of fields is part of the format.
  nlohmann::json canonical = nlohmann::json::array({
      entry.id,
      FormatIsoTimestamp(entry.at),
      r.process_id ? nlohmann::json(*r.process_id) : nlohmann::json(nullptr),
      r.actor_id ? nlohmann::json(*r.actor_id) : nlohmann::json(nullptr),
      r.actor_email,
      r.actor_name,
      r.action,
      ToString(r.outcome),
      r.record_type,
      r.record_id,
      r.before.dump(),
      r.after.dump(),
      r.reason,
      r.request_id,
      r.ip,
      entry.previous_hash,
  });
  return canonical.dump();
}

AuditRecord AuditRecordFor(const RequestContext& context, std::string action, std::string record_type,
                           std::string record_id) {
  AuditRecord record;
  record.process_id = context.process_id ? std::optional<ProcessId>(context.process_id) : std::nullopt;
  if (context.actor) {
    record.actor_id = context.actor->user_id;
    record.actor_email = context.actor->email;
    record.actor_name = context.actor->name;
  }
  record.action = std::move(action);
  record.record_type = std::move(record_type);
  record.record_id = std::move(record_id);
  record.request_id = context.request_id;
  record.ip = context.ip;
  return record;
}

}  // namespace enlace
