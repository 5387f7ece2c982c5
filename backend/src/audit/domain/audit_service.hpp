// Reading and verifying the audit log, and recording refusals that happen before a service runs
// (an unauthenticated write, a failed CSRF check, a validation error).
#pragma once

#include <optional>
#include <vector>

#include "kernel/domain/audit.hpp"
#include "kernel/domain/error.hpp"
#include "kernel/domain/secrets.hpp"
#include "kernel/domain/store.hpp"

namespace enlace {

struct AuditVerification {
  bool intact = true;
  std::int64_t entries = 0;
  std::optional<std::int64_t> first_broken_id;
  std::string problem;  // what is wrong with the first broken entry
};

class AuditService {
 public:
  AuditService(Store& store, const SecretGenerator& secrets, const Clock& clock);

  // Entries of the actor's process (and installation-wide ones such as failed sign-ins of unknown
  // addresses), newest first.
  Result<std::vector<AuditEntry>> List(const RequestContext& context, AuditFilter filter);
  // Appends an entry for a write that was refused or failed with `error`.
  void RecordRefusal(const RequestContext& context, const std::string& action, const std::string& record_type,
                     const std::string& record_id, const Error& error);
  // Recomputes the whole chain.
  AuditVerification Verify();

 private:
  Store& store_;
  const SecretGenerator& secrets_;
  const Clock& clock_;
};

}  // namespace enlace
