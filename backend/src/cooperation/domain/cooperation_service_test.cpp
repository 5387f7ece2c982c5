// The cooperation service without HTTP, over an in-memory SQLite kernel: creating, editing a
// draft with versions, every step with its note and files, what a refused operation leaves behind
// (nothing), what each caller's list holds, and two processes kept apart.
#include "cooperation/domain/cooperation_service.hpp"

#include <gtest/gtest.h>

#include <set>

#include "cooperation/domain/cooperation_request_repository.hpp"
#include "cooperation/testing/cooperation_test_kernel.hpp"

namespace enlace::testing {
namespace {

using S = CooperationState;
using A = CooperationAction;

std::string TinyPdf() { return "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"; }

class CooperationServiceTest : public ::testing::Test {
 protected:
  CooperationWorld world;
  CooperationService& service = world.service();

  CooperationRequestInput Input(const std::string& country = "", const std::string& partner = "SICA") {
    return CooperationRequestInput{country, partner, LocalizedText{"Apoyo a la investigación", "Investigation support"},
                                   LocalizedText{"Resumen del proyecto", std::nullopt}, std::nullopt};
  }
  std::vector<AuditEntry> Audit(CooperationRequestId id) {
    auto transaction = world.store().Begin(TransactionMode::kRead);
    AuditFilter filter;
    filter.record_type = "cooperation_request";
    filter.record_id = std::to_string(id);
    filter.limit = 100;
    auto entries = transaction->audit().List(filter);
    std::reverse(entries.begin(), entries.end());  // oldest first
    return entries;
  }
  CooperationRequest Stored(CooperationRequestId id) {
    auto transaction = world.store().Begin(TransactionMode::kRead);
    return *transaction->Get<CooperationRequestRepository>().Find(world.process(), id);
  }
  std::set<std::string> TitlesListedFor(const std::string& who, const CooperationRequestFilter& filter = {}) {
    std::set<std::string> titles;
    auto listed = service.List(world.As(who), filter);
    EXPECT_TRUE(listed) << who;
    if (listed) {
      for (const auto& request : *listed) titles.insert(*request.fields.title.en);
    }
    return titles;
  }
};

TEST_F(CooperationServiceTest, AnOfficerCreatesADraftForTheirOwnCountryByDefault) {
  auto created = service.Create(world.As("hn"), Input());
  ASSERT_TRUE(created) << created.error().reason;
  EXPECT_EQ(created->fields.country, "HN");
  EXPECT_EQ(created->state, S::kDraft);
  EXPECT_EQ(created->version, 1);
  EXPECT_EQ(created->created_by.name, "Carlos Mejía");
  ASSERT_EQ(created->steps.size(), 1u) << "creation is the first step";
  EXPECT_EQ(created->steps[0].action, A::kCreate);
  EXPECT_EQ(created->steps[0].to, S::kDraft);
  EXPECT_FALSE(created->steps[0].from);
  EXPECT_EQ(created->state_since, world.clock().Now());
  auto audit = Audit(created->id);
  ASSERT_EQ(audit.size(), 1u);
  EXPECT_EQ(audit[0].record.action, "cooperation_request.create");
  EXPECT_TRUE(audit[0].record.before.is_null());
  EXPECT_EQ(audit[0].record.after["country"], "HN");
  EXPECT_EQ(audit[0].record.after["steps"].size(), 1u);
}

TEST_F(CooperationServiceTest, AnOfficerCannotCreateForAnotherCountryAndNothingIsStored) {
  auto refused = service.Create(world.As("hn"), Input("GT"));
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, ErrorCode::kForbidden);
  EXPECT_EQ(refused.error().reason, "wrong_country");
  for (const char* who : {"observer", "civil"}) {
    auto forbidden = service.Create(world.As(who), Input("HN"));
    ASSERT_FALSE(forbidden);
    EXPECT_EQ(forbidden.error().code, ErrorCode::kForbidden) << who;
  }
  EXPECT_EQ(service.Create(world.As("anonymous"), Input("HN")).error().code, ErrorCode::kUnauthenticated);
  EXPECT_TRUE(service.List(world.As("ts"), {})->empty());
}

TEST_F(CooperationServiceTest, TheSecretariatCreatesForAMemberCountryWhichItMustName) {
  auto without_country = service.Create(world.As("ts"), Input());
  ASSERT_FALSE(without_country);
  EXPECT_EQ(without_country.error().fields.at(0).field, "country");
  EXPECT_EQ(without_country.error().fields.at(0).reason, "required");
  auto created = service.Create(world.As("ts"), Input("GT"));
  ASSERT_TRUE(created);
  EXPECT_EQ(created->fields.country, "GT");
  EXPECT_EQ(created->steps[0].by_role, Role::kSecretariat);
}

TEST_F(CooperationServiceTest, AnUnknownPartnerOrAgreementIsAFieldError) {
  auto input = Input("", "TS");
  input.agreement = AgreementId{999};
  auto refused = service.Create(world.As("hn"), input);
  ASSERT_FALSE(refused);
  std::map<std::string, std::string> fields;
  for (const auto& field : refused.error().fields) fields[field.field] = field.reason;
  EXPECT_EQ(fields["partner"], "unknown_partner") << "the Secretariat is the channel, not a partner";
  EXPECT_EQ(fields["agreement"], "unknown_agreement");
}

TEST_F(CooperationServiceTest, EditingADraftNeedsItsCurrentVersionAndOnlyADraftCanBeEdited) {
  auto draft = world.Draft();
  CooperationRequestChange change;
  change.title = LocalizedText{"Nuevo título", "New title"};
  auto missing = service.Update(world.As("hn"), draft.id, change, std::nullopt);
  EXPECT_EQ(missing.error().code, ErrorCode::kPreconditionRequired);
  auto stale = service.Update(world.As("hn"), draft.id, change, 7);
  EXPECT_EQ(stale.error().code, ErrorCode::kPreconditionFailed);
  auto updated = service.Update(world.As("hn"), draft.id, change, 1);
  ASSERT_TRUE(updated) << updated.error().reason;
  EXPECT_EQ(updated->fields.title.en, "New title");
  EXPECT_EQ(updated->version, 2);
  EXPECT_EQ(updated->fields.partner, "SICA") << "what the change does not name is kept";
  auto audit = Audit(draft.id);
  ASSERT_EQ(audit.size(), 2u);
  EXPECT_EQ(audit[1].record.action, "cooperation_request.update");
  EXPECT_EQ(audit[1].record.before["title"]["en"], "Support for HN");
  EXPECT_EQ(audit[1].record.after["title"]["en"], "New title");

  ASSERT_TRUE(service.TakeStep(world.As("hn"), draft.id, A::kSend, {}));
  auto after_sending = service.Update(world.As("hn"), draft.id, change, 3);
  ASSERT_FALSE(after_sending);
  EXPECT_EQ(after_sending.error().code, ErrorCode::kConflict);
  EXPECT_EQ(after_sending.error().reason, "cooperation_not_draft");
}

TEST_F(CooperationServiceTest, TheJourneyRecordsEveryStepWithWhoWhenNoteAndFiles) {
  auto draft = world.Draft();
  world.clock().Advance(std::chrono::days{2});
  auto sent = service.TakeStep(world.As("hn"), draft.id, A::kSend, {.note = "  Aprobada por la Dirección  "});
  ASSERT_TRUE(sent) << sent.error().reason;
  EXPECT_EQ(sent->state, S::kSentToSecretariat);
  EXPECT_EQ(sent->state_since, world.clock().Now()) << "the wait starts again at each step";

  world.clock().Advance(std::chrono::days{3});
  auto forwarded = service.TakeStep(world.As("ts"), draft.id, A::kForward,
                                    {.note = "Nota ST-CRM-112", .files = {UploadedFile{"nota.pdf", TinyPdf()}}});
  ASSERT_TRUE(forwarded) << forwarded.error().reason;
  world.clock().Advance(std::chrono::days{20});
  auto answered = service.TakeStep(world.As("ts"), draft.id, A::kAnswer, {.note = "El SICA apoya la fase 1"});
  ASSERT_TRUE(answered);
  auto closed = service.TakeStep(world.As("ts2"), draft.id, A::kClose, {});
  ASSERT_TRUE(closed);
  EXPECT_EQ(closed->state, S::kClosed);
  EXPECT_EQ(closed->version, 5);

  auto stored = service.Get(world.As("hn"), draft.id);
  ASSERT_TRUE(stored);
  ASSERT_EQ(stored->steps.size(), 5u);
  const auto& steps = stored->steps;
  EXPECT_EQ(steps[1].action, A::kSend);
  EXPECT_EQ(steps[1].from, S::kDraft);
  EXPECT_EQ(steps[1].to, S::kSentToSecretariat);
  EXPECT_EQ(steps[1].note, "Aprobada por la Dirección") << "trimmed";
  EXPECT_EQ(steps[1].by.name, "Carlos Mejía");
  EXPECT_EQ(steps[1].by_role, Role::kCountryOfficer);
  EXPECT_EQ(steps[2].action, A::kForward);
  EXPECT_EQ(steps[2].by.name, "Ana Morales");
  ASSERT_EQ(steps[2].files.size(), 1u);
  EXPECT_EQ(steps[2].files[0].file_name, "nota.pdf");
  EXPECT_EQ(steps[2].files[0].content_type, "application/pdf");
  EXPECT_EQ(steps[2].files[0].size, static_cast<std::int64_t>(TinyPdf().size()));
  EXPECT_EQ(steps[3].note, "El SICA apoya la fase 1");
  EXPECT_FALSE(steps[4].note) << "an empty note is no note";
  EXPECT_EQ(steps[4].by.name, "Daniel Soto");
  EXPECT_EQ(steps[4].at - steps[1].at, std::chrono::days{23});

  auto audit = Audit(draft.id);
  std::vector<std::string> actions;
  for (const auto& entry : audit) actions.push_back(entry.record.action);
  EXPECT_EQ(actions, (std::vector<std::string>{"cooperation_request.create", "cooperation_request.send",
                                               "cooperation_request.forward", "cooperation_request.answer",
                                               "cooperation_request.close"}));
  EXPECT_EQ(audit[2].record.before["state"], "sent_to_secretariat");
  EXPECT_EQ(audit[2].record.after["state"], "forwarded_to_partner");
  EXPECT_EQ(audit[2].record.after["step"]["files"][0]["file_name"], "nota.pdf");

  auto file = service.GetFile(world.As("gt"), draft.id, steps[2].files[0].id);
  ASSERT_TRUE(file) << "another member country reads the request and its files once it is sent";
  EXPECT_EQ(file->content, TinyPdf());
}

TEST_F(CooperationServiceTest, AStepTheStateDoesNotAllowIsAConflictAndChangesNothing) {
  auto draft = world.Draft();
  auto before = Stored(draft.id);
  auto refused = service.TakeStep(world.As("ts"), draft.id, A::kForward, {.note = "Too early"});
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, ErrorCode::kConflict);
  EXPECT_EQ(refused.error().reason, "cooperation_not_sent");
  auto after = Stored(draft.id);
  EXPECT_EQ(after.version, before.version);
  EXPECT_EQ(after.state, S::kDraft);
  EXPECT_EQ(after.steps.size(), 1u);
  EXPECT_EQ(Audit(draft.id).size(), 1u) << "the service writes nothing; the HTTP pipeline records the refusal";

  auto closed = world.InState(S::kClosed);
  auto finished = service.TakeStep(world.As("ts"), closed.id, A::kWithdraw, {});
  EXPECT_EQ(finished.error().reason, "cooperation_finished");
}

TEST_F(CooperationServiceTest, AnotherCountryNeverWritesAndAnOfficerNeverTakesTheSecretariatsSteps) {
  auto sent = world.InState(S::kSentToSecretariat);
  auto before = Stored(sent.id);
  auto withdraw = service.TakeStep(world.As("gt"), sent.id, A::kWithdraw, {});
  EXPECT_EQ(withdraw.error().reason, "wrong_country");
  CooperationRequestChange change;
  change.partner = "OCAM";
  EXPECT_EQ(service.Update(world.As("gt"), sent.id, change, before.version).error().reason, "wrong_country");
  auto forward = service.TakeStep(world.As("hn"), sent.id, A::kForward, {});
  EXPECT_EQ(forward.error().code, ErrorCode::kForbidden) << "the country does not forward its own request";
  for (const char* who : {"observer", "civil"}) {
    EXPECT_EQ(service.TakeStep(world.As(who), sent.id, A::kWithdraw, {}).error().code, ErrorCode::kNotFound) << who;
    EXPECT_EQ(service.Get(world.As(who), sent.id).error().code, ErrorCode::kNotFound) << who;
  }
  auto after = Stored(sent.id);
  EXPECT_EQ(after.version, before.version);
  EXPECT_EQ(after.state, before.state);
  EXPECT_EQ(after.steps.size(), before.steps.size());
}

TEST_F(CooperationServiceTest, TheCountryOrTheSecretariatWithdrawsFromEveryOpenState) {
  for (auto state : {S::kDraft, S::kSentToSecretariat, S::kForwardedToPartner, S::kAnswered}) {
    auto request = world.InState(state);
    auto withdrawn = service.TakeStep(world.As(state == S::kAnswered ? "ts" : "hn"), request.id, A::kWithdraw,
                                      {.note = "Ya no es necesario"});
    ASSERT_TRUE(withdrawn) << ToString(state) << ": " << withdrawn.error().reason;
    EXPECT_EQ(withdrawn->state, S::kWithdrawn);
    EXPECT_EQ(withdrawn->steps.back().from, state);
  }
}

TEST_F(CooperationServiceTest, AStepWithAVersionNeedsTheCurrentOne) {
  auto draft = world.Draft();
  EXPECT_EQ(service.TakeStep(world.As("hn"), draft.id, A::kSend, {}, 4).error().code, ErrorCode::kPreconditionFailed);
  EXPECT_TRUE(service.TakeStep(world.As("hn"), draft.id, A::kSend, {}, 1));
}

TEST_F(CooperationServiceTest, FilesAreCheckedByTheirContentAndSize) {
  auto draft = world.Draft();
  auto fake = service.TakeStep(world.As("hn"), draft.id, A::kSend,
                               {.files = {UploadedFile{"informe.pdf", "MZ this is a program"}}});
  ASSERT_FALSE(fake);
  EXPECT_EQ(fake.error().fields.at(0).field, "file");
  EXPECT_EQ(fake.error().fields.at(0).reason, "unsupported_file_type");
  auto huge = service.TakeStep(world.As("hn"), draft.id, A::kSend,
                               {.files = {UploadedFile{"big.pdf", "%PDF-" + std::string(kMaximumFileSize, 'x')}}});
  EXPECT_EQ(huge.error().code, ErrorCode::kPayloadTooLarge);
  EXPECT_EQ(huge.error().reason, "file_too_large");
  std::vector<UploadedFile> six(6, UploadedFile{"a.pdf", TinyPdf()});
  EXPECT_EQ(service.TakeStep(world.As("hn"), draft.id, A::kSend, {.files = six}).error().fields.at(0).reason,
            "too_many");
  auto long_note = service.TakeStep(world.As("hn"), draft.id, A::kSend, {.note = std::string(4001, 'n')});
  EXPECT_EQ(long_note.error().fields.at(0).field, "note");
  EXPECT_EQ(long_note.error().fields.at(0).reason, "too_long");
  EXPECT_EQ(Stored(draft.id).state, S::kDraft) << "nothing of the refused steps remains";
  auto named =
      service.TakeStep(world.As("hn"), draft.id, A::kSend, {.files = {UploadedFile{"C:\\docs\\carta.pdf", TinyPdf()}}});
  ASSERT_TRUE(named);
  EXPECT_EQ(named->steps.back().files.at(0).file_name, "carta.pdf") << "without the folder";
}

TEST_F(CooperationServiceTest, AFileIsServedOnlyWithItsRequestAndToItsReaders) {
  auto draft = world.Draft();
  auto with_file =
      service.TakeStep(world.As("ts"), draft.id, A::kWithdraw, {.files = {UploadedFile{"nota.pdf", TinyPdf()}}});
  ASSERT_TRUE(with_file);
  auto file = with_file->steps.back().files.at(0).id;
  auto other = world.Draft("gt", "GT");
  EXPECT_EQ(service.GetFile(world.As("ts"), other.id, file).error().code, ErrorCode::kNotFound)
      << "a file is reached through the request it belongs to";
  EXPECT_EQ(service.GetFile(world.As("observer"), draft.id, file).error().code, ErrorCode::kNotFound);
  EXPECT_TRUE(service.GetFile(world.As("hn"), draft.id, file));
}

TEST_F(CooperationServiceTest, ListsHoldOnlyWhatTheCallerMayReadAcrossCountries) {
  auto make = [&](const std::string& country, S state, const std::string& title) {
    auto request = world.InState(state, country);
    CooperationRequestChange change;
    change.title = LocalizedText{title, title};
    if (state == S::kDraft) {
      ASSERT_TRUE(service.Update(world.As("ts"), request.id, change, request.version));
    } else {
      auto transaction = world.store().Begin(TransactionMode::kWrite);
      auto stored = *transaction->Get<CooperationRequestRepository>().Find(world.process(), request.id);
      stored.fields.title = LocalizedText{title, title};
      ASSERT_TRUE(transaction->Get<CooperationRequestRepository>().Update(stored, stored.version));
      transaction->Commit();
    }
  };
  make("HN", S::kDraft, "HN draft");
  make("HN", S::kForwardedToPartner, "HN forwarded");
  make("GT", S::kDraft, "GT draft");
  make("GT", S::kSentToSecretariat, "GT sent");
  make("SV", S::kClosed, "SV closed");

  EXPECT_EQ(TitlesListedFor("ts"),
            (std::set<std::string>{"HN draft", "HN forwarded", "GT draft", "GT sent", "SV closed"}));
  EXPECT_EQ(TitlesListedFor("hn"), (std::set<std::string>{"HN draft", "HN forwarded", "GT sent", "SV closed"}))
      << "another country's draft is not network material";
  EXPECT_EQ(TitlesListedFor("gt"), (std::set<std::string>{"HN forwarded", "GT draft", "GT sent", "SV closed"}));
  EXPECT_EQ(TitlesListedFor("gt", {.country = "HN"}), (std::set<std::string>{"HN forwarded"}));
  EXPECT_EQ(TitlesListedFor("ts", {.state = S::kDraft}), (std::set<std::string>{"HN draft", "GT draft"}));
  EXPECT_EQ(TitlesListedFor("ts", {.partner = "OCAM"}), (std::set<std::string>{}));
  EXPECT_EQ(service.List(world.As("observer"), {}).error().code, ErrorCode::kForbidden);
  EXPECT_EQ(service.List(world.As("civil"), {}).error().code, ErrorCode::kForbidden);
  EXPECT_EQ(service.List(world.As("anonymous"), {}).error().code, ErrorCode::kUnauthenticated);
}

TEST_F(CooperationServiceTest, OneProcessNeverSeesAnothersRequests) {
  world.AddSecondProcess();
  auto rcm = world.InState(S::kSentToSecretariat);
  EXPECT_TRUE(service.List(world.As("sacm_ts"), {})->empty());
  EXPECT_EQ(service.Get(world.As("sacm_ts"), rcm.id).error().code, ErrorCode::kNotFound);
  EXPECT_EQ(service.TakeStep(world.As("sacm_ts"), rcm.id, A::kForward, {}).error().code, ErrorCode::kNotFound);
  EXPECT_EQ(service.TakeStep(world.As("sacm_ar"), rcm.id, A::kWithdraw, {}).error().code, ErrorCode::kNotFound);

  auto sacm = service.Create(world.As("sacm_ar"), Input());
  ASSERT_TRUE(sacm) << sacm.error().reason;
  EXPECT_EQ(sacm->fields.country, "AR");
  EXPECT_EQ(service.Get(world.As("ts"), sacm->id).error().code, ErrorCode::kNotFound);
  EXPECT_EQ(service.List(world.As("ts"), {})->size(), 1u);
  auto in_rcm = service.Create(world.As("sacm_ts"), Input("HN"));
  ASSERT_FALSE(in_rcm) << "Honduras is not a country of the SACM";
  EXPECT_EQ(in_rcm.error().fields.at(0).reason, "unknown_country");
}

}  // namespace
}  // namespace enlace::testing
