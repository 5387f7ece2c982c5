// Repository interfaces and the transaction that binds them.
//
// A service opens one Transaction per operation, reads and writes through its repositories, and
// commits; destroying an uncommitted Transaction rolls it back, so an operation that fails halfway
// leaves nothing behind. The same interfaces are implemented once over SOCI for SQLite and
// PostgreSQL (storage/), and checked by one contract suite against both.
//
// Errors: what the caller can expect (a record that is not there, a stale version) comes back as a
// value (optional, bool, Result). A failure of the database itself (connection lost, disk full)
// throws StorageFailure; the HTTP layer answers 503 for it, the CLI prints it and exits non-zero.
#pragma once

#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "kernel/domain/audit.hpp"
#include "contacts/domain/contact_point.hpp"
#include "kernel/domain/error.hpp"
#include "meetings/domain/meeting.hpp"
#include "notifications/domain/notification.hpp"
#include "reference/domain/reference.hpp"
#include "imports/domain/report_reader.hpp"
#include "accounts/domain/user.hpp"

namespace enlace {

class StorageFailure : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class ReferenceRepository {
 public:
  virtual ~ReferenceRepository() = default;
  virtual std::optional<Process> FindProcess(std::string_view code) = 0;
  virtual std::optional<Process> FindProcess(ProcessId id) = 0;
  virtual std::vector<Process> ListProcesses() = 0;
  // Creates the process or updates its names, and replaces nothing else: countries,
  // organisations, networks and topics are inserted or updated by code, never deleted
  // (records elsewhere refer to them).
  virtual ProcessId Upsert(const ReferenceData& data, Timestamp now) = 0;
  virtual ReferenceData Load(ProcessId process) = 0;
};

class UserRepository {
 public:
  virtual ~UserRepository() = default;
  // kConflict "email_taken" when the address is in use.
  virtual Result<User> Create(const User& user, const std::string& password_hash) = 0;
  virtual std::optional<User> Find(UserId id) = 0;
  virtual std::optional<User> FindByEmail(std::string_view email) = 0;
  virtual std::optional<std::string> PasswordHash(UserId id) = 0;
  virtual std::vector<User> List(ProcessId process) = 0;
  // Writes `user` when its stored version is `expected_version`; returns false when stale.
  virtual bool Update(const User& user, std::int64_t expected_version, Timestamp now) = 0;
  virtual void SetPasswordHash(UserId id, const std::string& password_hash, Timestamp now) = 0;
  // The private calendar feed: only the token's hash is stored.
  virtual void SetCalendarTokenHash(UserId id, const std::string& token_hash) = 0;
  virtual std::optional<User> FindByCalendarTokenHash(const std::string& token_hash) = 0;
};

struct SessionRecord {
  std::int64_t id = 0;
  UserId user_id = 0;
  std::string csrf_token;
  Timestamp created_at{};
  Timestamp last_seen_at{};
};

class SessionRepository {
 public:
  virtual ~SessionRepository() = default;
  virtual void Create(const std::string& token_hash, UserId user, const std::string& csrf_token, Timestamp now,
                      const std::string& ip) = 0;
  virtual std::optional<SessionRecord> FindByTokenHash(const std::string& token_hash) = 0;
  virtual void Touch(std::int64_t session_id, Timestamp now) = 0;
  virtual void Delete(std::int64_t session_id) = 0;
  virtual void DeleteForUser(UserId user) = 0;
  virtual void DeleteExpired(Timestamp idle_before, Timestamp created_before) = 0;
};

struct ThrottleState {
  int failures = 0;
  Timestamp window_start{};
  std::optional<Timestamp> locked_until;
};

// Failed sign-in counts per key ("email:…", "ip:…"), shared by every server of the installation.
class LoginThrottleRepository {
 public:
  virtual ~LoginThrottleRepository() = default;
  virtual std::optional<ThrottleState> Get(const std::string& key) = 0;
  virtual void Put(const std::string& key, const ThrottleState& state) = 0;
  virtual void Clear(const std::string& key) = 0;
};

class AuditRepository {
 public:
  virtual ~AuditRepository() = default;
  // Appends at the end of the chain; entries are serialised across transactions and servers.
  virtual AuditEntry Append(const AuditRecord& record, Timestamp now) = 0;
  virtual std::vector<AuditEntry> List(const AuditFilter& filter) = 0;
  // Every entry in order, for verification; `after_id` and `limit` page through.
  virtual std::vector<AuditEntry> Chain(std::int64_t after_id, int limit) = 0;
};

class ContactPointRepository {
 public:
  virtual ~ContactPointRepository() = default;
  virtual ContactPoint Create(const ContactPoint& contact_point) = 0;
  virtual std::optional<ContactPoint> Find(ProcessId process, ContactPointId id) = 0;
  virtual std::vector<ContactPoint> List(ProcessId process, const ContactPointFilter& filter) = 0;
  // Every term of a country × network × topic, newest first.
  virtual std::vector<ContactPoint> History(ProcessId process, const std::string& country, const std::string& network,
                                            const std::string& topic) = 0;
  // Writes when the stored version is `expected_version` and bumps it; false when stale.
  virtual bool Update(const ContactPoint& contact_point, std::int64_t expected_version) = 0;
};

struct MeetingFilter {
  std::optional<Date> from;  // meetings ending on or after
  std::optional<Date> to;    // meetings starting on or before
  std::optional<std::string> body;
  bool include_cancelled = true;
};

class MeetingRepository {
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

class CommitmentRepository {
 public:
  virtual ~CommitmentRepository() = default;
  virtual Commitment Create(ProcessId process, const Commitment& commitment) = 0;
  virtual std::optional<Commitment> Find(ProcessId process, CommitmentId id) = 0;
  virtual std::vector<Commitment> List(ProcessId process, const CommitmentFilter& filter) = 0;
  virtual bool Update(const Commitment& commitment, std::int64_t expected_version) = 0;
  virtual void Delete(CommitmentId id) = 0;
  virtual CommitmentUpdate AddUpdate(const CommitmentUpdate& update) = 0;
  // Newest first.
  virtual std::vector<CommitmentUpdate> Updates(CommitmentId commitment) = 0;
  // Every update of the process's MEMBER_COUNTRIES commitments, for answer grids.
  virtual std::vector<CommitmentUpdate> UpdatesOf(const std::vector<CommitmentId>& commitments) = 0;
};

// Uploaded files (meeting documents, evidence of progress): bytes kept in the database so that
// every server of an installation sees them, never under the web root.
class FileRepository {
 public:
  virtual ~FileRepository() = default;
  virtual MeetingFile Add(ProcessId process, const MeetingFile& file, const std::string& content,
                          std::optional<MeetingId> meeting, std::optional<std::int64_t> update) = 0;
  virtual std::optional<MeetingFile> Find(ProcessId process, AttachmentId id) = 0;
  virtual std::optional<std::string> Content(AttachmentId id) = 0;
  virtual std::vector<MeetingFile> OfMeeting(MeetingId meeting) = 0;
  virtual std::vector<MeetingFile> OfUpdate(std::int64_t update) = 0;
  // The meeting or update a file belongs to.
  virtual std::pair<std::optional<MeetingId>, std::optional<std::int64_t>> Owner(AttachmentId id) = 0;
  virtual void Delete(AttachmentId id) = 0;
};

struct InAppNotification {
  std::int64_t id = 0;
  UserId user_id = 0;
  ReminderKind kind = ReminderKind::kDueSoon;
  std::optional<CommitmentId> commitment_id;
  nlohmann::json payload;  // what the interface shows, both languages
  Timestamp created_at{};
  std::optional<Timestamp> read_at;
};

class NotificationRepository {
 public:
  virtual ~NotificationRepository() = default;
  virtual InAppNotification Add(const InAppNotification& notification) = 0;
  virtual std::vector<InAppNotification> ForUser(UserId user, bool unread_only, int limit) = 0;
  virtual int UnreadCount(UserId user) = 0;
  virtual bool MarkRead(UserId user, std::int64_t id, Timestamp at) = 0;
  virtual void MarkAllRead(UserId user, Timestamp at) = 0;
};

// Exactly-once delivery of reminders across servers: a reminder is sent by whoever inserts its
// key first; a failed delivery may be claimed again a few times.
class ReminderLogRepository {
 public:
  virtual ~ReminderLogRepository() = default;
  enum class Claimed { kNo, kFirst, kRetry };
  // kFirst or kRetry when this caller now owns the reminder (first claim, or a retry of a failed
  // delivery); kNo when someone else has it or it was sent.
  virtual Claimed Claim(const std::string& key, Timestamp now, int max_attempts) = 0;
  virtual void MarkSent(const std::string& key, Timestamp now) = 0;
  virtual void MarkFailed(const std::string& key, const std::string& error) = 0;
  virtual std::vector<std::string> FailedKeys(int max_attempts) = 0;
};

// Uploaded reports and their readings (M5), kept for review and after confirmation.
class ImportRepository {
 public:
  virtual ~ImportRepository() = default;
  virtual ReportImport Create(const ReportImport& record) = 0;
  virtual std::optional<ReportImport> Find(ProcessId process, ImportId id) = 0;
  // Marks a pending import confirmed into `meeting` and keeps the reading as it was saved; false
  // when the import is no longer pending (confirmed by someone else meanwhile).
  virtual bool MarkConfirmed(ImportId id, MeetingId meeting, const nlohmann::json& reading, Timestamp at) = 0;
};

enum class TransactionMode { kRead, kWrite };

class Transaction {
 public:
  virtual ~Transaction() = default;
  virtual ReferenceRepository& reference() = 0;
  virtual UserRepository& users() = 0;
  virtual SessionRepository& sessions() = 0;
  virtual LoginThrottleRepository& login_throttle() = 0;
  virtual AuditRepository& audit() = 0;
  virtual ContactPointRepository& contact_points() = 0;
  virtual MeetingRepository& meetings() = 0;
  virtual CommitmentRepository& commitments() = 0;
  virtual FileRepository& files() = 0;
  virtual NotificationRepository& notifications() = 0;
  virtual ReminderLogRepository& reminders() = 0;
  virtual ImportRepository& imports() = 0;
  virtual void Commit() = 0;
};

class Store {
 public:
  virtual ~Store() = default;
  // Thread-safe. Blocks while every connection is busy.
  virtual std::unique_ptr<Transaction> Begin(TransactionMode mode) = 0;
  virtual bool Ping() = 0;
  virtual std::string_view backend_name() const = 0;  // "sqlite" or "postgresql"
};

}  // namespace enlace
