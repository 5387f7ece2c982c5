// The SOCI repositories, one per domain interface. Internal to storage/: the rest of the program
// sees them only through Transaction.
#pragma once

#include <soci/soci.h>

#include "kernel/domain/store.hpp"
#include "kernel/storage/migrations.hpp"

namespace enlace::storage {

class SociReferenceRepository final : public ReferenceRepository {
 public:
  explicit SociReferenceRepository(soci::session& session) : session_(session) {}
  std::optional<Process> FindProcess(std::string_view code) override;
  std::optional<Process> FindProcess(ProcessId id) override;
  std::vector<Process> ListProcesses() override;
  ProcessId Upsert(const ReferenceData& data, Timestamp now) override;
  ReferenceData Load(ProcessId process) override;

 private:
  soci::session& session_;
};

class SociUserRepository final : public UserRepository {
 public:
  explicit SociUserRepository(soci::session& session) : session_(session) {}
  Result<User> Create(const User& user, const std::string& password_hash) override;
  std::optional<User> Find(UserId id) override;
  std::optional<User> FindByEmail(std::string_view email) override;
  std::optional<std::string> PasswordHash(UserId id) override;
  std::vector<User> List(ProcessId process) override;
  bool Update(const User& user, std::int64_t expected_version, Timestamp now) override;
  void SetPasswordHash(UserId id, const std::string& password_hash, Timestamp now) override;
  void SetCalendarTokenHash(UserId id, const std::string& token_hash) override;
  std::optional<User> FindByCalendarTokenHash(const std::string& token_hash) override;

 private:
  soci::session& session_;
};

class SociSessionRepository final : public SessionRepository {
 public:
  explicit SociSessionRepository(soci::session& session) : session_(session) {}
  void Create(const std::string& token_hash, UserId user, const std::string& csrf_token, Timestamp now,
              const std::string& ip) override;
  std::optional<SessionRecord> FindByTokenHash(const std::string& token_hash) override;
  void Touch(std::int64_t session_id, Timestamp now) override;
  void Delete(std::int64_t session_id) override;
  void DeleteForUser(UserId user) override;
  void DeleteExpired(Timestamp idle_before, Timestamp created_before) override;

 private:
  soci::session& session_;
};

class SociLoginThrottleRepository final : public LoginThrottleRepository {
 public:
  explicit SociLoginThrottleRepository(soci::session& session) : session_(session) {}
  std::optional<ThrottleState> Get(const std::string& key) override;
  void Put(const std::string& key, const ThrottleState& state) override;
  void Clear(const std::string& key) override;

 private:
  soci::session& session_;
};

class SociAuditRepository final : public AuditRepository {
 public:
  SociAuditRepository(soci::session& session, Dialect dialect, bool writable)
      : session_(session), dialect_(dialect), writable_(writable) {}
  AuditEntry Append(const AuditRecord& record, Timestamp now) override;
  std::vector<AuditEntry> List(const AuditFilter& filter) override;
  std::vector<AuditEntry> Chain(std::int64_t after_id, int limit) override;

 private:
  soci::session& session_;
  Dialect dialect_;
  bool writable_;
};

class SociContactPointRepository final : public ContactPointRepository {
 public:
  explicit SociContactPointRepository(soci::session& session) : session_(session) {}
  ContactPoint Create(const ContactPoint& contact_point) override;
  std::optional<ContactPoint> Find(ProcessId process, ContactPointId id) override;
  std::vector<ContactPoint> List(ProcessId process, const ContactPointFilter& filter) override;
  std::vector<ContactPoint> History(ProcessId process, const std::string& country, const std::string& network,
                                    const std::string& topic) override;
  bool Update(const ContactPoint& contact_point, std::int64_t expected_version) override;

 private:
  soci::session& session_;
};

class SociMeetingRepository final : public MeetingRepository {
 public:
  explicit SociMeetingRepository(soci::session& session) : session_(session) {}
  Meeting Create(const Meeting& meeting) override;
  std::optional<Meeting> Find(ProcessId process, MeetingId id) override;
  std::vector<Meeting> List(ProcessId process, const MeetingFilter& filter) override;
  bool Update(const Meeting& meeting, std::int64_t expected_version) override;
  std::optional<MeetingId> FindByFingerprint(ProcessId process, const std::string& fingerprint) override;
  void SetFingerprint(MeetingId meeting, const std::string& fingerprint) override;
  Agreement CreateAgreement(const Agreement& agreement) override;
  std::optional<Agreement> FindAgreement(ProcessId process, AgreementId id) override;
  std::vector<Agreement> Agreements(MeetingId meeting) override;
  bool UpdateAgreement(const Agreement& agreement, std::int64_t expected_version) override;
  void DeleteAgreement(AgreementId id) override;

 private:
  soci::session& session_;
};

class SociCommitmentRepository final : public CommitmentRepository {
 public:
  explicit SociCommitmentRepository(soci::session& session) : session_(session) {}
  Commitment Create(ProcessId process, const Commitment& commitment) override;
  std::optional<Commitment> Find(ProcessId process, CommitmentId id) override;
  std::vector<Commitment> List(ProcessId process, const CommitmentFilter& filter) override;
  bool Update(const Commitment& commitment, std::int64_t expected_version) override;
  void Delete(CommitmentId id) override;
  CommitmentUpdate AddUpdate(const CommitmentUpdate& update) override;
  std::vector<CommitmentUpdate> Updates(CommitmentId commitment) override;
  std::vector<CommitmentUpdate> UpdatesOf(const std::vector<CommitmentId>& commitments) override;

 private:
  soci::session& session_;
};

class SociFileRepository final : public FileRepository {
 public:
  explicit SociFileRepository(soci::session& session) : session_(session) {}
  MeetingFile Add(ProcessId process, const MeetingFile& file, const std::string& content,
                  std::optional<MeetingId> meeting, std::optional<std::int64_t> update) override;
  std::optional<MeetingFile> Find(ProcessId process, AttachmentId id) override;
  std::optional<std::string> Content(AttachmentId id) override;
  std::vector<MeetingFile> OfMeeting(MeetingId meeting) override;
  std::vector<MeetingFile> OfUpdate(std::int64_t update) override;
  std::pair<std::optional<MeetingId>, std::optional<std::int64_t>> Owner(AttachmentId id) override;
  void Delete(AttachmentId id) override;

 private:
  soci::session& session_;
};

class SociNotificationRepository final : public NotificationRepository {
 public:
  explicit SociNotificationRepository(soci::session& session) : session_(session) {}
  InAppNotification Add(const InAppNotification& notification) override;
  std::vector<InAppNotification> ForUser(UserId user, bool unread_only, int limit) override;
  int UnreadCount(UserId user) override;
  bool MarkRead(UserId user, std::int64_t id, Timestamp at) override;
  void MarkAllRead(UserId user, Timestamp at) override;

 private:
  soci::session& session_;
};

class SociReminderLogRepository final : public ReminderLogRepository {
 public:
  explicit SociReminderLogRepository(soci::session& session) : session_(session) {}
  Claimed Claim(const std::string& key, Timestamp now, int max_attempts) override;
  void MarkSent(const std::string& key, Timestamp now) override;
  void MarkFailed(const std::string& key, const std::string& error) override;
  std::vector<std::string> FailedKeys(int max_attempts) override;

 private:
  soci::session& session_;
};

class SociImportRepository final : public ImportRepository {
 public:
  explicit SociImportRepository(soci::session& session) : session_(session) {}
  ReportImport Create(const ReportImport& record) override;
  std::optional<ReportImport> Find(ProcessId process, ImportId id) override;
  bool MarkConfirmed(ImportId id, MeetingId meeting, const nlohmann::json& reading, Timestamp at) override;

 private:
  soci::session& session_;
};

// Helpers shared by the repositories.
std::string JoinList(const std::vector<std::string>& items, char separator = ',');
std::vector<std::string> SplitList(const std::string& text, char separator = ',');
Timestamp TimestampFrom(const std::string& text);
std::optional<Timestamp> OptionalTimestampFrom(const std::optional<std::string>& text);
std::optional<Date> OptionalDateFrom(const std::optional<std::string>& text);
std::optional<std::string> OptionalText(const std::optional<Date>& date);
std::string Base64Encode(std::string_view bytes);
std::optional<std::string> Base64Decode(std::string_view text);

}  // namespace enlace::storage
