// The OpenAPI schemas of the accounts capability's routes: the one description of each wire shape,
// against which the integration tests validate every request and response.
#include "accounts/http/account_routes.hpp"
#include "kernel/http/openapi.hpp"

namespace enlace::http {

using namespace schema;

nlohmann::json AccountsSchemas() {
  nlohmann::json s;
  json role = Enum({"secretariat", "country_officer", "observer", "civil_society"});
  json language = Ref("Language");
  s["SignIn"] = Record({{"email", Str()}, {"password", Str()}});
  s["User"] = Record({{"id", Int()},
                      {"email", Str()},
                      {"name", Str()},
                      {"role", role},
                      {"country", NullableStr()},
                      {"organization", NullableStr()},
                      {"language", language},
                      {"active", Bool()},
                      {"process", Str()},
                      {"version", Int()},
                      {"created_at", Instant()}});
  s["UserList"] = ItemsOf("User");
  s["SessionInfo"] = Record({{"user", Ref("User")}, {"csrf_token", Str()}});
  s["UserInput"] = Object({{"email", Str()},
                           {"name", Str()},
                           {"role", role},
                           {"country", NullableStr()},
                           {"organization", NullableStr()},
                           {"language", language}},
                          {"email", "name", "role"});
  s["UserChange"] = Object({{"name", Str()},
                            {"role", role},
                            {"country", NullableStr()},
                            {"organization", NullableStr()},
                            {"language", language},
                            {"active", Bool()}});
  s["CreatedUser"] = Record({{"user", Ref("User")}, {"password", Str()}});
  s["GeneratedPassword"] = Record({{"password", Str()}});
  s["ProfileChange"] = Object({{"name", Str()}, {"language", language}});
  s["PasswordChange"] = Record({{"current_password", Str()}, {"new_password", Str()}});
  return s;
}

}  // namespace enlace::http
