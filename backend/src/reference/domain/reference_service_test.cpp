// ReferenceService over a TestKernel: installing a process's reference data and finding the
// process a request works in.
#include "reference/domain/reference_service.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "kernel/testing/results.hpp"
#include "kernel/testing/test_kernel.hpp"
#include "reference/capability.hpp"
#include "reference/testing/reference_fixtures.hpp"

namespace enlace::testing {
namespace {

class ReferenceServiceTest : public ::testing::Test {
 protected:
  TestKernel test_{{ReferenceCapability()}};
  ReferenceService& service_ = test_.Get<ReferenceService>();
};

ReferenceData OtherProcess() {
  ReferenceData data;
  data.process = Process{
      ProcessId{0}, "CSM", LocalizedText{"Conferencia Suramericana", "South American Conference"}, {"es"}, "es"};
  data.countries = {{"AR", LocalizedText{"Argentina", "Argentina"}, CountryStatus::kMember}};
  data.organizations = {{"TS", LocalizedText{"ST", "TS"}, LocalizedText{"Secretaría", "Secretariat"}, "secretariat"}};
  return data;
}

TEST_F(ReferenceServiceTest, TheRcmHasElevenMemberAndFiveObserverCountries) {
  auto process = InstallRcm(test_);
  auto data = service_.Load(process);
  EXPECT_EQ(data.process.code, "RCM");
  auto members = std::count_if(data.countries.begin(), data.countries.end(),
                               [](const Country& c) { return c.status == CountryStatus::kMember; });
  EXPECT_EQ(members, 11);
  EXPECT_EQ(data.countries.size() - members, 5u);
  EXPECT_FALSE(data.networks.empty());
  EXPECT_FALSE(data.topics.empty());
}

TEST_F(ReferenceServiceTest, InstallingAgainUpdatesTheSameProcessAndSaysSoInTheAuditLog) {
  auto first = InstallRcm(test_);
  auto changed = RcmReference();
  changed.countries[0].name.es = "Belice (nuevo nombre)";
  EXPECT_EQ(service_.Install(changed, RequestContext{}), first);
  EXPECT_EQ(service_.Load(first).countries[0].name.es, "Belice (nuevo nombre)") << "a change made here shows at once";
  auto transaction = test_.store().Begin(TransactionMode::kRead);
  auto entries = transaction->audit().List(AuditFilter{.record_type = "process"});
  ASSERT_EQ(entries.size(), 2u);
  EXPECT_EQ(entries[0].record.action, "process.update_reference");
  EXPECT_EQ(entries[1].record.action, "process.create");
  EXPECT_EQ(entries[1].record.actor_name, "enlace command line");
}

TEST_F(ReferenceServiceTest, TheSignedInPersonsProcessWinsOverTheOneNamed) {
  auto rcm = InstallRcm(test_);
  auto csm = service_.Install(OtherProcess(), RequestContext{});
  EXPECT_EQ(service_.ResolveProcess(csm, std::string("RCM"))->id, csm);
  EXPECT_EQ(service_.ResolveProcess(std::nullopt, std::string("CSM"))->id, csm);
  EXPECT_EQ(service_.ResolveProcess(std::nullopt, std::nullopt)->id, rcm) << "the first installed is the default";
  EXPECT_EQ(Outcome(service_.ResolveProcess(std::nullopt, std::string("NOPE"))), "unknown_process");
  EXPECT_EQ(Outcome(service_.ResolveProcess(ProcessId{999}, std::nullopt)), "unknown_process");
}

TEST_F(ReferenceServiceTest, ASecondProcessHasOnlyItsOwnData) {
  auto rcm = InstallRcm(test_);
  auto csm = service_.Install(OtherProcess(), RequestContext{});
  EXPECT_NE(rcm, csm);
  auto data = service_.Load(csm);
  ASSERT_EQ(data.countries.size(), 1u);
  EXPECT_EQ(data.countries[0].code, "AR");
  EXPECT_EQ(service_.Load(rcm).countries.size(), 16u);
}

TEST_F(ReferenceServiceTest, WithNoProcessInstalledNoneIsFound) {
  EXPECT_EQ(Outcome(service_.ResolveProcess(std::nullopt, std::nullopt)), "unknown_process");
}

}  // namespace
}  // namespace enlace::testing
