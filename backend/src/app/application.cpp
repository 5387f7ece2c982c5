#include "app/application.hpp"

#include "reference/domain/reference_loader.hpp"

namespace enlace {

Application::Application(const ApplicationOptions& options, const Clock& clock,
                         std::unique_ptr<storage::SociStore> store)
    : options_(options),
      clock_(clock),
      store_(std::move(store)),
      hasher_(options.password_cost),
      sessions_(std::make_unique<SessionService>(*store_, hasher_, secrets_, clock_, options.sessions)),
      users_(std::make_unique<UserService>(*store_, hasher_, secrets_, clock_)),
      reference_(std::make_unique<ReferenceService>(*store_, clock_)),
      contact_points_(std::make_unique<ContactPointService>(*store_, clock_)),
      audit_(std::make_unique<AuditService>(*store_, secrets_, clock_)),
      meetings_(std::make_unique<MeetingService>(*store_, secrets_, clock_)),
      commitments_(std::make_unique<CommitmentService>(*store_, secrets_, clock_)),
      calendars_(std::make_unique<CalendarService>(*store_, secrets_, clock_)),
      notifications_(std::make_unique<NotificationService>(*store_, clock_)),
      report_reader_(options.project_root / "data" / "reference"),
      imports_(std::make_unique<ImportService>(*store_, report_reader_, secrets_, clock_)) {}

Result<std::unique_ptr<Application>> Application::Open(const ApplicationOptions& options, const Clock& clock) {
  InitializeCrypto();
  auto url = storage::ParseDatabaseUrl(options.database_url);
  if (!url) return std::unexpected(url.error());
  std::unique_ptr<storage::SociStore> store;
  try {
    store = std::make_unique<storage::SociStore>(*url, storage::StoreOptions{.connections = options.connections});
  } catch (const StorageFailure& failure) {
    return std::unexpected(Error::Unavailable(failure.what()));
  }
  std::unique_ptr<Application> application(new Application(options, clock, std::move(store)));
  bool empty = application->store().Begin(TransactionMode::kRead)->reference().ListProcesses().empty();
  if (empty) {
    auto installed = application->InstallReference(options.project_root / "data" / "reference" / "rcm");
    if (!installed) return std::unexpected(installed.error());
  }
  return application;
}

http::Services Application::HttpServices() {
  return http::Services{*store_, clock_,     secrets_,      *sessions_,  *users_,         *reference_, *contact_points_,
                        *audit_, *meetings_, *commitments_, *calendars_, *notifications_, *imports_};
}

Result<Process> Application::FindProcess(const std::string& code) {
  auto transaction = store_->Begin(TransactionMode::kRead);
  auto process = transaction->reference().FindProcess(std::string_view(code));
  if (!process) return std::unexpected(Error::NotFound("unknown_process"));
  return *process;
}

Result<ProcessId> Application::InstallReference(const std::filesystem::path& directory) {
  auto data = LoadReferenceDirectory(directory);
  if (!data) return std::unexpected(data.error());
  RequestContext context;
  context.request_id = "cli";
  return reference_->Install(*data, context);
}

}  // namespace enlace
