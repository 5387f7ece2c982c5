// Cooperation requests (M17): what countries and the Technical Secretariat do with them. Every
// operation opens one transaction, asks the policy (cooperation_policy.hpp) and then the state
// machine (cooperation_request.hpp), writes, and appends its audit entry in the same transaction;
// a failure anywhere leaves nothing behind. Refused writes are recorded by the HTTP pipeline.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "cooperation/domain/cooperation_request.hpp"
#include "kernel/domain/error.hpp"
#include "kernel/domain/files.hpp"
#include "kernel/domain/secrets.hpp"
#include "kernel/domain/store.hpp"

namespace enlace {

// What comes with a step: an optional note and files (PDF, DOCX or XLSX).
struct CooperationStepInput {
  std::string note;
  std::vector<UploadedFile> files;
};

class CooperationService {
 public:
  CooperationService(Store& store, const SecretGenerator& secrets, const Clock& clock);

  // The requests the caller may read, newest first. Observers, civil society: kForbidden.
  Result<std::vector<CooperationRequest>> List(const RequestContext& context, const CooperationRequestFilter& filter);
  // One request with its steps; kNotFound also when the caller may not read it.
  Result<CooperationRequest> Get(const RequestContext& context, CooperationRequestId id);
  // A new draft. `country` defaults to the officer's own; another country is wrong_country.
  Result<CooperationRequest> Create(const RequestContext& context, CooperationRequestInput input);
  // Edits a draft; needs the version it started from (428 without, 412 when stale).
  Result<CooperationRequest> Update(const RequestContext& context, CooperationRequestId id,
                                    const CooperationRequestChange& change,
                                    std::optional<std::int64_t> expected_version);
  // Takes a step (send, forward, answer, close, withdraw). A version, when given, must be the
  // current one; without it the step applies to the request as it is now (the state machine
  // still refuses a step its state does not allow).
  Result<CooperationRequest> TakeStep(const RequestContext& context, CooperationRequestId id, CooperationAction action,
                                      CooperationStepInput input,
                                      std::optional<std::int64_t> expected_version = std::nullopt);
  // A file attached to one of the request's steps, for whoever may read the request.
  Result<FileDownload> GetFile(const RequestContext& context, CooperationRequestId id, AttachmentId file);

 private:
  Store& store_;
  const SecretGenerator& secrets_;
  const Clock& clock_;
};

}  // namespace enlace
