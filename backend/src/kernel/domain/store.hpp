// The storage seen from the domain: a Store hands out Transactions, and a Transaction hands out
// the repositories of every capability.
//
// A service opens one Transaction per operation, reads and writes through its repositories, and
// commits; destroying an uncommitted Transaction rolls it back, so an operation that fails halfway
// leaves nothing behind. A capability declares its repository interfaces in its domain part
// (deriving from Repository) and implements them once over SOCI in its storage part, for SQLite
// and PostgreSQL alike; its manifest registers the implementation, and `transaction.Get<R>()`
// finds it. The kernel owns only the audit log's repository.
//
// Errors: what the caller can expect (a record that is not there, a stale version) comes back as a
// value (optional, bool, Result). A failure of the database itself (connection lost, disk full)
// throws StorageFailure; the HTTP layer answers 503 for it, the CLI prints it and exits non-zero.
#pragma once

#include <concepts>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <typeindex>
#include <vector>

#include "kernel/domain/audit.hpp"
#include "kernel/domain/error.hpp"

namespace enlace {

class StorageFailure : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The base of every repository interface.
class Repository {
 public:
  virtual ~Repository() = default;
};

class AuditRepository : public Repository {
 public:
  virtual ~AuditRepository() = default;
  // Appends at the end of the chain; entries are serialised across transactions and servers.
  virtual AuditEntry Append(const AuditRecord& record, Timestamp now) = 0;
  virtual std::vector<AuditEntry> List(const AuditFilter& filter) = 0;
  // Every entry in order, for verification; `after_id` and `limit` page through.
  virtual std::vector<AuditEntry> Chain(std::int64_t after_id, int limit) = 0;
};

enum class TransactionMode { kRead, kWrite };

class Transaction {
 public:
  virtual ~Transaction() = default;
  // The repository `R` of this transaction, made on first use. A repository no capability
  // registered is a wiring bug: StorageFailure.
  template <std::derived_from<Repository> R>
  R& Get() {
    return static_cast<R&>(Find(typeid(R)));
  }
  AuditRepository& audit() { return Get<AuditRepository>(); }
  virtual void Commit() = 0;

 protected:
  virtual Repository& Find(std::type_index type) = 0;
};

class Store {
 public:
  virtual ~Store() = default;
  // Thread-safe. Blocks while every connection is busy.
  virtual std::unique_ptr<Transaction> Begin(TransactionMode mode) = 0;
  virtual bool Ping() = 0;
  virtual std::string_view backend_name() const = 0;  // "sqlite" or "postgresql"
};

}  // namespace enlace
