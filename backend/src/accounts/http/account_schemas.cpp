// The OpenAPI schemas of the accounts capability's routes: the one description of each wire shape,
// against which the integration tests validate every request and response.
#include "kernel/http/openapi.hpp"
#include "accounts/http/account_routes.hpp"

namespace enlace::http {

using namespace schema;

nlohmann::json AccountsSchemas() {
  nlohmann::json s;
  s["SignIn"] = Object({{"email", Str()}, {"password", Str()}}, {"email", "password"});
  s["User"] = Object({{"id", Int()},
                      {"email", Str()},
                      {"name", Str()},
                      {"role", {{"enum", {"secretariat", "country_officer", "observer", "civil_society"}}}},
                      {"country", NullableStr()},
                      {"organization", NullableStr()},
                      {"language", Str()},
                      {"active", Bool()},
                      {"process", Str()},
                      {"version", Int()},
                      {"created_at", Instant()}},
                     {"id", "email", "name", "role", "language", "active", "process", "version"});
  s["UserList"] = ItemsOf("User");
  s["SessionInfo"] = Object({{"user", Ref("User")}, {"csrf_token", Str()}}, {"user", "csrf_token"});
  s["UserInput"] = Object({{"email", Str()},
                           {"name", Str()},
                           {"role", Str()},
                           {"country", NullableStr()},
                           {"organization", NullableStr()},
                           {"language", Str()}},
                          {"email", "name", "role"});
  s["UserChange"] = Object({{"name", Str()},
                            {"role", Str()},
                            {"country", NullableStr()},
                            {"organization", NullableStr()},
                            {"language", Str()},
                            {"active", Bool()}});
  s["CreatedUser"] = Object({{"user", Ref("User")}, {"password", Str()}}, {"user", "password"});
  s["GeneratedPassword"] = Object({{"password", Str()}}, {"password"});
  s["ProfileChange"] = Object({{"name", Str()}, {"language", Str()}});
  s["PasswordChange"] =
      Object({{"current_password", Str()}, {"new_password", Str()}}, {"current_password", "new_password"});
  return s;
}

}  // namespace enlace::http
