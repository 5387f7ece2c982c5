// Overload is shed, not suffered (issue 9, item 2): what the server cannot run in time is refused
// at once with 503 and Retry-After while /healthz keeps answering, and anonymous requests are
// limited per client address with 429.
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <future>
#include <sstream>
#include <thread>

#include "support/api_test.hpp"

namespace enlace::testing {
namespace {

using Clock = std::chrono::steady_clock;

// Sends `request` on a new loopback connection and reads until the server closes or 5 s pass.
std::string Exchange(unsigned short port, const std::string& request) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0) return "";
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(port);
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
    close(fd);
    return "";
  }
  timeval limit{5, 0};
  setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &limit, sizeof limit);
  send(fd, request.data(), request.size(), MSG_NOSIGNAL);
  std::string answer;
  char buffer[4096];
  for (;;) {
    auto got = recv(fd, buffer, sizeof buffer, 0);
    if (got <= 0) break;
    answer.append(buffer, static_cast<std::size_t>(got));
  }
  close(fd);
  return answer;
}

std::string Get(unsigned short port, const std::string& path) {
  return Exchange(port, "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
}

std::string ReadOverloadLog(const std::filesystem::path& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

class OverloadTest : public ::testing::TestWithParam<Backend> {};
INSTANTIATE_TEST_SUITE_P(Databases, OverloadTest, ::testing::Values(Backend::kSqlite, Backend::kPostgresql),
                         [](const auto& info) { return BackendName(info.param); });

// One worker that takes 2 s for every request, a queue of one, and 1 s of admission budget.
TEST_P(OverloadTest, AFullQueueIsRefused503AtOnceWhileHealthzAnswersAndItRecovers) {
  TestDatabase database(GetParam());
  auto folder = MakeTemporaryFolder("enlace-overload-");
  auto log = folder / "server.log";
  auto port = FreePort();
  pid_t pid = fork();
  if (pid == 0) {
    auto listen = "127.0.0.1:" + std::to_string(port);
    auto out = log.string();
    freopen(out.c_str(), "w", stdout);
    freopen(out.c_str(), "a", stderr);
    execl(ENLACE_BINARY, ENLACE_BINARY, "serve", "--database", database.url().c_str(), "--listen", listen.c_str(),
          "--reminder-interval", "0", "--connections", "2", "--threads", "1", "--queue-size", "1", "--queue-wait-ms",
          "1000", "--test-handler-delay-ms", "2000", static_cast<char*>(nullptr));
    _exit(127);
  }
  auto deadline = Clock::now() + std::chrono::seconds{120};
  while (ReadOverloadLog(log).find("enlace: serving") == std::string::npos && Clock::now() < deadline)
    std::this_thread::sleep_for(std::chrono::milliseconds{100});
  ASSERT_NE(ReadOverloadLog(log).find("enlace: serving"), std::string::npos) << ReadOverloadLog(log);

  // The worker takes the first; the second waits in the queue; the third finds it full.
  auto first = std::async(std::launch::async, [&] { return Get(port, "/api/v1/me"); });
  std::this_thread::sleep_for(std::chrono::milliseconds{300});
  auto second = std::async(std::launch::async, [&] { return Get(port, "/api/v1/me"); });
  std::this_thread::sleep_for(std::chrono::milliseconds{300});
  auto started = Clock::now();
  auto third = Get(port, "/api/v1/me");
  auto third_took = Clock::now() - started;
  EXPECT_TRUE(third.starts_with("HTTP/1.1 503")) << third;
  EXPECT_NE(third.find("\"overloaded\""), std::string::npos) << third;
  EXPECT_NE(third.find("Retry-After: 2"), std::string::npos) << third;
  EXPECT_NE(third.find("X-Request-Id"), std::string::npos) << third;
  EXPECT_LT(third_took, std::chrono::milliseconds{500});
  // /healthz does not wait for the busy worker.
  started = Clock::now();
  auto health = Get(port, "/healthz");
  EXPECT_TRUE(health.starts_with("HTTP/1.1 200")) << health;
  EXPECT_LT(Clock::now() - started, std::chrono::milliseconds{500});

  // The first is run (anonymous: 401); the second waited past its budget and is refused, not run late.
  auto first_answer = first.get();
  EXPECT_TRUE(first_answer.starts_with("HTTP/1.1 401")) << first_answer;
  auto second_answer = second.get();
  EXPECT_TRUE(second_answer.starts_with("HTTP/1.1 503")) << second_answer;
  EXPECT_NE(second_answer.find("\"overloaded\""), std::string::npos) << second_answer;
  // Once the load is gone, requests run again.
  auto after = Get(port, "/api/v1/me");
  EXPECT_TRUE(after.starts_with("HTTP/1.1 401")) << after;

  kill(pid, SIGTERM);
  int status = 0;
  waitpid(pid, &status, 0);
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << ReadOverloadLog(log);
}

class AnonymousRateTest : public ApiTest {
 protected:
  // A token every 2 s, so that the test does not depend on how fast requests go.
  TestServerOptions Options() override { return {.anonymous_rate = 0.5}; }
};
ENLACE_ON_BOTH_DATABASES(AnonymousRateTest);

TEST_P(AnonymousRateTest, OneAnonymousClientIsThrottled429AndASignedInOneIsNot) {
  auto signed_in = server().SignedIn("ts");  // before the anonymous burst: signing in is anonymous too
  auto anonymous = server().Anonymous();
  int throttled = 0;
  std::optional<HttpResponse> refusal;
  for (int i = 0; i < 100; ++i) {
    auto response = anonymous.Get("/api/v1/me");
    if (response.status == 429) {
      ++throttled;
      if (!refusal) refusal = response;
    } else {
      EXPECT_EQ(response.status, 401);
    }
  }
  EXPECT_GE(throttled, 35);  // a burst of 60, then one every 2 s
  ASSERT_TRUE(refusal);
  EXPECT_EQ(refusal->ErrorCode(), "too_many_requests");
  EXPECT_GE(std::stoi(refusal->Header("Retry-After").value_or("0")), 1);
  // A cookie that opens no session is anonymous too.
  int forged_throttled = 0;
  for (int i = 0; i < 3; ++i)
    forged_throttled += anonymous.Get("/api/v1/me", {.headers = {{"Cookie", "enlace_session=forged"}}}).status == 429;
  EXPECT_GE(forged_throttled, 2);
  // Health checks are not limited.
  EXPECT_EQ(Get(static_cast<unsigned short>(std::stoi(server().base_url().substr(server().base_url().rfind(':') + 1))),
                "/healthz")
                .substr(0, 12),
            "HTTP/1.1 200");
  // From the same address, a signed-in user is not limited.
  for (int i = 0; i < 100; ++i) ASSERT_EQ(signed_in.Get("/api/v1/me").status, 200) << i;
  // Another client (behind the trusted proxy) has its own bucket.
  EXPECT_EQ(anonymous.Get("/api/v1/me", {.headers = {{"X-Forwarded-For", "198.51.100.9"}}}).status, 401);
}

}  // namespace
}  // namespace enlace::testing
