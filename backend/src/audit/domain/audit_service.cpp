#include "audit/domain/audit_service.hpp"

#include "kernel/domain/policy.hpp"
#include "kernel/domain/reasons.hpp"

namespace enlace {

nlohmann::json ToJson(const AuditCheckpoint& checkpoint) {
  return {{"format", "enlace-audit-checkpoint/1"},
          {"entries", checkpoint.entries},
          {"head_hash", checkpoint.head_hash},
          {"at", FormatIsoTimestamp(checkpoint.at)},
          {"seal", checkpoint.seal}};
}

Result<AuditCheckpoint> AuditCheckpointFromJson(const nlohmann::json& json) {
  auto invalid = std::unexpected(Error::Invalid(reasons::kInvalidValue, "not an enlace audit checkpoint"));
  if (!json.is_object() || json.value("format", "") != "enlace-audit-checkpoint/1") return invalid;
  AuditCheckpoint checkpoint;
  if (!json.contains("entries") || !json["entries"].is_number_integer()) return invalid;
  checkpoint.entries = json["entries"].get<std::int64_t>();
  if (!json.contains("head_hash") || !json["head_hash"].is_string()) return invalid;
  checkpoint.head_hash = json["head_hash"].get<std::string>();
  auto at =
      json.contains("at") && json["at"].is_string() ? ParseIsoTimestamp(json["at"].get<std::string>()) : std::nullopt;
  if (!at) return invalid;
  checkpoint.at = *at;
  if (!json.contains("seal") || !json["seal"].is_string()) return invalid;
  checkpoint.seal = json["seal"].get<std::string>();
  return checkpoint;
}

AuditService::AuditService(Store& store, const AuditSeal* seal, const Clock& clock)
    : store_(store), seal_(seal), clock_(clock) {}

Result<std::vector<AuditEntry>> AuditService::List(const RequestContext& context, AuditFilter filter) {
  if (auto allowed = policy::ReadAudit(context.actor); !allowed) return std::unexpected(allowed.error());
  filter.process_id = context.process_id;
  if (filter.limit <= 0 || filter.limit > 500) filter.limit = 50;
  auto transaction = store_.Begin(TransactionMode::kRead);
  return transaction->audit().List(filter);
}

std::string AuditService::CheckpointSeal(const AuditCheckpoint& checkpoint) const {
  return seal_->Seal("enlace-audit-checkpoint/1|" + std::to_string(checkpoint.entries) + "|" + checkpoint.head_hash +
                     "|" + FormatIsoTimestamp(checkpoint.at));
}

AuditVerification AuditService::Verify(const AuditCheckpoint* checkpoint) {
  AuditVerification result;
  auto broken = [&result](std::int64_t id, std::string problem) {
    if (!result.intact) return;
    result.intact = false;
    result.first_broken_id = id;
    result.problem = std::move(problem);
  };
  if (!seal_) {
    broken(0, "no audit key: the chain cannot be checked");
    return result;
  }
  if (checkpoint && CheckpointSeal(*checkpoint) != checkpoint->seal) {
    broken(0, "the checkpoint was not sealed with this audit key, or was changed");
    return result;
  }
  auto transaction = store_.Begin(TransactionMode::kRead);
  std::string previous_hash;
  std::int64_t last_id = 0;
  constexpr int kPage = 1000;
  while (true) {
    auto page = transaction->audit().Chain(last_id, kPage);
    for (const auto& entry : page) {
      ++result.entries;
      if (entry.id != last_id + 1) {
        broken(entry.id, "entry " + std::to_string(last_id + 1) + " is missing");
      } else if (entry.previous_hash != previous_hash) {
        broken(entry.id, "previous seal does not match the entry before it");
      } else if (seal_->Seal(AuditCanonicalText(entry)) != entry.hash) {
        broken(entry.id, "content does not match its seal (changed, or sealed with another key)");
      }
      if (checkpoint && entry.id == checkpoint->entries && entry.hash != checkpoint->head_hash) {
        broken(entry.id, "entry differs from the checkpoint of " + FormatIsoTimestamp(checkpoint->at));
      }
      previous_hash = entry.hash;
      last_id = entry.id;
    }
    if (static_cast<int>(page.size()) < kPage) break;
  }
  if (checkpoint && last_id < checkpoint->entries) {
    broken(last_id + 1, "the log ends at entry " + std::to_string(last_id) + " but the checkpoint of " +
                            FormatIsoTimestamp(checkpoint->at) + " saw " + std::to_string(checkpoint->entries) +
                            " entries: the chain was cut");
  }
  return result;
}

Result<AuditCheckpoint> AuditService::Checkpoint() {
  if (!seal_) return std::unexpected(Error::Of(ErrorCode::kConflict, reasons::kAuditKeyMissing));
  auto transaction = store_.Begin(TransactionMode::kRead);
  AuditCheckpoint checkpoint;
  std::int64_t last_id = 0;
  constexpr int kPage = 1000;
  while (true) {
    auto page = transaction->audit().Chain(last_id, kPage);
    if (!page.empty()) {
      last_id = page.back().id;
      checkpoint.entries = page.back().id;
      checkpoint.head_hash = page.back().hash;
    }
    if (static_cast<int>(page.size()) < kPage) break;
  }
  checkpoint.at = clock_.Now();
  checkpoint.seal = CheckpointSeal(checkpoint);
  return checkpoint;
}

}  // namespace enlace
