// The audit log over SOCI: the one repository the kernel owns.
#pragma once

#include <soci/soci.h>

#include "kernel/storage/storage_module.hpp"

namespace enlace::storage {

class SociAuditRepository final : public AuditRepository {
 public:
  explicit SociAuditRepository(Connection& connection)
      : session_(connection.session),
        dialect_(connection.dialect),
        writable_(connection.mode == TransactionMode::kWrite),
        seal_(connection.audit_seal) {}
  AuditEntry Append(const AuditRecord& record, Timestamp now) override;
  std::vector<AuditEntry> List(const AuditFilter& filter) override;
  std::vector<AuditEntry> Chain(std::int64_t after_id, int limit) override;

 private:
  soci::session& session_;
  Dialect dialect_;
  bool writable_;
  const AuditSeal* seal_;
};

}  // namespace enlace::storage
