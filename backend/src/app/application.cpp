#include "app/application.hpp"

#include "app/capabilities.hpp"
#include "imports/domain/import_service.hpp"
#include "kernel/domain/audit_log.hpp"
#include "kernel/domain/reasons.hpp"
#include "kernel/http/openapi.hpp"
#include "reference/domain/reasons.hpp"
#include "reference/domain/reference_loader.hpp"
#include "reference/domain/reference_repository.hpp"
#include "reference/domain/reference_service.hpp"

namespace enlace {
namespace embedded {
EmbeddedFiles kernel();
}  // namespace embedded

Application::Application(const ApplicationOptions& options, const Clock& clock)
    : options_(options), clock_(clock), capabilities_(Capabilities()), hasher_(options.password_cost) {}

Application::~Application() = default;

Result<std::unique_ptr<Application>> Application::Open(const ApplicationOptions& options, const Clock& clock) {
  InitializeCrypto();
  auto url = storage::ParseDatabaseUrl(options.database_url);
  if (!url) return std::unexpected(url.error());
  std::unique_ptr<Application> application(new Application(options, clock));
  auto& app = *application;

  if (auto added = app.texts_.Add("kernel", embedded::kernel()); !added) return std::unexpected(added.error());
  for (const auto& capability : app.capabilities_) {
    if (auto added = app.texts_.Add(capability.name, capability.files); !added) return std::unexpected(added.error());
  }
  auto modules = StorageModulesOf(app.capabilities_);
  // The audit key: read from its file, or new (written once the store shows the log is empty).
  std::filesystem::path key_file;
  std::string key;
  bool new_key = false;
  if (!url->in_memory) {
    key_file = !options.audit_key_file.empty()             ? options.audit_key_file
               : url->dialect == storage::Dialect::kSqlite ? std::filesystem::path(url->connection + ".audit-key")
                                                           : std::filesystem::path("data/audit.key");
    auto read = ReadAuditKeyFile(key_file);
    if (read) {
      key = *read;
    } else if (read.error().code != ErrorCode::kNotFound) {
      return std::unexpected(read.error());
    }
  }
  if (key.empty()) {
    key = NewAuditKey();
    new_key = !url->in_memory;
  }
  app.audit_seal_ = std::make_shared<HmacAuditSeal>(key);
  try {
    app.store_ = std::make_unique<storage::SociStore>(
        *url, storage::StoreOptions{.connections = options.connections, .audit_seal = app.audit_seal_},
        std::move(modules));
    if (new_key) {
      if (!app.store_->Begin(TransactionMode::kRead)->audit().Chain(0, 1).empty()) {
        return std::unexpected(Error::Of(ErrorCode::kConflict, reasons::kAuditKeyMissing,
                                         key_file.string() +
                                             ": the audit log has entries but this key file is missing; "
                                             "give the key with --audit-key-file or ENLACE_AUDIT_KEY_FILE"));
      }
      if (auto written = WriteAuditKeyFile(key_file, key); !written) return std::unexpected(written.error());
    }
  } catch (const StorageFailure& failure) {
    return std::unexpected(Error::Unavailable(failure.what()));
  }

  // Settings the capabilities read, then each capability's services in order.
  app.services_.Provide(std::make_unique<SessionSettings>(options.sessions));
  app.services_.Provide(std::make_unique<ReminderSettings>(options.reminders));
  app.services_.Provide(std::make_unique<ImportSettings>(ImportSettings{options.reference_root}));
  app.kernel_ = std::unique_ptr<Kernel>(new Kernel{
      .store = *app.store_,
      .clock = clock,
      .secrets = app.secrets_,
      .passwords = app.hasher_,
      .texts = app.texts_,
      .services = app.services_,
      .server = options.server,
      .audit_seal = app.audit_seal_.get(),
  });
  for (const auto& capability : app.capabilities_) {
    if (capability.services) capability.services(*app.kernel_);
  }

  bool empty = app.store_->Begin(TransactionMode::kRead)->Get<ReferenceRepository>().ListProcesses().empty();
  if (empty) {
    auto installed = app.InstallReference(options.reference_root / "rcm");
    if (!installed) return std::unexpected(installed.error());
  }
  return application;
}

std::unique_ptr<http::Api> Application::MakeApi(std::filesystem::path static_dir) {
  http::Router router;
  auto schemas = http::KernelSchemas();
  for (const auto& capability : capabilities_) {
    if (capability.routes) capability.routes(router, *kernel_);
    if (!capability.schemas) continue;
    auto fragment = capability.schemas();
    for (const auto& [name, schema] : fragment.items()) {
      if (schemas.contains(name)) throw std::logic_error("OpenAPI schema " + name + " is defined twice");
      schemas[name] = schema;
    }
  }
  auto& sessions = Get<SessionService>();
  auto& reference = Get<ReferenceService>();
  http::PipelineHooks hooks{
      .authenticate = [&sessions](std::string_view token) { return sessions.Authenticate(token); },
      .anonymous_process = [&reference](const std::optional<std::string>& code) -> std::optional<ProcessId> {
        auto process = reference.ResolveProcess(std::nullopt, code);
        if (!process) return std::nullopt;
        return process->id;
      },
  };
  return std::make_unique<http::Api>(std::move(router), std::move(schemas), std::move(hooks),
                                     http::ApiServices{*store_, clock_, secrets_, texts_, services_.Find<RefusalLog>()},
                                     http::ApiSettings{.static_dir = std::move(static_dir), .server = kernel_->server});
}

Result<nlohmann::json> DescribeApi(const std::filesystem::path& reference_root) {
  ApplicationOptions options;
  options.database_url = "sqlite::memory:";
  options.reference_root = reference_root;
  options.connections = 1;
  SystemClock clock;
  auto opened = Application::Open(options, clock);
  if (!opened) return std::unexpected(opened.error());
  return (*opened)->MakeApi({})->openapi();
}

std::vector<Job> Application::Jobs() const {
  std::vector<Job> jobs;
  for (const auto& capability : capabilities_) jobs.insert(jobs.end(), capability.jobs.begin(), capability.jobs.end());
  return jobs;
}

Result<DemoResult> Application::LoadDemo(bool with_meetings) {
  Demo demo;
  demo.with_meetings = with_meetings;
  for (const auto& capability : capabilities_) {
    if (!capability.demo) continue;
    if (auto loaded = capability.demo(*kernel_, demo); !loaded) return std::unexpected(loaded.error());
  }
  DemoResult result;
  for (const auto& [email, person] : demo.people) {
    if (person.password.empty()) {
      result.existing.push_back(email);
      continue;
    }
    result.created.push_back(DemoCredential{email, person.name, person.password,
                                            std::string(ToString(person.actor.role)), person.actor.country,
                                            person.actor.organization});
  }
  return result;
}

Result<Process> Application::FindProcess(const std::string& code) {
  auto transaction = store_->Begin(TransactionMode::kRead);
  auto process = transaction->Get<ReferenceRepository>().FindProcess(std::string_view(code));
  if (!process) return std::unexpected(Error::NotFound(reasons::kUnknownProcess));
  return *process;
}

Result<ProcessId> Application::InstallReference(const std::filesystem::path& directory) {
  auto data = LoadReferenceDirectory(directory);
  if (!data) return std::unexpected(data.error());
  RequestContext context;
  context.request_id = "cli";
  return Get<ReferenceService>().Install(*data, context);
}

nlohmann::json CredentialsToJson(const std::vector<DemoCredential>& credentials) {
  auto users = nlohmann::json::array();
  for (const auto& c : credentials) {
    nlohmann::json user{{"email", c.email}, {"name", c.name}, {"password", c.password}, {"role", c.role}};
    if (c.country) user["country"] = *c.country;
    if (c.organization) user["organization"] = *c.organization;
    users.push_back(user);
  }
  return {{"users", users}};
}

std::vector<DemoCredential> CredentialsFromJson(const nlohmann::json& json) {
  std::vector<DemoCredential> credentials;
  if (!json.is_object() || !json.contains("users") || !json["users"].is_array()) return credentials;
  for (const auto& user : json["users"]) {
    if (!user.is_object()) continue;
    DemoCredential c{user.value("email", ""), user.value("name", ""), user.value("password", ""),
                     user.value("role", ""),  std::nullopt,           std::nullopt};
    if (user.contains("country")) c.country = user.value("country", "");
    if (user.contains("organization")) c.organization = user.value("organization", "");
    credentials.push_back(c);
  }
  return credentials;
}

}  // namespace enlace
