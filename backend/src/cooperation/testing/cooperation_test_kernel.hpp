// The unit tests' world: a TestKernel (an in-memory SQLite database, no HTTP) with the
// capabilities cooperation requests need, the RCM's reference data from data/reference/rcm, and
// one person per kind of caller: "ts" and "ts2" (Secretariat), "hn" and "gt" (officers of
// Honduras and Guatemala), "observer" (IOM) and "civil" (RNCOM). A second process (SACM) with its
// own Secretariat and officer can be added to show that processes never see each other.
#pragma once

#include <map>
#include <string>

#include "accounts/domain/user.hpp"
#include "cooperation/domain/cooperation_service.hpp"
#include "kernel/testing/test_kernel.hpp"

namespace enlace::testing {

class CooperationWorld {
 public:
  CooperationWorld();

  TestKernel& test() { return test_; }
  Store& store() { return test_.store(); }
  ManualClock& clock() { return test_.clock(); }
  CooperationService& service() { return test_.Get<CooperationService>(); }
  ProcessId process() const { return process_; }

  // The request context of a person ("ts", "hn", …); "anonymous" is nobody signed in.
  RequestContext As(const std::string& who) const;
  const Actor& ActorOf(const std::string& who) const { return actors_.at(who); }

  // Adds the SACM process with "sacm_ts" and "sacm_ar" (an officer of Argentina).
  void AddSecondProcess();

  // A draft of `who`'s country (the Secretariat makes Honduras's) to SICA, through the service.
  CooperationRequest Draft(const std::string& who = "hn", const std::string& country = "HN");
  // A request brought to `state` by the right people.
  CooperationRequest InState(CooperationState state, const std::string& country = "HN");

 private:
  void AddPerson(const std::string& who, const RequestContext& context, UserDraft draft);

  TestKernel test_;
  ProcessId process_;
  std::map<std::string, Actor> actors_;
};

}  // namespace enlace::testing
