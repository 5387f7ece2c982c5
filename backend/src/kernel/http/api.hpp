// The pipeline every request goes through —
//   request id → language → route match → session → CSRF and Origin checks → handler
//   → a refused write recorded in the audit log → the error's message in the caller's language
//   → security headers → access log —
// over the route table the capabilities filled. The kernel knows no capability: who a session
// cookie belongs to and which process an anonymous request reads are asked of hooks that the
// application wires (accounts and reference answer them).
#pragma once

#include <atomic>
#include <filesystem>
#include <functional>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>

#include "kernel/domain/date.hpp"
#include "kernel/domain/role.hpp"
#include "kernel/domain/secrets.hpp"
#include "kernel/domain/store.hpp"
#include "kernel/domain/texts.hpp"
#include "kernel/http/message.hpp"
#include "kernel/http/rate_limit.hpp"
#include "kernel/http/router.hpp"
#include "kernel/http/server_settings.hpp"
#include "kernel/http/static_files.hpp"

namespace enlace {
class RefusalLog;  // kernel/domain/audit_log.hpp
}  // namespace enlace

namespace enlace::http {

struct ApiSettings {
  std::filesystem::path static_dir;  // the built front end; empty to serve none
  ServerSettings server;
};

struct PipelineHooks {
  // The session a cookie's token opens, if it is valid.
  std::function<std::optional<Authenticated>(std::string_view token)> authenticate;
  // The process an anonymous API request reads (`?process=` or the installation's default).
  std::function<std::optional<ProcessId>(const std::optional<std::string>& code)> anonymous_process;
};

// What the pipeline itself uses.
struct ApiServices {
  Store& store;
  const Clock& clock;
  const SecretGenerator& secrets;
  const Texts& texts;
  RefusalLog* refusals = nullptr;  // groups refused writes per client; null: one entry each
};

class Api {
 public:
  // `router` holds the capabilities' routes; the system routes (/healthz, /readyz, the OpenAPI
  // document built from the routes and `schemas`) are added here.
  Api(Router router, nlohmann::json schemas, PipelineHooks hooks, ApiServices services, ApiSettings settings);
  Response Handle(Request request);
  // The largest body a request may have, from what its head says (method, target, Content-Type,
  // Cookie): the upload size for multipart/form-data to a route that takes files from a caller with
  // a session cookie, the JSON size for anything else. Asked by the transport before the body is
  // read; a larger Content-Length is answered 413 at once.
  std::size_t BodyLimit(std::string_view method, std::string_view target, std::string_view content_type,
                        std::string_view cookie) const;
  const Router& router() const { return router_; }
  const nlohmann::json& openapi() const { return openapi_; }
  // From now on new requests are answered 503 "shutting_down"; those in flight finish.
  void StartDraining() { draining_ = true; }
  int InFlight() const { return in_flight_; }

 private:
  Response Dispatch(Request& request);
  std::optional<Response> CheckStateChange(Request& request, const Route& route);
  void AddSecurityHeaders(const Request& request, Response& response) const;
  // 429 when an anonymous API request finds its client's bucket empty.
  std::optional<Response> Throttle(const Request& request);
  void AddSystemRoutes();

  Router router_;
  PipelineHooks hooks_;
  ApiServices services_;
  ApiSettings settings_;
  StaticFiles static_files_;
  nlohmann::json schemas_;
  nlohmann::json openapi_;
  std::atomic<bool> draining_ = false;
  std::atomic<int> in_flight_ = 0;
  std::unique_ptr<RateLimiter> anonymous_limiter_;
};

}  // namespace enlace::http
