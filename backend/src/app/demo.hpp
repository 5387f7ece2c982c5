// Demo data for a newcomer: one account per role (passwords generated, never fixed) and a few
// contact points, so that the platform shows its work on first start. Loading twice adds nothing.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "app/application.hpp"

namespace enlace {

struct DemoCredential {
  std::string email;
  std::string name;
  std::string password;
  std::string role;
  std::optional<std::string> country;
  std::optional<std::string> organization;
};

struct DemoResult {
  std::vector<DemoCredential> created;  // accounts created now, with their passwords
  std::vector<std::string> existing;    // e-mails of demo accounts that were already there
};

// `with_meetings`: also the meetings, agreements and commitments (tests of other features leave
// them out to start from an empty follow-up).
Result<DemoResult> LoadDemo(Application& application, bool with_meetings = true);
// The meetings of the demo (demo_meetings.cpp); `users` by e-mail.
Result<void> LoadDemoMeetings(Application& application, const std::map<std::string, User>& users);

// {"users": [{"email", "password", "role", "country"?, "organization"?}]}
nlohmann::json CredentialsToJson(const std::vector<DemoCredential>& credentials);
std::vector<DemoCredential> CredentialsFromJson(const nlohmann::json& json);

}  // namespace enlace
