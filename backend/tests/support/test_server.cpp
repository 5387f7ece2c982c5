#include "support/test_server.hpp"

#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <spdlog/spdlog.h>
#include <sys/socket.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "accounts/domain/user_service.hpp"

namespace enlace::testing {

FakeClock::FakeClock() : seconds_(SystemClock().Now().time_since_epoch().count()) {}

unsigned short FreePort() {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  address.sin_port = 0;
  bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address);
  socklen_t length = sizeof address;
  getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length);
  close(fd);
  return ntohs(address.sin_port);
}

TestServer::TestServer(Backend backend, TestServerOptions options) : database_(backend) {
  // The access log of every request would drown the test output; ENLACE_TEST_LOG=info shows it.
  const char* level = std::getenv("ENLACE_TEST_LOG");
  spdlog::set_level(spdlog::level::from_str(level && *level ? level : "warn"));
  ApplicationOptions application_options;
  application_options.database_url = database_.url();
  application_options.reference_root = std::filesystem::path(ENLACE_SOURCE_DIR) / "data" / "reference";
  application_options.password_cost = PasswordCost::kMinimum;
  application_options.connections = 4;
  application_options.sessions = options.sessions;
  application_options.server.https = options.https;
  application_options.server.anonymous_rate = options.anonymous_rate;
  if (options.trust_proxy) application_options.server.trusted_proxies = *http::AddressSet::Parse("127.0.0.1,::1");
  // A key of its own for each test database (tests run in parallel processes).
  audit_key_file_ = std::filesystem::temp_directory_path() /
                    ("enlace-test-" + std::to_string(std::hash<std::string>{}(database_.url())) + ".audit-key");
  std::filesystem::remove(audit_key_file_);
  application_options.audit_key_file = audit_key_file_;
  auto opened = Application::Open(application_options, clock_);
  if (!opened)
    throw std::runtime_error("cannot open the application: " + opened.error().reason + " " + opened.error().detail);
  application_ = std::move(*opened);
  if (options.demo) {
    auto demo = application_->LoadDemo(options.demo_meetings);
    if (!demo) throw std::runtime_error("cannot load the demo data: " + demo.error().reason);
    static const std::map<std::string, std::string> kShortNames = {{"secretaria@enlace.example", "ts"},
                                                                   {"honduras@enlace.example", "hn"},
                                                                   {"guatemala@enlace.example", "gt"},
                                                                   {"oim@enlace.example", "observer"},
                                                                   {"rrocm@enlace.example", "civil"}};
    for (const auto& credential : demo->created) {
      accounts_[kShortNames.at(credential.email)] = Account{credential.email, credential.password};
    }
  }
  api_ = application_->MakeApi({});
  // Another process may take the port between FreePort() and Start(): try a few.
  for (int attempt = 0;; ++attempt) {
    auto port = FreePort();
    server_ = std::make_unique<http::Server>(
        *api_, http::ServerOptions{
                   .host = "127.0.0.1", .port = port, .threads = 8, .write_grace = std::chrono::milliseconds{20}});
    try {
      server_->Start();
      base_url_ = "http://127.0.0.1:" + std::to_string(port);
      break;
    } catch (const std::exception&) {
      if (attempt == 5) throw;
    }
  }
}

TestServer::~TestServer() {
  if (server_) server_->Stop();
  std::error_code ignored;
  std::filesystem::remove(audit_key_file_, ignored);
}

ProcessId TestServer::process_id() { return application_->FindProcess("RCM")->id; }

HttpClient TestServer::Anonymous() const { return HttpClient(base_url_); }

HttpClient TestServer::SignedIn(const std::string& who) const { return SignedIn(accounts_.at(who)); }

HttpClient TestServer::SignedIn(const Account& account) const {
  HttpClient client(base_url_);
  auto response = client.SignIn(account.email, account.password);
  EXPECT_EQ(response.status, 200) << "signing in as " << account.email << ": " << response.body;
  return client;
}

std::map<std::string, Account> TestServer::AddSecondProcess() {
  auto source = std::filesystem::path(ENLACE_SOURCE_DIR) / "data" / "reference" / "rcm";
  auto folder = std::filesystem::temp_directory_path() / ("enlace-rcm2-" + std::to_string(FreePort()));
  std::filesystem::create_directories(folder);
  for (const auto& entry : std::filesystem::directory_iterator(source)) {
    std::filesystem::copy_file(entry.path(), folder / entry.path().filename(),
                               std::filesystem::copy_options::overwrite_existing);
  }
  {
    std::ifstream in(folder / "process.csv");
    std::string header, line;
    std::getline(in, header);
    std::getline(in, line);
    in.close();
    std::ofstream out(folder / "process.csv");
    out << header << "\n"
        << "RCM2" << line.substr(line.find(',')) << "\n";
  }
  auto installed = application_->InstallReference(folder);
  std::filesystem::remove_all(folder);
  if (!installed) throw std::runtime_error("cannot install RCM2: " + installed.error().reason);
  RequestContext context;
  context.process_id = *installed;
  context.request_id = "test";
  struct Draft {
    const char* who;
    UserDraft draft;
  };
  const std::vector<Draft> drafts = {
      {"ts", {"ts@rcm2.example", "TS two", "secretariat", {}, {}, "es"}},
      {"hn", {"hn@rcm2.example", "HN two", "country_officer", "HN", {}, "es"}},
      {"gt", {"gt@rcm2.example", "GT two", "country_officer", "GT", {}, "es"}},
      {"observer", {"iom@rcm2.example", "IOM two", "observer", {}, "IOM", "en"}},
      {"civil", {"civil@rcm2.example", "RNCOM two", "civil_society", {}, "RNCOM", "es"}},
  };
  std::map<std::string, Account> accounts;
  for (const auto& [who, draft] : drafts) {
    auto created = application_->Get<UserService>().Create(context, draft, "a long enough password");
    if (!created) throw std::runtime_error("cannot create " + draft.email + ": " + created.error().reason);
    accounts[who] = Account{draft.email, "a long enough password"};
  }
  return accounts;
}

}  // namespace enlace::testing

// See app/main.cpp: fontconfig's process-wide caches are not leaks of ours.
extern "C" const char* __lsan_default_suppressions() { return "leak:libfontconfig.so\n"; }
