#include "kernel/http/api.hpp"

#include <spdlog/spdlog.h>

#include <chrono>

#include "kernel/domain/audit_log.hpp"
#include "kernel/domain/reasons.hpp"
#include "kernel/http/errors.hpp"
#include "kernel/http/openapi.hpp"

namespace enlace::http {
namespace {

bool ConstantTimeEquals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  unsigned char difference = 0;
  for (std::size_t i = 0; i < a.size(); ++i) difference |= static_cast<unsigned char>(a[i] ^ b[i]);
  return difference == 0;
}

// The record id of an audit entry for a refused write: the {id} of the path, if any.
std::string RecordIdOf(const Request& request) {
  auto found = request.path_parameters.find("id");
  return found == request.path_parameters.end() ? std::string() : found->second.substr(0, 40);
}

}  // namespace

Api::Api(Router router, nlohmann::json schemas, PipelineHooks hooks, ApiServices services, ApiSettings settings)
    : router_(std::move(router)),
      hooks_(std::move(hooks)),
      services_(services),
      settings_(std::move(settings)),
      static_files_(settings_.static_dir),
      schemas_(std::move(schemas)) {
  AddSystemRoutes();
  openapi_ = OpenApiDocument(router_, schemas_);
}

Response Api::Handle(Request request) {
  auto started = std::chrono::steady_clock::now();
  ++in_flight_;
  request.request_id = services_.secrets.Token(12);
  request.language = LanguageFrom(request.Header("Accept-Language").value_or(""));
  if (settings_.server.trust_proxy) {
    if (auto forwarded = request.Header("X-Forwarded-For")) {
      auto comma = forwarded->find(',');
      request.remote_ip = forwarded->substr(0, comma);
      while (!request.remote_ip.empty() && request.remote_ip.back() == ' ') request.remote_ip.pop_back();
    }
  }
  Response response;
  try {
    if (draining_) {
      response = ErrorResponse(Error::Of(ErrorCode::kUnavailable, reasons::kShuttingDown), request);
      response.With("Connection", "close");
    } else {
      response = Dispatch(request);
    }
  } catch (const StorageFailure& failure) {
    spdlog::error("request {}: database failure: {}", request.request_id, failure.what());
    response = ErrorResponse(Error::Unavailable(), request);
  } catch (const std::exception& exception) {
    spdlog::error("request {}: unexpected error: {}", request.request_id, exception.what());
    response = ErrorResponse(Error::Internal(), request);
  }
  if (response.error && response.body.empty()) RenderError(response, request, services_.texts);
  AddSecurityHeaders(request, response);
  if (request.method == "HEAD") response.body.clear();
  auto elapsed = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
  spdlog::info("{} {} {} {} {} {:.1f}ms rid={} user={}", request.remote_ip, request.method, request.path,
               response.status, response.body.size(), elapsed, request.request_id,
               request.session ? request.session->actor.email : "-");
  --in_flight_;
  return response;
}

Response Api::Dispatch(Request& request) {
  auto match = router_.Find(request.method, request.path);
  if (!match) {
    if (!request.path.starts_with("/api/")) {
      if (auto file = static_files_.Serve(request)) return *file;
    }
    auto methods = router_.MethodsAt(request.path);
    if (!methods.empty()) {
      std::string allow;
      for (const auto& method : methods) allow += (allow.empty() ? "" : ", ") + method;
      return ErrorResponse(Error::Of(ErrorCode::kInvalidArgument, reasons::kMethodNotAllowed), request)
          .With("Allow", allow);
    }
    return ErrorResponse(
        Error::NotFound(request.path.starts_with("/api/") ? reasons::kUnknownRoute : reasons::kNotFound), request);
  }
  const Route& route = *match->route;
  request.path_parameters = std::move(match->parameters);

  if (request.body.size() > settings_.server.max_json_body && !route.doc.accepts_files) {
    return ErrorResponse(Error::Of(ErrorCode::kPayloadTooLarge, reasons::kPayloadTooLarge), request);
  }

  // Who is asking.
  if (auto cookie = request.Header("Cookie")) {
    if (auto token = CookieValue(*cookie, settings_.server.SessionCookieName()); token && hooks_.authenticate)
      request.session = hooks_.authenticate(*token);
  }
  if (request.session) {
    request.process_id = request.session->actor.process_id;
  } else if (request.path.starts_with("/api/") && hooks_.anonymous_process) {  // health checks skip the database
    if (auto process = hooks_.anonymous_process(request.Query("process"))) request.process_id = *process;
  }

  Response response;
  if (request.ChangesState()) {
    if (auto refusal = CheckStateChange(request, route)) {
      response = *refusal;
    } else {
      response = route.handler(request);
    }
    if (response.status >= 400 && !route.doc.service_audits && !route.doc.audit_action.empty()) {
      // The error the handler answered with, as it was, not read back from the body.
      auto error = response.error.value_or(Error::Internal("status " + std::to_string(response.status)));
      RecordRefusal(services_.store, services_.clock.Now(), request.Context(), route.doc.audit_action,
                    route.doc.record_type, RecordIdOf(request), error);
    }
  } else {
    response = route.handler(request);
  }
  return response;
}

std::optional<Response> Api::CheckStateChange(Request& request, const Route& route) {
  if (auto origin = request.Header("Origin")) {
    bool https = settings_.server.https;
    if (settings_.server.trust_proxy) https = https || request.Header("X-Forwarded-Proto").value_or("") == "https";
    auto expected = (https ? "https://" : "http://") + request.Header("Host").value_or("");
    if (*origin != expected) return ErrorResponse(Error::Forbidden(reasons::kCsrfFailed), request);
  }
  if (!route.doc.csrf) return std::nullopt;
  if (!request.session) return ErrorResponse(Error::Unauthenticated(), request);
  auto token = request.Header("X-CSRF-Token");
  if (!token || !ConstantTimeEquals(*token, request.session->csrf_token)) {
    return ErrorResponse(Error::Forbidden(reasons::kCsrfFailed), request);
  }
  return std::nullopt;
}

void Api::AddSecurityHeaders(const Request& request, Response& response) const {
  response.With("X-Request-Id", request.request_id);
  response.With("X-Content-Type-Options", "nosniff");
  response.With("Content-Security-Policy",
                "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
                "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'");
  response.With("Referrer-Policy", "same-origin");
  response.With("X-Frame-Options", "DENY");
  response.With("Cross-Origin-Opener-Policy", "same-origin");
  if (settings_.server.https) response.With("Strict-Transport-Security", "max-age=31536000");
  if (!response.Header("Cache-Control")) {
    response.With("Cache-Control", "no-store");
  }
}

}  // namespace enlace::http
