// Reading and verifying the audit log. (Writing to it is the kernel's: kernel/domain/audit_log.hpp.)
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <vector>

#include "kernel/domain/audit.hpp"
#include "kernel/domain/error.hpp"
#include "kernel/domain/store.hpp"

namespace enlace {

// The head of the chain at one moment, sealed with the audit key: kept outside the database (a
// file the deployment stores elsewhere), it lets `audit verify --checkpoint` find a chain that was
// cut after it, or rewritten and re-sealed up to it.
struct AuditCheckpoint {
  std::int64_t entries = 0;
  std::string head_hash;  // the seal of entry `entries` ("" when the log was empty)
  Timestamp at;
  std::string seal;  // of the three above
};
nlohmann::json ToJson(const AuditCheckpoint& checkpoint);
Result<AuditCheckpoint> AuditCheckpointFromJson(const nlohmann::json& json);

struct AuditVerification {
  bool intact = true;
  std::int64_t entries = 0;
  std::optional<std::int64_t> first_broken_id;
  std::string problem;  // what is wrong with the first broken entry
};

class AuditService {
 public:
  // `seal`: the audit key; without it nothing can be verified.
  AuditService(Store& store, const AuditSeal* seal, const Clock& clock);

  // Entries of the actor's process (and installation-wide ones such as failed sign-ins of unknown
  // addresses), newest first.
  Result<std::vector<AuditEntry>> List(const RequestContext& context, AuditFilter filter);
  // Recomputes the whole chain; with a checkpoint, also that the chain still reaches it unchanged.
  AuditVerification Verify(const AuditCheckpoint* checkpoint = nullptr);
  // The sealed head of the chain now.
  Result<AuditCheckpoint> Checkpoint();

 private:
  std::string CheckpointSeal(const AuditCheckpoint& checkpoint) const;

  Store& store_;
  const AuditSeal* seal_;
  const Clock& clock_;
};

}  // namespace enlace
