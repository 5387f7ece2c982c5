#include "meetings/domain/meeting_service.hpp"

#include <algorithm>
#include <set>

#include "kernel/domain/json.hpp"
#include "meetings/domain/meeting_json.hpp"
#include "kernel/domain/policy.hpp"
#include "kernel/domain/text.hpp"
#include "kernel/domain/reasons.hpp"
#include "meetings/domain/reasons.hpp"
#include "reference/domain/reference_repository.hpp"
#include "meetings/domain/meeting_repository.hpp"

namespace enlace {

MeetingService::MeetingService(Store& store, const SecretGenerator& secrets, const Clock& clock)
    : store_(store), secrets_(secrets), clock_(clock) {}

bool IsValidAgreementNumber(std::string_view number) {
  // "7", "12", "2.a", "2.b", "10.c": digits, optionally a dot and one or two lower-case letters.
  std::size_t i = 0;
  while (i < number.size() && std::isdigit(static_cast<unsigned char>(number[i]))) ++i;
  if (i == 0 || i > 3) return false;
  if (i == number.size()) return true;
  if (number[i] != '.' || i + 1 >= number.size() || number.size() - i - 1 > 2) return false;
  for (++i; i < number.size(); ++i) {
    if (number[i] < 'a' || number[i] > 'z') return false;
  }
  return true;
}

int AgreementPosition(std::string_view number) {
  int main = 0;
  std::size_t i = 0;
  while (i < number.size() && std::isdigit(static_cast<unsigned char>(number[i])))
    main = main * 10 + (number[i++] - '0');
  int sub = 0;
  if (i < number.size() && number[i] == '.') {
    for (++i; i < number.size(); ++i) sub = sub * 27 + (number[i] - 'a' + 1);
  }
  return main * 1000 + sub;
}

namespace {

bool IsKnownBody(const ReferenceData& reference, std::string_view code) {
  return std::any_of(reference.organizations.begin(), reference.organizations.end(),
                     [&](const Organization& o) { return o.code == code; }) ||
         std::any_of(reference.networks.begin(), reference.networks.end(),
                     [&](const Network& n) { return n.code == code; });
}

bool IsKnownParticipant(const ReferenceData& reference, std::string_view code) {
  return std::any_of(reference.countries.begin(), reference.countries.end(),
                     [&](const Country& c) { return c.code == code; }) ||
         IsKnownBody(reference, code);
}

void CheckLocalized(FieldErrors& errors, const std::string& field, const LocalizedText& text, std::size_t max) {
  for (const auto* language : {"es", "en"}) {
    const auto& value = text.Get(language);
    if (value && (Utf8Length(*value) > max || !IsValidUtf8(*value))) {
      errors.Add(field + "." + language, reasons::kTooLong, {{"max", std::to_string(max)}});
    }
  }
}

Meeting Apply(Meeting meeting, const MeetingInput& input) {
  if (input.body) meeting.body = Trim(*input.body);
  if (input.type) {
    if (auto type = ParseMeetingType(*input.type)) meeting.type = *type;
  }
  if (input.title) meeting.title = *input.title;
  if (input.place) meeting.place = Place{Trim(input.place->city), Trim(input.place->country)};
  if (input.date) meeting.date = *input.date;
  if (input.date_end) meeting.date_end = *input.date_end;
  if (input.participants) {
    std::vector<std::string> unique;
    for (auto code : *input.participants) {
      code = Trim(code);
      if (!code.empty() && std::find(unique.begin(), unique.end(), code) == unique.end()) unique.push_back(code);
    }
    meeting.participants = unique;
  }
  if (input.agenda) meeting.agenda = *input.agenda;
  if (input.video_link) meeting.video_link = *input.video_link;
  if (input.cancelled) meeting.cancelled = *input.cancelled;
  if (input.report_status) {
    if (auto status = ParseReportStatus(*input.report_status)) meeting.report_status = *status;
  }
  if (input.submitted_to) meeting.submitted_to = *input.submitted_to;
  if (input.considered_at) meeting.considered_at = *input.considered_at;
  if (meeting.date_end && *meeting.date_end == meeting.date) meeting.date_end.reset();
  return meeting;
}

// Field errors for values that Apply could not take (an unknown type or status).
void CheckEnumerations(FieldErrors& errors, const MeetingInput& input) {
  if (input.type && !ParseMeetingType(*input.type)) errors.Add("type", reasons::kInvalidValue);
  if (input.report_status && !ParseReportStatus(*input.report_status)) errors.Add("report_status", reasons::kInvalidValue);
}

std::vector<ScheduledMeeting> Calendar(Transaction& transaction, ProcessId process) {
  std::vector<ScheduledMeeting> calendar;
  for (const auto& meeting : transaction.Get<MeetingRepository>().List(process, MeetingFilter{})) {
    calendar.push_back(ScheduledMeeting{meeting.body, meeting.date, meeting.LastDay(), meeting.cancelled});
  }
  return calendar;
}

}  // namespace

Result<void> MeetingService::Validate(const Meeting& meeting, const ReferenceData& reference) {
  FieldErrors errors;
  if (meeting.body.empty()) {
    errors.Add("body", reasons::kRequired);
  } else if (!IsKnownBody(reference, meeting.body)) {
    errors.Add("body", reasons::kUnknownBody);
  }
  if (meeting.type != MeetingType::kVirtual) {
    if (meeting.place.city.empty()) errors.Add("place.city", reasons::kRequired);
    if (meeting.place.country.empty()) errors.Add("place.country", reasons::kRequired);
  }
  if (Utf8Length(meeting.place.city) > 120) errors.Add("place.city", reasons::kTooLong, {{"max", "120"}});
  if (!meeting.place.country.empty() &&
      std::none_of(reference.countries.begin(), reference.countries.end(),
                   [&](const Country& c) { return c.code == meeting.place.country; }) &&
      meeting.place.country.size() != 2) {
    errors.Add("place.country", reasons::kUnknownCountry);
  }
  if (meeting.date_end && *meeting.date_end < meeting.date) errors.Add("date_end", reasons::kDateOrder);
  if (meeting.date_end && DaysBetween(meeting.date, *meeting.date_end) > 31) errors.Add("date_end", reasons::kMeetingTooLong);
  for (std::size_t i = 0; i < meeting.participants.size(); ++i) {
    if (!IsKnownParticipant(reference, meeting.participants[i])) {
      errors.Add("participants", reasons::kUnknownParticipant, {{"value", meeting.participants[i]}});
      break;
    }
  }
  CheckLocalized(errors, "title", meeting.title, 300);
  if (meeting.agenda.size() > 100) errors.Add("agenda", reasons::kTooMany, {{"max", "100"}});
  for (const auto& item : meeting.agenda) CheckLocalized(errors, "agenda", item, 500);
  if (meeting.video_link && !meeting.video_link->empty()) {
    const auto& link = *meeting.video_link;
    if (!(link.starts_with("https://") || link.starts_with("http://")) || link.size() > 500 ||
        link.find_first_of(" \t\r\n\"<>") != std::string::npos) {
      errors.Add("video_link", reasons::kInvalidUrl);
    }
  }
  if (meeting.report_status >= ReportStatus::kSubmitted && (!meeting.submitted_to || meeting.submitted_to->empty())) {
    errors.Add("submitted_to", reasons::kRequired);
  }
  if (meeting.submitted_to && !meeting.submitted_to->empty() && !IsKnownBody(reference, *meeting.submitted_to)) {
    errors.Add("submitted_to", reasons::kUnknownBody);
  }
  if (meeting.report_status == ReportStatus::kConsidered && !meeting.considered_at) {
    errors.Add("considered_at", reasons::kRequired);
  }
  if (!errors.empty()) return std::unexpected(errors.ToError());
  return {};
}

Result<void> MeetingService::ValidateAgreement(const Agreement& agreement, const ReferenceData& reference) {
  FieldErrors errors;
  if (agreement.number.empty()) {
    errors.Add("number", reasons::kRequired);
  } else if (!IsValidAgreementNumber(agreement.number)) {
    errors.Add("number", reasons::kInvalidAgreementNumber);
  }
  if (agreement.heading && agreement.number.find('.') != std::string::npos)
    errors.Add("heading", reasons::kHeadingIsTopLevel);
  if (!agreement.text.es && !agreement.text.en) errors.Add("text", reasons::kRequired);
  CheckLocalized(errors, "text", agreement.text, 20000);
  if (agreement.verb && (agreement.verb->size() > 60 || agreement.verb->empty())) errors.Add("verb", reasons::kInvalidValue);
  for (const auto& party : agreement.parties) {
    if (!IsKnownParticipant(reference, party)) {
      errors.Add("parties", reasons::kUnknownParty, {{"value", party}});
      break;
    }
  }
  if (!errors.empty()) return std::unexpected(errors.ToError());
  return {};
}

Result<std::vector<Meeting>> MeetingService::List(const RequestContext& context, const MeetingFilter& filter) {
  if (auto allowed = policy::ReadMeetings(context.actor); !allowed) return std::unexpected(allowed.error());
  auto transaction = store_.Begin(TransactionMode::kRead);
  return transaction->Get<MeetingRepository>().List(context.process_id, filter);
}

Result<MeetingDetail> MeetingService::Get(const RequestContext& context, MeetingId id) {
  if (auto allowed = policy::ReadMeetings(context.actor); !allowed) return std::unexpected(allowed.error());
  auto transaction = store_.Begin(TransactionMode::kRead);
  auto meeting = transaction->Get<MeetingRepository>().Find(context.process_id, id);
  if (!meeting) return std::unexpected(Error::NotFound());
  meeting->files = transaction->Get<FileRepository>().OfMeeting(id);
  MeetingDetail detail{*meeting, transaction->Get<MeetingRepository>().Agreements(id),
                       transaction->Get<CommitmentRepository>().List(context.process_id, CommitmentFilter{.meeting = id})};
  // Within an agreement, commitments read in the order they were written down.
  std::sort(detail.commitments.begin(), detail.commitments.end(),
            [](const Commitment& a, const Commitment& b) { return a.id < b.id; });
  return detail;
}

Result<Meeting> MeetingService::Create(const RequestContext& context, const MeetingInput& input) {
  if (auto allowed = policy::ManageMeetings(context.actor); !allowed) return std::unexpected(allowed.error());
  FieldErrors errors;
  CheckEnumerations(errors, input);
  if (!input.body) errors.Add("body", reasons::kRequired);
  if (!input.type) errors.Add("type", reasons::kRequired);
  if (!input.date) errors.Add("date", reasons::kRequired);
  if (!errors.empty()) return std::unexpected(errors.ToError());
  auto now = clock_.Now();
  Meeting meeting = Apply(Meeting{}, input);
  meeting.process_id = context.process_id;
  meeting.created_at = meeting.updated_at = now;
  auto transaction = store_.Begin(TransactionMode::kWrite);
  auto reference = transaction->Get<ReferenceRepository>().Load(context.process_id);
  if (auto valid = Validate(meeting, reference); !valid) return std::unexpected(valid.error());
  if (meeting.considered_at && !transaction->Get<MeetingRepository>().Find(context.process_id, *meeting.considered_at)) {
    return std::unexpected(Error::Field("considered_at", reasons::kUnknownMeeting));
  }
  auto created = transaction->Get<MeetingRepository>().Create(meeting);
  auto audit = AuditRecordFor(context, "meeting.create", "meeting", std::to_string(created.id));
  audit.after = ToJson(created);
  transaction->audit().Append(audit, now);
  ResolveEventDeadlines(*transaction, context, context.process_id, now);
  transaction->Commit();
  return created;
}

Result<Meeting> MeetingService::Update(const RequestContext& context, MeetingId id, const MeetingInput& input,
                                       std::optional<std::int64_t> expected_version) {
  if (auto allowed = policy::ManageMeetings(context.actor); !allowed) return std::unexpected(allowed.error());
  FieldErrors errors;
  CheckEnumerations(errors, input);
  if (!errors.empty()) return std::unexpected(errors.ToError());
  auto now = clock_.Now();
  auto transaction = store_.Begin(TransactionMode::kWrite);
  auto existing = transaction->Get<MeetingRepository>().Find(context.process_id, id);
  if (!existing) return std::unexpected(Error::NotFound());
  if (auto fresh = CheckVersion(expected_version, existing->version); !fresh) return std::unexpected(fresh.error());
  Meeting meeting = Apply(*existing, input);
  meeting.updated_at = now;
  auto reference = transaction->Get<ReferenceRepository>().Load(context.process_id);
  if (auto valid = Validate(meeting, reference); !valid) return std::unexpected(valid.error());
  if (meeting.considered_at &&
      (*meeting.considered_at == id || !transaction->Get<MeetingRepository>().Find(context.process_id, *meeting.considered_at))) {
    return std::unexpected(Error::Field("considered_at", reasons::kUnknownMeeting));
  }
  if (!transaction->Get<MeetingRepository>().Update(meeting, *expected_version)) return std::unexpected(Error::StaleVersion());
  auto stored = transaction->Get<MeetingRepository>().Find(context.process_id, id);
  auto audit = AuditRecordFor(context, "meeting.update", "meeting", std::to_string(id));
  audit.before = ToJson(*existing);
  audit.after = ToJson(*stored);
  transaction->audit().Append(audit, now);
  if (existing->date != stored->date || existing->LastDay() != stored->LastDay() || existing->body != stored->body ||
      existing->cancelled != stored->cancelled) {
    ResolveEventDeadlines(*transaction, context, context.process_id, now);
  }
  transaction->Commit();
  return *stored;
}

Result<Agreement> MeetingService::AddAgreement(const RequestContext& context, MeetingId meeting_id,
                                               const AgreementInput& input) {
  if (auto allowed = policy::ManageMeetings(context.actor); !allowed) return std::unexpected(allowed.error());
  auto now = clock_.Now();
  auto transaction = store_.Begin(TransactionMode::kWrite);
  auto meeting = transaction->Get<MeetingRepository>().Find(context.process_id, meeting_id);
  if (!meeting) return std::unexpected(Error::NotFound());
  Agreement agreement;
  agreement.meeting_id = meeting_id;
  agreement.number = Trim(input.number.value_or(""));
  agreement.heading = input.heading.value_or(false);
  if (input.verb) agreement.verb = *input.verb;
  if (input.text) agreement.text = *input.text;
  if (input.parties) agreement.parties = *input.parties;
  agreement.position = AgreementPosition(agreement.number);
  auto reference = transaction->Get<ReferenceRepository>().Load(context.process_id);
  if (auto valid = ValidateAgreement(agreement, reference); !valid) return std::unexpected(valid.error());
  for (const auto& other : transaction->Get<MeetingRepository>().Agreements(meeting_id)) {
    if (other.number == agreement.number) return std::unexpected(Error::Field("number", reasons::kAgreementNumberTaken));
  }
  auto created = transaction->Get<MeetingRepository>().CreateAgreement(agreement);
  auto audit = AuditRecordFor(context, "agreement.create", "agreement", std::to_string(created.id));
  audit.after = ToJson(created);
  transaction->audit().Append(audit, now);
  transaction->Commit();
  return created;
}

Result<Agreement> MeetingService::UpdateAgreement(const RequestContext& context, AgreementId id,
                                                  const AgreementInput& input,
                                                  std::optional<std::int64_t> expected_version) {
  if (auto allowed = policy::ManageMeetings(context.actor); !allowed) return std::unexpected(allowed.error());
  auto now = clock_.Now();
  auto transaction = store_.Begin(TransactionMode::kWrite);
  auto existing = transaction->Get<MeetingRepository>().FindAgreement(context.process_id, id);
  if (!existing) return std::unexpected(Error::NotFound());
  if (auto fresh = CheckVersion(expected_version, existing->version); !fresh) return std::unexpected(fresh.error());
  Agreement agreement = *existing;
  if (input.number) agreement.number = Trim(*input.number);
  if (input.heading) agreement.heading = *input.heading;
  if (input.verb) agreement.verb = *input.verb;
  if (input.text) agreement.text = *input.text;
  if (input.parties) agreement.parties = *input.parties;
  agreement.position = AgreementPosition(agreement.number);
  auto reference = transaction->Get<ReferenceRepository>().Load(context.process_id);
  if (auto valid = ValidateAgreement(agreement, reference); !valid) return std::unexpected(valid.error());
  for (const auto& other : transaction->Get<MeetingRepository>().Agreements(existing->meeting_id)) {
    if (other.id != id && other.number == agreement.number) {
      return std::unexpected(Error::Field("number", reasons::kAgreementNumberTaken));
    }
  }
  if (!transaction->Get<MeetingRepository>().UpdateAgreement(agreement, *expected_version))
    return std::unexpected(Error::StaleVersion());
  auto stored = transaction->Get<MeetingRepository>().FindAgreement(context.process_id, id);
  auto audit = AuditRecordFor(context, "agreement.update", "agreement", std::to_string(id));
  audit.before = ToJson(*existing);
  audit.after = ToJson(*stored);
  transaction->audit().Append(audit, now);
  transaction->Commit();
  return *stored;
}

Result<void> MeetingService::DeleteAgreement(const RequestContext& context, AgreementId id) {
  if (auto allowed = policy::ManageMeetings(context.actor); !allowed) return std::unexpected(allowed.error());
  auto now = clock_.Now();
  auto transaction = store_.Begin(TransactionMode::kWrite);
  auto existing = transaction->Get<MeetingRepository>().FindAgreement(context.process_id, id);
  if (!existing) return std::unexpected(Error::NotFound());
  auto meeting = transaction->Get<MeetingRepository>().Find(context.process_id, existing->meeting_id);
  if (meeting->report_status != ReportStatus::kDraft) return std::unexpected(Error::Conflict(reasons::kReportNotDraft));
  auto commitments = transaction->Get<CommitmentRepository>().List(context.process_id, CommitmentFilter{.agreement = id});
  transaction->Get<MeetingRepository>().DeleteAgreement(id);
  auto audit = AuditRecordFor(context, "agreement.delete", "agreement", std::to_string(id));
  audit.before = ToJson(*existing);
  audit.before["commitments"] = commitments.size();
  transaction->audit().Append(audit, now);
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
  if (!transaction->Get<MeetingRepository>().Find(context.process_id, meeting_id)) return std::unexpected(Error::NotFound());
  MeetingFile file;
  file.file_name = name;
  file.content_type = *type;
  file.size = static_cast<std::int64_t>(upload.content.size());
  file.sha256 = secrets_.Sha256Hex(upload.content);
  file.uploaded_by = context.actor->user_id;
  file.uploaded_at = now;
  auto stored = transaction->Get<FileRepository>().Add(context.process_id, file, upload.content, meeting_id, std::nullopt);
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
  auto transaction = store_.Begin(TransactionMode::kRead);
  auto file = transaction->Get<FileRepository>().Find(context.process_id, id);
  if (!file || transaction->Get<FileRepository>().Owner(id).first != std::optional<MeetingId>(meeting_id)) {
    return std::unexpected(Error::NotFound());
  }
  auto content = transaction->Get<FileRepository>().Content(id);
  return FileDownload{*file, content.value_or("")};
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

void ResolveEventDeadlines(Transaction& transaction, const RequestContext& context, ProcessId process, Timestamp now) {
  auto calendar = Calendar(transaction, process);
  std::map<MeetingId, Meeting> sources;
  for (auto commitment : transaction.Get<CommitmentRepository>().List(process, CommitmentFilter{.only_event_deadlines = true})) {
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
    auto before = ToJson(commitment);
    auto version = commitment.version;
    commitment.deadline.due = due;
    commitment.updated_at = now;
    transaction.Get<CommitmentRepository>().Update(commitment, version);
    auto audit = AuditRecordFor(context, "commitment.resolve_deadline", "commitment", std::to_string(commitment.id));
    audit.before = before;
    audit.after = ToJson(*transaction.Get<CommitmentRepository>().Find(process, commitment.id));
    transaction.audit().Append(audit, now);
  }
}

}  // namespace enlace
