// The binary stands alone: `cmake --install` lays out bin/enlace, share/enlace/reference and
// share/enlace/web, and the installed enlace, started from a folder that is not the source tree
// and with no ENLACE_HOME, migrates a new database with the RCM's reference data, loads the demo
// and serves the API and the web app.
#include <signal.h>
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

std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

// Runs `argv` in `folder` with a minimal environment; returns its exit status, output in `log`.
int RunProgram(const std::vector<std::string>& argv, const std::filesystem::path& folder,
               const std::filesystem::path& log, bool wait = true, pid_t* started = nullptr) {
  pid_t pid = fork();
  if (pid == 0) {
    if (chdir(folder.c_str()) != 0) _exit(126);
    auto out = log.string();
    if (!freopen(out.c_str(), "a", stdout) || !freopen(out.c_str(), "a", stderr)) _exit(126);
    clearenv();
    setenv("PATH", "/usr/bin:/bin", 1);
    std::vector<char*> args;
    for (const auto& arg : argv) args.push_back(const_cast<char*>(arg.c_str()));
    args.push_back(nullptr);
    execv(args[0], args.data());
    _exit(127);
  }
  if (started) *started = pid;
  if (!wait) return 0;
  int status = 0;
  waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

TEST(InstallTest, TheInstalledEnlaceRunsFromAnyFolderWithoutTheSourceTree) {
  ASSERT_TRUE(std::filesystem::exists(std::filesystem::path(ENLACE_SOURCE_DIR) / "frontend/dist/index.html"))
      << "build the front end first (npm run build in frontend/): the install lays it out too";
  auto prefix = MakeTemporaryFolder("enlace-install-");
  auto elsewhere = MakeTemporaryFolder("enlace-elsewhere-");
  auto log = elsewhere / "log.txt";
  ASSERT_EQ(RunProgram({ENLACE_CMAKE, "--install", ENLACE_BUILD_DIR, "--prefix", prefix.string()}, elsewhere, log), 0)
      << ReadFile(log);
  auto binary = (prefix / "bin" / "enlace").string();
  ASSERT_TRUE(std::filesystem::exists(binary)) << ReadFile(log);
  EXPECT_TRUE(std::filesystem::exists(prefix / "share/enlace/reference/rcm/countries.csv"));
  EXPECT_TRUE(std::filesystem::exists(prefix / "share/enlace/web/index.html"));

  auto database = "sqlite:" + (elsewhere / "installed.db").string();
  ASSERT_EQ(RunProgram({binary, "--database", database, "demo", "load"}, elsewhere, log), 0) << ReadFile(log);
  EXPECT_NE(ReadFile(log).find("demo accounts created"), std::string::npos) << ReadFile(log);

  auto port = FreePort();
  pid_t server = 0;
  RunProgram({binary, "--database", database, "serve", "--listen", "127.0.0.1:" + std::to_string(port),
              "--reminder-interval", "0"},
             elsewhere, log, false, &server);
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds{120};
  while (ReadFile(log).find("enlace: serving") == std::string::npos && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds{100});
  }
  HttpClient client("http://127.0.0.1:" + std::to_string(port));
  EXPECT_EQ(client.Get("/readyz").status, 200) << ReadFile(log);
  auto process = client.Get("/api/v1/process");
  EXPECT_EQ(process.status, 200);
  EXPECT_EQ(process.Json()["code"], "RCM");
  auto page = client.Get("/");
  EXPECT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("<div id=\"root\">"), std::string::npos) << "the installed web app is served";
  kill(server, SIGTERM);
  int status = 0;
  waitpid(server, &status, 0);
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << ReadFile(log);
  std::filesystem::remove_all(prefix);
  std::filesystem::remove_all(elsewhere);
}

}  // namespace
}  // namespace enlace::testing
