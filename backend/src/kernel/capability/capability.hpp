// A capability, as the application sees it: one manifest per folder (meetings/capability.cpp,
// contacts/capability.cpp, …) saying everything the capability brings, so that nothing outside
// its folder lists it but the one line in app/capabilities.cpp.
//
// The idea is Decidim's component manifests and Django's apps: the kernel knows what a capability
// *can* bring (migrations, repositories, services, routes with their OpenAPI description, text
// catalogues, background jobs, demo data) and the application runs each in the order of the
// list, which is also the order of dependencies: a capability comes after those it uses.
#pragma once

#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>
#include <typeindex>
#include <vector>

#include "kernel/domain/date.hpp"
#include "kernel/domain/embedded.hpp"
#include "kernel/domain/mail.hpp"
#include "kernel/domain/role.hpp"
#include "kernel/domain/secrets.hpp"
#include "kernel/domain/store.hpp"
#include "kernel/domain/texts.hpp"
#include "kernel/http/router.hpp"
#include "kernel/http/server_settings.hpp"
#include "kernel/storage/storage_module.hpp"

namespace enlace {

// The services capabilities publish for the application and for each other, one of each type.
class ServiceRegistry {
 public:
  template <typename Service>
  Service& Provide(std::unique_ptr<Service> service) {
    auto& stored = services_[typeid(Service)];
    if (stored) throw std::logic_error(std::string("a service is provided twice: ") + typeid(Service).name());
    Service& result = *service;
    stored = std::shared_ptr<void>(std::move(service));
    return result;
  }
  // The service `Service`; a capability that asks for one nobody provided, or provided later in
  // the list, is a wiring bug: std::logic_error.
  template <typename Service>
  Service& Get() const {
    if (auto* found = Find<Service>()) return *found;
    throw std::logic_error(std::string("no service of type ") + typeid(Service).name());
  }
  template <typename Service>
  Service* Find() const {
    auto found = services_.find(typeid(Service));
    return found == services_.end() ? nullptr : static_cast<Service*>(found->second.get());
  }

 private:
  std::map<std::type_index, std::shared_ptr<void>> services_;
};

// What every capability is built with.
struct Kernel {
  Store& store;
  const Clock& clock;
  const SecretGenerator& secrets;
  const PasswordHasher& passwords;
  const Texts& texts;
  ServiceRegistry& services;
  http::ServerSettings server;
  Mailer* mailer = nullptr;               // null when no SMTP server is configured: e-mail is not sent
  const AuditSeal* audit_seal = nullptr;  // the key of the audit chain, for verifying it
};

// A background job: run by the scheduler every `interval` while the server serves.
struct Job {
  std::string name;
  std::chrono::seconds interval{600};
  std::function<void(Kernel&)> run;
};

// Demo data: the people the demo created (by e-mail), so that each capability's loader acts as
// one of them; `created` collects the new accounts' passwords to show once.
struct DemoPerson {
  std::string email;
  std::string name;
  std::string password;  // empty when the account already existed
  Actor actor;
};
struct Demo {
  std::map<std::string, DemoPerson> people;
  bool with_meetings = true;  // tests of other features start from an empty follow-up
  // A request context acting as the demo person `email`; std::logic_error when there is none.
  RequestContext As(const std::string& email) const;
};

struct Capability {
  std::string name;     // the folder: "meetings"
  EmbeddedFiles files;  // its migrations/ and texts/
  std::function<void(storage::RepositoryRegistry&)> repositories;
  // Builds its services and provides them in kernel.services.
  std::function<void(Kernel&)> services;
  // Adds its routes, each with its documentation.
  std::function<void(http::Router&, Kernel&)> routes;
  // Its OpenAPI components ("schemas" by name), to which its routes' documentation refers.
  std::function<nlohmann::json()> schemas;
  std::vector<Job> jobs;
  std::function<Result<void>(Kernel&, Demo&)> demo;
};

}  // namespace enlace
