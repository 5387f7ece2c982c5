// The API: every route of the server and the pipeline each request goes through —
//   request id → language → route match → session → CSRF and Origin checks → handler
//   → a refused write recorded in the audit log → security headers → access log.
// Handlers only adapt HTTP to the domain services; the rules live in the services.
#pragma once

#include <atomic>
#include <filesystem>
#include <memory>

#include "audit/domain/audit_service.hpp"
#include "calendars/domain/calendar_service.hpp"
#include "meetings/domain/commitment_service.hpp"
#include "contacts/domain/contact_point_service.hpp"
#include "imports/domain/import_service.hpp"
#include "meetings/domain/meeting_service.hpp"
#include "notifications/domain/notification_service.hpp"
#include "reference/domain/reference_service.hpp"
#include "kernel/domain/secrets.hpp"
#include "accounts/domain/session_service.hpp"
#include "kernel/domain/store.hpp"
#include "accounts/domain/user_service.hpp"
#include "kernel/http/message.hpp"
#include "kernel/http/router.hpp"
#include "kernel/http/static_files.hpp"

namespace enlace::http {

struct Services {
  Store& store;
  const Clock& clock;
  const SecretGenerator& secrets;
  SessionService& sessions;
  UserService& users;
  ReferenceService& reference;
  ContactPointService& contact_points;
  AuditService& audit;
  MeetingService& meetings;
  CommitmentService& commitments;
  CalendarService& calendars;
  NotificationService& notifications;
  ImportService& imports;
};

struct ApiSettings {
  std::filesystem::path static_dir;  // the built front end; empty to serve none
  bool https = false;                // cookies get Secure and the __Host- prefix
  bool trust_proxy = false;          // believe X-Forwarded-For and X-Forwarded-Proto
  std::size_t max_json_body = 1 << 20;
  std::string public_url = "http://127.0.0.1:8080";  // for links in calendar feeds
};

class Api {
 public:
  Api(Services services, ApiSettings settings);
  Response Handle(Request request);
  const Router& router() const { return router_; }
  // From now on new requests are answered 503 "shutting_down"; those in flight finish.
  void StartDraining() { draining_ = true; }
  int InFlight() const { return in_flight_; }
  std::string SessionCookieName() const;

 private:
  Response Dispatch(Request& request);
  std::optional<Response> CheckStateChange(Request& request, const Route& route);
  void AddSecurityHeaders(const Request& request, Response& response) const;
  void AddSystemRoutes();
  void AddSessionRoutes();
  void AddReferenceRoutes();
  void AddUserRoutes();
  void AddContactPointRoutes();
  void AddAuditRoutes();
  void AddMeetingRoutes();
  void AddCommitmentRoutes();
  void AddCalendarRoutes();
  void AddNotificationRoutes();
  void AddImportRoutes();

  Services services_;
  ApiSettings settings_;
  Router router_;
  StaticFiles static_files_;
  std::atomic<bool> draining_ = false;
  std::atomic<int> in_flight_ = 0;
};

}  // namespace enlace::http
