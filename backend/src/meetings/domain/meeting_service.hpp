// Meetings (M1), agreements and the report's status (M2): recorded by the Technical Secretariat,
// read by everyone of the process. When a meeting is added, moved or cancelled, every event
// deadline of the process ("at the next meeting of the RCGM") is resolved again.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "kernel/domain/error.hpp"
#include "kernel/domain/secrets.hpp"
#include "kernel/domain/store.hpp"
#include "meetings/domain/meeting.hpp"
#include "meetings/domain/meeting_repository.hpp"
#include "meetings/domain/meeting_rules.hpp"
#include "meetings/domain/package_documents.hpp"
#include "reference/domain/reference.hpp"

namespace enlace {

struct MeetingDetail {
  Meeting meeting;
  std::vector<Agreement> agreements;
  std::vector<Commitment> commitments;
};

class MeetingService {
 public:
  MeetingService(Store& store, const SecretGenerator& secrets, const Clock& clock);

  Result<std::vector<Meeting>> List(const RequestContext& context, const MeetingFilter& filter);
  // The public record of agreements and their results (anyone, signed in or not): meetings whose
  // report is no longer a draft and that were held, newest first, with their agreements and the
  // commitments' parties, deadlines, status and progress. Never answers, files, people or drafts.
  Result<std::vector<MeetingDetail>> PublicRecord(const RequestContext& context);
  Result<MeetingDetail> Get(const RequestContext& context, MeetingId id);
  Result<Meeting> Create(const RequestContext& context, const MeetingInput& input);
  // What Create would refuse `input` for, without writing: the HTTP handler answers a body with
  // type errors with these too, so that the person sees every problem at once.
  Result<void> CheckNew(const RequestContext& context, const MeetingInput& input);
  Result<Meeting> Update(const RequestContext& context, MeetingId id, const MeetingInput& input,
                         std::optional<std::int64_t> expected_version);

  Result<Agreement> AddAgreement(const RequestContext& context, MeetingId meeting, const AgreementInput& input);
  Result<Agreement> UpdateAgreement(const RequestContext& context, AgreementId id, const AgreementInput& input,
                                    std::optional<std::int64_t> expected_version);
  Result<void> DeleteAgreement(const RequestContext& context, AgreementId id);

  Result<MeetingFile> AddFile(const RequestContext& context, MeetingId meeting, const UploadedFile& file);
  Result<FileDownload> GetFile(const RequestContext& context, MeetingId meeting, AttachmentId file);
  Result<void> DeleteFile(const RequestContext& context, MeetingId meeting, AttachmentId file);

  // A meeting's package (M31), built and streamed by the HTTP layer. Up to `length` bytes of a
  // file of `meeting` from byte `offset` (fewer only at its end): the access of GetFile, in a read
  // transaction of its own, with no audit entry (the package's entry names its files).
  Result<std::string> FileRange(const RequestContext& context, MeetingId meeting, AttachmentId file,
                                std::int64_t offset, std::int64_t length);
  // The package the new one is compared with: `since` (a package of this meeting, by id; not found
  // otherwise) or else the last one the caller's delegation downloaded (none the first time).
  Result<std::optional<MeetingPackageRecord>> PreviousPackage(const RequestContext& context, MeetingId meeting,
                                                              std::optional<std::int64_t> since);
  // Records a package about to be sent: its row (whose id the next package's `since` names) and one
  // audit entry "meeting.package" with the language, the files, the library documents (each
  // version's files) and the package compared with.
  Result<MeetingPackageRecord> RecordPackage(const RequestContext& context, MeetingId meeting,
                                             const std::string& language, const std::string& manifest,
                                             const std::vector<MeetingFile>& files,
                                             std::optional<std::int64_t> compared_with,
                                             const std::vector<PackageDocument>& documents = {});

 private:
  Store& store_;
  const SecretGenerator& secrets_;
  const Clock& clock_;
};

// Resolves every event deadline of the process again against its current meetings; records
// what changed in the audit log. Call inside the transaction that changed the meetings; a
// commitment written by someone else meanwhile is "stale_version" (roll the transaction back).
Result<void> ResolveEventDeadlines(Transaction& transaction, const RequestContext& context, ProcessId process,
                                   Timestamp now);

}  // namespace enlace
