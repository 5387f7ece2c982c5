// Accounts, managed by the Technical Secretariat.
#include "accounts/domain/user_json.hpp"
#include "accounts/http/account_routes.hpp"
#include "kernel/domain/json.hpp"
#include "kernel/domain/policy.hpp"
#include "kernel/http/errors.hpp"
#include "kernel/http/handlers.hpp"
#include "kernel/http/json_input.hpp"

namespace enlace::http {
namespace {

UserChange ReadUserChange(JsonInput& input) {
  UserChange change;
  change.name = input.String("name");
  change.role = input.String("role");
  change.country = input.NullableString("country");
  change.organization = input.NullableString("organization");
  change.language = input.String("language");
  change.active = input.Bool("active");
  return change;
}

}  // namespace

void AddUserRoutes(Router& router_, AccountRouteServices services_) {
  router_.Add("GET", "/api/v1/users",
              {.summary = "Accounts of the process",
               .tag = "users",
               .response_schema = "UserList",
               .query = {{"q", "Text in the name or e-mail"}, {"role", "Role"}, {"country", "Country code"}},
               .who = "secretariat"},
              [services_](Request& request) {
                UserFilter filter{request.Query("q"), request.Query("role"), request.Query("country")};
                auto users = services_.users.List(request.Context(), filter);
                if (!users) return ErrorResponse(users.error(), request);
                auto items = nlohmann::json::array();
                for (const auto& user : *users) items.push_back(ToJson(user));
                return JsonResponse(200, {{"items", items}});
              });
  router_.Add("POST", "/api/v1/users",
              {.summary = "Create an account; the generated password is shown once",
               .tag = "users",
               .request_schema = "UserInput",
               .response_schema = "CreatedUser",
               .success_status = 201,
               .who = "secretariat",
               .audit_action = "user.create",
               .record_type = "user"},
              [services_](Request& request) {
                auto input = JsonInput::Parse(request);
                if (!input) return ErrorResponse(input.error(), request);
                UserDraft draft;
                draft.email = input->String("email").value_or("");
                draft.name = input->String("name").value_or("");
                draft.role = input->String("role").value_or("");
                draft.country = input->String("country");
                draft.organization = input->String("organization");
                draft.language = input->String("language").value_or(request.language);
                if (auto done = input->Finish(); !done) return ErrorResponse(done.error(), request);
                auto created = services_.users.Create(request.Context(), draft);
                if (!created) return ErrorResponse(created.error(), request);
                return VersionedJson(201, {{"user", ToJson(created->user)}, {"password", created->password}},
                                     created->user.version);
              });
  router_.Add("GET", "/api/v1/users/{id}",
              {.summary = "One account", .tag = "users", .response_schema = "User", .who = "secretariat"},
              [services_](Request& request) {
                auto id = PathId<UserId>(request);
                if (!id) return ErrorResponse(id.error(), request);
                return VersionedRecord(request, services_.users.Get(request.Context(), UserId{*id}));
              });
  router_.Add("PATCH", "/api/v1/users/{id}",
              {.summary = "Change an account (role, country, organisation, name, language, active)",
               .tag = "users",
               .request_schema = "UserChange",
               .response_schema = "User",
               .who = "secretariat",
               .requires_version = true,
               .audit_action = "user.update",
               .record_type = "user"},
              [services_](Request& request) {
                return WithIdAndBody<UserId>(request, ReadUserChange, [&](UserId id, auto change) {
                  return VersionedRecord(
                      request, services_.users.Update(request.Context(), id, change, IfMatchVersion(request)));
                });
              });
  router_.Add("POST", "/api/v1/users/{id}/password",
              {.summary = "Generate a new password for an account (shown once); signs it out everywhere",
               .tag = "users",
               .response_schema = "GeneratedPassword",
               .who = "secretariat",
               .audit_action = "user.reset_password",
               .record_type = "user"},
              [services_](Request& request) {
                auto id = PathId<UserId>(request);
                if (!id) return ErrorResponse(id.error(), request);
                if (auto allowed = policy::ManageUsers(request.Context().actor); !allowed) {
                  return ErrorResponse(allowed.error(), request);
                }
                auto password = services_.users.ResetPassword(request.Context(), UserId{*id});
                if (!password) return ErrorResponse(password.error(), request);
                return JsonResponse(200, {{"password", *password}});
              });
}

}  // namespace enlace::http
