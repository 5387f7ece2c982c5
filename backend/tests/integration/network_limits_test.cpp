// What no connection count or body size may do to the server (issue 9, findings 3 and 4): the
// listener survives running out of descriptors, and a body too large for its route is answered 413
// from its Content-Length, before it is read.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <thread>

#include "support/api_test.hpp"

namespace enlace::testing {
namespace {

// A connected loopback socket, or -1.
int Connect(unsigned short port) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0) return -1;
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(port);
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
    close(fd);
    return -1;
  }
  return fd;
}

// Sends `request` as it is and reads until the server closes or `timeout` passes.
std::string Exchange(unsigned short port, const std::string& request,
                     std::chrono::milliseconds timeout = std::chrono::milliseconds{3000}) {
  int fd = Connect(port);
  if (fd < 0) return "";
  timeval limit{};
  limit.tv_sec = timeout.count() / 1000;
  limit.tv_usec = (timeout.count() % 1000) * 1000;
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

unsigned short PortOf(const std::string& base_url) {
  return static_cast<unsigned short>(std::stoi(base_url.substr(base_url.rfind(':') + 1)));
}

std::string ReadLimitsLog(const std::filesystem::path& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

class BodyLimitTest : public ApiTest {};
ENLACE_ON_BOTH_DATABASES(BodyLimitTest);

TEST_P(BodyLimitTest, AnOversizedContentLengthIsAnswered413AtOnceWithoutReadingTheBody) {
  auto port = PortOf(server().base_url());
  // 50 MB announced, nothing sent: the answer comes from the head alone (curl's Expect: 100-continue).
  auto started = std::chrono::steady_clock::now();
  auto answer = Exchange(port,
                         "POST /api/v1/session HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                         "Content-Length: 52428800\r\nExpect: 100-continue\r\n\r\n");
  auto took = std::chrono::steady_clock::now() - started;
  EXPECT_TRUE(answer.starts_with("HTTP/1.1 413")) << answer;
  EXPECT_NE(answer.find("\"payload_too_large\""), std::string::npos) << answer;
  EXPECT_NE(answer.find("Connection: close"), std::string::npos) << answer;
  EXPECT_LT(took, std::chrono::milliseconds{2000});
}

// A head over the limits (a 100 KB address, a 20 KB header) is answered, not dropped: 414 and 431
// with the API's error body; the server goes on serving.
TEST_P(BodyLimitTest, AnAddressOrAHeaderOverTheLimitsIsAnswered414Or431) {
  auto port = PortOf(server().base_url());
  auto long_url = Exchange(port, "GET /api/v1/search?q=" + std::string(100000, 'x') + " HTTP/1.1\r\nHost: x\r\n\r\n");
  EXPECT_TRUE(long_url.starts_with("HTTP/1.1 414")) << long_url.substr(0, 200);
  EXPECT_NE(long_url.find("\"uri_too_long\""), std::string::npos) << long_url.substr(0, 400);
  EXPECT_NE(long_url.find("\"request_id\""), std::string::npos);
  auto big_header =
      Exchange(port, "GET /api/v1/me HTTP/1.1\r\nHost: x\r\nX-Big: " + std::string(20000, 'y') + "\r\n\r\n");
  EXPECT_TRUE(big_header.starts_with("HTTP/1.1 431")) << big_header.substr(0, 200);
  EXPECT_NE(big_header.find("\"headers_too_large\""), std::string::npos);
  EXPECT_EQ(server().Anonymous().Get("/healthz").status, 200);
}

TEST_P(BodyLimitTest, AJsonRouteTakesOneMebibyteAndAnAnonymousUploadNoMore) {
  auto port = PortOf(server().base_url());
  auto two_mebibytes = std::to_string(2 << 20);
  // A JSON route: the JSON limit, whatever the caller.
  auto answer = Exchange(port,
                         "PATCH /api/v1/me HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                         "Content-Length: " +
                             two_mebibytes + "\r\n\r\n");
  EXPECT_TRUE(answer.starts_with("HTTP/1.1 413")) << answer;
  // A route that takes files, without a session: the JSON limit too.
  const http::Route* upload = nullptr;
  for (const auto& route : server().api().router().routes()) {
    if (route.doc.accepts_files) upload = &route;
  }
  ASSERT_NE(upload, nullptr);
  std::string path = upload->pattern;
  for (auto open = path.find('{'); open != std::string::npos; open = path.find('{'))
    path.replace(open, path.find('}', open) - open + 1, "1");
  answer = Exchange(port, upload->method + " " + path +
                              " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: multipart/form-data; boundary=x\r\n"
                              "Content-Length: " +
                              two_mebibytes + "\r\n\r\n");
  EXPECT_TRUE(answer.starts_with("HTTP/1.1 413")) << answer;
  // With a session cookie the upload limit applies: the head is accepted and the body awaited.
  answer = Exchange(port,
                    upload->method + " " + path +
                        " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: multipart/form-data; boundary=x\r\n"
                        "Cookie: enlace_session=abc\r\nContent-Length: " +
                        two_mebibytes + "\r\n\r\n",
                    std::chrono::milliseconds{500});
  EXPECT_EQ(answer, "");
  // A client cannot mark its own request as refused or raise its limit.
  answer = Exchange(port,
                    "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Enlace-Body-Refused: 1\r\n"
                    "X-Enlace-Body-Limit: 99999999999\r\nConnection: close\r\n\r\n");
  EXPECT_TRUE(answer.starts_with("HTTP/1.1 200")) << answer;
}

TEST_P(BodyLimitTest, AChunkedBodyPastTheLimitIsAnswered413) {
  auto port = PortOf(server().base_url());
  std::string chunk(64 * 1024, 'a');
  std::ostringstream hex;
  hex << std::hex << chunk.size();
  std::string request =
      "POST /api/v1/session HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
      "Transfer-Encoding: chunked\r\n\r\n";
  for (int i = 0; i < 20; ++i) request += hex.str() + "\r\n" + chunk + "\r\n";  // 1.25 MiB
  auto answer = Exchange(port, request);
  EXPECT_TRUE(answer.starts_with("HTTP/1.1 413")) << answer.substr(0, 200);
}

class RequestRulesTest : public ApiTest {};
ENLACE_ON_BOTH_DATABASES(RequestRulesTest);

TEST_P(RequestRulesTest, AJsonRouteTakesApplicationJsonExactly) {
  auto& ts = server().account("ts");
  nlohmann::json credentials = {{"email", ts.email}, {"password", ts.password}};
  auto client = server().Anonymous();
  for (std::string type : {"application/x-www-form-urlencoded; a=application/json", "application/jsonx",
                           "text/plain; charset=application/json"}) {
    auto response = client.Send("POST", "/api/v1/session", credentials.dump(),
                                {.headers = {{"Content-Type", type}}, .unchecked = true});
    EXPECT_EQ(response.status, 415) << type;
    EXPECT_EQ(response.ErrorCode(), "unsupported_media_type") << type;
  }
  // No content type at all, with a body.
  auto body = credentials.dump();
  auto answer = Exchange(PortOf(server().base_url()),
                         "POST /api/v1/session HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                         "Content-Length: " +
                             std::to_string(body.size()) + "\r\n\r\n" + body);
  EXPECT_TRUE(answer.starts_with("HTTP/1.1 415")) << answer;
  // A signed-in write too.
  auto signed_in = server().SignedIn("ts");
  auto response =
      signed_in.Send("PATCH", "/api/v1/me", R"({"name":"X"})",
                     {.headers = {{"Content-Type", "application/jsonx"}, {"If-Match", "\"1\""}}, .unchecked = true});
  EXPECT_EQ(response.status, 415);
  // What the front end sends passes.
  response = client.Send("POST", "/api/v1/session", credentials.dump(),
                         {.headers = {{"Content-Type", "application/json; charset=utf-8"}}});
  EXPECT_EQ(response.status, 200);
}

TEST_P(RequestRulesTest, ASignInFromAForeignOriginIsRefused) {
  auto& ts = server().account("ts");
  nlohmann::json credentials = {{"email", ts.email}, {"password", ts.password}};
  auto client = server().Anonymous();
  auto response = client.Post("/api/v1/session", credentials, {.headers = {{"Origin", "https://evil.example"}}});
  EXPECT_EQ(response.status, 403);
  EXPECT_EQ(response.ErrorCode(), "foreign_origin");
  // A name the attacker points at this server (DNS rebinding): Host and Origin agree, yet neither is ours.
  response = client.Post("/api/v1/session", credentials,
                         {.headers = {{"Origin", "http://evil.example"}, {"Host", "evil.example"}}});
  EXPECT_EQ(response.status, 403);
  EXPECT_EQ(response.ErrorCode(), "foreign_origin");
  // The server's own page (on loopback, as the browser shows it), and no Origin at all.
  response = client.Post("/api/v1/session", credentials, {.headers = {{"Origin", server().base_url()}}});
  EXPECT_EQ(response.status, 200);
  EXPECT_EQ(server().Anonymous().Post("/api/v1/session", credentials).status, 200);
}

// `enlace serve` with an open-file limit of 64 (soft and hard, so the server cannot raise it).
pid_t StartLimitedServer(const std::string& database, unsigned short port, const std::filesystem::path& log,
                         const std::string& max_connections) {
  pid_t pid = fork();
  if (pid == 0) {
    rlimit limit{64, 64};
    setrlimit(RLIMIT_NOFILE, &limit);
    auto listen = "127.0.0.1:" + std::to_string(port);
    auto out = log.string();
    freopen(out.c_str(), "w", stdout);
    freopen(out.c_str(), "a", stderr);
    execl(ENLACE_BINARY, ENLACE_BINARY, "serve", "--database", database.c_str(), "--listen", listen.c_str(),
          "--reminder-interval", "0", "--connections", "2", "--threads", "2", "--max-connections",
          max_connections.c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  return pid;
}

class DescriptorTest : public ::testing::TestWithParam<Backend> {
 protected:
  // Starts the server, opens 150 idle connections (more than its descriptors), closes them and
  // returns whether /healthz answers afterwards; `log` gets the server's output.
  bool HealthzAnswersAfterAFlood(const std::string& max_connections, std::string& log_text) {
    TestDatabase database(GetParam());
    auto folder = MakeTemporaryFolder("enlace-descriptors-");
    auto log = folder / "server.log";
    auto port = FreePort();
    auto pid = StartLimitedServer(database.url(), port, log, max_connections);
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds{120};
    while (ReadLimitsLog(log).find("enlace: serving") == std::string::npos &&
           std::chrono::steady_clock::now() < deadline)
      std::this_thread::sleep_for(std::chrono::milliseconds{100});
    bool serving = ReadLimitsLog(log).find("enlace: serving") != std::string::npos;
    bool healthy_before =
        serving &&
        Exchange(port, "GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").starts_with("HTTP/1.1 200");
    std::vector<int> idle;
    for (int i = 0; i < 150; ++i) {
      int fd = Connect(port);
      if (fd >= 0) idle.push_back(fd);
    }
    std::this_thread::sleep_for(std::chrono::milliseconds{500});
    for (int fd : idle) close(fd);
    std::this_thread::sleep_for(std::chrono::milliseconds{500});
    auto answer = Exchange(port, "GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
                           std::chrono::milliseconds{5000});
    kill(pid, SIGTERM);
    int status = 0;
    waitpid(pid, &status, 0);
    log_text = ReadLimitsLog(log);
    EXPECT_TRUE(healthy_before) << log_text;
    return answer.starts_with("HTTP/1.1 200");
  }
};
INSTANTIATE_TEST_SUITE_P(Databases, DescriptorTest, ::testing::Values(Backend::kSqlite, Backend::kPostgresql),
                         [](const auto& info) { return BackendName(info.param); });

TEST_P(DescriptorTest, TheListenerAcceptsAgainAfterRunningOutOfDescriptors) {
  std::string log;
  // No cap on connections: accept fails with EMFILE, and must recover.
  EXPECT_TRUE(HealthzAnswersAfterAFlood("100000", log)) << log;
  EXPECT_NE(log.find("accept failed"), std::string::npos) << log;
}

TEST_P(DescriptorTest, TheDefaultConnectionCapKeepsDescriptorsInReserve) {
  std::string log;
  EXPECT_TRUE(HealthzAnswersAfterAFlood("0", log)) << log;
  EXPECT_EQ(log.find("accept failed"), std::string::npos) << log;
  EXPECT_NE(log.find("open-file limit 64"), std::string::npos) << log;
}

}  // namespace
}  // namespace enlace::testing

namespace enlace::testing {
namespace {

TEST(FileModesTest, TheDatabaseAndItsBackupAreForTheOwnerOnly) {
  auto folder = MakeTemporaryFolder("enlace-modes-");
  auto database = folder / "enlace.db";
  auto backup = folder / "backup.db";
  auto command = std::string(ENLACE_BINARY) + " --database sqlite:" + database.string() + " migrate >/dev/null && " +
                 ENLACE_BINARY + " --database sqlite:" + database.string() + " backup --to " + backup.string() +
                 " >/dev/null";
  ASSERT_EQ(std::system(command.c_str()), 0);
  for (const auto& file : {database, backup}) {
    auto permissions = std::filesystem::status(file).permissions();
    EXPECT_EQ(permissions & std::filesystem::perms::all,
              std::filesystem::perms::owner_read | std::filesystem::perms::owner_write)
        << file;
  }
}

}  // namespace
}  // namespace enlace::testing
