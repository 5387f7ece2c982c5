// The fixture of the repository contract: a fresh database of each kind (SQLite, PostgreSQL) with
// every capability's migrations and repositories, the small process SmallReference() describes, and
// helpers that store the records other records need. Each *_contract_test.cpp file derives its own
// fixture from RepositoryContract and instantiates it on both databases.
#pragma once

#include <gtest/gtest.h>

#include "accounts/domain/account_repositories.hpp"
#include "app/capabilities.hpp"
#include "kernel/crypto/audit_key.hpp"
#include "kernel/crypto/sodium_secrets.hpp"
#include "kernel/storage/soci_store.hpp"
#include "reference/domain/reference_repository.hpp"
#include "support/test_database.hpp"

namespace enlace::testing {

inline Timestamp At(const char* text) { return *ParseIsoTimestamp(text); }

// Two member countries (HN, GT), an observer country (CO), the TS, one network, one topic.
inline ReferenceData SmallReference() {
  ReferenceData data;
  data.process = Process{ProcessId{0}, "RCM", LocalizedText{"Conferencia", "Conference"}, {"es", "en"}, "es"};
  data.countries = {{"HN", LocalizedText{"Honduras", "Honduras"}, CountryStatus::kMember},
                    {"GT", LocalizedText{"Guatemala", "Guatemala"}, CountryStatus::kMember},
                    {"CO", LocalizedText{"Colombia", "Colombia"}, CountryStatus::kObserver}};
  data.organizations = {
      {"TS", LocalizedText{"ST", "TS"}, LocalizedText{"Secretaría Técnica", "Technical Secretariat"}, "secretariat"}};
  data.networks = {{"NET", LocalizedText{"Red", "Network"}, LocalizedText{"Red de enlace", "Liaison network"}}};
  data.topics = {{"general", LocalizedText{"General", "General"}}};
  return data;
}

class RepositoryContract : public ::testing::TestWithParam<Backend> {
 protected:
  void SetUp() override {
    InitializeCrypto();
    database_ = std::make_unique<TestDatabase>(GetParam());
    store_ = std::make_unique<storage::SociStore>(*storage::ParseDatabaseUrl(database_->url()),
                                                  storage::StoreOptions{.connections = 4, .audit_seal = seal_},
                                                  StorageModulesOf(Capabilities()));
    auto transaction = store_->Begin(TransactionMode::kWrite);
    process_ = transaction->Get<ReferenceRepository>().Upsert(SmallReference(), At("2026-01-01T00:00:00Z"));
    transaction->Commit();
  }

  User NewUser(const std::string& email, Role role = Role::kCountryOfficer) {
    User user;
    user.process_id = process_;
    user.email = email;
    user.name = "Name of " + email;
    user.role = role;
    if (role == Role::kCountryOfficer) user.country = "HN";
    user.created_at = user.updated_at = At("2026-01-02T10:00:00Z");
    auto transaction = store_->Begin(TransactionMode::kWrite);
    auto created = transaction->Get<UserRepository>().Create(user, "$argon2id$fake");
    EXPECT_TRUE(created);
    transaction->Commit();
    return *created;
  }

  // A second process, for checking that one never sees another's records.
  ProcessId OtherProcess() {
    auto data = SmallReference();
    data.process.code = "CSM";
    auto transaction = store_->Begin(TransactionMode::kWrite);
    auto id = transaction->Get<ReferenceRepository>().Upsert(data, At("2026-01-01T00:00:00Z"));
    transaction->Commit();
    return id;
  }

  std::unique_ptr<TestDatabase> database_;
  std::shared_ptr<const HmacAuditSeal> seal_ = std::make_shared<HmacAuditSeal>(std::string(32, 'c'));
  std::unique_ptr<storage::SociStore> store_;
  ProcessId process_ = ProcessId{0};
};

}  // namespace enlace::testing
