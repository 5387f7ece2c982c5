// People for unit tests: an account of each role of PRODUCT.md, created through UserService in a
// TestKernel (which must hold the reference and accounts capabilities), and a RequestContext
// acting as that person, as the HTTP pipeline would build it after sign-in.
//
//   TestKernel test({ReferenceCapability(), AccountsCapability(), ContactsCapability()});
//   People people(test, InstallRcm(test));
//   auto honduras = people.OfficerOf("HN");
//   auto result = test.Get<ContactPointService>().Propose(honduras, input);
#pragma once

#include <string>

#include "accounts/domain/user.hpp"
#include "kernel/testing/test_kernel.hpp"

namespace enlace::testing {

// Every account the fixtures create has this password.
inline constexpr std::string_view kTestPassword = "a test password of enough length";

class People {
 public:
  People(TestKernel& test, ProcessId process) : test_(test), process_(process) {}

  // Each call creates a new account (e-mails are numbered) and returns a context acting as it.
  RequestContext Secretariat();
  RequestContext OfficerOf(const std::string& country);
  RequestContext ObserverOf(const std::string& organization = "IOM");
  RequestContext CivilSociety(const std::string& organization = "RNCOM");
  // Nobody signed in, in the same process.
  RequestContext Anonymous() const;

  // Creates an account of `role`, with `country` (officers) or `organization` (the others).
  User Create(Role role, const std::string& country_or_organization = "");
  // A context acting as `user`.
  RequestContext As(const User& user) const;

  ProcessId process() const { return process_; }

 private:
  TestKernel& test_;
  ProcessId process_;
  int created_ = 0;
};

}  // namespace enlace::testing
