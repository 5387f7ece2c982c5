// Signing in and out, and the signed-in person's own account.
#include "accounts/domain/user_json.hpp"
#include "accounts/http/account_routes.hpp"
#include "kernel/domain/date.hpp"
#include "kernel/domain/json.hpp"
#include "kernel/http/errors.hpp"
#include "kernel/http/handlers.hpp"
#include "kernel/http/json_input.hpp"

namespace enlace::http {
namespace {

std::string StepName(SignInStep step) {
  switch (step) {
    case SignInStep::kDone:
      return "done";
    case SignInStep::kCode:
      return "code";
    case SignInStep::kEnrol:
      return "enrol";
    case SignInStep::kPassword:
      return "password";
  }
  return "done";
}

// A finished sign-in sets the session cookie; an unfinished one names its next step.
Response SignInResponse(Request& request, const AccountRouteServices& services, const Result<SignInOutcome>& outcome) {
  if (!outcome) return ErrorResponse(outcome.error(), request);
  nlohmann::json body{{"step", StepName(outcome->step)}};
  if (!outcome->signed_in) {
    body["pending_token"] = outcome->pending_token;
    return JsonResponse(200, body);
  }
  body["user"] = ToJson(outcome->signed_in->user);
  body["csrf_token"] = outcome->signed_in->csrf_token;
  if (!outcome->recovery_codes.empty()) body["recovery_codes"] = outcome->recovery_codes;
  auto cookie =
      services.server.SessionCookieName() + "=" + outcome->signed_in->token + "; Path=/; HttpOnly; SameSite=Lax";
  if (services.server.https || request.secure) cookie += "; Secure";
  return JsonResponse(200, body).With("Set-Cookie", cookie);
}

nlohmann::json ExpiryJson(const SessionExpiry& expiry) {
  return {{"expires_at", FormatIsoTimestamp(expiry.expires_at)},
          {"absolute_expires_at", FormatIsoTimestamp(expiry.absolute_expires_at)},
          {"idle_timeout_seconds", expiry.idle_timeout.count()}};
}

}  // namespace

void AddSessionRoutes(Router& router_, AccountRouteServices services_) {
  router_.Add("POST", "/api/v1/session",
              {.summary = "Sign in with e-mail and password; may answer with a further step (code, enrolment, new "
                          "password) and a short-lived pending token",
               .tag = "session",
               .request_schema = "SignIn",
               .response_schema = "SignInResult",
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
                auto outcome = services_.sessions.SignIn(email, password, request.Context(),
                                                         request.Header("User-Agent").value_or(""));
                return SignInResponse(request, services_, outcome);
              });
  router_.Add("POST", "/api/v1/session/code",
              {.summary = "The second step of a sign-in: a code of the authenticator app or a recovery code",
               .tag = "session",
               .request_schema = "SignInCode",
               .response_schema = "SignInResult",
               .who = "anyone",
               .audit_action = "session.create",
               .record_type = "session",
               .csrf = false,
               .service_audits = true},
              [services_](Request& request) {
                auto input = JsonInput::Parse(request);
                if (!input) return ErrorResponse(input.error(), request);
                auto token = input->String("pending_token").value_or("");
                auto code = input->String("code").value_or("");
                if (auto done = input->Finish(); !done) return ErrorResponse(done.error(), request);
                return SignInResponse(request, services_,
                                      services_.sessions.SignInWithCode(token, code, request.Context()));
              });
  router_.Add("POST", "/api/v1/session/enrolment",
              {.summary = "During a sign-in that requires it: a new TOTP secret and its otpauth:// URI",
               .tag = "session",
               .request_schema = "PendingSignIn",
               .response_schema = "TotpEnrolment",
               .who = "anyone",
               .audit_action = "user.mfa_enable",
               .record_type = "user",
               .csrf = false,
               .service_audits = true},
              [services_](Request& request) {
                auto input = JsonInput::Parse(request);
                if (!input) return ErrorResponse(input.error(), request);
                auto token = input->String("pending_token").value_or("");
                if (auto done = input->Finish(); !done) return ErrorResponse(done.error(), request);
                auto enrolment = services_.sessions.EnrolPending(token);
                if (!enrolment) return ErrorResponse(enrolment.error(), request);
                return JsonResponse(200, {{"secret", enrolment->secret}, {"uri", enrolment->uri}});
              });
  router_.Add("POST", "/api/v1/session/enrolment/confirm",
              {.summary = "During a sign-in that requires it: confirm the enrolment with a first code; signs in and "
                          "gives the recovery codes once",
               .tag = "session",
               .request_schema = "SignInCode",
               .response_schema = "SignInResult",
               .who = "anyone",
               .audit_action = "user.mfa_enable",
               .record_type = "user",
               .csrf = false,
               .service_audits = true},
              [services_](Request& request) {
                auto input = JsonInput::Parse(request);
                if (!input) return ErrorResponse(input.error(), request);
                auto token = input->String("pending_token").value_or("");
                auto code = input->String("code").value_or("");
                if (auto done = input->Finish(); !done) return ErrorResponse(done.error(), request);
                return SignInResponse(request, services_,
                                      services_.sessions.ConfirmPendingEnrolment(token, code, request.Context()));
              });
  router_.Add("POST", "/api/v1/session/password",
              {.summary = "During a sign-in with an initial password: choose one's own",
               .tag = "session",
               .request_schema = "InitialPasswordChange",
               .response_schema = "SignInResult",
               .who = "anyone",
               .audit_action = "user.change_password",
               .record_type = "user",
               .csrf = false,
               .service_audits = true},
              [services_](Request& request) {
                auto input = JsonInput::Parse(request);
                if (!input) return ErrorResponse(input.error(), request);
                auto token = input->String("pending_token").value_or("");
                auto password = input->String("new_password").value_or("");
                if (auto done = input->Finish(); !done) return ErrorResponse(done.error(), request);
                return SignInResponse(request, services_,
                                      services_.sessions.ChangeInitialPassword(token, password, request.Context()));
              });
  router_.Add("GET", "/api/v1/session",
              {.summary = "The current session, its CSRF token and when it ends if nothing more happens (any "
                          "authenticated request counts as activity)",
               .tag = "session",
               .response_schema = "SessionInfo",
               .who = "signed in"},
              [services_](Request& request) {
                if (!request.session) return ErrorResponse(Error::Unauthenticated(), request);
                auto me = services_.users.Me(request.Context());
                if (!me) return ErrorResponse(me.error(), request);
                auto expiry = services_.sessions.Expiry(*request.session);
                if (!expiry) return ErrorResponse(Error::Unauthenticated(), request);
                return JsonResponse(200, {{"user", ToJson(*me)},
                                          {"csrf_token", request.session->csrf_token},
                                          {"session", ExpiryJson(*expiry)}});
              });
  router_.Add("POST", "/api/v1/session/refresh",
              {.summary = "Stay signed in: records activity now and gives the new expiry (never past the absolute "
                          "limit)",
               .tag = "session",
               .response_schema = "SessionExpiry",
               .who = "signed in"},
              [services_](Request& request) {
                if (!request.session) return ErrorResponse(Error::Unauthenticated(), request);
                auto expiry = services_.sessions.Refresh(*request.session);
                if (!expiry) return ErrorResponse(Error::Unauthenticated(), request);
                return JsonResponse(200, ExpiryJson(*expiry));
              });
  router_.Add("POST", "/api/v1/password-reset",
              {.summary = "Forgot one's password: e-mails a link to choose a new one when an active account has the "
                          "address; the same answer either way",
               .tag = "session",
               .request_schema = "PasswordResetRequest",
               .response_schema = "PasswordResetAccepted",
               .success_status = 202,
               .who = "anyone",
               .audit_action = "password.reset_request",
               .record_type = "user",
               .csrf = false,
               .service_audits = true},
              [services_](Request& request) {
                auto input = JsonInput::Parse(request);
                if (!input) return ErrorResponse(input.error(), request);
                auto email = input->String("email").value_or("");
                if (auto done = input->Finish(); !done) return ErrorResponse(done.error(), request);
                if (auto asked = services_.resets.Request(email, request.Context()); !asked) {
                  return ErrorResponse(asked.error(), request);
                }
                return JsonResponse(202, {{"accepted", true}});
              });
  router_.Add("POST", "/api/v1/password-reset/complete",
              {.summary = "Choose a new password with the link's token; ends every session of the account",
               .tag = "session",
               .request_schema = "PasswordResetCompletion",
               .success_status = 204,
               .who = "anyone",
               .audit_action = "password.reset_by_email",
               .record_type = "user",
               .csrf = false},
              [services_](Request& request) {
                auto input = JsonInput::Parse(request);
                if (!input) return ErrorResponse(input.error(), request);
                auto token = input->String("token").value_or("");
                auto password = input->String("password").value_or("");
                if (auto done = input->Finish(); !done) return ErrorResponse(done.error(), request);
                return NoContentOr(request, services_.resets.Complete(token, password, request.Context()));
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
                return NoContentOr(request, services_.users.ChangeMyPassword(request.Context(), current, next,
                                                                             request.session->session_id));
              });
  router_.Add("GET", "/api/v1/me/sessions",
              {.summary = "One's own active sessions (never their secrets)",
               .tag = "session",
               .response_schema = "SessionList",
               .who = "signed in"},
              [services_](Request& request) {
                if (!request.session) return ErrorResponse(Error::Unauthenticated(), request);
                auto sessions = services_.sessions.MySessions(*request.session);
                if (!sessions) return ErrorResponse(sessions.error(), request);
                auto items = nlohmann::json::array();
                for (const auto& session : *sessions) {
                  items.push_back({{"id", session.id},
                                   {"created_at", FormatIsoTimestamp(session.created_at)},
                                   {"last_seen_at", FormatIsoTimestamp(session.last_seen_at)},
                                   {"ip", session.ip},
                                   {"user_agent", session.user_agent},
                                   {"current", session.current}});
                }
                return JsonResponse(200, {{"items", items}});
              });
  router_.Add("DELETE", "/api/v1/me/sessions/{id}",
              {.summary = "End one of one's own sessions (404 for anybody else's)",
               .tag = "session",
               .success_status = 204,
               .who = "signed in",
               .audit_action = "session.delete",
               .record_type = "session"},
              [services_](Request& request) {
                return WithId<std::int64_t>(request, [&](std::int64_t id) {
                  return NoContentOr(request, services_.sessions.EndMySession(*request.session, id, request.Context()));
                });
              });
  router_.Add("GET", "/api/v1/me/mfa",
              {.summary = "Whether one's two-step sign-in is on, required, and how many recovery codes are left",
               .tag = "session",
               .response_schema = "MfaStatus",
               .who = "signed in"},
              [services_](Request& request) {
                auto status = services_.sessions.Mfa(request.Context());
                if (!status) return ErrorResponse(status.error(), request);
                return JsonResponse(200, {{"enabled", status->enabled},
                                          {"required", status->required},
                                          {"recovery_codes_left", status->recovery_codes_left}});
              });
  router_.Add("POST", "/api/v1/me/mfa/totp",
              {.summary = "Start enrolling an authenticator app: a new secret and its otpauth:// URI",
               .tag = "session",
               .response_schema = "TotpEnrolment",
               .who = "signed in",
               .audit_action = "user.mfa_enable",
               .record_type = "user"},
              [services_](Request& request) {
                auto enrolment = services_.sessions.Enrol(request.Context());
                if (!enrolment) return ErrorResponse(enrolment.error(), request);
                return JsonResponse(200, {{"secret", enrolment->secret}, {"uri", enrolment->uri}});
              });
  router_.Add("POST", "/api/v1/me/mfa/totp/confirm",
              {.summary = "Confirm the enrolment with a first code; gives the ten recovery codes once",
               .tag = "session",
               .request_schema = "MfaCode",
               .response_schema = "RecoveryCodes",
               .who = "signed in",
               .audit_action = "user.mfa_enable",
               .record_type = "user"},
              [services_](Request& request) {
                auto input = JsonInput::Parse(request);
                if (!input) return ErrorResponse(input.error(), request);
                auto code = input->String("code").value_or("");
                if (auto done = input->Finish(); !done) return ErrorResponse(done.error(), request);
                auto codes = services_.sessions.ConfirmEnrolment(request.Context(), code);
                if (!codes) return ErrorResponse(codes.error(), request);
                return JsonResponse(200, {{"recovery_codes", *codes}});
              });
  router_.Add("POST", "/api/v1/me/mfa/totp/disable",
              {.summary = "Turn two-step sign-in off, with a current code or the password",
               .tag = "session",
               .request_schema = "MfaDisable",
               .success_status = 204,
               .who = "signed in",
               .audit_action = "user.mfa_disable",
               .record_type = "user"},
              [services_](Request& request) {
                auto input = JsonInput::Parse(request);
                if (!input) return ErrorResponse(input.error(), request);
                auto code = input->String("code").value_or("");
                auto password = input->String("password").value_or("");
                if (auto done = input->Finish(); !done) return ErrorResponse(done.error(), request);
                return NoContentOr(request, services_.sessions.DisableMfa(request.Context(), code, password));
              });
}

}  // namespace enlace::http
