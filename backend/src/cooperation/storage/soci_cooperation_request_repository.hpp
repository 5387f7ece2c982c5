// Cooperation requests and their steps over SOCI, for SQLite and PostgreSQL alike.
#pragma once

#include <soci/soci.h>

#include "cooperation/domain/cooperation_request_repository.hpp"
#include "kernel/storage/storage_module.hpp"

namespace enlace::storage {

class SociCooperationRequestRepository final : public CooperationRequestRepository {
 public:
  explicit SociCooperationRequestRepository(Connection& connection) : session_(connection.session) {}
  CooperationRequest Create(const CooperationRequest& request) override;
  std::optional<CooperationRequest> Find(ProcessId process, CooperationRequestId id) override;
  std::vector<CooperationRequest> List(ProcessId process, const CooperationRequestFilter& filter) override;
  std::vector<std::pair<CooperationRequest, CooperationStepId>> WaitingOnSecretariat(ProcessId process) override;
  bool Update(const CooperationRequest& request, std::int64_t expected_version) override;
  CooperationStep AddStep(CooperationRequestId request, const CooperationStep& step) override;
  void AttachFile(CooperationStepId step, AttachmentId file) override;
  std::optional<CooperationStepId> StepOfFile(CooperationRequestId request, AttachmentId file) override;

 private:
  soci::session& session_;
};

void RegisterCooperationRepositories(RepositoryRegistry& registry);

}  // namespace enlace::storage
