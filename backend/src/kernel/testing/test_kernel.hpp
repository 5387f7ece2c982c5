// Unit tests of services without HTTP: a kernel over a private in-memory SQLite database with the
// migrations, repositories, texts and services of the capabilities a test names, a clock the test
// sets, and libsodium at its cheapest password cost. Each TestKernel is its own database.
//
//   TestKernel test({ReferenceCapability(), AccountsCapability(), ContactsCapability()});
//   auto& contacts = test.Get<ContactPointService>();
#pragma once

#include <atomic>
#include <memory>
#include <vector>

#include "kernel/capability/capability.hpp"
#include "kernel/crypto/audit_key.hpp"
#include "kernel/crypto/sodium_secrets.hpp"
#include "kernel/storage/soci_store.hpp"

namespace enlace::testing {

// A clock the test moves by hand; starts at 2026-10-01 09:00 UTC.
class ManualClock final : public Clock {
 public:
  ManualClock();
  Timestamp Now() const override { return Timestamp{std::chrono::seconds{seconds_.load()}}; }
  void Set(Timestamp instant) { seconds_ = instant.time_since_epoch().count(); }
  void Advance(std::chrono::seconds by) { seconds_ += by.count(); }

 private:
  std::atomic<long long> seconds_;
};

// The texts of the kernel and of `capabilities`, loaded as the application loads them; for tests
// of code that writes (reports, e-mails, calendars) without a whole kernel. std::logic_error for a
// catalogue that does not load.
Texts CatalogueTexts(const std::vector<Capability>& capabilities = {});

class TestKernel {
 public:
  explicit TestKernel(std::vector<Capability> capabilities);
  ~TestKernel();

  Kernel& kernel() { return *kernel_; }
  Store& store() { return *store_; }
  // The rows of a table now: for tests that something was kept or removed.
  int Count(const std::string& table) { return static_cast<int>(store_->Contents()[table].size()); }
  ManualClock& clock() { return clock_; }
  const Texts& texts() const { return texts_; }
  template <typename Service>
  Service& Get() {
    return kernel_->services.Get<Service>();
  }

 private:
  std::vector<Capability> capabilities_;
  ManualClock clock_;
  Texts texts_;
  SodiumPasswordHasher hasher_{PasswordCost::kMinimum};
  SodiumSecretGenerator secrets_;
  std::shared_ptr<const HmacAuditSeal> audit_seal_ = std::make_shared<HmacAuditSeal>(std::string(32, 'k'));
  std::unique_ptr<storage::SociStore> store_;
  ServiceRegistry services_;
  std::unique_ptr<Kernel> kernel_;
};

}  // namespace enlace::testing
