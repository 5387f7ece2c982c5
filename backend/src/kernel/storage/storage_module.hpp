// What a capability brings to the storage: its migrations and its repositories.
//
// A capability's storage part implements the repository interfaces of its domain part over SOCI
// and registers them here; the store makes one of each per transaction, on first use, over the
// transaction's connection. Nothing in the kernel lists the capabilities' repositories.
#pragma once

#include <soci/soci.h>

#include <concepts>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <typeindex>
#include <vector>

#include "kernel/domain/embedded.hpp"
#include "kernel/domain/store.hpp"
#include "kernel/storage/migrations.hpp"

namespace enlace::storage {

// The connection a transaction holds, as its repositories see it.
struct Connection {
  soci::session& session;
  Dialect dialect;
  TransactionMode mode;
  const AuditSeal* audit_seal = nullptr;  // seals audit entries; appending without one fails
};

class RepositoryRegistry {
 public:
  using Factory = std::function<std::unique_ptr<Repository>(Connection&)>;

  // Registers `Implementation` (constructible from Connection&) as the repository `Interface`.
  template <std::derived_from<Repository> Interface, std::derived_from<Interface> Implementation>
  void Add() {
    Add(typeid(Interface), [](Connection& connection) -> std::unique_ptr<Repository> {
      return std::make_unique<Implementation>(connection);
    });
  }
  // A second registration of one interface is a wiring bug: std::logic_error.
  void Add(std::type_index interface, Factory factory);
  const Factory* Find(std::type_index interface) const;

 private:
  std::map<std::type_index, Factory> factories_;
};

struct StorageModule {
  std::string name;                                       // the capability: "meetings"
  EmbeddedFiles files;                                    // its migrations/NNNN_*.sql among them
  std::function<void(RepositoryRegistry&)> repositories;  // may be empty
};

}  // namespace enlace::storage
