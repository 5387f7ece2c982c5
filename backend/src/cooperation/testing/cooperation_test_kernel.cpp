#include "cooperation/testing/cooperation_test_kernel.hpp"

#include <gtest/gtest.h>

#include <stdexcept>

#include "accounts/capability.hpp"
#include "accounts/domain/user_service.hpp"
#include "cooperation/capability.hpp"
#include "meetings/capability.hpp"
#include "notifications/capability.hpp"
#include "reference/capability.hpp"
#include "reference/domain/reference_loader.hpp"
#include "reference/domain/reference_service.hpp"

namespace enlace::testing {

CooperationWorld::CooperationWorld()
    : test_({ReferenceCapability(), AccountsCapability(), MeetingsCapability(), NotificationsCapability(),
             CooperationCapability()}) {
  // ManualClock's constructor stores a count of hours as seconds (kernel/testing/test_kernel.cpp),
  // so it starts in January 1970, not on 2026-10-01 as it says; set the day it promises.
  test_.clock().Set(*ParseIsoTimestamp("2026-10-01T09:00:00Z"));
  auto data = LoadReferenceDirectory(std::filesystem::path(ENLACE_SOURCE_DIR) / "data" / "reference" / "rcm");
  if (!data) throw std::logic_error("cannot read data/reference/rcm: " + data.error().detail);
  RequestContext installer;
  installer.request_id = "test";
  process_ = test_.Get<ReferenceService>().Install(*data, installer);
  RequestContext context;
  context.process_id = process_;
  context.request_id = "test";
  AddPerson("ts", context, UserDraft{"ts@test.example", "Ana Morales", "secretariat", {}, {}, "es"});
  AddPerson("ts2", context, UserDraft{"ts2@test.example", "Daniel Soto", "secretariat", {}, {}, "en"});
  AddPerson("hn", context, UserDraft{"hn@test.example", "Carlos Mejía", "country_officer", "HN", {}, "es"});
  AddPerson("gt", context, UserDraft{"gt@test.example", "Lucía Pérez", "country_officer", "GT", {}, "es"});
  AddPerson("observer", context, UserDraft{"iom@test.example", "Jorge Ruiz", "observer", {}, "IOM", "en"});
  AddPerson("civil", context, UserDraft{"rncom@test.example", "María López", "civil_society", {}, "RNCOM", "es"});
}

void CooperationWorld::AddPerson(const std::string& who, const RequestContext& context, UserDraft draft) {
  auto created = test_.Get<UserService>().Create(context, std::move(draft), "a long enough password");
  if (!created) throw std::logic_error("cannot create " + who + ": " + created.error().reason);
  actors_[who] = created->user.ToActor();
}

RequestContext CooperationWorld::As(const std::string& who) const {
  RequestContext context;
  context.process_id = process_;
  context.request_id = "test-" + who;
  if (who == "anonymous") return context;
  const auto& actor = actors_.at(who);
  context.actor = actor;
  context.process_id = actor.process_id;
  context.language = actor.language;
  return context;
}

void CooperationWorld::AddSecondProcess() {
  ReferenceData data;
  data.process.code = "SACM";
  data.process.name =
      LocalizedText{"Conferencia Suramericana sobre Migraciones", "South American Conference on Migration"};
  data.process.languages = {"es", "en"};
  data.countries = {Country{"AR", LocalizedText{"Argentina", "Argentina"}, CountryStatus::kMember}};
  data.organizations = {
      Organization{"TS", LocalizedText{"ST", "TS"}, LocalizedText{"Secretaría Técnica", "Technical Secretariat"},
                   "secretariat"},
      Organization{"SICA", LocalizedText{"SICA", "SICA"}, LocalizedText{"SICA", "SICA"}, "partner_body"}};
  data.networks = {Network{"NET", LocalizedText{"R", "N"}, LocalizedText{"Red", "Network"}}};
  data.topics = {Topic{"general", LocalizedText{"General", "General"}}};
  RequestContext installer;
  installer.request_id = "test";
  auto process = test_.Get<ReferenceService>().Install(data, installer);
  RequestContext context;
  context.process_id = process;
  context.request_id = "test";
  AddPerson("sacm_ts", context, UserDraft{"ts@sacm.example", "TS SACM", "secretariat", {}, {}, "es"});
  AddPerson("sacm_ar", context, UserDraft{"ar@sacm.example", "Officer AR", "country_officer", "AR", {}, "es"});
}

CooperationRequest CooperationWorld::Draft(const std::string& who, const std::string& country) {
  CooperationRequestInput input;
  input.country = country;
  input.partner = "SICA";
  input.title = LocalizedText{"Apoyo para " + country, "Support for " + country};
  input.summary = LocalizedText{"Resumen", "Summary"};
  auto created = service().Create(As(who), input);
  if (!created) throw std::logic_error("cannot create a draft: " + created.error().reason);
  return *created;
}

CooperationRequest CooperationWorld::InState(CooperationState state, const std::string& country) {
  auto request = Draft("ts", country);
  auto step = [&](CooperationAction action) {
    auto taken = service().TakeStep(As("ts"), request.id, action, {});
    if (!taken) throw std::logic_error("cannot take a step: " + taken.error().reason);
    request = *taken;
  };
  using S = CooperationState;
  using A = CooperationAction;
  if (state == S::kDraft) return request;
  if (state == S::kWithdrawn) {
    step(A::kWithdraw);
    return request;
  }
  step(A::kSend);
  if (state == S::kSentToSecretariat) return request;
  step(A::kForward);
  if (state == S::kForwardedToPartner) return request;
  step(A::kAnswer);
  if (state == S::kAnswered) return request;
  step(A::kClose);
  return request;
}

}  // namespace enlace::testing
