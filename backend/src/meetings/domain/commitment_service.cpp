#include "meetings/domain/commitment_service.hpp"

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
#include "reference/domain/reference_gazetteer.hpp"
#include "reference/domain/reference_repository.hpp"

namespace enlace {

namespace {

// A commitment's progress and status from its updates: for a single party, the latest update
// that says so; for MEMBER_COUNTRIES, the share of member countries that are done.
void Recompute(Commitment& commitment, const std::vector<CommitmentUpdate>& updates,
               const std::vector<std::string>& members) {
  if (commitment.status == CommitmentStatus::kCancelled) return;
  if (commitment.party == kMemberCountries) {
    auto responses = CommitmentService::Responses(members, updates);
    int done = 0, answered = 0;
    for (const auto& response : responses) {
      if (response.state == ResponseState::kDone) ++done;
      if (response.state != ResponseState::kNotStarted) ++answered;
    }
    // One measure, shown everywhere as "n of m countries done": the share of member countries done.
    // Each country's own percentage is in its row of the grid (CountryResponse::progress).
    commitment.progress = members.empty() ? 0 : static_cast<int>(100 * done / static_cast<int>(members.size()));
    commitment.status = done == static_cast<int>(members.size()) && !members.empty() ? CommitmentStatus::kDone
                        : answered > 0                                               ? CommitmentStatus::kInProgress
                                                                                     : CommitmentStatus::kOpen;
    return;
  }
  // Updates are newest first: the first one with a progress or status decides.
  for (const auto& update : updates) {
    if (update.status) {
      commitment.status = *update.status;
      if (*update.status == CommitmentStatus::kDone) commitment.progress = 100;
      if (update.progress) commitment.progress = *update.progress;
      return;
    }
    if (update.progress) {
      commitment.progress = *update.progress;
      commitment.status = *update.progress >= 100 ? CommitmentStatus::kDone : CommitmentStatus::kInProgress;
      return;
    }
  }
  if (!updates.empty() && commitment.status == CommitmentStatus::kOpen)
    commitment.status = CommitmentStatus::kInProgress;
}

// The setting a commitment's deadline phrase is read in: its meeting and the process's others.
DeadlineSetting DeadlinesOf(Transaction& transaction, const Meeting& meeting, const ReferenceData& reference) {
  return DeadlineSettingFor(meeting, reference,
                            transaction.Get<MeetingRepository>().List(meeting.process_id, MeetingFilter{}));
}

// A new commitment of an agreement from `input`, checked; not yet stored.
Result<Commitment> NewCommitment(Transaction& transaction, const RequestContext& context, AgreementId agreement_id,
                                 const CommitmentInput& input) {
  auto agreement = transaction.Get<MeetingRepository>().FindAgreement(context.process_id, agreement_id);
  if (!agreement) return std::unexpected(Error::NotFound());
  auto meeting = transaction.Get<MeetingRepository>().Find(context.process_id, agreement->meeting_id);
  if (!meeting) return std::unexpected(Error::NotFound());
  auto reference = transaction.Get<ReferenceRepository>().Load(context.process_id);
  Commitment base;
  base.agreement_id = agreement_id;
  base.meeting_id = agreement->meeting_id;
  return ApplyCommitmentInput(base, input, InputKind::kWhole, reference, DeadlinesOf(transaction, *meeting, reference));
}

// `existing` with `input` applied, checked; not yet stored.
Result<Commitment> ChangedCommitment(Transaction& transaction, const RequestContext& context,
                                     const Commitment& existing, const CommitmentInput& input) {
  auto meeting = transaction.Get<MeetingRepository>().Find(context.process_id, existing.meeting_id);
  if (!meeting) return std::unexpected(Error::NotFound());
  auto reference = transaction.Get<ReferenceRepository>().Load(context.process_id);
  return ApplyCommitmentInput(existing, input, InputKind::kChange, reference,
                              DeadlinesOf(transaction, *meeting, reference));
}

// Checks the fields an answer carries, as given or as changed, and copies them into `update`.
void CheckAnswerFields(const Actor& actor, const AnswerChange& change, CommitmentUpdate& update, FieldErrors& errors) {
  update.text = Trim(change.text);
  if (update.text.empty()) errors.Add("text", reasons::kRequired);
  if (Utf8Length(update.text) > 10000 || !IsValidUtf8(update.text))
    errors.Add("text", reasons::kTooLong, {{"max", "10000"}});
  update.progress = std::nullopt;
  if (change.progress) {
    if (*change.progress < 0 || *change.progress > 100) errors.Add("progress", reasons::kInvalidProgress);
    update.progress = change.progress;
  }
  update.status = std::nullopt;
  if (change.status) {
    update.status = ParseCommitmentStatus(*change.status);
    if (!update.status) {
      errors.Add("status", reasons::kInvalidValue);
    } else if (*update.status == CommitmentStatus::kCancelled && !actor.IsSecretariat()) {
      errors.Add("status", reasons::kOnlySecretariatCancels);
    }
  }
  if (change.links.size() > 20) errors.Add("links", reasons::kTooMany, {{"max", "20"}});
  for (const auto& link : change.links) {
    if (!IsValidLink(link, 1000)) {
      errors.Add("links", reasons::kInvalidUrl);
      break;
    }
  }
  update.links = change.links;
  if (change.visibility) {
    auto visibility = ParseAnswerVisibility(*change.visibility);
    if (!visibility) errors.Add("visibility", reasons::kInvalidValue);
    update.visibility = visibility.value_or(AnswerVisibility::kNetwork);
  }
}

// The answer `id` of `commitment` that `actor` may change, at `expected_version`: not found for
// those who may not read it, forbidden (wrong_country for another country's officer) for those
// who read but may not change it, stale for another version.
Result<CommitmentUpdate> AnswerToChange(CommitmentRepository& commitments, const Actor& actor, CommitmentId commitment,
                                        CommitmentUpdateId id, std::optional<std::int64_t> expected_version) {
  auto existing = commitments.FindUpdate(commitment, id);
  if (!existing || !MayReadAnswer(actor, *existing)) return std::unexpected(Error::NotFound());
  if (!MayChangeAnswer(actor, *existing)) {
    return std::unexpected(existing->country && actor.role == Role::kCountryOfficer
                               ? Error::Forbidden(reasons::kWrongCountry)
                               : Error::Forbidden());
  }
  if (auto fresh = CheckVersion(expected_version, existing->version); !fresh) return std::unexpected(fresh.error());
  return *existing;
}

// Stores `commitment`'s status and progress again from all its answers, after one changed or went:
// from open (unless the TS cancelled it), so that nothing of a withdrawn answer stays.
Result<void> RecomputeAfterAnswerChange(Transaction& transaction, const RequestContext& context,
                                        const Commitment& commitment, Timestamp now) {
  auto& commitments = transaction.Get<CommitmentRepository>();
  auto reference = transaction.Get<ReferenceRepository>().Load(context.process_id);
  auto recomputed = commitment;
  if (recomputed.status != CommitmentStatus::kCancelled) {
    recomputed.status = CommitmentStatus::kOpen;
    recomputed.progress = 0;
  }
  Recompute(recomputed, commitments.Updates(commitment.id), MemberCountries(reference));
  recomputed.updated_at = now;
  if (!commitments.Update(recomputed, commitment.version)) return std::unexpected(Error::StaleVersion());
  return {};
}

}  // namespace

CommitmentService::CommitmentService(Store& store, const SecretGenerator& secrets, const Clock& clock)
    : store_(store), secrets_(secrets), clock_(clock) {}

std::vector<CountryResponse> CommitmentService::Responses(const std::vector<std::string>& member_countries,
                                                          const std::vector<CommitmentUpdate>& updates) {
  std::vector<CountryResponse> responses;
  for (const auto& country : member_countries) {
    CountryResponse response{country, ResponseState::kNotStarted, std::nullopt};
    for (const auto& update : updates) {  // newest first
      if (update.country != country) continue;
      if (!response.updated || update.at > *response.updated) response.updated = update.at;
      bool done =
          (update.status && *update.status == CommitmentStatus::kDone) || (update.progress && *update.progress >= 100);
      if (response.state == ResponseState::kNotStarted) {
        response.state = done ? ResponseState::kDone : ResponseState::kAnswered;
      }
      // The newest update that gives a figure (or says done) decides the country's percentage.
      if (!response.progress && (done || update.progress)) response.progress = done ? 100 : *update.progress;
    }
    responses.push_back(response);
  }
  return responses;
}

Result<Deadline> CommitmentService::ReadDeadlineFor(const RequestContext& context, MeetingId meeting_id,
                                                    std::string_view text) {
  if (auto allowed = policy::ReadMeetings(context.actor); !allowed) return std::unexpected(allowed.error());
  auto transaction = store_.Begin(TransactionMode::kRead);
  auto meeting = transaction->Get<MeetingRepository>().Find(context.process_id, meeting_id);
  if (!meeting) return std::unexpected(Error::NotFound());
  auto reference = transaction->Get<ReferenceRepository>().Load(context.process_id);
  auto meetings = transaction->Get<MeetingRepository>().List(context.process_id, MeetingFilter{});
  return ReadTypedDeadline(text, DeadlineSettingFor(*meeting, reference, meetings));
}

Result<Deadline> CommitmentService::ReadDeadlineOn(const RequestContext& context, std::string body, Date date,
                                                   std::optional<Date> date_end, std::string_view text) {
  if (auto allowed = policy::ReadMeetings(context.actor); !allowed) return std::unexpected(allowed.error());
  Meeting meeting;
  meeting.process_id = context.process_id;
  meeting.body = std::move(body);
  meeting.date = date;
  if (date_end && *date_end >= date) meeting.date_end = date_end;
  auto transaction = store_.Begin(TransactionMode::kRead);
  auto reference = transaction->Get<ReferenceRepository>().Load(context.process_id);
  auto meetings = transaction->Get<MeetingRepository>().List(context.process_id, MeetingFilter{});
  return ReadTypedDeadline(text, DeadlineSettingFor(meeting, reference, meetings));
}

Result<Commitment> CommitmentService::Create(const RequestContext& context, AgreementId agreement_id,
                                             const CommitmentInput& input) {
  if (auto allowed = policy::ManageMeetings(context.actor); !allowed) return std::unexpected(allowed.error());
  auto now = clock_.Now();
  auto transaction = store_.Begin(TransactionMode::kWrite);
  auto commitment = NewCommitment(*transaction, context, agreement_id, input);
  if (!commitment) return std::unexpected(commitment.error());
  commitment->created_at = commitment->updated_at = now;
  auto created = transaction->Get<CommitmentRepository>().Create(context.process_id, *commitment);
  AuditCreation(*transaction, now, context, "commitment.create", "commitment", created);
  transaction->Commit();
  return created;
}

Result<void> CommitmentService::CheckNew(const RequestContext& context, AgreementId agreement_id,
                                         const CommitmentInput& input) {
  if (auto allowed = policy::ManageMeetings(context.actor); !allowed) return std::unexpected(allowed.error());
  auto transaction = store_.Begin(TransactionMode::kRead);
  auto commitment = NewCommitment(*transaction, context, agreement_id, input);
  if (!commitment) return std::unexpected(commitment.error());
  return {};
}

Result<Commitment> CommitmentService::Update(const RequestContext& context, CommitmentId id,
                                             const CommitmentInput& input,
                                             std::optional<std::int64_t> expected_version) {
  if (auto allowed = policy::ManageMeetings(context.actor); !allowed) return std::unexpected(allowed.error());
  auto now = clock_.Now();
  auto transaction = store_.Begin(TransactionMode::kWrite);
  auto& commitments = transaction->Get<CommitmentRepository>();
  auto existing = commitments.Find(context.process_id, id);
  if (!existing) return std::unexpected(Error::NotFound());
  if (auto fresh = CheckVersion(expected_version, existing->version); !fresh) return std::unexpected(fresh.error());
  auto commitment = ChangedCommitment(*transaction, context, *existing, input);
  if (!commitment) return std::unexpected(commitment.error());
  commitment->updated_at = now;
  auto stored = SaveVersioned(
      *transaction, now, context,
      VersionedChange<Commitment>{"commitment.update", "commitment", *existing, *commitment},
      [&](const Commitment& record, std::int64_t version) { return commitments.Update(record, version); },
      [&] { return commitments.Find(context.process_id, id); });
  if (stored) transaction->Commit();
  return stored;
}

Result<void> CommitmentService::CheckChange(const RequestContext& context, CommitmentId id,
                                            const CommitmentInput& input) {
  if (auto allowed = policy::ManageMeetings(context.actor); !allowed) return std::unexpected(allowed.error());
  auto transaction = store_.Begin(TransactionMode::kRead);
  auto existing = transaction->Get<CommitmentRepository>().Find(context.process_id, id);
  if (!existing) return std::unexpected(Error::NotFound());
  auto commitment = ChangedCommitment(*transaction, context, *existing, input);
  if (!commitment) return std::unexpected(commitment.error());
  return {};
}

Result<void> CommitmentService::Delete(const RequestContext& context, CommitmentId id) {
  if (auto allowed = policy::ManageMeetings(context.actor); !allowed) return std::unexpected(allowed.error());
  auto now = clock_.Now();
  auto transaction = store_.Begin(TransactionMode::kWrite);
  auto existing = transaction->Get<CommitmentRepository>().Find(context.process_id, id);
  if (!existing) return std::unexpected(Error::NotFound());
  if (!transaction->Get<CommitmentRepository>().Updates(id).empty())
    return std::unexpected(Error::Conflict(reasons::kCommitmentHasUpdates));
  transaction->Get<CommitmentRepository>().Delete(id);
  AuditDeletion(*transaction, now, context, "commitment.delete", "commitment", *existing);
  transaction->Commit();
  return {};
}

Result<CommitmentDetail> CommitmentService::Get(const RequestContext& context, CommitmentId id) {
  if (auto allowed = policy::ReadMeetings(context.actor); !allowed) return std::unexpected(allowed.error());
  auto transaction = store_.Begin(TransactionMode::kRead);
  auto commitment = transaction->Get<CommitmentRepository>().Find(context.process_id, id);
  if (!commitment) return std::unexpected(Error::NotFound());
  CommitmentDetail detail{
      *commitment,
      *transaction->Get<MeetingRepository>().FindAgreement(context.process_id, commitment->agreement_id),
      *transaction->Get<MeetingRepository>().Find(context.process_id, commitment->meeting_id),
      transaction->Get<CommitmentRepository>().Updates(id),
      {}};
  auto reference = transaction->Get<ReferenceRepository>().Load(context.process_id);
  if (commitment->party == kMemberCountries) detail.responses = Responses(MemberCountries(reference), detail.updates);
  // The grid counts every answer; the text and files of one are shown only to those it is meant for.
  const auto& actor = *context.actor;
  auto hidden = std::erase_if(detail.updates, [&](const CommitmentUpdate& u) { return !MayReadAnswer(actor, u); });
  detail.hidden_updates = static_cast<int>(hidden);
  for (auto& update : detail.updates) update.files = transaction->Get<FileRepository>().OfUpdate(update.id);
  auto& abilities = detail.abilities;
  abilities.manage = actor.IsSecretariat();
  abilities.answer =
      commitment->status != CommitmentStatus::kCancelled &&
      policy::ReportOnCommitment(context.actor, commitment->party, IsMemberCountry(reference, commitment->party))
          .has_value();
  abilities.choose_country = actor.IsSecretariat() && commitment->party == kMemberCountries;
  if (abilities.answer) {
    abilities.progress = true;
    abilities.statuses = {"in_progress", "done"};
    if (actor.IsSecretariat() && commitment->party != kMemberCountries) abilities.statuses.push_back("cancelled");
  }
  return detail;
}

Result<std::vector<ListedCommitment>> CommitmentService::List(const RequestContext& context,
                                                              const CommitmentQuery& query) {
  if (auto allowed = policy::ReadMeetings(context.actor); !allowed) return std::unexpected(allowed.error());
  auto today = clock_.Today();
  auto transaction = store_.Begin(TransactionMode::kRead);
  CommitmentFilter filter{
      .party = query.party, .status = query.status, .due_before = query.due_before, .meeting = query.meeting};
  // What a member country owes includes what all member countries owe; an organisation's list is its own.
  filter.party_includes_member_countries =
      query.party && IsMemberCountry(transaction->Get<ReferenceRepository>().Load(context.process_id), *query.party);
  auto commitments = transaction->Get<CommitmentRepository>().List(context.process_id, filter);
  std::erase_if(commitments, [&](const Commitment& c) { return query.overdue_only && !c.Overdue(today); });
  std::vector<ListedCommitment> listed;
  bool for_country = filter.party_includes_member_countries;
  std::map<CommitmentId, std::vector<CommitmentUpdate>> updates;
  if (for_country) {
    std::vector<CommitmentId> shared;
    for (const auto& c : commitments) {
      if (c.party == kMemberCountries) shared.push_back(c.id);
    }
    for (auto& update : transaction->Get<CommitmentRepository>().UpdatesOf(shared))
      updates[update.commitment_id].push_back(update);
  }
  for (auto& commitment : commitments) {
    ListedCommitment item{commitment, std::nullopt};
    if (for_country && commitment.party == kMemberCountries) {
      item.response = Responses({*query.party}, updates[commitment.id]).front();
    }
    listed.push_back(std::move(item));
  }
  // Overdue first, then by due date (undated last): what needs attention comes first.
  std::stable_sort(listed.begin(), listed.end(), [&](const ListedCommitment& a, const ListedCommitment& b) {
    return a.commitment.Overdue(today) > b.commitment.Overdue(today);
  });
  return listed;
}

Result<CommitmentUpdate> CommitmentService::Report(const RequestContext& context, CommitmentId id,
                                                   ProgressReport report) {
  if (auto allowed = policy::SignedIn(context.actor); !allowed) return std::unexpected(allowed.error());
  auto transaction = store_.Begin(TransactionMode::kWrite);
  auto stored = ReportWithin(*transaction, context, id, std::move(report));
  if (stored) transaction->Commit();
  return stored;
}

Result<CommitmentUpdate> CommitmentService::ReportWithin(Transaction& held, const RequestContext& context,
                                                         CommitmentId id, ProgressReport report) {
  if (auto allowed = policy::SignedIn(context.actor); !allowed) return std::unexpected(allowed.error());
  auto now = clock_.Now();
  auto* transaction = &held;  // the body reads as Report's did
  // Held until this answer is written: an answer carries no version of the commitment, and answers
  // arriving together each recompute its progress from every update (issue 9, finding 12).
  auto commitment = transaction->Get<CommitmentRepository>().FindForUpdate(context.process_id, id);
  if (!commitment) return std::unexpected(Error::NotFound());
  auto reference = transaction->Get<ReferenceRepository>().Load(context.process_id);
  if (auto allowed =
          policy::ReportOnCommitment(context.actor, commitment->party, IsMemberCountry(reference, commitment->party));
      !allowed) {
    return std::unexpected(allowed.error());
  }
  const auto& actor = *context.actor;
  FieldErrors errors;
  CommitmentUpdate update;
  update.commitment_id = id;
  CheckAnswerFields(actor, AnswerChange{report.text, report.progress, report.status, report.links, report.visibility},
                    update, errors);
  update.writer_delegation = actor.role == Role::kCountryOfficer ? actor.country
                             : actor.IsSecretariat()             ? std::nullopt
                                                                 : actor.organization;
  if (commitment->party == kMemberCountries) {
    // An officer answers for their own country; the Secretariat records a country's answer it
    // received another way, and must say which country.
    if (actor.role == Role::kCountryOfficer) {
      if (report.country && *report.country != *actor.country)
        return std::unexpected(Error::Forbidden(reasons::kWrongCountry));
      update.country = actor.country;
    } else if (report.country) {
      if (!IsMemberCountry(reference, *report.country)) errors.Add("country", reasons::kUnknownCountry);
      update.country = report.country;
    }
  } else if (IsMemberCountry(reference, commitment->party)) {
    update.country = commitment->party;
  }
  for (const auto& file : report.files) {
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
  update.author_id = actor.user_id;
  update.author_name = actor.name;
  update.at = now;
  auto stored = transaction->Get<CommitmentRepository>().AddUpdate(update);
  for (const auto& upload : report.files) {
    MeetingFile file;
    file.file_name = upload.file_name.substr(
        upload.file_name.find_last_of("/\\") == std::string::npos ? 0 : upload.file_name.find_last_of("/\\") + 1);
    if (file.file_name.empty()) file.file_name = "evidence";
    file.content_type = *DetectDocumentType(upload.content);
    file.size = static_cast<std::int64_t>(upload.content.size());
    file.sha256 = secrets_.Sha256Hex(upload.content);
    file.uploaded_by = actor.user_id;
    file.uploaded_at = now;
    stored.files.push_back(
        transaction->Get<FileRepository>().Add(context.process_id, file, upload.content, std::nullopt, stored.id));
  }
  auto changed = *commitment;
  Recompute(changed, transaction->Get<CommitmentRepository>().Updates(id), MemberCountries(reference));
  changed.updated_at = now;
  auto& commitments = transaction->Get<CommitmentRepository>();
  auto recorded = SaveVersioned(
      *transaction, now, context,
      VersionedChange<Commitment>{
          "commitment.report", "commitment", *commitment, changed, {{"update", ToJson(stored)}}},
      [&](const Commitment& record, std::int64_t version) { return commitments.Update(record, version); },
      [&] { return commitments.Find(context.process_id, id); });
  if (!recorded) return std::unexpected(recorded.error());
  return stored;
}

Result<FileDownload> CommitmentService::GetUpdateFile(const RequestContext& context, CommitmentId commitment_id,
                                                      AttachmentId id) {
  if (auto allowed = policy::ReadMeetings(context.actor); !allowed) return std::unexpected(allowed.error());
  FileDownload download;
  {
    auto transaction = store_.Begin(TransactionMode::kRead);
    auto file = transaction->Get<FileRepository>().Find(context.process_id, id);
    if (!file) return std::unexpected(Error::NotFound());
    auto owner = transaction->Get<FileRepository>().Owner(id).second;
    if (!owner) return std::unexpected(Error::NotFound());
    auto update = transaction->Get<CommitmentRepository>().FindUpdate(commitment_id, CommitmentUpdateId{*owner});
    // An answer's files are read by those who read its text; to the others they do not exist.
    if (!update || !MayReadAnswer(*context.actor, *update)) return std::unexpected(Error::NotFound());
    download = FileDownload{*file, transaction->Get<FileRepository>().Content(id).value_or("")};
  }
  return AuditDownload(store_, clock_.Now(), context, "commitment " + std::to_string(commitment_id),
                       std::move(download));
}

Result<CommitmentUpdate> CommitmentService::EditAnswer(const RequestContext& context, CommitmentId commitment_id,
                                                       CommitmentUpdateId id, const AnswerChange& change,
                                                       std::optional<std::int64_t> expected_version) {
  if (auto allowed = policy::SignedIn(context.actor); !allowed) return std::unexpected(allowed.error());
  const auto& actor = *context.actor;
  auto now = clock_.Now();
  auto transaction = store_.Begin(TransactionMode::kWrite);
  auto& commitments = transaction->Get<CommitmentRepository>();
  auto commitment = commitments.FindForUpdate(context.process_id, commitment_id);
  if (!commitment) return std::unexpected(Error::NotFound());
  auto existing = AnswerToChange(commitments, actor, commitment_id, id, expected_version);
  if (!existing) return std::unexpected(existing.error());
  FieldErrors errors;
  auto changed = *existing;
  auto given = change;
  if (!given.visibility) given.visibility = std::string(ToString(existing->visibility));
  CheckAnswerFields(actor, given, changed, errors);
  if (!errors.empty()) return std::unexpected(errors.ToError());
  changed.edited_at = now;
  auto stored = SaveVersioned(
      *transaction, now, context, VersionedChange<CommitmentUpdate>{"answer.update", "answer", *existing, changed},
      [&](const CommitmentUpdate& record, std::int64_t version) { return commitments.ChangeUpdate(record, version); },
      [&] { return commitments.FindUpdate(commitment_id, id); });
  if (!stored) return std::unexpected(stored.error());
  if (auto done = RecomputeAfterAnswerChange(*transaction, context, *commitment, now); !done)
    return std::unexpected(done.error());
  stored->files = transaction->Get<FileRepository>().OfUpdate(stored->id);
  transaction->Commit();
  return stored;
}

Result<void> CommitmentService::WithdrawAnswer(const RequestContext& context, CommitmentId commitment_id,
                                               CommitmentUpdateId id, std::optional<std::int64_t> expected_version) {
  if (auto allowed = policy::SignedIn(context.actor); !allowed) return std::unexpected(allowed.error());
  auto now = clock_.Now();
  auto transaction = store_.Begin(TransactionMode::kWrite);
  auto& commitments = transaction->Get<CommitmentRepository>();
  auto commitment = commitments.FindForUpdate(context.process_id, commitment_id);
  if (!commitment) return std::unexpected(Error::NotFound());
  auto existing = AnswerToChange(commitments, *context.actor, commitment_id, id, expected_version);
  if (!existing) return std::unexpected(existing.error());
  existing->files = transaction->Get<FileRepository>().OfUpdate(existing->id);
  commitments.DeleteUpdate(id);
  AuditDeletion(*transaction, now, context, "answer.withdraw", "answer", *existing);
  if (auto done = RecomputeAfterAnswerChange(*transaction, context, *commitment, now); !done)
    return std::unexpected(done.error());
  transaction->Commit();
  return {};
}

Result<FollowUpOverview> CommitmentService::Overview(const RequestContext& context, const FollowUpFilter& filter) {
  if (auto allowed = policy::ReadMeetings(context.actor); !allowed) return std::unexpected(allowed.error());
  FollowUpOverview overview;
  overview.today = clock_.Today();
  auto horizon = AddDays(overview.today, 30);
  auto transaction = store_.Begin(TransactionMode::kRead);
  auto reference = transaction->Get<ReferenceRepository>().Load(context.process_id);
  overview.member_countries = MemberCountries(reference);
  auto commitments = transaction->Get<CommitmentRepository>().List(
      context.process_id, CommitmentFilter{.party = filter.party,
                                           .party_includes_member_countries = false,
                                           .status = filter.status,
                                           .meeting = filter.meeting});
  if (filter.country) {
    std::erase_if(commitments,
                  [&](const Commitment& c) { return c.party != *filter.country && c.party != kMemberCountries; });
  }
  overview.commitments = commitments;
  std::map<MeetingId, MeetingCompletion> completion;
  std::vector<CommitmentId> shared;
  for (const auto& commitment : commitments) {
    bool overdue = commitment.Overdue(overview.today);
    if (overdue) {
      overview.overdue.push_back(commitment);
      ++overview.overdue_by_party[commitment.party];
    } else if (commitment.deadline.due && *commitment.deadline.due <= horizon &&
               commitment.status != CommitmentStatus::kDone && commitment.status != CommitmentStatus::kCancelled) {
      overview.due_soon.push_back(commitment);
    }
    auto& entry = completion[commitment.meeting_id];
    if (commitment.status != CommitmentStatus::kCancelled) ++entry.commitments;
    if (commitment.status == CommitmentStatus::kDone) ++entry.done;
    if (overdue) ++entry.overdue;
    if (commitment.party == kMemberCountries && commitment.status != CommitmentStatus::kCancelled) {
      shared.push_back(commitment.id);
    }
  }
  for (const auto& meeting : transaction->Get<MeetingRepository>().List(context.process_id, MeetingFilter{})) {
    auto entry = completion[meeting.id];
    entry.meeting = meeting;
    if (entry.commitments > 0) overview.meetings.push_back(entry);
  }
  std::map<CommitmentId, std::vector<CommitmentUpdate>> updates;
  for (auto& update : transaction->Get<CommitmentRepository>().UpdatesOf(shared))
    updates[update.commitment_id].push_back(update);
  for (const auto& commitment : commitments) {
    if (std::find(shared.begin(), shared.end(), commitment.id) == shared.end()) continue;
    overview.grids.push_back(AnswerGrid{commitment, Responses(overview.member_countries, updates[commitment.id])});
  }
  std::vector<CommitmentId> all;
  for (const auto& commitment : commitments) all.push_back(commitment.id);
  overview.timeline = Timeline(commitments, transaction->Get<CommitmentRepository>().UpdatesOf(all),
                               overview.member_countries, overview.today);
  return overview;
}

std::vector<CompletionPoint> CommitmentService::Timeline(const std::vector<Commitment>& commitments,
                                                         const std::vector<CommitmentUpdate>& updates,
                                                         const std::vector<std::string>& members, Date today) {
  // When each commitment was done: for one party, its first update saying so; for all member
  // countries, when the last of them first said so. Cancelled ones and those not done count nothing.
  std::map<CommitmentId, std::vector<const CommitmentUpdate*>> by_commitment;
  for (const auto& update : updates) by_commitment[update.commitment_id].push_back(&update);
  std::vector<Timestamp> done_at;
  std::vector<Timestamp> answered_at;
  for (const auto& commitment : commitments) {
    if (commitment.status == CommitmentStatus::kCancelled) continue;
    auto& own = by_commitment[commitment.id];
    for (const auto* update : own) answered_at.push_back(update->at);
    if (commitment.status != CommitmentStatus::kDone) continue;
    auto says_done = [](const CommitmentUpdate& u) {
      return (u.status && *u.status == CommitmentStatus::kDone) || (u.progress && *u.progress >= 100);
    };
    std::optional<Timestamp> when;
    if (commitment.party == kMemberCountries) {
      for (const auto& country : members) {
        std::optional<Timestamp> first;
        for (const auto* update : own) {
          if (update->country == country && says_done(*update) && (!first || update->at < *first)) first = update->at;
        }
        if (!first) {
          when.reset();
          break;
        }
        if (!when || *first > *when) when = first;
      }
    } else {
      for (const auto* update : own) {
        if (says_done(*update) && (!when || update->at < *when)) when = update->at;
      }
    }
    done_at.push_back(when.value_or(commitment.updated_at));
  }
  std::vector<CompletionPoint> timeline;
  auto month = std::chrono::year_month{today.year(), today.month()} - std::chrono::months{11};
  for (int i = 0; i < 12; ++i, month += std::chrono::months{1}) {
    auto end = std::chrono::sys_days{(month + std::chrono::months{1}) / std::chrono::day{1}};
    CompletionPoint point;
    // Room for any year the type can hold: GCC's -O2 checks the widest output of each directive.
    char label[24];
    std::snprintf(label, sizeof label, "%04d-%02u", static_cast<int>(month.year()),
                  static_cast<unsigned>(month.month()));
    point.month = label;
    for (auto at : done_at) point.done += std::chrono::floor<std::chrono::days>(at) < end;
    for (auto at : answered_at) point.answers += std::chrono::floor<std::chrono::days>(at) < end;
    timeline.push_back(point);
  }
  return timeline;
}

}  // namespace enlace
