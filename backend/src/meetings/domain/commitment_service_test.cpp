// CommitmentService over a TestKernel: what a commitment needs, who reports progress on it, the
// answers of a request to all member countries, and the follow-up overview.
#include "meetings/domain/commitment_service.hpp"

#include <gtest/gtest.h>

#include <set>

#include "accounts/capability.hpp"
#include "accounts/testing/account_fixtures.hpp"
#include "kernel/testing/results.hpp"
#include "meetings/capability.hpp"
#include "meetings/testing/meeting_records.hpp"
#include "reference/capability.hpp"
#include "reference/testing/reference_fixtures.hpp"

namespace enlace::testing {
namespace {

ProgressReport Saying(std::string text, std::optional<int> progress = std::nullopt,
                      std::optional<std::string> status = std::nullopt) {
  ProgressReport report;
  report.text = std::move(text);
  report.progress = progress;
  report.status = std::move(status);
  return report;
}

class CommitmentServiceTest : public ::testing::Test {
 protected:
  void SetUp() override { agreement_ = records_.Agreement(records_.SanPedroSula(), "7"); }
  Commitment Stored(CommitmentId id) { return commitments_.Get(secretariat_, id)->commitment; }
  std::map<std::string, ResponseState> Answers(CommitmentId id) {
    std::map<std::string, ResponseState> states;
    auto detail = commitments_.Get(secretariat_, id);
    for (const auto& response : detail->responses) states[response.country] = response.state;
    return states;
  }

  TestKernel test_{{ReferenceCapability(), AccountsCapability(), MeetingsCapability()}};
  People people_{test_, InstallRcm(test_)};
  RequestContext secretariat_ = people_.Secretariat();
  CommitmentService& commitments_ = test_.Get<CommitmentService>();
  MeetingRecords records_{test_, secretariat_};
  AgreementId agreement_;
};

TEST_F(CommitmentServiceTest, ACommitmentNeedsAKnownPartyAndAnAction) {
  EXPECT_EQ(FieldReasons(commitments_.Create(secretariat_, agreement_, CommitmentInput{})),
            (Fields{"party:required", "action:required"}));
  CommitmentInput input;
  input.party = "CO";
  input.action = LocalizedText{std::string(2001, 'x'), "Send"};
  EXPECT_EQ(FieldReasons(commitments_.Create(secretariat_, agreement_, input)),
            (Fields{"party:unknown_party", "action.es:too_long"}))
      << "Colombia observes the RCM: it owes nothing";
}

TEST_F(CommitmentServiceTest, StatusProgressAndDeadlineAreCheckedWithTheRest) {
  CommitmentInput input;
  input.party = "HN";
  input.action = LocalizedText{"Enviar", std::nullopt};
  input.status = "finished";
  input.progress = 101;
  input.deadline_text = "whenever the moon is blue";
  EXPECT_EQ(FieldReasons(commitments_.Create(secretariat_, agreement_, input)),
            (Fields{"status:invalid_value", "progress:invalid_progress", "deadline.text:deadline_unreadable"}));
  input.status = "open";
  input.progress = 0;
  input.deadline_text = std::string(301, 'x');
  EXPECT_EQ(FieldReasons(commitments_.Create(secretariat_, agreement_, input)), (Fields{"deadline.text:too_long"}));
}

TEST_F(CommitmentServiceTest, AnEditIsCheckedByTheSameRulesAsACreation) {
  auto commitment = records_.Commitment(agreement_, "HN");
  CommitmentInput bad;
  bad.party = "";
  bad.action = LocalizedText{std::string(2001, 'x'), std::nullopt};
  bad.status = "finished";
  bad.progress = -1;
  bad.deadline_text = "whenever the moon is blue";
  auto on_create = FieldReasons(commitments_.Create(secretariat_, agreement_, bad));
  EXPECT_EQ(FieldReasons(commitments_.Update(secretariat_, commitment.id, bad, commitment.version)), on_create);
  EXPECT_EQ(FieldReasons(commitments_.CheckNew(secretariat_, agreement_, bad)), on_create);
  EXPECT_EQ(FieldReasons(commitments_.CheckChange(secretariat_, commitment.id, bad)), on_create);
  EXPECT_EQ(on_create, (Fields{"party:required", "action.es:too_long", "status:invalid_value",
                               "progress:invalid_progress", "deadline.text:deadline_unreadable"}));
}

TEST_F(CommitmentServiceTest, AnEditChangesOnlyWhatItNamesAndNeedsTheCurrentVersion) {
  auto commitment = records_.Commitment(agreement_, "HN", "in a two-month period");
  CommitmentInput change;
  change.party = "GT";
  EXPECT_EQ(Outcome(commitments_.Update(secretariat_, commitment.id, change, std::nullopt)), "version_required");
  auto changed = commitments_.Update(secretariat_, commitment.id, change, commitment.version);
  ASSERT_TRUE(changed);
  EXPECT_EQ(changed->party, "GT");
  EXPECT_EQ(changed->deadline.due, Day(2017, 1, 15)) << "the deadline stays";
  EXPECT_EQ(changed->action.en, commitment.action.en);
  EXPECT_EQ(Outcome(commitments_.Update(secretariat_, commitment.id, change, commitment.version)), "stale_version");
}

TEST_F(CommitmentServiceTest, OnlyTheSecretariatRecordsCommitments) {
  CommitmentInput input;
  input.party = "HN";
  input.action = LocalizedText{"Enviar", std::nullopt};
  EXPECT_EQ(Outcome(commitments_.Create(people_.OfficerOf("HN"), agreement_, input)), "forbidden");
  EXPECT_EQ(Outcome(commitments_.CheckNew(people_.OfficerOf("HN"), agreement_, input)), "forbidden");
  EXPECT_EQ(Outcome(commitments_.Create(secretariat_, AgreementId{999}, input)), "not_found");
}

TEST_F(CommitmentServiceTest, ADeadlineIsReadInEitherLanguageFromTheMeetingsDates) {
  EXPECT_EQ(records_.Commitment(agreement_, "HN", "in a two-month period").deadline.due, Day(2017, 1, 15));
  EXPECT_EQ(records_.Commitment(agreement_, "HN", "a más tardar el 30 de marzo de 2017").deadline.due,
            Day(2017, 3, 30));
  auto standing = records_.Commitment(agreement_, "HN", "");
  EXPECT_EQ(standing.deadline.kind, DeadlineKind::kVague);
  EXPECT_FALSE(standing.Overdue(Day(2030, 1, 1))) << "a commitment without a date is never overdue";
}

TEST_F(CommitmentServiceTest, TheCountryItselfReportsOnItsCommitmentAndNoOtherCountry) {
  auto commitment = records_.Commitment(agreement_, "HN");
  EXPECT_EQ(Outcome(commitments_.Report(people_.OfficerOf("GT"), commitment.id, Saying("Por Honduras"))),
            "wrong_country");
  EXPECT_EQ(Outcome(commitments_.Report(people_.ObserverOf("IOM"), commitment.id, Saying("x"))), "forbidden");
  EXPECT_EQ(Outcome(commitments_.Report(people_.Anonymous(), commitment.id, Saying("x"))), "unauthenticated");
  auto update = commitments_.Report(people_.OfficerOf("HN"), commitment.id, Saying("Avance", 60));
  ASSERT_TRUE(update) << update.error().reason;
  EXPECT_EQ(update->country, std::optional<std::string>("HN"));
  auto stored = Stored(commitment.id);
  EXPECT_EQ(stored.progress, 60);
  EXPECT_EQ(stored.status, CommitmentStatus::kInProgress);
  EXPECT_EQ(stored.version, commitment.version + 1);
}

TEST_F(CommitmentServiceTest, AnOrganisationsOwnPeopleReportOnItsCommitment) {
  auto iom = records_.Commitment(agreement_, "IOM");
  auto rncom = records_.Commitment(agreement_, "RNCOM");
  EXPECT_TRUE(commitments_.Report(people_.ObserverOf("IOM"), iom.id, Saying("Estudio actualizado")));
  EXPECT_EQ(Outcome(commitments_.Report(people_.ObserverOf("UNHCR"), iom.id, Saying("x"))), "forbidden");
  EXPECT_EQ(Outcome(commitments_.Report(people_.OfficerOf("HN"), iom.id, Saying("x"))), "forbidden");
  EXPECT_TRUE(commitments_.Report(people_.CivilSociety("RNCOM"), rncom.id, Saying("Propuesta enviada")));
  EXPECT_TRUE(commitments_.Report(secretariat_, iom.id, Saying("Recibido por correo")));
}

TEST_F(CommitmentServiceTest, DoneMeansAHundredPercentAndOnlyTheSecretariatCancels) {
  auto commitment = records_.Commitment(agreement_, "HN");
  auto honduras = people_.OfficerOf("HN");
  EXPECT_EQ(FieldReasons(commitments_.Report(honduras, commitment.id, Saying("x", std::nullopt, "cancelled"))),
            (Fields{"status:only_secretariat_cancels"}))
      << "the reason says who may, not that the value is invalid";
  ASSERT_TRUE(commitments_.Report(honduras, commitment.id, Saying("Concluido", std::nullopt, "done")));
  EXPECT_EQ(Stored(commitment.id).progress, 100);
  EXPECT_EQ(Stored(commitment.id).status, CommitmentStatus::kDone);
  ASSERT_TRUE(commitments_.Report(secretariat_, commitment.id, Saying("Ya no aplica", std::nullopt, "cancelled")));
  EXPECT_EQ(Stored(commitment.id).status, CommitmentStatus::kCancelled);
}

TEST_F(CommitmentServiceTest, AProgressReportNeedsTextAndValidProgressAndLinks) {
  auto commitment = records_.Commitment(agreement_, "HN");
  auto report = Saying("  ", 140);
  report.links = {"ftp://example.org/x"};
  EXPECT_EQ(FieldReasons(commitments_.Report(people_.OfficerOf("HN"), commitment.id, report)),
            (Fields{"text:required", "progress:invalid_progress", "links:invalid_url"}));
  report = Saying("Avance");
  report.links = std::vector<std::string>(21, "https://example.org/");
  EXPECT_EQ(FieldReasons(commitments_.Report(people_.OfficerOf("HN"), commitment.id, report)),
            (Fields{"links:too_many"}));
  report = Saying("Avance");
  report.files = {UploadedFile{"nota.txt", "just text"}};
  EXPECT_EQ(FieldReasons(commitments_.Report(people_.OfficerOf("HN"), commitment.id, report)),
            (Fields{"file:unsupported_file_type"}));
}

TEST_F(CommitmentServiceTest, AMemberCountriesCommitmentIsAnsweredCountryByCountry) {
  auto commitment = records_.Commitment(agreement_, "MEMBER_COUNTRIES", "in a two-month period");
  auto honduras = people_.OfficerOf("HN");
  auto guatemala = people_.OfficerOf("GT");
  ASSERT_TRUE(commitments_.Report(honduras, commitment.id, Saying("Comentarios enviados")));
  EXPECT_EQ(Outcome(commitments_.Report(guatemala, commitment.id,
                                        [] {
                                          auto report = Saying("Por Honduras");
                                          report.country = "HN";
                                          return report;
                                        }())),
            "wrong_country");
  ASSERT_TRUE(commitments_.Report(guatemala, commitment.id, Saying("Guatemala concluyó", std::nullopt, "done")));
  auto answers = Answers(commitment.id);
  EXPECT_EQ(answers.size(), 11u);
  EXPECT_EQ(answers["HN"], ResponseState::kAnswered);
  EXPECT_EQ(answers["GT"], ResponseState::kDone);
  EXPECT_EQ(answers["MX"], ResponseState::kNotStarted);
  auto stored = Stored(commitment.id);
  EXPECT_EQ(stored.progress, 9) << "1 of 11 member countries done";
  EXPECT_EQ(stored.status, CommitmentStatus::kInProgress);
}

TEST_F(CommitmentServiceTest, TheSecretariatRecordsAMemberCountrysAnswerForThatCountry) {
  auto commitment = records_.Commitment(agreement_, "MEMBER_COUNTRIES");
  auto report = Saying("Recibido por nota verbal", std::nullopt, "done");
  report.country = "CO";
  EXPECT_EQ(FieldReasons(commitments_.Report(secretariat_, commitment.id, report)),
            (Fields{"country:unknown_country"}));
  report.country = "MX";
  ASSERT_TRUE(commitments_.Report(secretariat_, commitment.id, report));
  EXPECT_EQ(Answers(commitment.id)["MX"], ResponseState::kDone);
}

TEST_F(CommitmentServiceTest, WhenEveryMemberCountryIsDoneTheCommitmentIsDone) {
  auto commitment = records_.Commitment(agreement_, "MEMBER_COUNTRIES");
  for (const auto& country : MemberCountries(RcmReference())) {
    auto report = Saying("Listo", 100);
    report.country = country;
    ASSERT_TRUE(commitments_.Report(secretariat_, commitment.id, report));
  }
  EXPECT_EQ(Stored(commitment.id).status, CommitmentStatus::kDone);
  EXPECT_EQ(Stored(commitment.id).progress, 100);
}

TEST_F(CommitmentServiceTest, ACountrysListIncludesWhatAllMemberCountriesOweWithItsOwnAnswer) {
  auto shared = records_.Commitment(agreement_, "MEMBER_COUNTRIES");
  records_.Commitment(agreement_, "HN");
  records_.Commitment(agreement_, "GT");
  records_.Commitment(agreement_, "IOM");
  ASSERT_TRUE(commitments_.Report(people_.OfficerOf("HN"), shared.id, Saying("Enviado", std::nullopt, "done")));
  auto honduras = commitments_.List(people_.OfficerOf("HN"), {.party = "HN"});
  ASSERT_TRUE(honduras);
  ASSERT_EQ(honduras->size(), 2u);
  for (const auto& item : *honduras) {
    if (item.commitment.party == "MEMBER_COUNTRIES") {
      ASSERT_TRUE(item.response);
      EXPECT_EQ(item.response->state, ResponseState::kDone);
    }
  }
  EXPECT_EQ(commitments_.List(secretariat_, {.party = "IOM"})->size(), 1u) << "an organisation's list is its own";
}

TEST_F(CommitmentServiceTest, OverdueCommitmentsComeFirstAndCanBeListedAlone) {
  auto recent = records_.Agreement(records_.Meeting("SMUGGLING_TIP_NETWORK", Day(2026, 9, 1)), "1");
  records_.Commitment(recent, "HN", "no later than 30 March 2027");
  auto overdue = records_.Commitment(recent, "GT", "no later than 30 September 2026");
  auto listed = commitments_.List(secretariat_, {});
  ASSERT_EQ(listed->size(), 2u);
  EXPECT_EQ(listed->front().commitment.id, overdue.id);
  auto only = commitments_.List(secretariat_, {.overdue_only = true});
  ASSERT_EQ(only->size(), 1u);
  EXPECT_EQ(only->front().commitment.id, overdue.id);
}

TEST_F(CommitmentServiceTest, TheFollowUpOverviewCountsOverdueDueSoonAndAnswers) {
  auto recent = records_.Agreement(records_.Meeting("SMUGGLING_TIP_NETWORK", Day(2026, 9, 1)), "1");
  records_.Commitment(recent, "GT", "no later than 30 September 2026");
  records_.Commitment(recent, "GT", "no later than 20 October 2026");
  records_.Commitment(recent, "HN", "no later than 30 March 2027");
  auto shared = records_.Commitment(agreement_, "MEMBER_COUNTRIES", "in a two-month period");
  ASSERT_TRUE(commitments_.Report(people_.OfficerOf("HN"), shared.id, Saying("Enviado")));
  auto overview = commitments_.Overview(people_.ObserverOf());
  ASSERT_TRUE(overview);
  EXPECT_EQ(overview->today, Day(2026, 10, 1));
  EXPECT_EQ(overview->overdue.size(), 2u);
  EXPECT_EQ(overview->overdue_by_party["GT"], 1);
  EXPECT_EQ(overview->overdue_by_party["MEMBER_COUNTRIES"], 1);
  ASSERT_EQ(overview->due_soon.size(), 1u);
  EXPECT_EQ(overview->due_soon[0].deadline.due, Day(2026, 10, 20));
  EXPECT_EQ(overview->meetings.size(), 2u);
  ASSERT_EQ(overview->grids.size(), 1u);
  EXPECT_EQ(overview->grids[0].responses.size(), 11u);
  EXPECT_EQ(Outcome(commitments_.Overview(people_.Anonymous())), "unauthenticated");
}

TEST_F(CommitmentServiceTest, ACommitmentSomeoneReportedOnCannotBeDeleted) {
  auto commitment = records_.Commitment(agreement_, "HN");
  auto untouched = records_.Commitment(agreement_, "GT");
  ASSERT_TRUE(commitments_.Report(people_.OfficerOf("HN"), commitment.id, Saying("Avance")));
  EXPECT_EQ(Outcome(commitments_.Delete(secretariat_, commitment.id)), "commitment_has_updates");
  EXPECT_TRUE(commitments_.Delete(secretariat_, untouched.id));
  EXPECT_EQ(Outcome(commitments_.Get(secretariat_, untouched.id)), "not_found");
}

TEST_F(CommitmentServiceTest, TheDeadlineReaderSaysWhatItUnderstood) {
  auto meeting = records_.SanPedroSula();
  auto read = commitments_.ReadDeadlineFor(people_.OfficerOf("HN"), meeting, "in a two-month period");
  ASSERT_TRUE(read);
  EXPECT_EQ(read->due, Day(2017, 1, 15));
  EXPECT_EQ(FieldReasons(commitments_.ReadDeadlineFor(secretariat_, meeting, "whenever the moon is blue")),
            (Fields{"deadline.text:deadline_unreadable"}));
}

// Issue 10, item 9: an import under review reads its deadlines against the meeting as reviewed,
// before any meeting is saved; a date changed in the review moves the due date.
TEST_F(CommitmentServiceTest, TheDeadlineReaderWorksForAMeetingNotSavedYet) {
  auto read =
      commitments_.ReadDeadlineOn(secretariat_, "RCGM", Day(2016, 11, 15), std::nullopt, "in a two-month period");
  ASSERT_TRUE(read) << Outcome(read);
  EXPECT_EQ(read->due, Day(2017, 1, 15));
  auto moved =
      commitments_.ReadDeadlineOn(secretariat_, "RCGM", Day(2018, 3, 1), std::nullopt, "in a two-month period");
  ASSERT_TRUE(moved);
  EXPECT_EQ(moved->due, Day(2018, 5, 1));
  EXPECT_EQ(FieldReasons(commitments_.ReadDeadlineOn(secretariat_, "RCGM", Day(2016, 11, 15), std::nullopt,
                                                     "whenever the moon is blue")),
            (Fields{"deadline.text:deadline_unreadable"}));
  EXPECT_EQ(Outcome(commitments_.ReadDeadlineOn(people_.Anonymous(), "RCGM", Day(2016, 11, 15), std::nullopt,
                                                "in a two-month period")),
            "unauthenticated");
}

TEST_F(CommitmentServiceTest, AProgressReportIsInTheAuditLogWithTheUpdateItAdded) {
  auto commitment = records_.Commitment(agreement_, "HN");
  ASSERT_TRUE(commitments_.Report(people_.OfficerOf("HN"), commitment.id, Saying("Avance", 30)));
  auto transaction = test_.store().Begin(TransactionMode::kRead);
  auto entries = transaction->audit().List(AuditFilter{.action = "commitment.report"});
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0].record.before["progress"], 0);
  EXPECT_EQ(entries[0].record.after["progress"], 30);
  EXPECT_EQ(entries[0].record.after["update"]["text"], "Avance");
}

ProgressReport Visible(std::string text, std::string visibility, std::optional<int> progress = std::nullopt) {
  auto report = Saying(std::move(text), progress);
  report.visibility = std::move(visibility);
  return report;
}

// The texts of the answers `context` reads on `id`, and how many are hidden from them.
std::pair<std::set<std::string>, int> ReadBy(CommitmentService& service, const RequestContext& context,
                                             CommitmentId id) {
  auto detail = service.Get(context, id);
  std::set<std::string> texts;
  if (!detail) return {texts, -1};
  for (const auto& update : detail->updates) texts.insert(update.text);
  return {texts, detail->hidden_updates};
}

TEST_F(CommitmentServiceTest, AnAnswersVisibilityDecidesWhoReadsItsTextAndFiles) {
  auto shared = records_.Commitment(agreement_, "MEMBER_COUNTRIES");
  ASSERT_TRUE(commitments_.Report(people_.OfficerOf("HN"), shared.id, Visible("HN a la red", "network")));
  auto internal = Visible("GT nota interna", "secretariat");
  internal.status = "done";
  internal.files = {UploadedFile{"evidencia.pdf", "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"}};
  auto guatemala = commitments_.Report(people_.OfficerOf("GT"), shared.id, internal);
  ASSERT_TRUE(guatemala) << guatemala.error().reason;
  ASSERT_EQ(guatemala->files.size(), 1u);
  ASSERT_TRUE(commitments_.Report(people_.OfficerOf("MX"), shared.id, Visible("MX para todos", "participants")));

  using Texts = std::set<std::string>;
  EXPECT_EQ(ReadBy(commitments_, secretariat_, shared.id),
            (std::pair{Texts{"HN a la red", "GT nota interna", "MX para todos"}, 0}));
  EXPECT_EQ(ReadBy(commitments_, people_.OfficerOf("GT"), shared.id),
            (std::pair{Texts{"HN a la red", "GT nota interna", "MX para todos"}, 0}));
  EXPECT_EQ(ReadBy(commitments_, people_.OfficerOf("SV"), shared.id),
            (std::pair{Texts{"HN a la red", "MX para todos"}, 1}));
  EXPECT_EQ(ReadBy(commitments_, people_.ObserverOf("IOM"), shared.id), (std::pair{Texts{"MX para todos"}, 2}));
  EXPECT_EQ(ReadBy(commitments_, people_.CivilSociety("RNCOM"), shared.id), (std::pair{Texts{"MX para todos"}, 2}));

  // The grid's states are for everyone who reads the commitment.
  auto seen_by_civil_society = commitments_.Get(people_.CivilSociety("RNCOM"), shared.id);
  ASSERT_TRUE(seen_by_civil_society);
  int done = 0;
  for (const auto& response : seen_by_civil_society->responses) done += response.state == ResponseState::kDone;
  EXPECT_EQ(done, 1);

  // The files go with the text.
  auto file = guatemala->files.front().id;
  EXPECT_TRUE(commitments_.GetUpdateFile(people_.OfficerOf("GT"), shared.id, file));
  EXPECT_TRUE(commitments_.GetUpdateFile(secretariat_, shared.id, file));
  EXPECT_EQ(Outcome(commitments_.GetUpdateFile(people_.OfficerOf("SV"), shared.id, file)), "not_found");
  EXPECT_EQ(Outcome(commitments_.GetUpdateFile(people_.CivilSociety("RNCOM"), shared.id, file)), "not_found");
  EXPECT_EQ(FieldReasons(commitments_.Report(people_.OfficerOf("HN"), shared.id, Visible("x", "everyone"))),
            (Fields{"visibility:invalid_value"}));
}

TEST_F(CommitmentServiceTest, AnAnswerIsChangedOrWithdrawnByItsCountryWithTheCurrentVersion) {
  auto shared = records_.Commitment(agreement_, "MEMBER_COUNTRIES");
  auto answer = commitments_.Report(people_.OfficerOf("HN"), shared.id, Visible("Avance", "network", 40));
  ASSERT_TRUE(answer);
  EXPECT_EQ(Stored(shared.id).progress, 0) << "the commitment's figure is the share of countries done";
  auto detail = commitments_.Get(secretariat_, shared.id);
  for (const auto& response : detail->responses) {
    if (response.country == "HN") {
      EXPECT_EQ(response.progress, std::optional<int>(40));
    }
  }

  AnswerChange change{"Avance mayor", 80, std::nullopt, {}, "participants"};
  EXPECT_EQ(Outcome(commitments_.EditAnswer(people_.OfficerOf("GT"), shared.id, answer->id, change, answer->version)),
            "wrong_country");
  EXPECT_EQ(Outcome(commitments_.EditAnswer(people_.ObserverOf("IOM"), shared.id, answer->id, change, answer->version)),
            "not_found")
      << "an observer does not read a network answer, so for them it does not exist";
  EXPECT_EQ(Outcome(commitments_.EditAnswer(people_.OfficerOf("HN"), shared.id, answer->id, change, std::nullopt)),
            "version_required");
  EXPECT_EQ(
      FieldReasons(commitments_.EditAnswer(people_.OfficerOf("HN"), shared.id, answer->id,
                                           AnswerChange{"", 140, "cancelled", {}, std::nullopt}, answer->version)),
      (Fields{"text:required", "progress:invalid_progress", "status:only_secretariat_cancels"}));
  auto changed = commitments_.EditAnswer(people_.OfficerOf("HN"), shared.id, answer->id, change, answer->version);
  ASSERT_TRUE(changed) << changed.error().reason;
  EXPECT_EQ(changed->text, "Avance mayor");
  EXPECT_EQ(changed->visibility, AnswerVisibility::kParticipants);
  EXPECT_TRUE(changed->edited_at);
  EXPECT_EQ(Stored(shared.id).progress, 0);
  EXPECT_EQ(ReadBy(commitments_, people_.ObserverOf("IOM"), shared.id).first, std::set<std::string>{"Avance mayor"});
  EXPECT_EQ(Outcome(commitments_.EditAnswer(people_.OfficerOf("HN"), shared.id, answer->id, change, answer->version)),
            "stale_version");

  EXPECT_EQ(Outcome(commitments_.WithdrawAnswer(people_.OfficerOf("GT"), shared.id, answer->id, changed->version)),
            "wrong_country");
  EXPECT_EQ(Outcome(commitments_.WithdrawAnswer(people_.OfficerOf("HN"), shared.id, answer->id, answer->version)),
            "stale_version");
  ASSERT_TRUE(commitments_.WithdrawAnswer(people_.OfficerOf("HN"), shared.id, answer->id, changed->version));
  auto after = Stored(shared.id);
  EXPECT_EQ(after.status, CommitmentStatus::kOpen);
  EXPECT_EQ(after.progress, 0);
  EXPECT_TRUE(commitments_.Get(secretariat_, shared.id)->updates.empty());
}

TEST_F(CommitmentServiceTest, TheAbilitiesSayWhatThePersonMayDoWithACommitment) {
  auto shared = records_.Commitment(agreement_, "MEMBER_COUNTRIES");
  auto honduras_own = records_.Commitment(agreement_, "HN");
  auto of = [&](const RequestContext& context, CommitmentId id) { return commitments_.Get(context, id)->abilities; };
  auto observer = of(people_.ObserverOf("IOM"), shared.id);
  EXPECT_FALSE(observer.answer);
  EXPECT_TRUE(observer.statuses.empty()) << "nothing is offered that would be refused";
  auto officer = of(people_.OfficerOf("HN"), shared.id);
  EXPECT_TRUE(officer.answer);
  EXPECT_TRUE(officer.progress) << "a country answering a request to all gives a percentage too";
  EXPECT_EQ(officer.statuses, (std::vector<std::string>{"in_progress", "done"}));
  EXPECT_FALSE(officer.choose_country);
  EXPECT_FALSE(of(people_.OfficerOf("GT"), honduras_own.id).answer);
  auto secretariat = of(secretariat_, honduras_own.id);
  EXPECT_TRUE(secretariat.manage);
  EXPECT_EQ(secretariat.statuses, (std::vector<std::string>{"in_progress", "done", "cancelled"}));
  EXPECT_TRUE(of(secretariat_, shared.id).choose_country);
}

TEST(CommitmentTimelineTest, ACommitmentCountsAsDoneFromTheMonthItWasDoneAndAnswersAccumulate) {
  auto at = [](int y, unsigned m, unsigned d) {
    return Timestamp{std::chrono::sys_days{std::chrono::year{y} / m / d}.time_since_epoch()};
  };
  Commitment single;
  single.id = CommitmentId{1};
  single.party = "HN";
  single.status = CommitmentStatus::kDone;
  Commitment shared;
  shared.id = CommitmentId{2};
  shared.party = std::string(kMemberCountries);
  shared.status = CommitmentStatus::kDone;
  Commitment cancelled;
  cancelled.id = CommitmentId{3};
  cancelled.party = "GT";
  cancelled.status = CommitmentStatus::kCancelled;
  auto update = [](CommitmentId id, std::optional<std::string> country, Timestamp when, bool done) {
    CommitmentUpdate u;
    u.commitment_id = id;
    u.country = std::move(country);
    u.at = when;
    if (done) u.status = CommitmentStatus::kDone;
    return u;
  };
  std::vector<CommitmentUpdate> updates{
      update(single.id, "HN", at(2026, 6, 10), true), update(single.id, "HN", at(2026, 5, 2), false),
      update(shared.id, "HN", at(2026, 7, 1), true), update(shared.id, "GT", at(2026, 9, 30), true),
      update(cancelled.id, "GT", at(2026, 8, 1), false)};
  auto timeline = CommitmentService::Timeline({single, shared, cancelled}, updates, {"HN", "GT"},
                                              Date{std::chrono::year{2026} / 11 / 15});
  ASSERT_EQ(timeline.size(), 12u);
  EXPECT_EQ(timeline.front().month, "2025-12");
  EXPECT_EQ(timeline.back().month, "2026-11");
  auto point = [&](const std::string& month) {
    for (const auto& p : timeline) {
      if (p.month == month) return std::pair{p.done, p.answers};
    }
    return std::pair{-1, -1};
  };
  EXPECT_EQ(point("2026-04"), (std::pair{0, 0}));
  EXPECT_EQ(point("2026-05"), (std::pair{0, 1}));
  EXPECT_EQ(point("2026-06"), (std::pair{1, 2})) << "done from its first update saying so";
  EXPECT_EQ(point("2026-08"), (std::pair{1, 3})) << "a request to all is done when the last country is";
  EXPECT_EQ(point("2026-09"), (std::pair{2, 4})) << "a cancelled commitment counts nothing";
}

}  // namespace
}  // namespace enlace::testing
