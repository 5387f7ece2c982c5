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
  // When the session ends if nothing more happens: `expires_at` is the earlier of the idle limit
  // (`idle_timeout_seconds` after the last request) and `absolute_expires_at`, which no activity moves.
  s["SessionExpiry"] =
      Record({{"expires_at", Instant()}, {"absolute_expires_at", Instant()}, {"idle_timeout_seconds", Int()}});
  s["SessionInfo"] = Record({{"user", Ref("User")}, {"csrf_token", Str()}, {"session", Ref("SessionExpiry")}});
  s["PasswordResetRequest"] = Record({{"email", Str()}});
  // The same answer whether or not an account has the address.
  s["PasswordResetAccepted"] = Record({{"accepted", Bool()}});
  s["PasswordResetCompletion"] = Record({{"token", Str()}, {"password", Str()}});
  s["SignInResult"] = Object({{"step", Enum({"done", "code", "enrol", "password"})},
                              {"user", Ref("User")},
                              {"csrf_token", Str()},
                              {"pending_token", Str()},
                              {"recovery_codes", ListOf(Str())}},
                             {"step"});
  s["SignInCode"] = Record({{"pending_token", Str()}, {"code", Str()}});
  s["PendingSignIn"] = Record({{"pending_token", Str()}});
  s["InitialPasswordChange"] = Record({{"pending_token", Str()}, {"new_password", Str()}});
  s["TotpEnrolment"] = Record({{"secret", Str()}, {"uri", Str()}});
  s["RecoveryCodes"] = Record({{"recovery_codes", ListOf(Str())}});
  s["MfaCode"] = Record({{"code", Str()}});
  s["MfaDisable"] = Object({{"code", Str()}, {"password", Str()}});
  s["MfaStatus"] = Record({{"enabled", Bool()}, {"required", Bool()}, {"recovery_codes_left", Int()}});
  s["SessionSummary"] = Record({{"id", Int()},
                                {"created_at", Instant()},
                                {"last_seen_at", Instant()},
                                {"ip", Str()},
                                {"user_agent", Str()},
                                {"current", Bool()}});
  s["SessionList"] = ItemsOf("SessionSummary");
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
