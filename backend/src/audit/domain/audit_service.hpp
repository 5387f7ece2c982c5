// Reading and verifying the audit log. (Writing to it is the kernel's: kernel/domain/audit_log.hpp.)
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
  // Recomputes the whole chain.
  AuditVerification Verify();

 private:
  Store& store_;
  const SecretGenerator& secrets_;
  const Clock& clock_;
};

}  // namespace enlace
