#include "kernel/http/api.hpp"

#include <spdlog/spdlog.h>
#include <unistd.h>

#include <cctype>
#include <chrono>

#include "kernel/domain/audit_log.hpp"
#include "kernel/domain/reasons.hpp"
#include "kernel/http/access_log.hpp"
#include "kernel/http/body_file.hpp"
#include "kernel/http/client_address.hpp"
#include "kernel/http/errors.hpp"
#include "kernel/http/json_input.hpp"
#include "kernel/http/openapi.hpp"

namespace enlace::http {
namespace {

bool ConstantTimeEquals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  unsigned char difference = 0;
  for (std::size_t i = 0; i < a.size(); ++i) difference |= static_cast<unsigned char>(a[i] ^ b[i]);
  return difference == 0;
}

std::string Lower(std::string_view text) {
  std::string lower;
  for (char c : text) lower.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  return lower;
}

// "scheme://host[:port]" of a URL, lower case, without a path.
std::string OriginOf(std::string_view url) {
  auto scheme = url.find("://");
  if (scheme == std::string_view::npos) return Lower(url);
  auto path = url.find('/', scheme + 3);
  return Lower(url.substr(0, path));
}

bool SameOrigin(std::string_view a, std::string_view b) { return OriginOf(a) == OriginOf(b); }

// "localhost", "127.0.0.1", "[::1]", with or without a port.
bool IsLoopbackHost(std::string_view host) {
  auto lower = Lower(host);
  if (lower.starts_with("[::1]")) return lower.size() == 5 || lower[5] == ':';
  auto name = lower.substr(0, lower.find(':'));
  return name == "localhost" || name.starts_with("127.");
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
      schemas_(std::move(schemas)),
      anonymous_limiter_(
          std::make_unique<RateLimiter>(settings_.server.anonymous_rate, settings_.server.anonymous_burst)) {
  AddSystemRoutes();
  openapi_ = OpenApiDocument(router_, schemas_);
}

Response Api::Handle(Request request) {
  auto started = std::chrono::steady_clock::now();
  ++in_flight_;
  request.request_id = services_.secrets.Token(12);
  request.language = LanguageFrom(request.Header("Accept-Language").value_or(""));
  // Both from the peer's own address: a forwarded header counts only from a trusted proxy.
  request.secure = ForwardedHttps(settings_.server.https, request.remote_ip, request.Header("X-Forwarded-Proto"),
                                  settings_.server.trusted_proxies);
  request.remote_ip =
      ClientAddress(request.remote_ip, request.Header("X-Forwarded-For"), settings_.server.trusted_proxies);
  Response response;
  try {
    if (draining_) {
      response = ErrorResponse(Error::Of(ErrorCode::kUnavailable, reasons::kShuttingDown), request);
      response.With("Connection", "close");
    } else if (request.overloaded) {
      // Refused at once rather than run late (issue 9, item 2): the client may try again soon.
      response = ErrorResponse(Error::Of(ErrorCode::kUnavailable, reasons::kOverloaded), request);
      response.With("Retry-After", "2");
    } else if (auto throttled = request.body_refused || request.Header("Cookie") ? std::nullopt : Throttle(request)) {
      // (A body refused from its head is answered 413 and the connection closed, limited or not.)
      response = std::move(*throttled);
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
  if (request.method == "HEAD") {
    response.body.clear();
    if (auto file = TakeFileBody(response)) ::close(file->descriptor);
  }
  auto elapsed = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
  spdlog::info("{}", AccessLogLine(request, response, elapsed));
  --in_flight_;
  return response;
}

std::size_t Api::BodyLimit(std::string_view method, std::string_view target, std::string_view content_type,
                           std::string_view cookie) const {
  auto match = router_.Find(method, PercentDecode(target.substr(0, target.find('?'))));
  std::string type;
  for (char c : content_type.substr(0, content_type.find(';')))
    if (c != ' ' && c != '\t') type.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  bool upload = match && match->route->doc.accepts_files && type == "multipart/form-data" &&
                CookieValue(cookie, settings_.server.SessionCookieName()).has_value();
  return upload ? settings_.server.max_upload_body : settings_.server.max_json_body;
}

Response Api::Dispatch(Request& request) {
  if (request.body_refused) {
    return ErrorResponse(Error::Of(ErrorCode::kPayloadTooLarge, reasons::kPayloadTooLarge), request)
        .With("Connection", "close");
  }
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
  for (const auto& [name, value] : request.path_parameters) {
    if (IsSecretPathParameter(name)) request.log_path = RedactPath(request.path, route.pattern);
  }

  if (request.body.size() > settings_.server.max_json_body && !route.doc.accepts_files) {
    return ErrorResponse(Error::Of(ErrorCode::kPayloadTooLarge, reasons::kPayloadTooLarge), request);
  }
  // A write with a body is JSON, exactly (a cross-site form cannot send it), unless it uploads files.
  if (request.ChangesState() && !route.doc.accepts_files && !request.body.empty() &&
      !IsJsonMediaType(request.Header("Content-Type").value_or(""))) {
    return ErrorResponse(Error::Of(ErrorCode::kUnsupportedMediaType, reasons::kUnsupportedMediaType), request);
  }

  // Who is asking.
  if (auto cookie = request.Header("Cookie")) {
    if (auto token = CookieValue(*cookie, settings_.server.SessionCookieName()); token && hooks_.authenticate)
      request.session = hooks_.authenticate(*token);
  }
  if (request.session) {
    request.process_id = request.session->actor.process_id;
  } else {
    // A cookie that opens no session does not escape the anonymous limit (without one, Handle applied it).
    if (request.Header("Cookie")) {
      if (auto throttled = Throttle(request)) return *throttled;
    }
    if (request.path.starts_with("/api/") && hooks_.anonymous_process) {  // health checks skip the database
      if (auto process = hooks_.anonymous_process(request.Query("process"))) request.process_id = *process;
    }
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
      if (services_.refusals) {
        services_.refusals->Record(request.Context(), route.doc.audit_action, route.doc.record_type,
                                   RecordIdOf(request), error);
      } else {
        RecordRefusal(services_.store, services_.clock.Now(), request.Context(), route.doc.audit_action,
                      route.doc.record_type, RecordIdOf(request), error);
      }
    }
  } else {
    response = route.handler(request);
  }
  return response;
}

std::optional<Response> Api::CheckStateChange(Request& request, const Route& route) {
  if (auto origin = request.Header("Origin")) {
    auto host = request.Header("Host").value_or("");
    auto expected = (request.secure ? "https://" : "http://") + host;
    if (!route.doc.csrf) {
      // Signing in has no session and no token yet: only from the server's own pages, those of
      // its public URL (or, on a loopback address, the one the browser shows: development).
      if (!SameOrigin(*origin, OriginOf(settings_.server.public_url)) &&
          !(IsLoopbackHost(host) && SameOrigin(*origin, expected))) {
        return ErrorResponse(Error::Forbidden(reasons::kForeignOrigin), request);
      }
    } else if (*origin != expected) {
      return ErrorResponse(Error::Forbidden(reasons::kCsrfFailed), request);
    }
  }
  if (!route.doc.csrf) return std::nullopt;
  if (!request.session) return ErrorResponse(Error::Unauthenticated(), request);
  auto token = request.Header("X-CSRF-Token");
  if (!token || !ConstantTimeEquals(*token, request.session->csrf_token)) {
    return ErrorResponse(Error::Forbidden(reasons::kCsrfFailed), request);
  }
  return std::nullopt;
}

std::optional<Response> Api::Throttle(const Request& request) {
  if (!anonymous_limiter_->enabled() || !request.path.starts_with("/api/")) return std::nullopt;
  auto now = std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
  auto wait = anonymous_limiter_->Take(request.remote_ip, now);
  if (wait == 0) return std::nullopt;
  auto error = Error::Of(ErrorCode::kRateLimited, reasons::kTooManyRequests);
  error.retry_after_seconds = wait;
  return ErrorResponse(error, request);
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
  if (request.secure) response.With("Strict-Transport-Security", "max-age=31536000");
  if (!response.Header("Cache-Control")) {
    response.With("Cache-Control", "no-store");
  }
}

}  // namespace enlace::http
