// The enlace command as people run it: a real process, stopped by a signal, and the cookie it sets
// when it is served over HTTPS.
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <sstream>
#include <thread>

#include "support/api_test.hpp"

namespace enlace::testing {
namespace {

class HttpsTest : public ApiTest {
 protected:
  TestServerOptions Options() override { return TestServerOptions{.https = true}; }
};
ENLACE_ON_BOTH_DATABASES(HttpsTest);

TEST_P(HttpsTest, OverHttpsTheSessionCookieIsSecureWithTheHostPrefix) {
  auto client = server().Anonymous();
  auto response = client.SignIn(server().account("ts").email, server().account("ts").password);
  ASSERT_EQ(response.status, 200);
  auto cookie = response.Header("Set-Cookie").value_or("");
  EXPECT_TRUE(cookie.starts_with("__Host-enlace_session=")) << cookie;
  EXPECT_NE(cookie.find("; Secure"), std::string::npos);
  EXPECT_NE(cookie.find("Path=/"), std::string::npos);
  EXPECT_NE(cookie.find("HttpOnly"), std::string::npos);
  EXPECT_TRUE(response.Header("Strict-Transport-Security"));
}

class ServerProcessTest : public ::testing::TestWithParam<Backend> {};
INSTANTIATE_TEST_SUITE_P(Databases, ServerProcessTest, ::testing::Values(Backend::kSqlite, Backend::kPostgresql),
                         [](const auto& info) { return BackendName(info.param); });

// Starts `enlace serve` and waits until it says it is serving; its output goes to `log`.
pid_t StartServer(const std::string& database, unsigned short port, const std::filesystem::path& log) {
  pid_t pid = fork();
  if (pid == 0) {
    auto listen = "127.0.0.1:" + std::to_string(port);
    auto out = log.string();
    freopen(out.c_str(), "w", stdout);
    freopen(out.c_str(), "a", stderr);
    execl(ENLACE_BINARY, ENLACE_BINARY, "serve", "--database", database.c_str(), "--listen", listen.c_str(),
          "--reminder-interval", "0", static_cast<char*>(nullptr));
    _exit(127);
  }
  return pid;
}

std::string ReadAll(const std::filesystem::path& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

TEST_P(ServerProcessTest, SigtermStopsTheServerCleanlyAfterAnsweringWhatIsInFlight) {
  TestDatabase database(GetParam());
  auto folder = MakeTemporaryFolder("enlace-process-");
  auto log = folder / "server.log";
  auto port = FreePort();
  auto pid = StartServer(database.url(), port, log);
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds{120};
  while (ReadAll(log).find("enlace: serving") == std::string::npos && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds{100});
  }
  ASSERT_NE(ReadAll(log).find("enlace: serving http://127.0.0.1:" + std::to_string(port)), std::string::npos)
      << ReadAll(log);
  HttpClient client("http://127.0.0.1:" + std::to_string(port));
  EXPECT_EQ(client.Get("/readyz").status, 200);

  // A request in flight when the signal arrives still gets its answer. Signing in hashes a
  // password slowly on purpose; time one, then send the signal halfway through the next.
  auto started = std::chrono::steady_clock::now();
  EXPECT_EQ(client.SignIn("nobody@enlace.example", "a password that is wrong").status, 401);
  auto takes = std::chrono::steady_clock::now() - started;
  HttpResponse in_flight;
  std::thread request([&] { in_flight = client.SignIn("nobody@enlace.example", "a password that is wrong"); });
  std::this_thread::sleep_for(takes / 2);
  kill(pid, SIGTERM);
  request.join();
  EXPECT_EQ(in_flight.status, 401) << "answered, not cut off";

  int status = 0;
  auto stop_deadline = std::chrono::steady_clock::now() + std::chrono::seconds{60};
  while (waitpid(pid, &status, WNOHANG) == 0 && std::chrono::steady_clock::now() < stop_deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds{50});
  }
  ASSERT_TRUE(WIFEXITED(status)) << ReadAll(log);
  EXPECT_EQ(WEXITSTATUS(status), 0) << ReadAll(log);
  EXPECT_NE(ReadAll(log).find("enlace: stopped"), std::string::npos);
  std::filesystem::remove_all(folder);
}

}  // namespace
}  // namespace enlace::testing
