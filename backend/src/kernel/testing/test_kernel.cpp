#include "kernel/testing/test_kernel.hpp"

#include <stdexcept>

namespace enlace::embedded {
EmbeddedFiles kernel();
}  // namespace enlace::embedded

namespace enlace::testing {

ManualClock::ManualClock()
    : seconds_(std::chrono::duration_cast<std::chrono::seconds>(
                   (std::chrono::sys_days{std::chrono::year{2026} / 10 / 1} + std::chrono::hours{9}).time_since_epoch())
                   .count()) {}

Texts CatalogueTexts(const std::vector<Capability>& capabilities) {
  Texts texts;
  if (auto added = texts.Add("kernel", embedded::kernel()); !added) throw std::logic_error(added.error().detail);
  for (const auto& capability : capabilities) {
    if (auto added = texts.Add(capability.name, capability.files); !added) throw std::logic_error(added.error().detail);
  }
  return texts;
}

TestKernel::TestKernel(std::vector<Capability> capabilities)
    : capabilities_(std::move(capabilities)), texts_(CatalogueTexts(capabilities_)) {
  InitializeCrypto();
  std::vector<storage::StorageModule> modules;
  for (const auto& capability : capabilities_) {
    modules.push_back(storage::StorageModule{capability.name, capability.files, capability.repositories});
  }
  store_ = std::make_unique<storage::SociStore>(*storage::ParseDatabaseUrl("sqlite::memory:"),
                                                storage::StoreOptions{.connections = 2, .audit_seal = audit_seal_},
                                                std::move(modules));
  kernel_ = std::unique_ptr<Kernel>(new Kernel{.store = *store_,
                                               .clock = clock_,
                                               .secrets = secrets_,
                                               .passwords = hasher_,
                                               .texts = texts_,
                                               .services = services_,
                                               .audit_seal = audit_seal_.get()});
  for (const auto& capability : capabilities_) {
    if (capability.services) capability.services(*kernel_);
  }
}

TestKernel::~TestKernel() = default;

}  // namespace enlace::testing
