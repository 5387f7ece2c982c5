// An enlace server for one test: a fresh database (SQLite or PostgreSQL), the application wired
// as in production (passwords hashed at libsodium's minimum cost to keep tests fast), the demo
// data, and the real HTTP server on a free loopback port.
#pragma once

#include <atomic>
#include <filesystem>
#include <map>
#include <memory>
#include <string>

#include "app/application.hpp"
#include "kernel/http/server.hpp"
#include "support/http_client.hpp"
#include "support/test_database.hpp"

namespace enlace::testing {

// A clock the test moves by hand.
class FakeClock final : public Clock {
 public:
  FakeClock();
  Timestamp Now() const override { return Timestamp{std::chrono::seconds{seconds_.load()}}; }
  void Set(Timestamp instant) { seconds_ = instant.time_since_epoch().count(); }
  void Advance(std::chrono::seconds by) { seconds_ += by.count(); }

 private:
  std::atomic<long long> seconds_;
};

struct TestServerOptions {
  bool demo = true;
  bool demo_meetings = false;  // the San Pedro Sula meeting and the rest of the demo's follow-up
  SessionSettings sessions;
  bool trust_proxy = true;  // so tests can appear to come from several addresses
  bool https = false;       // as if served over HTTPS by a proxy
  // Anonymous API requests a second per address, as `serve --anonymous-rate` (with a burst of 60);
  // 0, the default, turns the limit off: tests send many anonymous requests from one address.
  double anonymous_rate = 0;
};

// The demo accounts by the short names tests use: "ts", "hn", "gt", "observer", "civil".
struct Account {
  std::string email;
  std::string password;
};

class TestServer {
 public:
  explicit TestServer(Backend backend, TestServerOptions options = {});
  ~TestServer();

  const std::string& base_url() const { return base_url_; }
  Application& app() { return *application_; }
  http::Api& api() { return *api_; }
  FakeClock& clock() { return clock_; }
  TestDatabase& database() { return database_; }
  // The audit key of this server's database (a second application on it needs the same).
  const std::filesystem::path& audit_key_file() const { return audit_key_file_; }
  const Account& account(const std::string& who) const { return accounts_.at(who); }
  ProcessId process_id();

  HttpClient Anonymous() const;
  // A client signed in as a demo account; fails the test when signing in fails.
  HttpClient SignedIn(const std::string& who) const;
  HttpClient SignedIn(const Account& account) const;

  // A second regional process "RCM2" (the RCM's reference data under another code) with one
  // account per kind of caller, by the same short names ("ts", "hn", "gt", "observer", "civil"):
  // for tests that one process never sees another's records.
  std::map<std::string, Account> AddSecondProcess();

 private:
  TestDatabase database_;
  std::filesystem::path audit_key_file_;
  FakeClock clock_;
  std::unique_ptr<Application> application_;
  std::unique_ptr<http::Api> api_;
  std::unique_ptr<http::Server> server_;
  std::string base_url_;
  std::map<std::string, Account> accounts_;
};

// A port nobody listens on right now.
unsigned short FreePort();

}  // namespace enlace::testing
