#include "audit/domain/audit_service.hpp"

#include "kernel/domain/policy.hpp"

namespace enlace {

AuditService::AuditService(Store& store, const SecretGenerator& secrets, const Clock& clock)
    : store_(store), secrets_(secrets), clock_(clock) {}

Result<std::vector<AuditEntry>> AuditService::List(const RequestContext& context, AuditFilter filter) {
  if (auto allowed = policy::ReadAudit(context.actor); !allowed) return std::unexpected(allowed.error());
  filter.process_id = context.process_id;
  if (filter.limit <= 0 || filter.limit > 500) filter.limit = 50;
  auto transaction = store_.Begin(TransactionMode::kRead);
  return transaction->audit().List(filter);
}

AuditVerification AuditService::Verify() {
  AuditVerification result;
  auto transaction = store_.Begin(TransactionMode::kRead);
  std::string previous_hash;
  std::int64_t last_id = 0;
  constexpr int kPage = 1000;
  while (true) {
    auto page = transaction->audit().Chain(last_id, kPage);
    for (const auto& entry : page) {
      ++result.entries;
      std::string problem;
      if (entry.id != last_id + 1) {
        problem = "entry " + std::to_string(last_id + 1) + " is missing";
      } else if (entry.previous_hash != previous_hash) {
        problem = "previous hash does not match the entry before it";
      } else if (secrets_.Sha256Hex(AuditCanonicalText(entry)) != entry.hash) {
        problem = "content does not match its hash";
      }
      if (!problem.empty() && result.intact) {
        result.intact = false;
        result.first_broken_id = entry.id;
        result.problem = problem;
      }
      previous_hash = entry.hash;
      last_id = entry.id;
    }
    if (static_cast<int>(page.size()) < kPage) break;
  }
  return result;
}

}  // namespace enlace
