// Where meetings, agreements, commitments and their files are kept (implemented in meetings/storage).
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "kernel/domain/store.hpp"
#include "meetings/domain/meeting.hpp"

namespace enlace {

struct MeetingFilter {
  std::optional<Date> from;  // meetings ending on or after
  std::optional<Date> to;    // meetings starting on or before
  std::optional<std::string> body;
  bool include_cancelled = true;
};

class MeetingRepository : public Repository {
 public:
  virtual ~MeetingRepository() = default;
  virtual Meeting Create(const Meeting& meeting) = 0;
  virtual std::optional<Meeting> Find(ProcessId process, MeetingId id) = 0;
  virtual std::vector<Meeting> List(ProcessId process, const MeetingFilter& filter) = 0;
  // Writes when the stored version is `expected_version` and bumps it; false when stale.
  virtual bool Update(const Meeting& meeting, std::int64_t expected_version) = 0;
  // The meeting imported from a report with this fingerprint, if any.
  virtual std::optional<MeetingId> FindByFingerprint(ProcessId process, const std::string& fingerprint) = 0;
  virtual void SetFingerprint(MeetingId meeting, const std::string& fingerprint) = 0;

  virtual Agreement CreateAgreement(const Agreement& agreement) = 0;
  virtual std::optional<Agreement> FindAgreement(ProcessId process, AgreementId id) = 0;
  virtual std::vector<Agreement> Agreements(MeetingId meeting) = 0;
  virtual bool UpdateAgreement(const Agreement& agreement, std::int64_t expected_version) = 0;
  virtual void DeleteAgreement(AgreementId id) = 0;
};

struct CommitmentFilter {
  std::optional<std::string> party;  // a country code also matches MEMBER_COUNTRIES
  bool party_includes_member_countries = true;
  std::optional<CommitmentStatus> status;
  std::optional<Date> due_before;  // due on or before
  std::optional<MeetingId> meeting;
  std::optional<AgreementId> agreement;
  bool only_event_deadlines = false;
};

class CommitmentRepository : public Repository {
 public:
  virtual ~CommitmentRepository() = default;
  virtual Commitment Create(ProcessId process, const Commitment& commitment) = 0;
  virtual std::optional<Commitment> Find(ProcessId process, CommitmentId id) = 0;
  // Find, holding the commitment until the write transaction ends, so that writers that recompute
  // it from its updates (answers arriving together) take turns (PostgreSQL: FOR UPDATE; SQLite's
  // write transactions already exclude each other).
  virtual std::optional<Commitment> FindForUpdate(ProcessId process, CommitmentId id) = 0;
  virtual std::vector<Commitment> List(ProcessId process, const CommitmentFilter& filter) = 0;
  virtual bool Update(const Commitment& commitment, std::int64_t expected_version) = 0;
  virtual void Delete(CommitmentId id) = 0;
  virtual CommitmentUpdate AddUpdate(const CommitmentUpdate& update) = 0;
  // Newest first.
  virtual std::vector<CommitmentUpdate> Updates(CommitmentId commitment) = 0;
  virtual std::optional<CommitmentUpdate> FindUpdate(CommitmentId commitment, CommitmentUpdateId id) = 0;
  // Text, links, progress, status, visibility and edited_at of `update`; false when its version moved.
  virtual bool ChangeUpdate(const CommitmentUpdate& update, std::int64_t expected_version) = 0;
  // The answer and its files.
  virtual void DeleteUpdate(CommitmentUpdateId id) = 0;
  // Every update of the process's MEMBER_COUNTRIES commitments, for answer grids.
  virtual std::vector<CommitmentUpdate> UpdatesOf(const std::vector<CommitmentId>& commitments) = 0;
};

// Uploaded files (meeting documents, evidence of progress): bytes kept in the database so that
// every server of an installation sees them, never under the web root.
class FileRepository : public Repository {
 public:
  virtual ~FileRepository() = default;
  virtual MeetingFile Add(ProcessId process, const MeetingFile& file, const std::string& content,
                          std::optional<MeetingId> meeting, std::optional<std::int64_t> update) = 0;
  virtual std::optional<MeetingFile> Find(ProcessId process, AttachmentId id) = 0;
  // The whole content of a file (read in chunks); nullopt when there is no such file.
  virtual std::optional<std::string> Content(AttachmentId id) = 0;
  // `length` bytes of a file's content from byte `offset` (0-based; fewer at its end, none past
  // it), so that a big file can be streamed; nullopt when there is no such file.
  virtual std::optional<std::string> ContentRange(AttachmentId id, std::int64_t offset, std::int64_t length) = 0;
  virtual std::vector<MeetingFile> OfMeeting(MeetingId meeting) = 0;
  virtual std::vector<MeetingFile> OfUpdate(std::int64_t update) = 0;
  // The meeting or update a file belongs to.
  virtual std::pair<std::optional<MeetingId>, std::optional<std::int64_t>> Owner(AttachmentId id) = 0;
  virtual void Delete(AttachmentId id) = 0;
};

// A meeting's package as someone downloaded it (M31): which delegation, and what each path of the
// ZIP held ("<sha256>  <path>" lines, as its manifest-sha256.txt, without index.html), so that a
// later package can list what changed since.
struct MeetingPackageRecord {
  std::int64_t id = 0;
  MeetingId meeting_id;
  std::string delegation;  // the country or organisation of who downloaded it; "TS" for the Secretariat
  std::optional<UserId> downloaded_by;
  std::string language;  // es, en or both
  std::string manifest;
  Timestamp downloaded_at{};
};

// The packages of meetings people downloaded (M31).
class MeetingPackageRepository : public Repository {
 public:
  virtual ~MeetingPackageRepository() = default;
  virtual MeetingPackageRecord Add(ProcessId process, const MeetingPackageRecord& record) = 0;
  virtual std::optional<MeetingPackageRecord> Find(ProcessId process, MeetingId meeting, std::int64_t id) = 0;
  // The latest package of `meeting` downloaded by someone of `delegation`.
  virtual std::optional<MeetingPackageRecord> LastOf(ProcessId process, MeetingId meeting,
                                                     const std::string& delegation) = 0;
};

}  // namespace enlace
