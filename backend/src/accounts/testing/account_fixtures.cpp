#include "accounts/testing/account_fixtures.hpp"

#include <stdexcept>

#include "accounts/domain/user_service.hpp"

namespace enlace::testing {

User People::Create(Role role, const std::string& country_or_organization) {
  UserDraft draft;
  std::string role_name(ToString(role));
  draft.email = role_name + "." + std::to_string(++created_) + "@example.org";
  draft.name = "Person " + std::to_string(created_) + " (" + role_name + ")";
  draft.role = role_name;
  if (role == Role::kCountryOfficer) draft.country = country_or_organization;
  if (role == Role::kObserver || role == Role::kCivilSociety) draft.organization = country_or_organization;
  // No actor: the command line's trusted path, so that the first secretariat account can exist.
  RequestContext command_line{.process_id = process_};
  auto created = test_.Get<UserService>().Create(command_line, draft, std::string(kTestPassword));
  if (!created) throw std::logic_error("cannot create a test account: " + created.error().reason);
  return created->user;
}

RequestContext People::As(const User& user) const {
  return RequestContext{.actor = user.ToActor(),
                        .process_id = user.process_id,
                        .request_id = "test",
                        .ip = "192.0.2.1",
                        .language = user.language};
}

RequestContext People::Secretariat() { return As(Create(Role::kSecretariat)); }
RequestContext People::OfficerOf(const std::string& country) { return As(Create(Role::kCountryOfficer, country)); }
RequestContext People::ObserverOf(const std::string& organization) { return As(Create(Role::kObserver, organization)); }
RequestContext People::CivilSociety(const std::string& organization) {
  return As(Create(Role::kCivilSociety, organization));
}
RequestContext People::Anonymous() const {
  return RequestContext{.process_id = process_, .request_id = "test", .ip = "192.0.2.1"};
}

}  // namespace enlace::testing
