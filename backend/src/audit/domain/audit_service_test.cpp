// AuditService: listing the log of a process, and Verify finding a changed, removed or reordered
// entry, an entry re-sealed without the key, and (with a checkpoint) a cut or rewritten chain. Verify runs over an
// in-memory audit log that a test can tamper with (the databases refuse to change an entry; the contract suite proves
// that), listing over a TestKernel.
#include "audit/domain/audit_service.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "accounts/capability.hpp"
#include "accounts/testing/account_fixtures.hpp"
#include "audit/capability.hpp"
#include "kernel/crypto/audit_key.hpp"
#include "kernel/crypto/sodium_secrets.hpp"
#include "kernel/domain/audit_log.hpp"
#include "kernel/testing/results.hpp"
#include "reference/capability.hpp"
#include "reference/domain/reference_service.hpp"
#include "reference/testing/reference_fixtures.hpp"

namespace enlace::testing {
namespace {

// The audit log as a vector, chained as the real one is.
class MemoryAuditLog final : public AuditRepository {
 public:
  explicit MemoryAuditLog(const AuditSeal& seal) : seal_(seal) {}
  AuditEntry Append(const AuditRecord& record, Timestamp now) override {
    AuditEntry entry{static_cast<std::int64_t>(entries.size()) + 1, now, record,
                     entries.empty() ? "" : entries.back().hash, ""};
    entry.hash = seal_.Seal(AuditCanonicalText(entry));
    entries.push_back(entry);
    return entry;
  }
  std::vector<AuditEntry> List(const AuditFilter&) override { return {entries.rbegin(), entries.rend()}; }
  // The entries stored after the one numbered `after_id`, in stored order whatever their ids say:
  // a reordered log is read as it is.
  std::vector<AuditEntry> Chain(std::int64_t after_id, int limit) override {
    auto start = entries.begin();
    if (after_id != 0) {
      start = std::find_if(entries.begin(), entries.end(), [&](const AuditEntry& e) { return e.id == after_id; });
      if (start != entries.end()) ++start;
    }
    std::vector<AuditEntry> page;
    for (auto it = start; it != entries.end() && static_cast<int>(page.size()) < limit; ++it) page.push_back(*it);
    return page;
  }
  std::vector<AuditEntry> entries;

 private:
  const AuditSeal& seal_;
};

class MemoryStore final : public Store {
 public:
  explicit MemoryStore(AuditRepository& log) : log_(log) {}
  std::unique_ptr<Transaction> Begin(TransactionMode) override { return std::make_unique<Open>(log_); }
  bool Ping() override { return true; }
  std::string_view backend_name() const override { return "memory"; }

 private:
  class Open final : public Transaction {
   public:
    explicit Open(AuditRepository& log) : log_(log) {}
    void Commit() override {}

   protected:
    Repository& Find(std::type_index type) override {
      if (type != typeid(AuditRepository)) throw StorageFailure("only the audit log is kept in memory");
      return log_;
    }

   private:
    AuditRepository& log_;
  };
  AuditRepository& log_;
};

class AuditVerificationTest : public ::testing::Test {
 protected:
  void SetUp() override {
    InitializeCrypto();
    auto transaction = store_.Begin(TransactionMode::kWrite);
    for (int i = 1; i <= 5; ++i) {
      AuditChange(*transaction, clock_.Now(), RequestContext{.process_id = ProcessId{1}}, "meeting.update", "meeting",
                  std::to_string(i), {{"n", i}}, {{"n", i + 1}});
    }
  }

  SodiumSecretGenerator secrets_;
  HmacAuditSeal seal_{std::string(32, 'a')};
  ManualClock clock_;
  MemoryAuditLog log_{seal_};
  MemoryStore store_{log_};
  AuditService service_{store_, &seal_, clock_};
};

TEST_F(AuditVerificationTest, AnUntouchedLogIsIntact) {
  auto result = service_.Verify();
  EXPECT_TRUE(result.intact);
  EXPECT_EQ(result.entries, 5);
  EXPECT_FALSE(result.first_broken_id);
}

TEST_F(AuditVerificationTest, AChangedEntryIsFound) {
  log_.entries[2].record.after = {{"n", 99}};
  auto result = service_.Verify();
  EXPECT_FALSE(result.intact);
  EXPECT_EQ(result.first_broken_id, std::optional<std::int64_t>(3));
  EXPECT_EQ(result.problem, "content does not match its seal (changed, or sealed with another key)");
}

TEST_F(AuditVerificationTest, AChangedEntryWithItsSealRecomputedBreaksTheNextLink) {
  log_.entries[2].record.actor_name = "someone else";
  log_.entries[2].hash = seal_.Seal(AuditCanonicalText(log_.entries[2]));
  auto result = service_.Verify();
  EXPECT_EQ(result.first_broken_id, std::optional<std::int64_t>(4));
  EXPECT_EQ(result.problem, "previous seal does not match the entry before it");
}

// Whoever writes the database but lacks the key: recomputing every later seal as a plain SHA-256
// chain (the format before the key) or under another key does not pass.
TEST_F(AuditVerificationTest, AChainRewrittenWithoutTheKeyIsFound) {
  HmacAuditSeal other(std::string(32, 'b'));
  log_.entries[2].record.actor_name = "someone else";
  for (std::size_t i = 2; i < log_.entries.size(); ++i) {
    if (i > 2) log_.entries[i].previous_hash = log_.entries[i - 1].hash;
    log_.entries[i].hash = other.Seal(AuditCanonicalText(log_.entries[i]));
  }
  auto result = service_.Verify();
  EXPECT_FALSE(result.intact);
  EXPECT_EQ(result.first_broken_id, std::optional<std::int64_t>(3));
  for (std::size_t i = 2; i < log_.entries.size(); ++i) {
    if (i > 2) log_.entries[i].previous_hash = log_.entries[i - 1].hash;
    log_.entries[i].hash = secrets_.Sha256Hex(AuditCanonicalText(log_.entries[i]));
  }
  EXPECT_EQ(service_.Verify().first_broken_id, std::optional<std::int64_t>(3));
}

TEST_F(AuditVerificationTest, ACheckpointFindsACutTail) {
  auto checkpoint = service_.Checkpoint();
  ASSERT_TRUE(checkpoint);
  EXPECT_EQ(checkpoint->entries, 5);
  EXPECT_TRUE(service_.Verify(&*checkpoint).intact);
  log_.entries.pop_back();
  EXPECT_TRUE(service_.Verify().intact) << "without a checkpoint the chain cannot tell";
  auto result = service_.Verify(&*checkpoint);
  EXPECT_FALSE(result.intact);
  EXPECT_EQ(result.first_broken_id, std::optional<std::int64_t>(5));
  EXPECT_NE(result.problem.find("the chain was cut"), std::string::npos) << result.problem;
}

// Someone with the key rewrites an entry and re-seals the rest: the chain is intact, the checkpoint
// kept elsewhere is not matched.
TEST_F(AuditVerificationTest, ACheckpointFindsAChainReSealedWithTheKey) {
  auto checkpoint = service_.Checkpoint();
  ASSERT_TRUE(checkpoint);
  log_.entries[1].record.reason = "rewritten";
  for (std::size_t i = 1; i < log_.entries.size(); ++i) {
    if (i > 1) log_.entries[i].previous_hash = log_.entries[i - 1].hash;
    log_.entries[i].hash = seal_.Seal(AuditCanonicalText(log_.entries[i]));
  }
  EXPECT_TRUE(service_.Verify().intact);
  auto result = service_.Verify(&*checkpoint);
  EXPECT_FALSE(result.intact);
  EXPECT_EQ(result.first_broken_id, std::optional<std::int64_t>(5));
}

TEST_F(AuditVerificationTest, ACheckpointReadsBackAndRefusesAnotherKeyOrAnEdit) {
  auto checkpoint = service_.Checkpoint();
  ASSERT_TRUE(checkpoint);
  auto read = AuditCheckpointFromJson(ToJson(*checkpoint));
  ASSERT_TRUE(read);
  EXPECT_TRUE(service_.Verify(&*read).intact);
  auto edited = *read;
  edited.entries = 3;
  EXPECT_FALSE(service_.Verify(&edited).intact);
  HmacAuditSeal other(std::string(32, 'b'));
  AuditService with_other_key(store_, &other, clock_);
  auto verified = with_other_key.Verify(&*read);
  EXPECT_FALSE(verified.intact);
  EXPECT_NE(verified.problem.find("checkpoint"), std::string::npos);
  EXPECT_FALSE(AuditCheckpointFromJson(nlohmann::json{{"entries", 3}}));
}

TEST(AuditKeyFile, IsWrittenOnceWithMode0600AndReadBack) {
  InitializeCrypto();
  auto path = std::filesystem::temp_directory_path() / ("enlace-audit-key-" + std::to_string(::getpid()));
  std::filesystem::remove(path);
  EXPECT_EQ(Outcome(ReadAuditKeyFile(path)), "audit_key_missing");
  auto key = NewAuditKey();
  ASSERT_TRUE(WriteAuditKeyFile(path, key));
  EXPECT_EQ(std::filesystem::status(path).permissions() & std::filesystem::perms::all,
            std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
  EXPECT_EQ(ReadAuditKeyFile(path).value_or(""), key);
  EXPECT_EQ(Outcome(WriteAuditKeyFile(path, NewAuditKey())), "audit_key_exists");
  EXPECT_EQ(ReadAuditKeyFile(path).value_or(""), key) << "never overwritten";
  std::ofstream(path) << "not a key\n";
  EXPECT_EQ(Outcome(ReadAuditKeyFile(path)), "audit_key_invalid");
  std::filesystem::remove(path);
}

TEST_F(AuditVerificationTest, ARemovedEntryIsFound) {
  log_.entries.erase(log_.entries.begin() + 1);
  auto result = service_.Verify();
  EXPECT_FALSE(result.intact);
  EXPECT_EQ(result.first_broken_id, std::optional<std::int64_t>(3));
  EXPECT_EQ(result.problem, "entry 2 is missing");
  EXPECT_EQ(result.entries, 4);
}

TEST_F(AuditVerificationTest, ARemovedLastEntryLeavesAnIntactButShorterChain) {
  log_.entries.pop_back();
  auto result = service_.Verify();
  EXPECT_TRUE(result.intact) << "the chain cannot tell; the count can";
  EXPECT_EQ(result.entries, 4);
}

TEST_F(AuditVerificationTest, ReorderedEntriesAreFound) {
  std::swap(log_.entries[1], log_.entries[2]);
  auto result = service_.Verify();
  EXPECT_FALSE(result.intact);
  EXPECT_EQ(result.first_broken_id, std::optional<std::int64_t>(3));
}

TEST_F(AuditVerificationTest, SwappedContentsUnderTheOriginalIdsAreFound) {
  std::swap(log_.entries[1].record, log_.entries[2].record);
  auto result = service_.Verify();
  EXPECT_FALSE(result.intact);
  EXPECT_EQ(result.first_broken_id, std::optional<std::int64_t>(2));
}

class AuditServiceTest : public ::testing::Test {
 protected:
  TestKernel test_{{ReferenceCapability(), AccountsCapability(), AuditCapability()}};
  People people_{test_, InstallRcm(test_)};
  RequestContext secretariat_ = people_.Secretariat();
  AuditService& audit_ = test_.Get<AuditService>();
};

TEST_F(AuditServiceTest, OnlyTheSecretariatReadsTheLog) {
  EXPECT_EQ(Outcome(audit_.List(people_.OfficerOf("HN"), {})), "forbidden");
  EXPECT_EQ(Outcome(audit_.List(people_.ObserverOf(), {})), "forbidden");
  EXPECT_EQ(Outcome(audit_.List(people_.Anonymous(), {})), "unauthenticated");
  EXPECT_TRUE(audit_.List(secretariat_, {}));
}

TEST_F(AuditServiceTest, TheLogOfAProcessHoldsNothingOfAnother) {
  ReferenceData other;
  other.process = Process{ProcessId{0}, "CSM", LocalizedText{"CSM", "CSM"}, {"es"}, "es"};
  other.countries = {{"AR", LocalizedText{"Argentina", "Argentina"}, CountryStatus::kMember}};
  auto csm = test_.Get<ReferenceService>().Install(other, RequestContext{});
  People csm_people(test_, csm);
  csm_people.Create(Role::kCountryOfficer, "AR");
  people_.Create(Role::kCountryOfficer, "HN");
  auto entries = audit_.List(secretariat_, {.action = "user.create"});
  ASSERT_TRUE(entries);
  for (const auto& entry : *entries) EXPECT_NE(entry.record.process_id, std::optional<ProcessId>(csm));
  auto theirs = audit_.List(csm_people.Secretariat(), {.action = "user.create"});
  for (const auto& entry : *theirs) EXPECT_EQ(entry.record.process_id, std::optional<ProcessId>(csm));
}

TEST_F(AuditServiceTest, TheLogPagesNewestFirstAndFilters) {
  for (int i = 0; i < 4; ++i) people_.Create(Role::kCountryOfficer, "HN");
  auto page = audit_.List(secretariat_, {.action = "user", .limit = 3});
  ASSERT_EQ(page->size(), 3u);
  EXPECT_GT(page->at(0).id, page->at(1).id);
  auto next = audit_.List(secretariat_, {.action = "user", .before_id = page->back().id, .limit = 3});
  ASSERT_FALSE(next->empty());
  EXPECT_LT(next->front().id, page->back().id);
  auto unbounded = audit_.List(secretariat_, {.limit = 100000});
  EXPECT_LE(unbounded->size(), 50u) << "an unreasonable page size falls back to 50";
}

TEST_F(AuditServiceTest, TheDatabasesChainVerifiesAfterRealWrites) {
  for (int i = 0; i < 3; ++i) people_.Create(Role::kObserver, "IOM");
  auto result = audit_.Verify();
  EXPECT_TRUE(result.intact) << result.problem;
  EXPECT_GE(result.entries, 5);
}

}  // namespace
}  // namespace enlace::testing
