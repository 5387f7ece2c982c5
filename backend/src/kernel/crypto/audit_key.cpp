#include "kernel/crypto/audit_key.hpp"

#include <fcntl.h>
#include <sodium.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include "kernel/domain/reasons.hpp"

namespace enlace {

HmacAuditSeal::HmacAuditSeal(std::string key) : key_(std::move(key)) {
  if (key_.size() != crypto_auth_hmacsha256_KEYBYTES) throw std::invalid_argument("an audit key has 32 bytes");
}

std::string HmacAuditSeal::Seal(std::string_view text) const {
  unsigned char mac[crypto_auth_hmacsha256_BYTES];
  crypto_auth_hmacsha256_state state;
  crypto_auth_hmacsha256_init(&state, reinterpret_cast<const unsigned char*>(key_.data()), key_.size());
  crypto_auth_hmacsha256_update(&state, reinterpret_cast<const unsigned char*>(text.data()), text.size());
  crypto_auth_hmacsha256_final(&state, mac);
  char hex[crypto_auth_hmacsha256_BYTES * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, mac, sizeof mac);
  return hex;
}

std::string HmacAuditSeal::KeyId() const { return Seal("enlace audit key id").substr(0, 16); }

std::string NewAuditKey() {
  std::string key(crypto_auth_hmacsha256_KEYBYTES, '\0');
  randombytes_buf(key.data(), key.size());
  return key;
}

Result<std::string> ReadAuditKeyFile(const std::filesystem::path& path) {
  std::error_code error;
  if (!std::filesystem::exists(path, error)) return std::unexpected(Error::NotFound(reasons::kAuditKeyMissing));
  std::ifstream in(path);
  std::string hex;
  in >> hex;
  std::string key(crypto_auth_hmacsha256_KEYBYTES, '\0');
  std::size_t length = 0;
  if (hex.size() != key.size() * 2 ||
      sodium_hex2bin(reinterpret_cast<unsigned char*>(key.data()), key.size(), hex.data(), hex.size(), nullptr, &length,
                     nullptr) != 0 ||
      length != key.size()) {
    return std::unexpected(Error::Invalid(reasons::kAuditKeyInvalid, path.string()));
  }
  return key;
}

Result<void> WriteAuditKeyFile(const std::filesystem::path& path, const std::string& key) {
  if (key.size() != crypto_auth_hmacsha256_KEYBYTES) return std::unexpected(Error::Invalid(reasons::kAuditKeyInvalid));
  if (path.has_parent_path()) {
    std::error_code ignored;
    std::filesystem::create_directories(path.parent_path(), ignored);
  }
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0) {
    if (errno == EEXIST) return std::unexpected(Error::Conflict(reasons::kAuditKeyExists));
    return std::unexpected(Error::Internal(path.string() + ": " + std::strerror(errno)));
  }
  char hex[crypto_auth_hmacsha256_KEYBYTES * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, reinterpret_cast<const unsigned char*>(key.data()), key.size());
  std::string text = std::string(hex) + "\n";
  bool written = ::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size()) && ::fsync(fd) == 0;
  ::close(fd);
  if (!written) {
    std::filesystem::remove(path);
    return std::unexpected(Error::Internal(path.string() + ": cannot write the audit key"));
  }
  return {};
}

}  // namespace enlace
