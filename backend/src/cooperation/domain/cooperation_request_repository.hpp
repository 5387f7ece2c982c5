// Where cooperation requests and their steps are kept (implemented in cooperation/storage). Files
// attached to a step are stored by the meetings capability's FileRepository (one table of uploaded
// files for the whole installation); this repository keeps which files belong to which step.
#pragma once

#include <optional>
#include <vector>

#include "cooperation/domain/cooperation_request.hpp"
#include "kernel/domain/store.hpp"

namespace enlace {

class CooperationRequestRepository : public Repository {
 public:
  virtual ~CooperationRequestRepository() = default;
  // Stores a new request (its version 1) and returns it as stored, without steps.
  virtual CooperationRequest Create(const CooperationRequest& request) = 0;
  // The request with its steps and their files; nullopt when it is not in `process`.
  virtual std::optional<CooperationRequest> Find(ProcessId process, CooperationRequestId id) = 0;
  // Newest first, without steps.
  virtual std::vector<CooperationRequest> List(ProcessId process, const CooperationRequestFilter& filter) = 0;
  // Every open request of the process whose state waits on the Secretariat, without steps, with
  // the id of its last step; for the reminder job.
  virtual std::vector<std::pair<CooperationRequest, CooperationStepId>> WaitingOnSecretariat(ProcessId process) = 0;
  // Writes the fields, state and state_since when the stored version is `expected_version`, and
  // bumps it; false when stale.
  virtual bool Update(const CooperationRequest& request, std::int64_t expected_version) = 0;
  virtual CooperationStep AddStep(CooperationRequestId request, const CooperationStep& step) = 0;
  virtual void AttachFile(CooperationStepId step, AttachmentId file) = 0;
  // The step a file is attached to, when the file belongs to this request.
  virtual std::optional<CooperationStepId> StepOfFile(CooperationRequestId request, AttachmentId file) = 0;
};

}  // namespace enlace
