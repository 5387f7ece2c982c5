#include "app/command_line.hpp"

#include <spdlog/spdlog.h>

#include <CLI/CLI.hpp>
#include <csignal>
#include <fstream>
#include <iostream>

#include "accounts/domain/account_repositories.hpp"
#include "accounts/domain/password_reset_service.hpp"
#include "accounts/domain/user_service.hpp"
#include "app/application.hpp"
#include "app/capabilities.hpp"
#include "app/install_layout.hpp"
#include "audit/domain/audit_service.hpp"
#include "imports/reader/importer.hpp"
#include "imports/reader/pdf_reader.hpp"
#include "kernel/capability/job_scheduler.hpp"
#include "kernel/domain/json.hpp"
#include "kernel/http/server.hpp"
#include "kernel/mail/smtp_mailer.hpp"
#include "kernel/storage/dump.hpp"
#include "reference/domain/reference_repository.hpp"

namespace enlace {
namespace {

struct Common {
  std::string database = "sqlite:data/enlace.db";
  InstallLayout layout;
  int connections = 8;
  std::string audit_key_file;
};

int Fail(const std::string& message) {
  std::cerr << "enlace: " << message << "\n";
  return 1;
}

int Fail(const Error& error) { return Fail(error.reason + (error.detail.empty() ? "" : ": " + error.detail)); }

std::string ReadPasswordFromStdin() {
  std::string password;
  std::getline(std::cin, password);
  while (!password.empty() && (password.back() == '\r' || password.back() == '\n')) password.pop_back();
  return password;
}

std::string FieldErrorsText(const Error& error) {
  std::string text = error.reason;
  for (const auto& field : error.fields) text += "\n  " + field.field + ": " + field.reason;
  if (!error.detail.empty()) text += ": " + error.detail;
  return text;
}

void PrintCredentials(const std::vector<DemoCredential>& credentials, std::ostream& out) {
  for (const auto& c : credentials) {
    std::string role = c.role;
    if (c.country) role += " " + *c.country;
    if (c.organization) role += " " + *c.organization;
    out << "  " << c.email << "  " << c.password << "  (" << role << ")\n";
  }
}

struct ServeOptions {
  std::string listen = "127.0.0.1:8080";
  bool demo = false;
  std::string credentials_file;
  std::filesystem::path static_dir;
  bool https = false;
  std::string trust_proxy;  // addresses and networks of the proxies in front, comma-separated
  std::size_t threads = 16;
  std::size_t max_connections = 0;  // 0: from the open-file limit
  std::size_t queue_size = 256;
  int queue_wait_ms = 2000;
  int test_handler_delay_ms = 0;
  double anonymous_rate = 20;
  double anonymous_burst = 60;
  std::string public_url;  // default: http://<listen>
  std::string smtp_url;
  std::string smtp_username;
  std::string smtp_password;
  std::string mail_from = "enlace@localhost";
  std::string mail_from_name = "enlace";
  int reminder_interval = 600;  // seconds; 0 turns the scheduler off
  std::vector<int> reminder_days{14, 3};
  std::filesystem::path web_root;  // the built front end where this enlace is installed or built
};

int Serve(Application& application, const ServeOptions& options) {
  const auto& listen = options.listen;
  const auto& demo = options.demo;
  const auto& credentials_file = options.credentials_file;
  auto static_dir = options.static_dir;
  const auto& threads = options.threads;
  std::string host;
  unsigned short port = 0;
  if (!http::ParseListenAddress(listen, host, port)) return Fail("--listen must be HOST:PORT, e.g. 127.0.0.1:8080");
  if (demo) {
    auto loaded = application.LoadDemo();
    if (!loaded) return Fail(loaded.error());
    if (!loaded->created.empty()) {
      std::cout << "enlace: demo accounts created (passwords are shown only now):\n";
      PrintCredentials(loaded->created, std::cout);
      if (!credentials_file.empty()) {
        std::ofstream out(credentials_file);
        out << CredentialsToJson(loaded->created).dump(2) << "\n";
        std::filesystem::permissions(credentials_file,
                                     std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
      }
    }
  }
  if (static_dir.empty()) static_dir = options.web_root;
  if (!std::filesystem::exists(static_dir / "index.html")) {
    spdlog::warn("no front end at {}: serving the API only (build it with `make build`)", static_dir.string());
    static_dir.clear();
  }
  auto api = application.MakeApi(static_dir);

  // Reminders: in the application always; by e-mail when an SMTP server is given.
  std::unique_ptr<SmtpMailer> mailer;
  if (!options.smtp_url.empty()) {
    auto created = SmtpMailer::Create(SmtpSettings{options.smtp_url, options.smtp_username, options.smtp_password,
                                                   options.mail_from, options.mail_from_name});
    if (!created) return Fail(created.error());
    mailer = std::move(*created);
    application.SetMailer(mailer.get());
  }
  auto jobs = application.Jobs();
  for (auto& job : jobs) {
    if (job.name == "reminders") job.interval = std::chrono::seconds{std::max(options.reminder_interval, 1)};
  }
  if (options.reminder_interval <= 0) std::erase_if(jobs, [](const Job& job) { return job.name == "reminders"; });
  JobScheduler scheduler(application.kernel(), std::move(jobs));
  // Signals are taken by this thread only: block them before the server's threads start.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);
  http::Server server(
      *api, http::ServerOptions{.host = host,
                                .port = port,
                                .threads = threads,
                                .queue_size = options.queue_size,
                                .queue_wait = std::chrono::milliseconds{options.queue_wait_ms},
                                .test_handler_delay = std::chrono::milliseconds{options.test_handler_delay_ms},
                                .max_connections = options.max_connections});
  try {
    server.Start();
  } catch (const std::exception& exception) {
    return Fail(std::string("cannot listen on ") + listen + ": " + exception.what());
  }
  scheduler.Start();
  std::cout << "enlace: serving http://" << listen << " (" << application.store().backend_name() << ")" << std::endl;
  int received = 0;
  sigwait(&signals, &received);
  spdlog::info("signal {}: finishing requests in flight, then stopping", received);
  scheduler.Stop();
  server.Stop();
  application.Get<PasswordResetService>().FinishMail();  // password reset links, before the mailer goes
  std::cout << "enlace: stopped" << std::endl;
  return 0;
}

}  // namespace

int RunCommandLine(int argc, char** argv) {
  // The PDF reader's child (issue 9, finding 2b): hidden, and before anything else is set up.
  if (argc >= 2 && std::string_view(argv[1]) == "read-pdf") return RunReadPdfChild(argc - 1, argv + 1);
  PdfReaderOptions pdf_reader{.executable = "/proc/self/exe"};
  CLI::App app{
      "enlace: the working platform of a regional network against migrant smuggling and trafficking in persons"};
  app.require_subcommand(1);
  app.fallthrough();
  Common common;
  app.add_option("--database", common.database, "sqlite:PATH or postgresql://user@host:port/db")
      ->envname("ENLACE_DATABASE")
      ->capture_default_str();
  app.add_option("--connections", common.connections, "Database connections in the pool")->capture_default_str();
  app.add_option("--audit-key-file", common.audit_key_file,
                 "The key that seals the audit log, kept outside the database (default: beside a SQLite file as "
                 "PATH.audit-key, else data/audit.key; created while the log is empty)")
      ->envname("ENLACE_AUDIT_KEY_FILE");
  std::string clock_start;
  app.add_option("--clock-start", clock_start,
                 "Start the clock at this date (YYYY-MM-DD) or instant, then let it run: for tests and demonstrations")
      ->envname("ENLACE_CLOCK_START");
  std::string log_level = "info";
  app.add_option("--log-level", log_level, "trace, debug, info, warn, error")->capture_default_str();

  auto* serve = app.add_subcommand("serve", "Serve the web application and the API");
  ServeOptions serve_options;
  std::string static_dir;
  serve->add_option("--listen", serve_options.listen, "HOST:PORT")->capture_default_str();
  serve->add_flag("--demo", serve_options.demo, "Load demo data into an empty database and print the demo passwords");
  serve->add_option("--demo-credentials", serve_options.credentials_file,
                    "Also write the demo passwords to this JSON file");
  serve->add_option("--static-dir", static_dir, "The built front end (default: frontend/dist)");
  serve->add_flag("--https", serve_options.https, "Served over HTTPS (by a proxy): secure cookies");
  serve->add_option("--trust-proxy", serve_options.trust_proxy,
                    "The proxies in front (addresses or networks, e.g. 127.0.0.1,10.0.0.0/8) whose "
                    "X-Forwarded-For and X-Forwarded-Proto are believed");
  std::string require_mfa;
  serve->add_option("--require-mfa", require_mfa,
                    "Roles that must sign in with a second factor, comma-separated (e.g. secretariat)");
  serve->add_option("--threads", serve_options.threads, "Request threads")->capture_default_str();
  serve->add_option("--max-connections", serve_options.max_connections,
                    "Connections open at once (default: the open-file limit minus 64)");
  serve->add_option("--queue-size", serve_options.queue_size, "Requests waiting for a thread; past it, 503 at once")
      ->capture_default_str();
  serve
      ->add_option("--queue-wait-ms", serve_options.queue_wait_ms,
                   "A request that waited longer for a thread is answered 503 instead of run late")
      ->capture_default_str();
  serve
      ->add_option("--anonymous-rate", serve_options.anonymous_rate,
                   "Anonymous API requests a second per client address (0: no limit)")
      ->capture_default_str();
  serve->add_option("--anonymous-burst", serve_options.anonymous_burst, "Anonymous API requests at once per client")
      ->capture_default_str();
  serve->add_option("--test-handler-delay-ms", serve_options.test_handler_delay_ms, "Testing only")->group("");
  serve->add_option("--public-url", serve_options.public_url,
                    "The address people use, for links in e-mails and calendars");
  serve
      ->add_option("--smtp", serve_options.smtp_url, "SMTP server for reminders: smtp://host:port or smtps://host:port")
      ->envname("ENLACE_SMTP");
  serve->add_option("--smtp-user", serve_options.smtp_username, "SMTP user name")->envname("ENLACE_SMTP_USER");
  serve->add_option("--smtp-password", serve_options.smtp_password, "SMTP password")->envname("ENLACE_SMTP_PASSWORD");
  serve->add_option("--mail-from", serve_options.mail_from, "Sender address of reminders")->capture_default_str();
  serve->add_option("--mail-from-name", serve_options.mail_from_name, "Sender name of reminders")
      ->capture_default_str();
  serve
      ->add_option("--reminder-interval", serve_options.reminder_interval,
                   "Seconds between reminder runs (0: no reminders)")
      ->capture_default_str();
  serve->add_option("--reminder-days", serve_options.reminder_days, "Days before a deadline to remind")
      ->capture_default_str();
  std::size_t pdf_memory_mib = pdf_reader.limits.memory_bytes >> 20;
  serve->add_option("--pdf-memory-mib", pdf_memory_mib, "Address space of the PDF reader's child process")
      ->capture_default_str();
  serve->add_option("--pdf-cpu-seconds", pdf_reader.limits.cpu_seconds, "CPU time of the PDF reader's child process")
      ->capture_default_str();
  int pdf_wall_seconds = static_cast<int>(pdf_reader.limits.wall.count() / 1000);
  serve->add_option("--pdf-timeout-seconds", pdf_wall_seconds, "Wall-clock limit of the PDF reader's child process")
      ->capture_default_str();

  auto* migrate = app.add_subcommand("migrate", "Apply pending database migrations");
  auto* grant = app.add_subcommand(
      "grant-app-role",
      "PostgreSQL, as the schema's owner: let a role the servers connect as read and write every table but only "
      "append to the audit log (it cannot change entries nor drop or disable the log's triggers)");
  std::string app_role;
  grant->add_option("--role", app_role, "The application's role (it must exist)")->required();

  auto* demo_command = app.add_subcommand("demo", "Demo data");
  demo_command->require_subcommand(1);
  auto* demo_load = demo_command->add_subcommand("load", "Load the demo data (idempotent)");
  std::string demo_credentials_file;
  demo_load->add_option("--credentials", demo_credentials_file, "Also write the new demo passwords to this JSON file");

  auto* user = app.add_subcommand("user", "Accounts");
  user->require_subcommand(1);
  auto* user_add = user->add_subcommand("add", "Create an account");
  UserDraft draft;
  std::string process_code = "RCM";
  bool password_stdin = false;
  std::string country, organization;
  user_add->add_option("--email", draft.email, "E-mail address")->required();
  user_add->add_option("--name", draft.name, "Full name")->required();
  user_add->add_option("--role", draft.role, "secretariat, country_officer, observer or civil_society")->required();
  user_add->add_option("--country", country, "Country code (country officers)");
  user_add->add_option("--organization", organization, "Organisation code (observers, civil society)");
  user_add->add_option("--language", draft.language, "es or en")->capture_default_str();
  user_add->add_option("--process", process_code, "Process code")->capture_default_str();
  user_add->add_flag("--password-stdin", password_stdin,
                     "Read the password from standard input (else one is generated)");
  auto* user_list = user->add_subcommand("list", "List accounts");
  user_list->add_option("--process", process_code, "Process code")->capture_default_str();
  auto* user_password = user->add_subcommand("set-password", "Set or generate a password");
  std::string password_email;
  user_password->add_option("--email", password_email, "E-mail address")->required();
  user_password->add_flag("--password-stdin", password_stdin,
                          "Read the password from standard input (else one is generated)");

  auto* audit = app.add_subcommand("audit", "The audit log");
  audit->require_subcommand(1);
  auto* audit_verify = audit->add_subcommand("verify", "Check the sealed chain of the whole log");
  std::string checkpoint_file;
  audit_verify->add_option("--checkpoint", checkpoint_file,
                           "Also check that the log still reaches this checkpoint unchanged (not cut, not rewritten)");
  auto* audit_checkpoint =
      audit->add_subcommand("checkpoint", "Write the sealed head of the chain, to keep outside the database");
  std::string checkpoint_output;
  audit_checkpoint->add_option("--output", checkpoint_output, "The checkpoint file (JSON)")->required();

  auto* backup = app.add_subcommand("backup", "Copy the database while it is in use");
  std::string backup_target;
  std::string backup_output;
  backup->add_option("--to", backup_target, "SQLite only: a copy of the database file (online backup API)");
  backup->add_option("--output", backup_output,
                     "A portable dump of every table (JSON lines, mode 0600) for `enlace restore`, on both databases");
  auto* restore =
      app.add_subcommand("restore", "Restore a dump made by `enlace backup --output` into an empty database");
  std::string restore_input;
  restore->add_option("--input", restore_input, "The dump")->required();

  auto* process = app.add_subcommand("process", "Regional processes");
  process->require_subcommand(1);
  auto* process_add = process->add_subcommand("add", "Create or update a process from a folder of reference CSV files");
  std::string reference_dir;
  process_add->add_option("--reference", reference_dir, "Folder with process.csv, countries.csv, ...")->required();
  auto* process_list = process->add_subcommand("list", "List processes");

  auto* import_report =
      app.add_subcommand("import-report", "Print the reading of a report (TXT, DOCX or PDF); needs no database");
  std::string report_file;
  std::string report_format = "json";
  std::string report_language = "auto";
  std::string report_reference;
  import_report->add_option("FILE", report_file, "The report")->required();
  import_report->add_option("--format", report_format, "json or text")->capture_default_str();
  import_report->add_option("--language", report_language, "auto, en or es")->capture_default_str();
  import_report->add_option("--reference", report_reference, "Reference data folder (default: data/reference/rcm)");

  auto* openapi = app.add_subcommand(
      "openapi", "Print the OpenAPI document the server serves at /api/v1/openapi.json; needs no database");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    return app.exit(error);
  }
  spdlog::set_level(spdlog::level::from_str(log_level));
  if (*serve) {
    pdf_reader.limits.memory_bytes = pdf_memory_mib << 20;
    pdf_reader.limits.wall = std::chrono::seconds(std::max(pdf_wall_seconds, 1));
  }
  ConfigurePdfReader(pdf_reader);
  spdlog::set_pattern("%Y-%m-%dT%H:%M:%S.%e %^%l%$ %v");

  common.layout = FindInstallLayout(argv[0]);
  // Reading a report touches no database: it runs before one is opened (or created).
  if (*import_report) {
    auto reference =
        report_reference.empty() ? common.layout.reference_root / "rcm" : std::filesystem::path(report_reference);
    return ImportReportCommand(report_file, report_format, report_language, reference, std::cout, std::cerr);
  }
  // The contract is the same for every database: it is described over a private in-memory one.
  if (*openapi) {
    spdlog::set_level(spdlog::level::err);  // standard output holds the document only
    auto document = DescribeApi(common.layout.reference_root);
    if (!document) return Fail(document.error());
    std::cout << document->dump(2) << "\n";
    return 0;
  }
  // Restoring needs an empty database: it is migrated, never given the reference data Open adds.
  if (*restore) {
    auto url = storage::ParseDatabaseUrl(common.database);
    if (!url) return Fail(url.error());
    try {
      storage::SociStore target(*url, storage::StoreOptions{.connections = 1}, StorageModulesOf(Capabilities()));
      std::ifstream in(restore_input, std::ios::binary);
      if (!in) return Fail("cannot read " + restore_input);
      auto restored = storage::RestoreDatabase(target, in);
      std::cout << "enlace: restored " << restored.rows << " rows in " << restored.tables << " tables from "
                << restore_input << "\n";
      return 0;
    } catch (const StorageFailure& failure) {
      return Fail(std::string("restore: ") + failure.what());
    }
  }
  std::unique_ptr<Clock> clock_owner = std::make_unique<SystemClock>();
  if (!clock_start.empty()) {
    auto start = ParseIsoTimestamp(clock_start);
    if (!start) {
      auto day = ParseIsoDate(clock_start);
      if (!day) return Fail("--clock-start takes YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ");
      start = std::chrono::sys_days{*day} + std::chrono::hours(9);
    }
    clock_owner = std::make_unique<ShiftedClock>(*start);
  }
  const Clock& clock = *clock_owner;
  ApplicationOptions options;
  options.database_url = common.database;
  options.reference_root = common.layout.reference_root;
  options.connections = common.connections;
  options.audit_key_file = common.audit_key_file;
  if (*serve) {
    serve_options.web_root = common.layout.web_root;
    auto public_url = serve_options.public_url.empty() ? "http://" + serve_options.listen : serve_options.public_url;
    while (public_url.ends_with("/")) public_url.pop_back();
    auto trusted = http::AddressSet::Parse(serve_options.trust_proxy);
    if (!trusted) return Fail("--trust-proxy takes addresses or networks, e.g. 127.0.0.1,10.0.0.0/8");
    options.server =
        http::ServerSettings{.public_url = public_url, .https = serve_options.https, .trusted_proxies = *trusted};
    options.server.anonymous_rate = serve_options.anonymous_rate;
    options.server.anonymous_burst = serve_options.anonymous_burst;
    options.reminders.days_before = serve_options.reminder_days;
    auto mfa_roles = ParseRoleList(require_mfa);
    if (!mfa_roles) return Fail(mfa_roles.error());
    options.sessions.mfa_roles = *mfa_roles;
  }
  try {
    auto opened = Application::Open(options, clock);
    if (!opened) return Fail(opened.error());
    auto& application = **opened;

    if (*serve) {
      serve_options.static_dir = static_dir;
      return Serve(application, serve_options);
    }
    if (*grant) {
      application.store().GrantApplicationRole(app_role);
      std::cout << "enlace: " << app_role
                << " may read and write every table and append to the audit log; connect the servers as it\n";
      return 0;
    }
    if (*migrate) {
      for (const auto& [capability, version] : application.store().SchemaVersions()) {
        std::cout << "enlace: " << capability << " schema version " << version << "\n";
      }
      return 0;
    }
    if (*demo_load) {
      auto loaded = application.LoadDemo();
      if (!loaded) return Fail(loaded.error());
      if (loaded->created.empty()) {
        std::cout << "enlace: the demo data is already there; set a demo password with `enlace user set-password "
                     "--email …`\n";
      } else {
        std::cout << "enlace: demo accounts created (passwords are shown only now):\n";
        PrintCredentials(loaded->created, std::cout);
        if (!demo_credentials_file.empty()) {
          std::ofstream out(demo_credentials_file);
          out << CredentialsToJson(loaded->created).dump(2) << "\n";
        }
      }
      return 0;
    }
    if (*user_add) {
      auto found = application.FindProcess(process_code);
      if (!found) return Fail(found.error());
      if (!country.empty()) draft.country = country;
      if (!organization.empty()) draft.organization = organization;
      RequestContext context;
      context.process_id = found->id;
      context.request_id = "cli";
      std::optional<std::string> password;
      if (password_stdin) password = ReadPasswordFromStdin();
      auto created = application.Get<UserService>().Create(context, draft, password);
      if (!created) return Fail(FieldErrorsText(created.error()));
      std::cout << "enlace: created " << created->user.email << " (" << ToString(created->user.role) << ")\n";
      if (!created->password.empty()) std::cout << "password: " << created->password << "\n";
      return 0;
    }
    if (*user_list) {
      auto found = application.FindProcess(process_code);
      if (!found) return Fail(found.error());
      auto transaction = application.store().Begin(TransactionMode::kRead);
      for (const auto& listed : transaction->Get<UserRepository>().List(found->id)) {
        std::cout << listed.email << "\t" << listed.name << "\t" << ToString(listed.role) << "\t"
                  << listed.country.value_or(listed.organization.value_or("-")) << "\t"
                  << (listed.active ? "active" : "inactive") << "\n";
      }
      return 0;
    }
    if (*user_password) {
      std::optional<User> found;
      {
        auto transaction = application.store().Begin(TransactionMode::kRead);
        found = transaction->Get<UserRepository>().FindByEmail(NormalizeEmail(password_email).value_or(password_email));
      }
      if (!found) return Fail("no account with e-mail " + password_email);
      RequestContext context;
      context.process_id = found->process_id;
      context.request_id = "cli";
      std::optional<std::string> password;
      if (password_stdin) password = ReadPasswordFromStdin();
      auto set = application.Get<UserService>().ResetPassword(context, found->id, password);
      if (!set) return Fail(FieldErrorsText(set.error()));
      std::cout << "enlace: password set for " << found->email << "\n";
      if (!password_stdin) std::cout << "password: " << *set << "\n";
      return 0;
    }
    if (*audit_checkpoint) {
      auto checkpoint = application.Get<AuditService>().Checkpoint();
      if (!checkpoint) return Fail(checkpoint.error());
      std::ofstream out(checkpoint_output);
      out << ToJson(*checkpoint).dump(2) << "\n";
      out.close();
      if (!out) return Fail("cannot write " + checkpoint_output);
      std::cout << "enlace: checkpoint of " << checkpoint->entries << " entries written to " << checkpoint_output
                << "; keep it outside the database\n";
      return 0;
    }
    if (*audit_verify) {
      std::optional<AuditCheckpoint> checkpoint;
      if (!checkpoint_file.empty()) {
        std::ifstream in(checkpoint_file);
        auto parsed = nlohmann::json::parse(in, nullptr, false);
        auto read = AuditCheckpointFromJson(parsed);
        if (!in || !read) return Fail(checkpoint_file + " is not an enlace audit checkpoint");
        checkpoint = *read;
      }
      auto verification = application.Get<AuditService>().Verify(checkpoint ? &*checkpoint : nullptr);
      if (verification.intact) {
        std::cout << "enlace: audit log intact (" << verification.entries << " entries"
                  << (checkpoint ? ", reaches the checkpoint of " + FormatIsoTimestamp(checkpoint->at) : std::string())
                  << ")\n";
        return 0;
      }
      std::cerr << "enlace: audit log broken at entry " << *verification.first_broken_id << ": " << verification.problem
                << "\n";
      return 2;
    }
    if (*backup && !backup_output.empty()) {
      auto written = storage::BackupToFile(application.store(), backup_output);
      std::cout << "enlace: backup of " << written.rows << " rows in " << written.tables << " tables written to "
                << backup_output << "\n";
      return 0;
    }
    if (*backup) {
      if (backup_target.empty()) return Fail("backup needs --output FILE (or --to FILE for a SQLite copy)");
      if (application.store().dialect() == storage::Dialect::kPostgresql) {
        std::cout << "enlace: for PostgreSQL use pg_dump, for example:\n"
                  << "  pg_dump --format=custom --file=" << backup_target << " '" << common.database << "'\n"
                  << "and restore with pg_restore --clean --dbname=<url> " << backup_target << "\n";
        return 0;
      }
      application.store().BackupTo(backup_target);
      std::cout << "enlace: backup written to " << backup_target << "\n";
      return 0;
    }
    if (*process_add) {
      auto installed = application.InstallReference(reference_dir);
      if (!installed) return Fail(installed.error());
      std::cout << "enlace: process installed (id " << *installed << ")\n";
      return 0;
    }
    if (*process_list) {
      auto transaction = application.store().Begin(TransactionMode::kRead);
      for (const auto& listed : transaction->Get<ReferenceRepository>().ListProcesses()) {
        std::cout << listed.code << "\t" << listed.name.In("en") << "\n";
      }
      return 0;
    }
  } catch (const StorageFailure& failure) {
    return Fail(std::string("database: ") + failure.what());
  }
  return 0;
}

}  // namespace enlace
