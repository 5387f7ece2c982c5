#include "cooperation/domain/cooperation_service.hpp"

#include "cooperation/domain/cooperation_json.hpp"
#include "cooperation/domain/cooperation_policy.hpp"
#include "cooperation/domain/cooperation_request_repository.hpp"
#include "cooperation/domain/reasons.hpp"
#include "kernel/domain/audit_download.hpp"
#include "kernel/domain/audit_log.hpp"
#include "kernel/domain/policy.hpp"
#include "kernel/domain/reasons.hpp"
#include "kernel/domain/text.hpp"
#include "meetings/domain/meeting_repository.hpp"
#include "meetings/domain/reasons.hpp"
#include "reference/domain/reference_repository.hpp"

namespace enlace {

namespace {

constexpr const char* kRecordType = "cooperation_request";

// The agreement the request follows, for its readers to find it.
void AttachAgreement(Transaction& transaction, CooperationRequest& request) {
  request.agreement_reference.reset();
  if (!request.fields.agreement) return;
  if (auto agreement =
          transaction.Get<MeetingRepository>().FindAgreement(request.process_id, *request.fields.agreement)) {
    request.agreement_reference =
        AgreementReference{agreement->id, agreement->meeting_id, agreement->number, agreement->text};
  }
}

// The request with its steps and agreement, as stored now.
CooperationRequest Reload(Transaction& transaction, ProcessId process, CooperationRequestId id) {
  auto stored = *transaction.Get<CooperationRequestRepository>().Find(process, id);
  AttachAgreement(transaction, stored);
  return stored;
}

// The request as the caller may see it: kNotFound when it is not in the process or the caller
// may not read it (so that nobody learns which ids exist).
Result<CooperationRequest> FindReadable(Transaction& transaction, const RequestContext& context,
                                        CooperationRequestId id) {
  auto found = transaction.Get<CooperationRequestRepository>().Find(context.process_id, id);
  if (!found) return std::unexpected(Error::NotFound());
  if (auto readable = policy::ReadCooperationRequest(context.actor, *found); !readable) {
    return std::unexpected(readable.error());
  }
  AttachAgreement(transaction, *found);
  return *found;
}

// The agreement a request refers to must be one of the process's.
Result<void> CheckAgreement(Transaction& transaction, const RequestContext& context,
                            const std::optional<AgreementId>& agreement) {
  if (!agreement) return {};
  if (*agreement <= 0 || !transaction.Get<MeetingRepository>().FindAgreement(context.process_id, *agreement)) {
    return std::unexpected(Error::Field("agreement", reasons::kUnknownAgreement));
  }
  return {};
}

// Note and files of a step: the note trimmed and limited, the files PDF, DOCX or XLSX by their
// content, each within the kernel's size limit.
Result<void> ValidateStepInput(CooperationStepInput& input) {
  input.note = Trim(input.note);
  FieldErrors errors;
  if (!IsValidUtf8(input.note)) {
    errors.Add("note", reasons::kInvalidValue);
  } else if (Utf8Length(input.note) > kMaximumNoteLength) {
    errors.Add("note", reasons::kTooLong, {{"max", std::to_string(kMaximumNoteLength)}});
  }
  if (input.files.size() > kMaximumFilesPerStep) {
    errors.Add("file", reasons::kTooMany, {{"max", std::to_string(kMaximumFilesPerStep)}});
  }
  for (const auto& file : input.files) {
    if (file.content.size() > kMaximumFileSize) {
      return std::unexpected(Error{.code = ErrorCode::kPayloadTooLarge,
                                   .reason = reasons::kFileTooLarge,
                                   .params = {{"max", std::to_string(kMaximumFileSize >> 20)}}});
    }
    if (!DetectDocumentType(file.content)) {
      errors.Add("file", reasons::kUnsupportedFileType);
      break;
    }
  }
  if (!errors.empty()) return std::unexpected(errors.ToError());
  return {};
}

// The name a download is offered under: the uploaded name without any folder.
std::string BaseName(const std::string& name) {
  auto slash = name.find_last_of("/\\");
  auto base = slash == std::string::npos ? name : name.substr(slash + 1);
  return base.empty() ? std::string("document") : base;
}

}  // namespace

CooperationService::CooperationService(Store& store, const SecretGenerator& secrets, const Clock& clock)
    : store_(store), secrets_(secrets), clock_(clock) {}

Result<std::vector<CooperationRequest>> CooperationService::List(const RequestContext& context,
                                                                 const CooperationRequestFilter& filter) {
  if (auto allowed = policy::ListCooperationRequests(context.actor); !allowed) return std::unexpected(allowed.error());
  auto transaction = store_.Begin(TransactionMode::kRead);
  auto requests = transaction->Get<CooperationRequestRepository>().List(context.process_id, filter);
  std::erase_if(requests, [&](const CooperationRequest& request) {
    return !policy::MayReadCooperationRequest(*context.actor, request);
  });
  return requests;
}

Result<CooperationRequest> CooperationService::Get(const RequestContext& context, CooperationRequestId id) {
  if (auto allowed = policy::SignedIn(context.actor); !allowed) return std::unexpected(allowed.error());
  auto transaction = store_.Begin(TransactionMode::kRead);
  return FindReadable(*transaction, context, id);
}

Result<CooperationRequest> CooperationService::Create(const RequestContext& context, CooperationRequestInput input) {
  input.country = Trim(input.country);
  if (input.country.empty() && context.actor && context.actor->country) input.country = *context.actor->country;
  if (auto allowed = policy::CreateCooperationRequest(context.actor, input.country); !allowed) {
    return std::unexpected(allowed.error());
  }
  auto now = clock_.Now();
  auto transaction = store_.Begin(TransactionMode::kWrite);
  auto reference = transaction->Get<ReferenceRepository>().Load(context.process_id);
  auto valid = ValidateCooperationRequest(input, reference);
  auto agreement = CheckAgreement(*transaction, context, input.agreement);
  if (!valid || !agreement) {
    FieldErrors errors;
    if (!valid)
      for (const auto& field : valid.error().fields) errors.Add(field);
    if (!agreement)
      for (const auto& field : agreement.error().fields) errors.Add(field);
    return std::unexpected(errors.ToError());
  }

  CooperationRequest request;
  request.process_id = context.process_id;
  request.fields = std::move(input);
  request.state = CooperationState::kDraft;
  request.state_since = now;
  request.created_by = PersonRef{context.actor->user_id, context.actor->name};
  request.created_at = request.updated_at = now;
  auto& repository = transaction->Get<CooperationRequestRepository>();
  auto created = repository.Create(request);
  CooperationStep step;
  step.action = CooperationAction::kCreate;
  step.to = CooperationState::kDraft;
  step.by = created.created_by;
  step.by_role = context.actor->role;
  step.at = now;
  repository.AddStep(created.id, step);
  auto stored = Reload(*transaction, context.process_id, created.id);
  AuditChange(*transaction, now, context, "cooperation_request.create", kRecordType, std::to_string(stored.id), nullptr,
              ToJson(stored, clock_.Today(), true));
  transaction->Commit();
  return stored;
}

Result<CooperationRequest> CooperationService::Update(const RequestContext& context, CooperationRequestId id,
                                                      const CooperationRequestChange& change,
                                                      std::optional<std::int64_t> expected_version) {
  if (auto allowed = policy::SignedIn(context.actor); !allowed) return std::unexpected(allowed.error());
  auto now = clock_.Now();
  auto transaction = store_.Begin(TransactionMode::kWrite);
  auto existing = FindReadable(*transaction, context, id);
  if (!existing) return std::unexpected(existing.error());
  if (auto allowed = policy::EditCooperationRequest(context.actor, *existing); !allowed) {
    return std::unexpected(allowed.error());
  }
  if (auto fresh = CheckVersion(expected_version, existing->version); !fresh) return std::unexpected(fresh.error());
  if (existing->state != CooperationState::kDraft) {
    return std::unexpected(
        Error::Conflict(IsFinished(existing->state) ? reasons::kCooperationFinished : reasons::kCooperationNotDraft));
  }
  auto reference = transaction->Get<ReferenceRepository>().Load(context.process_id);
  CooperationRequest updated = *existing;
  updated.fields = ApplyChange(existing->fields, change);
  auto valid = ValidateCooperationRequest(updated.fields, reference);
  auto agreement = CheckAgreement(*transaction, context, updated.fields.agreement);
  if (!valid || !agreement) {
    FieldErrors errors;
    if (!valid)
      for (const auto& field : valid.error().fields) errors.Add(field);
    if (!agreement)
      for (const auto& field : agreement.error().fields) errors.Add(field);
    return std::unexpected(errors.ToError());
  }
  updated.updated_at = now;
  auto& repository = transaction->Get<CooperationRequestRepository>();
  if (!repository.Update(updated, existing->version)) return std::unexpected(Error::StaleVersion());
  auto stored = Reload(*transaction, context.process_id, id);
  AuditChange(*transaction, now, context, "cooperation_request.update", kRecordType, std::to_string(id),
              ToJson(*existing, clock_.Today(), false), ToJson(stored, clock_.Today(), false));
  transaction->Commit();
  return stored;
}

Result<CooperationRequest> CooperationService::TakeStep(const RequestContext& context, CooperationRequestId id,
                                                        CooperationAction action, CooperationStepInput input,
                                                        std::optional<std::int64_t> expected_version) {
  if (auto allowed = policy::SignedIn(context.actor); !allowed) return std::unexpected(allowed.error());
  auto now = clock_.Now();
  auto transaction = store_.Begin(TransactionMode::kWrite);
  auto existing = FindReadable(*transaction, context, id);
  if (!existing) return std::unexpected(existing.error());
  if (auto allowed = policy::TakeCooperationStep(context.actor, *existing, action); !allowed) {
    return std::unexpected(allowed.error());
  }
  if (expected_version && *expected_version != existing->version) return std::unexpected(Error::StaleVersion());
  auto next = NextState(existing->state, action);
  if (!next) return std::unexpected(next.error());
  if (auto valid = ValidateStepInput(input); !valid) return std::unexpected(valid.error());

  const auto& actor = *context.actor;
  auto& repository = transaction->Get<CooperationRequestRepository>();
  CooperationRequest moved = *existing;
  moved.state = *next;
  moved.state_since = now;
  moved.updated_at = now;
  if (!repository.Update(moved, existing->version)) return std::unexpected(Error::StaleVersion());
  CooperationStep step;
  step.action = action;
  step.from = existing->state;
  step.to = *next;
  step.by = PersonRef{actor.user_id, actor.name};
  step.by_role = actor.role;
  if (!input.note.empty()) step.note = input.note;
  step.at = now;
  auto added = repository.AddStep(id, step);
  for (const auto& upload : input.files) {
    StoredFile file;
    file.file_name = BaseName(upload.file_name);
    file.content_type = *DetectDocumentType(upload.content);
    file.size = static_cast<std::int64_t>(upload.content.size());
    file.sha256 = secrets_.Sha256Hex(upload.content);
    file.uploaded_by = actor.user_id;
    file.uploaded_at = now;
    auto stored_file =
        transaction->Get<FileRepository>().Add(context.process_id, file, upload.content, std::nullopt, std::nullopt);
    repository.AttachFile(added.id, stored_file.id);
    added.files.push_back(stored_file);
  }
  auto stored = Reload(*transaction, context.process_id, id);
  auto after = ToJson(stored, clock_.Today(), false);
  after["step"] = ToJson(added);
  AuditChange(*transaction, now, context, "cooperation_request." + std::string(ToString(action)), kRecordType,
              std::to_string(id), ToJson(*existing, clock_.Today(), false), std::move(after));
  transaction->Commit();
  return stored;
}

Result<FileDownload> CooperationService::GetFile(const RequestContext& context, CooperationRequestId id,
                                                 AttachmentId file) {
  if (auto allowed = policy::SignedIn(context.actor); !allowed) return std::unexpected(allowed.error());
  FileDownload download;
  {
    auto transaction = store_.Begin(TransactionMode::kRead);
    auto request = FindReadable(*transaction, context, id);
    if (!request) return std::unexpected(request.error());
    if (!transaction->Get<CooperationRequestRepository>().StepOfFile(id, file))
      return std::unexpected(Error::NotFound());
    auto stored = transaction->Get<FileRepository>().Find(context.process_id, file);
    if (!stored) return std::unexpected(Error::NotFound());
    download = FileDownload{*stored, transaction->Get<FileRepository>().Content(file).value_or("")};
  }
  return AuditDownload(store_, clock_.Now(), context, "cooperation_request " + std::to_string(id), std::move(download));
}

}  // namespace enlace
