// Signing in and out, and the signed-in person's own account.
#include "accounts/domain/user_json.hpp"
#include "accounts/http/account_routes.hpp"
#include "kernel/domain/json.hpp"
#include "kernel/http/errors.hpp"
#include "kernel/http/handlers.hpp"
#include "kernel/http/json_input.hpp"

namespace enlace::http {

void AddSessionRoutes(Router& router_, AccountRouteServices services_) {
  router_.Add("POST", "/api/v1/session",
              {.summary = "Sign in with e-mail and password",
               .tag = "session",
               .request_schema = "SignIn",
               .response_schema = "SessionInfo",
               .who = "anyone",
               .audit_action = "session.create",
               .record_type = "session",
               .csrf = false,
               .service_audits = true},
              [services_](Request& request) {
                auto input = JsonInput::Parse(request);
                if (!input) return ErrorResponse(input.error(), request);
                auto email = input->String("email").value_or("");
                auto password = input->String("password").value_or("");
                if (auto done = input->Finish(); !done) return ErrorResponse(done.error(), request);
                auto signed_in = services_.sessions.SignIn(email, password, request.Context());
                if (!signed_in) return ErrorResponse(signed_in.error(), request);
                auto cookie =
                    services_.server.SessionCookieName() + "=" + signed_in->token + "; Path=/; HttpOnly; SameSite=Lax";
                if (services_.server.https || request.secure) cookie += "; Secure";
                return JsonResponse(200, {{"user", ToJson(signed_in->user)}, {"csrf_token", signed_in->csrf_token}})
                    .With("Set-Cookie", cookie);
              });
  router_.Add("GET", "/api/v1/session",
              {.summary = "The current session and its CSRF token",
               .tag = "session",
               .response_schema = "SessionInfo",
               .who = "signed in"},
              [services_](Request& request) {
                if (!request.session) return ErrorResponse(Error::Unauthenticated(), request);
                auto me = services_.users.Me(request.Context());
                if (!me) return ErrorResponse(me.error(), request);
                return JsonResponse(200, {{"user", ToJson(*me)}, {"csrf_token", request.session->csrf_token}});
              });
  router_.Add("DELETE", "/api/v1/session",
              {.summary = "Sign out",
               .tag = "session",
               .success_status = 204,
               .who = "signed in",
               .audit_action = "session.delete",
               .record_type = "session"},
              [services_](Request& request) {
                services_.sessions.SignOut(*request.session, request.Context());
                auto cookie = services_.server.SessionCookieName() + "=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0";
                if (services_.server.https || request.secure) cookie += "; Secure";
                return NoContent().With("Set-Cookie", cookie);
              });
  router_.Add(
      "GET", "/api/v1/me",
      {.summary = "The signed-in person", .tag = "session", .response_schema = "User", .who = "signed in"},
      [services_](Request& request) { return VersionedRecord(request, services_.users.Me(request.Context())); });
  router_.Add("PATCH", "/api/v1/me",
              {.summary = "Change one's own name or language",
               .tag = "session",
               .request_schema = "ProfileChange",
               .response_schema = "User",
               .who = "signed in",
               .requires_version = true,
               .audit_action = "user.update_self",
               .record_type = "user"},
              [services_](Request& request) {
                auto input = JsonInput::Parse(request);
                if (!input) return ErrorResponse(input.error(), request);
                UserChange change;
                change.name = input->String("name");
                change.language = input->String("language");
                if (input->Has("role") || input->Has("country") || input->Has("organization") || input->Has("active")) {
                  return ErrorResponse(Error::Forbidden(), request);
                }
                if (auto done = input->Finish(); !done) return ErrorResponse(done.error(), request);
                return VersionedRecord(request,
                                       services_.users.UpdateMe(request.Context(), change, IfMatchVersion(request)));
              });
  router_.Add("POST", "/api/v1/me/password",
              {.summary = "Change one's own password",
               .tag = "session",
               .request_schema = "PasswordChange",
               .success_status = 204,
               .who = "signed in",
               .audit_action = "user.change_password",
               .record_type = "user"},
              [services_](Request& request) {
                auto input = JsonInput::Parse(request);
                if (!input) return ErrorResponse(input.error(), request);
                auto current = input->String("current_password").value_or("");
                auto next = input->String("new_password").value_or("");
                if (auto done = input->Finish(); !done) return ErrorResponse(done.error(), request);
                return NoContentOr(request, services_.users.ChangeMyPassword(request.Context(), current, next));
              });
}

}  // namespace enlace::http
