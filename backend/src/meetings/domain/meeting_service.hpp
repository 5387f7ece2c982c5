// Meetings (M1), agreements and the report's status (M2): recorded by the Technical Secretariat,
// read by everyone of the process. When a meeting is added, moved or cancelled, every event
// deadline of the process ("at the next meeting of the RCGM") is resolved again.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "kernel/domain/error.hpp"
#include "meetings/domain/meeting.hpp"
#include "reference/domain/reference.hpp"
#include "kernel/domain/secrets.hpp"
#include "kernel/domain/store.hpp"
#include "meetings/domain/meeting_repository.hpp"

namespace enlace {

// What is typed for a meeting; on creation the required fields must be there, on an edit absent
// fields keep their value.
struct MeetingInput {
  std::optional<std::string> body;
  std::optional<std::string> type;
  std::optional<LocalizedText> title;
  std::optional<Place> place;
  std::optional<Date> date;
  std::optional<std::optional<Date>> date_end;
  std::optional<std::vector<std::string>> participants;
  std::optional<std::vector<LocalizedText>> agenda;
  std::optional<std::optional<std::string>> video_link;
  std::optional<bool> cancelled;
  std::optional<std::string> report_status;
  std::optional<std::optional<std::string>> submitted_to;
  std::optional<std::optional<MeetingId>> considered_at;
};

struct AgreementInput {
  std::optional<std::string> number;
  std::optional<bool> heading;
  std::optional<std::optional<std::string>> verb;
  std::optional<LocalizedText> text;
  std::optional<std::vector<std::string>> parties;
};

struct MeetingDetail {
  Meeting meeting;
  std::vector<Agreement> agreements;
  std::vector<Commitment> commitments;
};

class MeetingService {
 public:
  MeetingService(Store& store, const SecretGenerator& secrets, const Clock& clock);

  Result<std::vector<Meeting>> List(const RequestContext& context, const MeetingFilter& filter);
  Result<MeetingDetail> Get(const RequestContext& context, MeetingId id);
  Result<Meeting> Create(const RequestContext& context, const MeetingInput& input);
  Result<Meeting> Update(const RequestContext& context, MeetingId id, const MeetingInput& input,
                         std::optional<std::int64_t> expected_version);

  Result<Agreement> AddAgreement(const RequestContext& context, MeetingId meeting, const AgreementInput& input);
  Result<Agreement> UpdateAgreement(const RequestContext& context, AgreementId id, const AgreementInput& input,
                                    std::optional<std::int64_t> expected_version);
  Result<void> DeleteAgreement(const RequestContext& context, AgreementId id);

  Result<MeetingFile> AddFile(const RequestContext& context, MeetingId meeting, const UploadedFile& file);
  Result<FileDownload> GetFile(const RequestContext& context, MeetingId meeting, AttachmentId file);
  Result<void> DeleteFile(const RequestContext& context, MeetingId meeting, AttachmentId file);

  // Validates a meeting against the process's reference data (used by the importer too).
  static Result<void> Validate(const Meeting& meeting, const ReferenceData& reference);
  static Result<void> ValidateAgreement(const Agreement& agreement, const ReferenceData& reference);

 private:
  Store& store_;
  const SecretGenerator& secrets_;
  const Clock& clock_;
};

// Resolves every event deadline of the process again against its current meetings; records
// what changed in the audit log. Call inside the transaction that changed the meetings.
void ResolveEventDeadlines(Transaction& transaction, const RequestContext& context, ProcessId process, Timestamp now);

// The sort key of an agreement number: "2" < "2.a" < "2.b" < "3" < "10".
int AgreementPosition(std::string_view number);
bool IsValidAgreementNumber(std::string_view number);

}  // namespace enlace
