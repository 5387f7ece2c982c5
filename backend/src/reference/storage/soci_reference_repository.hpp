// The reference repository over SOCI.
#pragma once

#include <soci/soci.h>

#include "kernel/storage/storage_module.hpp"
#include "reference/domain/reference_repository.hpp"

namespace enlace::storage {

class SociReferenceRepository final : public ReferenceRepository {
 public:
  explicit SociReferenceRepository(Connection& connection) : session_(connection.session) {}
  std::optional<Process> FindProcess(std::string_view code) override;
  std::optional<Process> FindProcess(ProcessId id) override;
  std::vector<Process> ListProcesses() override;
  ProcessId Upsert(const ReferenceData& data, Timestamp now) override;
  ReferenceData Load(ProcessId process) override;

 private:
  soci::session& session_;
};

// Registers the reference capability's repositories.
void RegisterReferenceRepositories(RepositoryRegistry& registry);

}  // namespace enlace::storage
