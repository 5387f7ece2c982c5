// The cryptographic services the domain needs, as interfaces: the domain decides *when* to hash a
// password or make a token; crypto/ (libsodium) decides *how*.
#pragma once

#include <string>
#include <string_view>

namespace enlace {

class PasswordHasher {
 public:
  virtual ~PasswordHasher() = default;
  virtual std::string Hash(std::string_view password) const = 0;
  // Constant work whatever the outcome; false for a malformed hash.
  virtual bool Verify(std::string_view hash, std::string_view password) const = 0;
};

class SecretGenerator {
 public:
  virtual ~SecretGenerator() = default;
  // `bytes` random bytes as URL-safe base64 without padding.
  virtual std::string Token(std::size_t bytes = 32) const = 0;
  // A password people can type: groups of letters and digits without look-alikes.
  virtual std::string Password() const = 0;
  // SHA-256 as lower-case hex, to store tokens without storing them.
  virtual std::string Sha256Hex(std::string_view data) const = 0;
};

}  // namespace enlace
