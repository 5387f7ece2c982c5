// libsodium implementations of the domain's PasswordHasher and SecretGenerator.
#pragma once

#include "kernel/domain/secrets.hpp"

namespace enlace {

// Initialises libsodium once; call before any other use (safe to call again).
void InitializeCrypto();

enum class PasswordCost {
  kInteractive,  // argon2id with libsodium's INTERACTIVE limits (~0.1-0.2 s, 64 MiB): production
  kMinimum,      // the smallest allowed limits: only for tests that create many accounts
};

class SodiumPasswordHasher final : public PasswordHasher {
 public:
  explicit SodiumPasswordHasher(PasswordCost cost = PasswordCost::kInteractive);
  std::string Hash(std::string_view password) const override;
  bool Verify(std::string_view hash, std::string_view password) const override;

 private:
  unsigned long long opslimit_;
  std::size_t memlimit_;
};

class SodiumSecretGenerator final : public SecretGenerator {
 public:
  std::string Token(std::size_t bytes = 32) const override;
  std::string Password() const override;
  std::string Sha256Hex(std::string_view data) const override;
};

}  // namespace enlace
