// The key that seals the audit chain (HMAC-SHA256), and the file that keeps it outside the database.
//
// The file holds 64 hex digits (32 random bytes) and a newline, mode 0600. A deployment keeps it
// where the database's users cannot read it (another disk, a secrets store); every server sharing a
// PostgreSQL database reads the same file. Checkpoints of the chain (`enlace audit checkpoint`) are
// sealed with the same key.
#pragma once

#include <filesystem>
#include <string>

#include "kernel/domain/audit.hpp"
#include "kernel/domain/error.hpp"

namespace enlace {

class HmacAuditSeal final : public AuditSeal {
 public:
  // `key`: 32 raw bytes.
  explicit HmacAuditSeal(std::string key);
  std::string Seal(std::string_view text) const override;
  // A short, non-secret name of the key (a seal of a fixed text): to tell which key sealed a file.
  std::string KeyId() const;

 private:
  std::string key_;
};

// 32 random bytes.
std::string NewAuditKey();
// Reads a key file; kNotFound when it does not exist, kInvalidArgument when it is not a key.
Result<std::string> ReadAuditKeyFile(const std::filesystem::path& path);
// Writes a new key file with mode 0600; refuses to overwrite one (kConflict).
Result<void> WriteAuditKeyFile(const std::filesystem::path& path, const std::string& key);

}  // namespace enlace
