// Meetings, agreements, commitments and files over SOCI.
#pragma once

#include <soci/soci.h>

#include "kernel/storage/storage_module.hpp"
#include "meetings/domain/meeting_repository.hpp"

namespace enlace::storage {

class SociMeetingRepository final : public MeetingRepository {
 public:
  explicit SociMeetingRepository(Connection& connection) : session_(connection.session) {}
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
  explicit SociCommitmentRepository(Connection& connection)
      : session_(connection.session), dialect_(connection.dialect) {}
  Commitment Create(ProcessId process, const Commitment& commitment) override;
  std::optional<Commitment> Find(ProcessId process, CommitmentId id) override;
  std::optional<Commitment> FindForUpdate(ProcessId process, CommitmentId id) override;
  std::vector<Commitment> List(ProcessId process, const CommitmentFilter& filter) override;
  bool Update(const Commitment& commitment, std::int64_t expected_version) override;
  void Delete(CommitmentId id) override;
  CommitmentUpdate AddUpdate(const CommitmentUpdate& update) override;
  std::vector<CommitmentUpdate> Updates(CommitmentId commitment) override;
  std::optional<CommitmentUpdate> FindUpdate(CommitmentId commitment, CommitmentUpdateId id) override;
  bool ChangeUpdate(const CommitmentUpdate& update, std::int64_t expected_version) override;
  void DeleteUpdate(CommitmentUpdateId id) override;
  std::vector<CommitmentUpdate> UpdatesOf(const std::vector<CommitmentId>& commitments) override;

 private:
  soci::session& session_;
  Dialect dialect_;
};

class SociFileRepository final : public FileRepository {
 public:
  explicit SociFileRepository(Connection& connection) : session_(connection.session), dialect_(connection.dialect) {}
  MeetingFile Add(ProcessId process, const MeetingFile& file, const std::string& content,
                  std::optional<MeetingId> meeting, std::optional<std::int64_t> update) override;
  std::optional<MeetingFile> Find(ProcessId process, AttachmentId id) override;
  std::optional<std::string> Content(AttachmentId id) override;
  std::optional<std::string> ContentRange(AttachmentId id, std::int64_t offset, std::int64_t length) override;
  std::vector<MeetingFile> OfMeeting(MeetingId meeting) override;
  std::vector<MeetingFile> OfUpdate(std::int64_t update) override;
  std::pair<std::optional<MeetingId>, std::optional<std::int64_t>> Owner(AttachmentId id) override;
  void Delete(AttachmentId id) override;

 private:
  soci::session& session_;
  Dialect dialect_;
};

class SociMeetingPackageRepository final : public MeetingPackageRepository {
 public:
  explicit SociMeetingPackageRepository(Connection& connection) : session_(connection.session) {}
  MeetingPackageRecord Add(ProcessId process, const MeetingPackageRecord& record) override;
  std::optional<MeetingPackageRecord> Find(ProcessId process, MeetingId meeting, std::int64_t id) override;
  std::optional<MeetingPackageRecord> LastOf(ProcessId process, MeetingId meeting,
                                             const std::string& delegation) override;

 private:
  soci::session& session_;
};

void RegisterMeetingRepositories(RepositoryRegistry& registry);

}  // namespace enlace::storage
