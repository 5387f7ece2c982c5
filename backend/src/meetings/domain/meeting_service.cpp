#include "meetings/domain/meeting_service.hpp"

#include <algorithm>
#include <set>

#include "kernel/domain/audit_download.hpp"
#include "kernel/domain/audit_log.hpp"
#include "kernel/domain/json.hpp"
#include "kernel/domain/policy.hpp"
#include "kernel/domain/reasons.hpp"
#include "kernel/domain/text.hpp"
#include "meetings/domain/meeting_json.hpp"
#include "meetings/domain/meeting_repository.hpp"
#include "meetings/domain/reasons.hpp"
#include "reference/domain/reference_repository.hpp"

namespace enlace {

MeetingService::MeetingService(Store& store, const SecretGenerator& secrets, const Clock& clock)
    : store_(store), secrets_(secrets), clock_(clock) {}

namespace {

std::vector<ScheduledMeeting> Calendar(Transaction& transaction, ProcessId process) {
  std::vector<ScheduledMeeting> calendar;
  for (const auto& meeting : transaction.Get<MeetingRepository>().List(process, MeetingFilter{})) {
    calendar.push_back(ScheduledMeeting{meeting.body, meeting.date, meeting.LastDay(), meeting.cancelled});
  }
  return calendar;
}

// A new meeting of the context's process from `input`, checked; not yet stored.
Result<Meeting> NewMeeting(Transaction& transaction, const RequestContext& context, const MeetingInput& input,
                           Timestamp now) {
  auto& meetings = transaction.Get<MeetingRepository>();
  Meeting base;
  base.process_id = context.process_id;
  base.created_at = base.updated_at = now;
  return ApplyMeetingInput(base, input, InputKind::kWhole,
                           transaction.Get<ReferenceRepository>().Load(context.process_id),
                           [&](MeetingId other) { return meetings.Find(context.process_id, other).has_value(); });
}

}  // namespace

Result<std::vector<Meeting>> MeetingService::List(const RequestContext& context, const MeetingFilter& filter) {
  if (auto allowed = policy::ReadMeetings(context.actor); !allowed) return std::unexpected(allowed.error());
  auto transaction = store_.Begin(TransactionMode::kRead);
  return transaction->Get<MeetingRepository>().List(context.process_id, filter);
}

Result<std::vector<MeetingDetail>> MeetingService::PublicRecord(const RequestContext& context) {
  auto transaction = store_.Begin(TransactionMode::kRead);
  std::vector<MeetingDetail> record;
  for (auto& meeting : transaction->Get<MeetingRepository>().List(context.process_id, MeetingFilter{})) {
    if (meeting.cancelled || meeting.report_status == ReportStatus::kDraft) continue;
    meeting.files.clear();
    MeetingDetail detail{
        meeting, transaction->Get<MeetingRepository>().Agreements(meeting.id),
        transaction->Get<CommitmentRepository>().List(context.process_id, CommitmentFilter{.meeting = meeting.id})};
    std::sort(detail.commitments.begin(), detail.commitments.end(),
              [](const Commitment& a, const Commitment& b) { return a.id < b.id; });
    record.push_back(std::move(detail));
  }
  std::sort(record.begin(), record.end(),
            [](const MeetingDetail& a, const MeetingDetail& b) { return a.meeting.date > b.meeting.date; });
  return record;
}

Result<MeetingDetail> MeetingService::Get(const RequestContext& context, MeetingId id) {
  if (auto allowed = policy::ReadMeetings(context.actor); !allowed) return std::unexpected(allowed.error());
  auto transaction = store_.Begin(TransactionMode::kRead);
  auto meeting = transaction->Get<MeetingRepository>().Find(context.process_id, id);
  if (!meeting) return std::unexpected(Error::NotFound());
  meeting->files = transaction->Get<FileRepository>().OfMeeting(id);
  MeetingDetail detail{
      *meeting, transaction->Get<MeetingRepository>().Agreements(id),
      transaction->Get<CommitmentRepository>().List(context.process_id, CommitmentFilter{.meeting = id})};
  // Within an agreement, commitments read in the order they were written down.
  std::sort(detail.commitments.begin(), detail.commitments.end(),
            [](const Commitment& a, const Commitment& b) { return a.id < b.id; });
  return detail;
}

Result<Meeting> MeetingService::Create(const RequestContext& context, const MeetingInput& input) {
  if (auto allowed = policy::ManageMeetings(context.actor); !allowed) return std::unexpected(allowed.error());
  auto now = clock_.Now();
  auto transaction = store_.Begin(TransactionMode::kWrite);
  auto meeting = NewMeeting(*transaction, context, input, now);
  if (!meeting) return std::unexpected(meeting.error());
  auto created = transaction->Get<MeetingRepository>().Create(*meeting);
  AuditCreation(*transaction, now, context, "meeting.create", "meeting", created);
  if (auto resolved = ResolveEventDeadlines(*transaction, context, context.process_id, now); !resolved) {
    return std::unexpected(resolved.error());
  }
  transaction->Commit();
  return created;
}

Result<void> MeetingService::CheckNew(const RequestContext& context, const MeetingInput& input) {
  if (auto allowed = policy::ManageMeetings(context.actor); !allowed) return std::unexpected(allowed.error());
  auto transaction = store_.Begin(TransactionMode::kRead);
  auto meeting = NewMeeting(*transaction, context, input, clock_.Now());
  if (!meeting) return std::unexpected(meeting.error());
  return {};
}

Result<Meeting> MeetingService::Update(const RequestContext& context, MeetingId id, const MeetingInput& input,
                                       std::optional<std::int64_t> expected_version) {
  if (auto allowed = policy::ManageMeetings(context.actor); !allowed) return std::unexpected(allowed.error());
  auto now = clock_.Now();
  auto transaction = store_.Begin(TransactionMode::kWrite);
  auto& meetings = transaction->Get<MeetingRepository>();
  auto existing = meetings.Find(context.process_id, id);
  if (!existing) return std::unexpected(Error::NotFound());
  if (auto fresh = CheckVersion(expected_version, existing->version); !fresh) return std::unexpected(fresh.error());
  auto reference = transaction->Get<ReferenceRepository>().Load(context.process_id);
  auto meeting = ApplyMeetingInput(*existing, input, InputKind::kChange, reference, [&](MeetingId other) {
    return meetings.Find(context.process_id, other).has_value();
  });
  if (!meeting) return std::unexpected(meeting.error());
  meeting->updated_at = now;
  auto stored = SaveVersioned(
      *transaction, now, context, VersionedChange<Meeting>{"meeting.update", "meeting", *existing, *meeting},
      [&](const Meeting& record, std::int64_t version) { return meetings.Update(record, version); },
      [&] { return meetings.Find(context.process_id, id); });
  if (!stored) return stored;
  if (existing->date != stored->date || existing->LastDay() != stored->LastDay() || existing->body != stored->body ||
      existing->cancelled != stored->cancelled) {
    if (auto resolved = ResolveEventDeadlines(*transaction, context, context.process_id, now); !resolved) {
      return std::unexpected(resolved.error());
    }
  }
  transaction->Commit();
  return stored;
}

Result<Agreement> MeetingService::AddAgreement(const RequestContext& context, MeetingId meeting_id,
                                               const AgreementInput& input) {
  if (auto allowed = policy::ManageMeetings(context.actor); !allowed) return std::unexpected(allowed.error());
  auto now = clock_.Now();
  auto transaction = store_.Begin(TransactionMode::kWrite);
  auto& meetings = transaction->Get<MeetingRepository>();
  if (!meetings.Find(context.process_id, meeting_id)) return std::unexpected(Error::NotFound());
  Agreement base;
  base.meeting_id = meeting_id;
  auto agreement = ApplyAgreementInput(base, input, transaction->Get<ReferenceRepository>().Load(context.process_id),
                                       meetings.Agreements(meeting_id));
  if (!agreement) return std::unexpected(agreement.error());
  auto created = meetings.CreateAgreement(*agreement);
  AuditCreation(*transaction, now, context, "agreement.create", "agreement", created);
  transaction->Commit();
  return created;
}

Result<Agreement> MeetingService::UpdateAgreement(const RequestContext& context, AgreementId id,
                                                  const AgreementInput& input,
                                                  std::optional<std::int64_t> expected_version) {
  if (auto allowed = policy::ManageMeetings(context.actor); !allowed) return std::unexpected(allowed.error());
  auto now = clock_.Now();
  auto transaction = store_.Begin(TransactionMode::kWrite);
  auto& meetings = transaction->Get<MeetingRepository>();
  auto existing = meetings.FindAgreement(context.process_id, id);
  if (!existing) return std::unexpected(Error::NotFound());
  if (auto fresh = CheckVersion(expected_version, existing->version); !fresh) return std::unexpected(fresh.error());
  auto agreement =
      ApplyAgreementInput(*existing, input, transaction->Get<ReferenceRepository>().Load(context.process_id),
                          meetings.Agreements(existing->meeting_id));
  if (!agreement) return std::unexpected(agreement.error());
  auto stored = SaveVersioned(
      *transaction, now, context, VersionedChange<Agreement>{"agreement.update", "agreement", *existing, *agreement},
      [&](const Agreement& record, std::int64_t version) { return meetings.UpdateAgreement(record, version); },
      [&] { return meetings.FindAgreement(context.process_id, id); });
  if (stored) transaction->Commit();
  return stored;
}

Result<void> MeetingService::DeleteAgreement(const RequestContext& context, AgreementId id) {
  if (auto allowed = policy::ManageMeetings(context.actor); !allowed) return std::unexpected(allowed.error());
  auto now = clock_.Now();
  auto transaction = store_.Begin(TransactionMode::kWrite);
  auto existing = transaction->Get<MeetingRepository>().FindAgreement(context.process_id, id);
  if (!existing) return std::unexpected(Error::NotFound());
  auto meeting = transaction->Get<MeetingRepository>().Find(context.process_id, existing->meeting_id);
  if (meeting->report_status != ReportStatus::kDraft) return std::unexpected(Error::Conflict(reasons::kReportNotDraft));
  auto commitments =
      transaction->Get<CommitmentRepository>().List(context.process_id, CommitmentFilter{.agreement = id});
  // Deleting would take the countries' answers, their updates and files with it.
  for (const auto& commitment : commitments) {
    if (!transaction->Get<CommitmentRepository>().Updates(commitment.id).empty()) {
      return std::unexpected(Error::Conflict(reasons::kAgreementHasAnswers));
    }
  }
  transaction->Get<MeetingRepository>().DeleteAgreement(id);
  auto before = ToJson(*existing);
  before["commitments"] = commitments.size();
  AuditChange(*transaction, now, context, "agreement.delete", "agreement", std::to_string(id), before, nullptr);
  transaction->Commit();
  return {};
}

Result<MeetingFile> MeetingService::AddFile(const RequestContext& context, MeetingId meeting_id,
                                            const UploadedFile& upload) {
  if (auto allowed = policy::ManageMeetings(context.actor); !allowed) return std::unexpected(allowed.error());
  if (upload.content.size() > kMaximumFileSize) {
    return std::unexpected(Error{.code = ErrorCode::kPayloadTooLarge,
                                 .reason = reasons::kFileTooLarge,
                                 .params = {{"max", std::to_string(kMaximumFileSize >> 20)}}});
  }
  auto type = DetectDocumentType(upload.content);
  if (!type) return std::unexpected(Error::Field("file", reasons::kUnsupportedFileType));
  std::string name = Trim(upload.file_name);
  // Keep the last path component only, and nothing that could break a header.
  if (auto slash = name.find_last_of("/\\"); slash != std::string::npos) name = name.substr(slash + 1);
  std::erase_if(name, [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == '"'; });
  if (name.empty() || !IsValidUtf8(name) || Utf8Length(name) > 200)
    return std::unexpected(Error::Field("file", reasons::kInvalidFileName));
  auto now = clock_.Now();
  auto transaction = store_.Begin(TransactionMode::kWrite);
  if (!transaction->Get<MeetingRepository>().Find(context.process_id, meeting_id))
    return std::unexpected(Error::NotFound());
  MeetingFile file;
  file.file_name = name;
  file.content_type = *type;
  file.size = static_cast<std::int64_t>(upload.content.size());
  file.sha256 = secrets_.Sha256Hex(upload.content);
  file.uploaded_by = context.actor->user_id;
  file.uploaded_at = now;
  auto stored =
      transaction->Get<FileRepository>().Add(context.process_id, file, upload.content, meeting_id, std::nullopt);
  auto audit = AuditRecordFor(context, "meeting.add_file", "file", std::to_string(stored.id));
  audit.after = {{"meeting", meeting_id},
                 {"file_name", stored.file_name},
                 {"content_type", stored.content_type},
                 {"size", stored.size},
                 {"sha256", stored.sha256}};
  transaction->audit().Append(audit, now);
  transaction->Commit();
  return stored;
}

Result<FileDownload> MeetingService::GetFile(const RequestContext& context, MeetingId meeting_id, AttachmentId id) {
  if (auto allowed = policy::ReadMeetings(context.actor); !allowed) return std::unexpected(allowed.error());
  FileDownload download;
  {
    auto transaction = store_.Begin(TransactionMode::kRead);
    auto file = transaction->Get<FileRepository>().Find(context.process_id, id);
    if (!file || transaction->Get<FileRepository>().Owner(id).first != std::optional<MeetingId>(meeting_id)) {
      return std::unexpected(Error::NotFound());
    }
    download = FileDownload{*file, transaction->Get<FileRepository>().Content(id).value_or("")};
  }
  return AuditDownload(store_, clock_.Now(), context, "meeting " + std::to_string(meeting_id), std::move(download));
}

Result<std::string> MeetingService::FileRange(const RequestContext& context, MeetingId meeting_id, AttachmentId id,
                                              std::int64_t offset, std::int64_t length) {
  if (auto allowed = policy::ReadMeetings(context.actor); !allowed) return std::unexpected(allowed.error());
  auto transaction = store_.Begin(TransactionMode::kRead);
  auto& files = transaction->Get<FileRepository>();
  if (!files.Find(context.process_id, id) || files.Owner(id).first != std::optional<MeetingId>(meeting_id)) {
    return std::unexpected(Error::NotFound());
  }
  auto bytes = files.ContentRange(id, offset, length);
  if (!bytes) return std::unexpected(Error::NotFound());
  return std::move(*bytes);
}

namespace {

// Whose packages a person's download counts among: their country, else their organisation, else
// the Secretariat ("TS").
std::string MeetingPackageDelegation(const Actor& actor) {
  if (actor.country) return *actor.country;
  if (actor.organization) return *actor.organization;
  if (actor.IsSecretariat()) return "TS";
  return "user-" + std::to_string(static_cast<long long>(actor.user_id));
}

}  // namespace

Result<std::optional<MeetingPackageRecord>> MeetingService::PreviousPackage(const RequestContext& context,
                                                                            MeetingId meeting_id,
                                                                            std::optional<std::int64_t> since) {
  if (auto allowed = policy::ReadMeetings(context.actor); !allowed) return std::unexpected(allowed.error());
  auto transaction = store_.Begin(TransactionMode::kRead);
  auto& packages = transaction->Get<MeetingPackageRepository>();
  if (since) {
    auto found = packages.Find(context.process_id, meeting_id, *since);
    if (!found) return std::unexpected(Error::NotFound());
    return std::optional<MeetingPackageRecord>(std::move(*found));
  }
  return packages.LastOf(context.process_id, meeting_id, MeetingPackageDelegation(*context.actor));
}

Result<MeetingPackageRecord> MeetingService::RecordPackage(const RequestContext& context, MeetingId meeting_id,
                                                           const std::string& language, const std::string& manifest,
                                                           const std::vector<MeetingFile>& files,
                                                           std::optional<std::int64_t> compared_with,
                                                           const std::vector<PackageDocument>& documents) {
  if (auto allowed = policy::ReadMeetings(context.actor); !allowed) return std::unexpected(allowed.error());
  auto now = clock_.Now();
  MeetingPackageRecord record;
  record.meeting_id = meeting_id;
  record.delegation = MeetingPackageDelegation(*context.actor);
  record.downloaded_by = context.actor->user_id;
  record.language = language;
  record.manifest = manifest;
  record.downloaded_at = now;
  auto transaction = store_.Begin(TransactionMode::kWrite);
  auto stored = transaction->Get<MeetingPackageRepository>().Add(context.process_id, record);
  auto audit = AuditRecordFor(context, "meeting.package", "meeting_package", std::to_string(stored.id));
  nlohmann::json listed = nlohmann::json::array();
  for (const auto& file : files) {
    listed.push_back({{"id", file.id}, {"file_name", file.file_name}, {"sha256", file.sha256}, {"size", file.size}});
  }
  nlohmann::json packaged = nlohmann::json::array();
  for (const auto& document : documents) {
    for (const auto& file : document.files) {
      packaged.push_back({{"document", document.id},
                          {"version", document.version},
                          {"language", file.language},
                          {"file", file.file.id},
                          {"sha256", file.file.sha256},
                          {"size", file.file.size}});
    }
  }
  audit.after = {{"meeting", meeting_id},
                 {"language", language},
                 {"delegation", stored.delegation},
                 {"files", listed},
                 {"documents", packaged},
                 {"since", compared_with ? nlohmann::json(*compared_with) : nlohmann::json(nullptr)}};
  transaction->audit().Append(audit, now);
  transaction->Commit();
  return stored;
}

Result<void> MeetingService::DeleteFile(const RequestContext& context, MeetingId meeting_id, AttachmentId id) {
  if (auto allowed = policy::ManageMeetings(context.actor); !allowed) return std::unexpected(allowed.error());
  auto now = clock_.Now();
  auto transaction = store_.Begin(TransactionMode::kWrite);
  auto file = transaction->Get<FileRepository>().Find(context.process_id, id);
  if (!file || transaction->Get<FileRepository>().Owner(id).first != std::optional<MeetingId>(meeting_id)) {
    return std::unexpected(Error::NotFound());
  }
  transaction->Get<FileRepository>().Delete(id);
  auto audit = AuditRecordFor(context, "meeting.delete_file", "file", std::to_string(id));
  audit.before = {{"meeting", meeting_id}, {"file_name", file->file_name}, {"sha256", file->sha256}};
  transaction->audit().Append(audit, now);
  transaction->Commit();
  return {};
}

Result<void> ResolveEventDeadlines(Transaction& transaction, const RequestContext& context, ProcessId process,
                                   Timestamp now) {
  auto calendar = Calendar(transaction, process);
  std::map<MeetingId, Meeting> sources;
  for (auto commitment :
       transaction.Get<CommitmentRepository>().List(process, CommitmentFilter{.only_event_deadlines = true})) {
    if (!commitment.deadline.event) continue;
    auto source = sources.find(commitment.meeting_id);
    if (source == sources.end()) {
      auto meeting = transaction.Get<MeetingRepository>().Find(process, commitment.meeting_id);
      if (!meeting) continue;
      source = sources.emplace(commitment.meeting_id, *meeting).first;
    }
    // The source meeting itself is not "the next meeting" of its own body.
    std::vector<ScheduledMeeting> others;
    for (const auto& scheduled : calendar) {
      if (!(scheduled.body == source->second.body && scheduled.start == source->second.date))
        others.push_back(scheduled);
    }
    auto due = ResolveEventDeadline(*commitment.deadline.event, source->second.date, source->second.LastDay(), others);
    if (due == commitment.deadline.due) continue;
    Commitment resolved = commitment;
    resolved.deadline.due = due;
    resolved.updated_at = now;
    auto& repository = transaction.Get<CommitmentRepository>();
    auto stored = SaveVersioned(
        transaction, now, context,
        VersionedChange<Commitment>{"commitment.resolve_deadline", "commitment", commitment, resolved},
        [&](const Commitment& record, std::int64_t version) { return repository.Update(record, version); },
        [&] { return repository.Find(process, commitment.id); });
    if (!stored) return std::unexpected(stored.error());
  }
  return {};
}

}  // namespace enlace
