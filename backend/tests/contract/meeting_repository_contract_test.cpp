// The contract of the meetings capability's repositories — meetings with their agreements and
// import fingerprints, commitments with their updates and filters, stored files — on SQLite and
// PostgreSQL alike.
#include <gtest/gtest.h>

#include "contract/repository_contract.hpp"
#include "meetings/domain/meeting_repository.hpp"

namespace enlace::testing {
namespace {

Date Day(int year, unsigned month, unsigned day) {
  return Date{std::chrono::year{year}, std::chrono::month{month}, std::chrono::day{day}};
}

class MeetingRepositoryContract : public RepositoryContract {
 protected:
  Meeting NewMeeting(const std::string& body, Date date, ProcessId process = ProcessId{0}) {
    Meeting meeting;
    meeting.process_id = process == ProcessId{0} ? process_ : process;
    meeting.body = body;
    meeting.place = Place{"Tegucigalpa", "HN"};
    meeting.date = date;
    meeting.created_at = meeting.updated_at = At("2026-02-01T00:00:00Z");
    auto transaction = store_->Begin(TransactionMode::kWrite);
    auto created = transaction->Get<MeetingRepository>().Create(meeting);
    transaction->Commit();
    return created;
  }
  Agreement NewAgreement(MeetingId meeting, const std::string& number, int position) {
    Agreement agreement;
    agreement.meeting_id = meeting;
    agreement.number = number;
    agreement.position = position;
    agreement.text = LocalizedText{"Texto " + number, std::nullopt};
    auto transaction = store_->Begin(TransactionMode::kWrite);
    auto created = transaction->Get<MeetingRepository>().CreateAgreement(agreement);
    transaction->Commit();
    return created;
  }
  Commitment NewCommitment(const Agreement& agreement, const std::string& party, std::optional<Date> due,
                           DeadlineKind kind = DeadlineKind::kDate) {
    Commitment commitment;
    commitment.agreement_id = agreement.id;
    commitment.meeting_id = agreement.meeting_id;
    commitment.party = party;
    commitment.action = LocalizedText{"Enviar", "Send"};
    commitment.deadline = Deadline{"as written", kind, due, std::nullopt};
    if (kind == DeadlineKind::kEvent) commitment.deadline.event = DeadlineEvent{"TS", EventWhich::kNext};
    commitment.created_at = commitment.updated_at = At("2026-02-02T00:00:00Z");
    auto transaction = store_->Begin(TransactionMode::kWrite);
    auto created = transaction->Get<CommitmentRepository>().Create(process_, commitment);
    transaction->Commit();
    return created;
  }
};

INSTANTIATE_TEST_SUITE_P(Databases, MeetingRepositoryContract,
                         ::testing::Values(Backend::kSqlite, Backend::kPostgresql),
                         [](const auto& info) { return BackendName(info.param); });

TEST_P(MeetingRepositoryContract, AMeetingKeepsEveryField) {
  auto other = OtherProcess();  // before any write transaction: SQLite has one writer
  auto considered = NewMeeting("TS", Day(2017, 6, 20));
  Meeting meeting;
  meeting.process_id = process_;
  meeting.body = "NET";
  meeting.type = MeetingType::kVirtual;
  meeting.title = LocalizedText{"Reunión ordinaria", "Regular meeting"};
  meeting.place = Place{"San Pedro Sula", "HN"};
  meeting.date = Day(2016, 11, 15);
  meeting.date_end = Day(2016, 11, 16);
  meeting.participants = {"HN", "GT", "TS"};
  meeting.agenda = {LocalizedText{"Matrices", "Matrices"}, LocalizedText{"Glosario", std::nullopt}};
  meeting.video_link = "https://meet.example/net";
  meeting.cancelled = true;
  meeting.report_status = ReportStatus::kConsidered;
  meeting.submitted_to = "TS";
  meeting.considered_at = considered.id;
  meeting.created_at = meeting.updated_at = At("2026-02-01T10:00:00Z");
  auto transaction = store_->Begin(TransactionMode::kWrite);
  auto created = transaction->Get<MeetingRepository>().Create(meeting);
  transaction->Commit();
  auto reader = store_->Begin(TransactionMode::kRead);
  auto found = reader->Get<MeetingRepository>().Find(process_, created.id);
  ASSERT_TRUE(found);
  EXPECT_EQ(found->version, 1);
  EXPECT_EQ(found->body, "NET");
  EXPECT_EQ(found->type, MeetingType::kVirtual);
  EXPECT_EQ(found->title.es, std::optional<std::string>("Reunión ordinaria"));
  EXPECT_EQ(found->place, meeting.place);
  EXPECT_EQ(found->date, meeting.date);
  EXPECT_EQ(found->date_end, meeting.date_end);
  EXPECT_EQ(found->participants, meeting.participants) << "in the order written";
  ASSERT_EQ(found->agenda.size(), 2u);
  EXPECT_FALSE(found->agenda[1].en);
  EXPECT_EQ(found->video_link, meeting.video_link);
  EXPECT_TRUE(found->cancelled);
  EXPECT_EQ(found->report_status, ReportStatus::kConsidered);
  EXPECT_EQ(found->submitted_to, meeting.submitted_to);
  EXPECT_EQ(found->considered_at, std::optional<MeetingId>(considered.id));
  EXPECT_EQ(found->created_at, meeting.created_at);
  EXPECT_FALSE(reader->Get<MeetingRepository>().Find(other, created.id)) << "another process sees nothing";
}

TEST_P(MeetingRepositoryContract, MeetingsListNewestFirstAndFilterByDatesAndBody) {
  auto other = OtherProcess();  // before any write transaction: SQLite has one writer
  auto first = NewMeeting("NET", Day(2016, 11, 15));
  auto second = NewMeeting("TS", Day(2017, 6, 20));
  auto third = NewMeeting("NET", Day(2018, 3, 1));
  auto transaction = store_->Begin(TransactionMode::kWrite);
  auto& meetings = transaction->Get<MeetingRepository>();
  auto all = meetings.List(process_, MeetingFilter{});
  ASSERT_EQ(all.size(), 3u);
  EXPECT_EQ(all[0].id, third.id);
  EXPECT_EQ(all[2].id, first.id);
  EXPECT_EQ(meetings.List(process_, MeetingFilter{.body = "NET"}).size(), 2u);
  EXPECT_EQ(meetings.List(process_, MeetingFilter{.from = Day(2017, 1, 1)}).size(), 2u);
  EXPECT_EQ(meetings.List(process_, MeetingFilter{.to = Day(2017, 6, 20)}).size(), 2u);
  auto cancelled = second;
  cancelled.cancelled = true;
  ASSERT_TRUE(meetings.Update(cancelled, 1));
  EXPECT_EQ(meetings.List(process_, MeetingFilter{.include_cancelled = false}).size(), 2u);
  EXPECT_TRUE(meetings.List(other, MeetingFilter{}).empty());
}

TEST_P(MeetingRepositoryContract, AMeetingUpdateNeedsTheStoredVersion) {
  auto meeting = NewMeeting("NET", Day(2016, 11, 15));
  auto transaction = store_->Begin(TransactionMode::kWrite);
  auto& meetings = transaction->Get<MeetingRepository>();
  meeting.date = Day(2016, 11, 16);
  meeting.date_end = Day(2016, 11, 17);
  EXPECT_TRUE(meetings.Update(meeting, 1));
  EXPECT_FALSE(meetings.Update(meeting, 1)) << "stale version";
  auto stored = meetings.Find(process_, meeting.id);
  EXPECT_EQ(stored->version, 2);
  EXPECT_EQ(stored->date, Day(2016, 11, 16));
  EXPECT_EQ(stored->date_end, Day(2016, 11, 17));
}

TEST_P(MeetingRepositoryContract, AFingerprintFindsTheMeetingOfAnImportedReportInItsProcessOnly) {
  auto other = OtherProcess();  // before any write transaction: SQLite has one writer
  auto meeting = NewMeeting("NET", Day(2016, 11, 15));
  auto transaction = store_->Begin(TransactionMode::kWrite);
  auto& meetings = transaction->Get<MeetingRepository>();
  EXPECT_FALSE(meetings.FindByFingerprint(process_, "abc"));
  meetings.SetFingerprint(meeting.id, "abc");
  EXPECT_EQ(meetings.FindByFingerprint(process_, "abc"), std::optional<MeetingId>(meeting.id));
  EXPECT_FALSE(meetings.FindByFingerprint(other, "abc"));
}

TEST_P(MeetingRepositoryContract, AgreementsKeepTheirOrderFieldsAndVersion) {
  auto other = OtherProcess();  // before any write transaction: SQLite has one writer
  auto meeting = NewMeeting("NET", Day(2016, 11, 15));
  NewAgreement(meeting.id, "3", 3000);
  Agreement heading;
  heading.meeting_id = meeting.id;
  heading.number = "2";
  heading.position = 2000;
  heading.heading = true;
  heading.verb = "thank";
  heading.text = LocalizedText{"Con respecto a:", "Regarding:"};
  heading.parties = {"HN", "TS"};
  auto transaction = store_->Begin(TransactionMode::kWrite);
  auto& meetings = transaction->Get<MeetingRepository>();
  auto created = meetings.CreateAgreement(heading);
  auto listed = meetings.Agreements(meeting.id);
  ASSERT_EQ(listed.size(), 2u);
  EXPECT_EQ(listed[0].number, "2") << "in report order";
  EXPECT_TRUE(listed[0].heading);
  EXPECT_EQ(listed[0].verb, std::optional<std::string>("thank"));
  EXPECT_EQ(listed[0].parties, heading.parties);
  EXPECT_EQ(listed[0].text.en, std::optional<std::string>("Regarding:"));
  auto changed = created;
  changed.text.en.reset();
  changed.verb.reset();
  EXPECT_TRUE(meetings.UpdateAgreement(changed, 1));
  EXPECT_FALSE(meetings.UpdateAgreement(changed, 1)) << "stale version";
  auto stored = meetings.FindAgreement(process_, created.id);
  EXPECT_EQ(stored->version, 2);
  EXPECT_FALSE(stored->text.en);
  EXPECT_FALSE(stored->verb);
  EXPECT_FALSE(meetings.FindAgreement(other, created.id));
}

TEST_P(MeetingRepositoryContract, DeletingAnAgreementDeletesItsCommitments) {
  auto meeting = NewMeeting("NET", Day(2016, 11, 15));
  auto agreement = NewAgreement(meeting.id, "7", 7000);
  auto commitment = NewCommitment(agreement, "HN", Day(2017, 1, 15));
  auto transaction = store_->Begin(TransactionMode::kWrite);
  transaction->Get<MeetingRepository>().DeleteAgreement(agreement.id);
  EXPECT_FALSE(transaction->Get<MeetingRepository>().FindAgreement(process_, agreement.id));
  EXPECT_FALSE(transaction->Get<CommitmentRepository>().Find(process_, commitment.id));
}

TEST_P(MeetingRepositoryContract, ACommitmentKeepsItsDeadlineAsWrittenAndResolved) {
  auto other = OtherProcess();  // before any write transaction: SQLite has one writer
  auto meeting = NewMeeting("NET", Day(2016, 11, 15));
  auto agreement = NewAgreement(meeting.id, "2.b", 2002);
  auto event = NewCommitment(agreement, "TS", std::nullopt, DeadlineKind::kEvent);
  auto dated = NewCommitment(agreement, "MEMBER_COUNTRIES", Day(2017, 1, 15), DeadlineKind::kRelative);
  auto transaction = store_->Begin(TransactionMode::kWrite);
  auto& commitments = transaction->Get<CommitmentRepository>();
  auto found = commitments.Find(process_, event.id);
  ASSERT_TRUE(found);
  EXPECT_EQ(found->agreement_number, "2.b");
  EXPECT_EQ(found->meeting_id, meeting.id);
  EXPECT_EQ(found->action, (LocalizedText{"Enviar", "Send"}));
  EXPECT_EQ(found->deadline, event.deadline);
  EXPECT_EQ(found->deadline.event, (std::optional<DeadlineEvent>(DeadlineEvent{"TS", EventWhich::kNext})));
  EXPECT_EQ(commitments.Find(process_, dated.id)->deadline.kind, DeadlineKind::kRelative);
  auto resolved = *found;
  resolved.deadline.due = Day(2017, 6, 20);
  resolved.status = CommitmentStatus::kInProgress;
  resolved.progress = 40;
  EXPECT_TRUE(commitments.Update(resolved, 1));
  EXPECT_FALSE(commitments.Update(resolved, 1)) << "stale version";
  auto stored = commitments.Find(process_, event.id);
  EXPECT_EQ(stored->version, 2);
  EXPECT_EQ(stored->deadline.due, Day(2017, 6, 20));
  EXPECT_EQ(stored->status, CommitmentStatus::kInProgress);
  EXPECT_EQ(stored->progress, 40);
  EXPECT_FALSE(commitments.Find(other, event.id));
  commitments.Delete(dated.id);
  EXPECT_FALSE(commitments.Find(process_, dated.id));
}

TEST_P(MeetingRepositoryContract, CommitmentsFilterByPartyStatusDueDateMeetingAgreementAndEvent) {
  auto other = OtherProcess();  // before any write transaction: SQLite has one writer
  auto first = NewMeeting("NET", Day(2016, 11, 15));
  auto second = NewMeeting("NET", Day(2017, 11, 15));
  auto one = NewAgreement(first.id, "1", 1000);
  auto two = NewAgreement(first.id, "2", 2000);
  auto later = NewAgreement(second.id, "1", 1000);
  auto honduras = NewCommitment(one, "HN", Day(2017, 3, 1));
  auto everyone = NewCommitment(two, "MEMBER_COUNTRIES", Day(2017, 1, 15));
  auto undated = NewCommitment(two, "GT", std::nullopt, DeadlineKind::kVague);
  auto event = NewCommitment(later, "TS", std::nullopt, DeadlineKind::kEvent);
  auto transaction = store_->Begin(TransactionMode::kWrite);
  auto& commitments = transaction->Get<CommitmentRepository>();
  auto ids = [&](const CommitmentFilter& filter) {
    std::vector<CommitmentId> found;
    for (const auto& commitment : commitments.List(process_, filter)) found.push_back(commitment.id);
    return found;
  };
  EXPECT_EQ(ids({}), (std::vector<CommitmentId>{everyone.id, honduras.id, event.id, undated.id}))
      << "by due date, undated last, then by the agreement's place in its report";
  EXPECT_EQ(ids({.party = "HN"}), (std::vector<CommitmentId>{everyone.id, honduras.id}))
      << "a member country's list includes what all member countries owe";
  EXPECT_EQ(ids({.party = "HN", .party_includes_member_countries = false}), (std::vector<CommitmentId>{honduras.id}));
  EXPECT_EQ(ids({.due_before = Day(2017, 2, 1)}), (std::vector<CommitmentId>{everyone.id}));
  EXPECT_EQ(ids({.meeting = second.id}), (std::vector<CommitmentId>{event.id}));
  EXPECT_EQ(ids({.agreement = two.id}), (std::vector<CommitmentId>{everyone.id, undated.id}));
  EXPECT_EQ(ids({.only_event_deadlines = true}), (std::vector<CommitmentId>{event.id}));
  auto done = honduras;
  done.status = CommitmentStatus::kDone;
  ASSERT_TRUE(commitments.Update(done, 1));
  EXPECT_EQ(ids({.status = CommitmentStatus::kDone}), (std::vector<CommitmentId>{honduras.id}));
  EXPECT_TRUE(commitments.List(other, {}).empty());
}

TEST_P(MeetingRepositoryContract, ProgressUpdatesKeepTheirCountryLinksAndAuthorNewestFirst) {
  auto author = NewUser("hn@example.org");
  auto meeting = NewMeeting("NET", Day(2016, 11, 15));
  auto agreement = NewAgreement(meeting.id, "7", 7000);
  auto shared = NewCommitment(agreement, "MEMBER_COUNTRIES", Day(2017, 1, 15));
  auto own = NewCommitment(agreement, "HN", Day(2017, 1, 15));
  auto transaction = store_->Begin(TransactionMode::kWrite);
  auto& commitments = transaction->Get<CommitmentRepository>();
  CommitmentUpdate update;
  update.commitment_id = shared.id;
  update.country = "HN";
  update.text = "Comentarios enviados — ñandú";
  update.links = {"https://example.org/a", "https://example.org/b"};
  update.progress = 50;
  update.status = CommitmentStatus::kInProgress;
  update.author_id = author.id;
  update.author_name = author.name;
  update.at = At("2026-03-01T12:00:00Z");
  auto first = commitments.AddUpdate(update);
  update.country = "GT";
  update.links.clear();
  update.progress.reset();
  update.status.reset();
  update.at = At("2026-03-02T12:00:00Z");
  auto second = commitments.AddUpdate(update);
  update.commitment_id = own.id;
  update.country.reset();
  commitments.AddUpdate(update);
  auto updates = commitments.Updates(shared.id);
  ASSERT_EQ(updates.size(), 2u);
  EXPECT_EQ(updates[0].id, second.id) << "newest first";
  EXPECT_EQ(updates[1].country, std::optional<std::string>("HN"));
  EXPECT_EQ(updates[1].text, "Comentarios enviados — ñandú");
  EXPECT_EQ(updates[1].links, (std::vector<std::string>{"https://example.org/a", "https://example.org/b"}));
  EXPECT_EQ(updates[1].progress, std::optional<int>(50));
  EXPECT_EQ(updates[1].status, std::optional<CommitmentStatus>(CommitmentStatus::kInProgress));
  EXPECT_EQ(updates[1].author_name, author.name);
  EXPECT_EQ(updates[1].at, At("2026-03-01T12:00:00Z"));
  EXPECT_FALSE(updates[0].progress);
  EXPECT_EQ(commitments.UpdatesOf({shared.id, own.id}).size(), 3u);
  EXPECT_TRUE(commitments.UpdatesOf({}).empty());
  (void)first;
}

TEST_P(MeetingRepositoryContract, FilesBelongToAMeetingOrAnUpdateAndKeepTheirBytes) {
  auto other = OtherProcess();  // before any write transaction: SQLite has one writer
  auto author = NewUser("ts@example.org", Role::kSecretariat);
  auto meeting = NewMeeting("NET", Day(2016, 11, 15));
  auto agreement = NewAgreement(meeting.id, "7", 7000);
  auto commitment = NewCommitment(agreement, "HN", Day(2017, 1, 15));
  auto transaction = store_->Begin(TransactionMode::kWrite);
  CommitmentUpdate update;
  update.commitment_id = commitment.id;
  update.text = "Evidence";
  update.author_id = author.id;
  update.author_name = author.name;
  update.at = At("2026-03-01T12:00:00Z");
  auto stored_update = transaction->Get<CommitmentRepository>().AddUpdate(update);
  auto& files = transaction->Get<FileRepository>();
  MeetingFile file;
  file.file_name = "Informe final.pdf";
  file.content_type = "application/pdf";
  std::string bytes("%PDF-1.4\n\0\x01\xff binary", 20);
  file.size = static_cast<std::int64_t>(bytes.size());
  file.sha256 = "0123";
  file.uploaded_by = author.id;
  file.uploaded_at = At("2026-03-01T12:00:00Z");
  auto of_meeting = files.Add(process_, file, bytes, meeting.id, std::nullopt);
  auto of_update = files.Add(process_, file, "%PDF-1.4 evidence", std::nullopt, stored_update.id);
  EXPECT_EQ(files.Content(of_meeting.id), std::optional<std::string>(bytes)) << "every byte, NUL included";
  auto found = files.Find(process_, of_meeting.id);
  ASSERT_TRUE(found);
  EXPECT_EQ(found->file_name, "Informe final.pdf");
  EXPECT_EQ(found->size, 20);
  EXPECT_EQ(found->uploaded_at, file.uploaded_at);
  EXPECT_EQ(files.OfMeeting(meeting.id).size(), 1u);
  EXPECT_EQ(files.OfUpdate(stored_update.id).size(), 1u);
  EXPECT_EQ(files.Owner(of_meeting.id).first, std::optional<MeetingId>(meeting.id));
  EXPECT_EQ(files.Owner(of_update.id).second, std::optional<std::int64_t>(stored_update.id));
  EXPECT_FALSE(files.Find(other, of_meeting.id));
  files.Delete(of_meeting.id);
  EXPECT_FALSE(files.Find(process_, of_meeting.id));
  EXPECT_FALSE(files.Content(of_meeting.id));
}

}  // namespace
}  // namespace enlace::testing
