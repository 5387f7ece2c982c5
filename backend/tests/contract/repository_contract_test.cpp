// One contract, every backend: the repositories of domain/store.hpp behave the same on SQLite and
// on PostgreSQL.
#include "contract/repository_contract.hpp"

#include <gtest/gtest.h>
#include <soci/postgresql/soci-postgresql.h>
#include <unistd.h>

#include <random>
#include <thread>

#include "audit/domain/audit_service.hpp"
#include "contacts/domain/contact_point_repository.hpp"

namespace enlace::testing {
namespace {

INSTANTIATE_TEST_SUITE_P(Databases, RepositoryContract, ::testing::Values(Backend::kSqlite, Backend::kPostgresql),
                         [](const auto& info) { return BackendName(info.param); });

TEST_P(RepositoryContract, ReferenceDataRoundTripsAndUpdatesInPlace) {
  auto transaction = store_->Begin(TransactionMode::kRead);
  auto loaded = transaction->Get<ReferenceRepository>().Load(process_);
  EXPECT_EQ(loaded.process.code, "RCM");
  EXPECT_EQ(loaded.process.languages, (std::vector<std::string>{"es", "en"}));
  ASSERT_EQ(loaded.countries.size(), 3u);
  EXPECT_EQ(loaded.countries[0].code, "HN");
  EXPECT_EQ(loaded.countries[2].status, CountryStatus::kObserver);
  EXPECT_EQ(loaded.organizations[0].name.es, "Secretaría Técnica");
  transaction.reset();

  auto changed = SmallReference();
  changed.countries = {{"HN", LocalizedText{"República de Honduras", "Honduras"}, CountryStatus::kMember}};
  auto writer = store_->Begin(TransactionMode::kWrite);
  EXPECT_EQ(writer->Get<ReferenceRepository>().Upsert(changed, At("2026-02-01T00:00:00Z")), process_);
  writer->Commit();
  auto reader = store_->Begin(TransactionMode::kRead);
  auto reloaded = reader->Get<ReferenceRepository>().Load(process_);
  EXPECT_EQ(reloaded.countries.size(), 3u) << "nothing is deleted";
  EXPECT_EQ(reloaded.countries[0].name.es, "República de Honduras");
  EXPECT_TRUE(reader->Get<ReferenceRepository>().FindProcess(std::string_view("RCM")));
  EXPECT_FALSE(reader->Get<ReferenceRepository>().FindProcess(std::string_view("NOPE")));
}

TEST_P(RepositoryContract, UsersAreUniqueByEmailAndVersioned) {
  auto user = NewUser("a@example.org");
  EXPECT_EQ(user.version, 1);
  EXPECT_EQ(user.process_code, "RCM");
  EXPECT_EQ(user.country, std::optional<std::string>("HN"));
  auto transaction = store_->Begin(TransactionMode::kWrite);
  auto duplicate = transaction->Get<UserRepository>().Create(user, "hash");
  ASSERT_FALSE(duplicate);
  EXPECT_EQ(duplicate.error().reason, "email_taken");
  user.name = "Renamed";
  EXPECT_TRUE(transaction->Get<UserRepository>().Update(user, 1, At("2026-01-03T00:00:00Z")));
  EXPECT_FALSE(transaction->Get<UserRepository>().Update(user, 1, At("2026-01-03T00:00:00Z"))) << "stale version";
  auto found = transaction->Get<UserRepository>().FindByEmail("a@example.org");
  ASSERT_TRUE(found);
  EXPECT_EQ(found->name, "Renamed");
  EXPECT_EQ(found->version, 2);
  EXPECT_EQ(transaction->Get<UserRepository>().PasswordHash(user.id), std::optional<std::string>("$argon2id$fake"));
  transaction->Get<UserRepository>().SetPasswordHash(user.id, "other", At("2026-01-04T00:00:00Z"));
  EXPECT_EQ(transaction->Get<UserRepository>().PasswordHash(user.id), std::optional<std::string>("other"));
  EXPECT_EQ(transaction->Get<UserRepository>().List(process_).size(), 1u);
}

TEST_P(RepositoryContract, AnUncommittedTransactionLeavesNothing) {
  {
    User user;
    user.process_id = process_;
    user.email = "ghost@example.org";
    user.name = "Ghost";
    user.role = Role::kSecretariat;
    auto transaction = store_->Begin(TransactionMode::kWrite);
    ASSERT_TRUE(transaction->Get<UserRepository>().Create(user, "hash"));
    // No Commit: the transaction is rolled back when it goes.
  }
  auto transaction = store_->Begin(TransactionMode::kRead);
  EXPECT_FALSE(transaction->Get<UserRepository>().FindByEmail("ghost@example.org"));
}

TEST_P(RepositoryContract, SessionsAreFoundByTokenHashTouchedAndDeleted) {
  auto user = NewUser("s@example.org");
  auto transaction = store_->Begin(TransactionMode::kWrite);
  transaction->Get<SessionRepository>().Create("hash-1", user.id, "csrf-1", At("2026-01-05T08:00:00Z"), "127.0.0.1",
                                               "");
  transaction->Get<SessionRepository>().Create("hash-2", user.id, "csrf-2", At("2026-01-05T08:00:00Z"), "127.0.0.1",
                                               "");
  auto session = transaction->Get<SessionRepository>().FindByTokenHash("hash-1");
  ASSERT_TRUE(session);
  EXPECT_EQ(session->user_id, user.id);
  EXPECT_EQ(session->csrf_token, "csrf-1");
  transaction->Get<SessionRepository>().Touch(session->id, At("2026-01-05T09:00:00Z"));
  EXPECT_EQ(transaction->Get<SessionRepository>().FindByTokenHash("hash-1")->last_seen_at, At("2026-01-05T09:00:00Z"));
  transaction->Get<SessionRepository>().Delete(session->id);
  EXPECT_FALSE(transaction->Get<SessionRepository>().FindByTokenHash("hash-1"));
  transaction->Get<SessionRepository>().DeleteForUser(user.id);
  EXPECT_FALSE(transaction->Get<SessionRepository>().FindByTokenHash("hash-2"));
}

TEST_P(RepositoryContract, ThrottleStatesAreStoredPerKey) {
  auto transaction = store_->Begin(TransactionMode::kWrite);
  EXPECT_FALSE(transaction->Get<LoginThrottleRepository>().Get("email:x"));
  transaction->Get<LoginThrottleRepository>().Put("email:x",
                                                  ThrottleState{3, At("2026-01-05T08:00:00Z"), std::nullopt});
  transaction->Get<LoginThrottleRepository>().Put(
      "email:x", ThrottleState{10, At("2026-01-05T08:00:00Z"), At("2026-01-05T08:15:00Z")});
  auto state = transaction->Get<LoginThrottleRepository>().Get("email:x");
  ASSERT_TRUE(state);
  EXPECT_EQ(state->failures, 10);
  EXPECT_EQ(state->locked_until, std::optional<Timestamp>(At("2026-01-05T08:15:00Z")));
  transaction->Get<LoginThrottleRepository>().Clear("email:x");
  EXPECT_FALSE(transaction->Get<LoginThrottleRepository>().Get("email:x"));
}

TEST_P(RepositoryContract, AuditEntriesChainTheirHashes) {
  auto transaction = store_->Begin(TransactionMode::kWrite);
  AuditRecord record;
  record.process_id = process_;
  record.actor_email = "a@example.org";
  record.action = "thing.create";
  record.record_type = "thing";
  record.record_id = "1";
  record.after = nlohmann::json{{"name", "Árbol"}, {"n", 1}};
  auto first = transaction->audit().Append(record, At("2026-01-06T00:00:00Z"));
  record.action = "thing.update";
  record.before = record.after;
  record.after = nlohmann::json{{"name", "Árboles"}, {"n", 2}};
  auto second = transaction->audit().Append(record, At("2026-01-06T00:01:00Z"));
  transaction->Commit();
  EXPECT_EQ(first.previous_hash, "");
  EXPECT_EQ(second.id, first.id + 1);
  EXPECT_EQ(second.previous_hash, first.hash);
  EXPECT_EQ(first.hash.size(), 64u);

  auto reader = store_->Begin(TransactionMode::kRead);
  auto chain = reader->audit().Chain(0, 100);
  ASSERT_GE(chain.size(), 2u);
  auto stored = reader->audit().List(AuditFilter{.action = "thing"});
  ASSERT_EQ(stored.size(), 2u);
  EXPECT_EQ(stored[0].record.after["name"], "Árboles") << "newest first, JSON kept";
  EXPECT_EQ(stored[0].hash, second.hash);
  EXPECT_EQ(reader->audit().List(AuditFilter{.action = "thing.update"}).size(), 1u);
  EXPECT_TRUE(reader->audit().List(AuditFilter{.action = "thin"}).empty()) << "a prefix is a whole word";
  EXPECT_THROW(reader->audit().Append(record, At("2026-01-06T00:02:00Z")), StorageFailure)
      << "appending needs a write transaction";
}

TEST_P(RepositoryContract, ExpiredSessionsAreDeletedByIdlenessOrAge) {
  auto user = NewUser("s@example.org");
  auto transaction = store_->Begin(TransactionMode::kWrite);
  auto& sessions = transaction->Get<SessionRepository>();
  sessions.Create("idle", user.id, "c1", At("2026-01-05T08:00:00Z"), "127.0.0.1", "");
  sessions.Create("old", user.id, "c2", At("2026-01-04T08:00:00Z"), "127.0.0.1", "");
  sessions.Create("fresh", user.id, "c3", At("2026-01-05T08:00:00Z"), "127.0.0.1", "");
  sessions.Touch(sessions.FindByTokenHash("old")->id, At("2026-01-05T09:30:00Z"));
  sessions.Touch(sessions.FindByTokenHash("fresh")->id, At("2026-01-05T09:30:00Z"));
  sessions.DeleteExpired(At("2026-01-05T09:00:00Z"), At("2026-01-05T00:00:00Z"));
  EXPECT_FALSE(sessions.FindByTokenHash("idle")) << "not seen since before the idle limit";
  EXPECT_FALSE(sessions.FindByTokenHash("old")) << "created before the absolute limit, though recently seen";
  EXPECT_TRUE(sessions.FindByTokenHash("fresh"));
}

TEST_P(RepositoryContract, AuditEntriesFilterByActorRecordOutcomeTimeAndCursor) {
  auto other = OtherProcess();  // before any write transaction: SQLite has one writer
  auto transaction = store_->Begin(TransactionMode::kWrite);
  auto append = [&](const char* email, const char* action, const char* id, AuditOutcome outcome, const char* at,
                    std::optional<ProcessId> process) {
    AuditRecord record;
    record.process_id = process;
    record.actor_email = email;
    record.action = action;
    record.record_type = std::string(action).substr(0, std::string(action).find('.'));
    record.record_id = id;
    record.outcome = outcome;
    if (outcome != AuditOutcome::kOk) record.reason = "forbidden";
    return transaction->audit().Append(record, At(at));
  };
  append("ana@example.org", "meeting.create", "1", AuditOutcome::kOk, "2026-01-10T00:00:00Z", process_);
  append("ana@example.org", "meeting.update", "1", AuditOutcome::kOk, "2026-01-11T00:00:00Z", process_);
  append("luis@example.org", "meeting.update", "2", AuditOutcome::kDenied, "2026-01-12T00:00:00Z", process_);
  append("nobody@example.org", "session.create", "", AuditOutcome::kFailed, "2026-01-13T00:00:00Z", std::nullopt);
  append("eva@example.org", "meeting.create", "9", AuditOutcome::kOk, "2026-01-14T00:00:00Z", other);
  transaction->Commit();
  auto reader = store_->Begin(TransactionMode::kRead);
  auto count = [&](AuditFilter filter) {
    filter.process_id = process_;
    return reader->audit().List(filter).size();
  };
  EXPECT_EQ(count({}), 4u) << "the process's entries and the installation-wide ones, not another process's";
  EXPECT_EQ(count({.actor = "ana"}), 2u);
  EXPECT_EQ(count({.record_type = "meeting", .record_id = "1"}), 2u);
  EXPECT_EQ(count({.outcome = AuditOutcome::kDenied}), 1u);
  EXPECT_EQ(count({.from = At("2026-01-11T00:00:00Z"), .to = At("2026-01-12T00:00:00Z")}), 2u);
  auto page = reader->audit().List(AuditFilter{.process_id = process_, .limit = 2});
  ASSERT_EQ(page.size(), 2u);
  auto next = reader->audit().List(AuditFilter{.process_id = process_, .before_id = page.back().id, .limit = 2});
  ASSERT_EQ(next.size(), 2u);
  EXPECT_LT(next.front().id, page.back().id);
  EXPECT_EQ(next.back().record.action, "meeting.create");
}

TEST_P(RepositoryContract, TheDatabaseRefusesToChangeOrRemoveAnAuditEntry) {
  auto transaction = store_->Begin(TransactionMode::kWrite);
  AuditRecord record;
  record.action = "thing.create";
  transaction->audit().Append(record, At("2026-01-06T00:00:00Z"));
  transaction->Commit();
  EXPECT_ANY_THROW(database_->Execute("UPDATE audit_log SET actor_email = 'someone@else.example'"));
  EXPECT_ANY_THROW(database_->Execute("DELETE FROM audit_log"));
}

// Issue 9, finding 11. PostgreSQL: the servers connect as an application role that may append to
// the audit log but neither change it nor drop or disable its triggers (the schema's owner may).
// SQLite: whoever writes the file can drop the triggers; the keyed seal finds what they changed.
TEST_P(RepositoryContract, TheApplicationCannotUnprotectTheAuditLogUnnoticed) {
  AuditRecord record;
  record.action = "thing.create";
  {
    auto transaction = store_->Begin(TransactionMode::kWrite);
    for (int i = 0; i < 3; ++i) transaction->audit().Append(record, At("2026-01-06T00:00:00Z"));
    transaction->Commit();
  }
  SystemClock clock;
  if (GetParam() == Backend::kSqlite) {
    database_->Execute("DROP TRIGGER audit_log_no_update");
    database_->Execute("UPDATE audit_log SET reason = 'rewritten' WHERE id = 2");
    auto verification = AuditService(*store_, seal_.get(), clock).Verify();
    EXPECT_FALSE(verification.intact);
    EXPECT_EQ(verification.first_broken_id, std::optional<std::int64_t>(2));
    return;
  }
  std::string role = "enlace_app_" + std::to_string(::getpid()) + "_" + std::to_string(std::random_device{}() % 100000);
  database_->Execute("CREATE ROLE " + role + " LOGIN");
  store_->GrantApplicationRole(role);
  auto url = database_->url();
  auto at = url.find('@');
  ASSERT_NE(at, std::string::npos) << url;
  auto app_url = "postgresql://" + role + url.substr(at);
  {
    // The application opens the database as its role (no migration pending), appends and writes.
    auto user = NewUser("owner@example.org");
    user.email = "role@example.org";
    storage::SociStore app(*storage::ParseDatabaseUrl(app_url),
                           storage::StoreOptions{.connections = 1, .audit_seal = seal_},
                           StorageModulesOf(Capabilities()));
    auto transaction = app.Begin(TransactionMode::kWrite);
    transaction->audit().Append(record, At("2026-01-07T00:00:00Z"));
    auto created = transaction->Get<UserRepository>().Create(user, "hash");
    EXPECT_TRUE(created) << created.error().reason << " " << created.error().detail;
    transaction->Commit();
    soci::session as_app(soci::postgresql, *storage::PostgresKeywords(app_url));
    for (const std::string statement :
         {"UPDATE audit_log SET reason = 'rewritten' WHERE id = 2", "DELETE FROM audit_log WHERE id = 4",
          "TRUNCATE audit_log", "ALTER TABLE audit_log DISABLE TRIGGER ALL",
          "DROP TRIGGER audit_log_no_change ON audit_log", "DROP FUNCTION enlace_audit_append_only() CASCADE",
          "DELETE FROM capability_migrations"}) {
      EXPECT_ANY_THROW(as_app << statement) << statement;
    }
  }
  EXPECT_TRUE(AuditService(*store_, seal_.get(), clock).Verify().intact);
  database_->Execute("DROP OWNED BY " + role);
  database_->Execute("DROP ROLE " + role);
}

TEST_P(RepositoryContract, ConcurrentAppendsKeepTheChainWhole) {
  constexpr int kThreads = 4;
  constexpr int kEach = 15;
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < kEach; ++i) {
        auto transaction = store_->Begin(TransactionMode::kWrite);
        AuditRecord record;
        record.action = "concurrent.append";
        record.record_id = std::to_string(t) + "-" + std::to_string(i);
        transaction->audit().Append(record, At("2026-01-07T00:00:00Z"));
        transaction->Commit();
      }
    });
  }
  for (auto& thread : threads) thread.join();
  SystemClock clock;
  AuditService audit(*store_, seal_.get(), clock);
  auto verification = audit.Verify();
  EXPECT_TRUE(verification.intact) << verification.problem;
  EXPECT_EQ(verification.entries, kThreads * kEach);
}

TEST_P(RepositoryContract, ContactPointsAreFilteredVersionedAndKeptAsHistory) {
  auto user = NewUser("officer@example.org");
  auto make = [&](const std::string& name, const char* from, ContactPointStatus status) {
    ContactPoint point;
    point.process_id = process_;
    point.fields = ContactPointInput{"HN", "NET",        "general",          name,        "", "Institution", "x@y.org",
                                     "",   {"es", "en"}, ParseIsoDate(from), std::nullopt};
    point.status = status;
    point.proposed_by = UserRef{user.id, user.name};
    point.created_at = point.updated_at = At("2026-01-08T00:00:00Z");
    auto transaction = store_->Begin(TransactionMode::kWrite);
    auto created = transaction->Get<ContactPointRepository>().Create(point);
    transaction->Commit();
    return created;
  };
  auto old_term = make("Old", "2015-01-01", ContactPointStatus::kEnded);
  auto current = make("Current", "2018-01-01", ContactPointStatus::kConfirmed);
  auto proposal = make("Proposed", "2019-01-01", ContactPointStatus::kProposed);
  EXPECT_EQ(current.fields.languages, (std::vector<std::string>{"es", "en"}));
  EXPECT_EQ(current.proposed_by.name, user.name);

  auto transaction = store_->Begin(TransactionMode::kWrite);
  auto directory = transaction->Get<ContactPointRepository>().List(process_, ContactPointFilter{});
  ASSERT_EQ(directory.size(), 2u) << "current terms only";
  EXPECT_EQ(
      transaction->Get<ContactPointRepository>().List(process_, ContactPointFilter{.include_history = true}).size(),
      3u);
  EXPECT_EQ(transaction->Get<ContactPointRepository>()
                .List(process_, ContactPointFilter{.status = ContactPointStatus::kEnded})
                .size(),
            1u);
  EXPECT_TRUE(transaction->Get<ContactPointRepository>().List(process_, ContactPointFilter{.country = "GT"}).empty());
  auto history = transaction->Get<ContactPointRepository>().History(process_, "HN", "NET", "general");
  ASSERT_EQ(history.size(), 3u);
  EXPECT_EQ(history[0].fields.name, "Proposed");
  EXPECT_EQ(history[2].fields.name, "Old");
  EXPECT_FALSE(transaction->Get<ContactPointRepository>().Find(ProcessId{process_ + 1000}, current.id))
      << "another process sees nothing";

  auto changed = current;
  changed.fields.phone = "+504 1234";
  changed.fields.valid_to = ParseIsoDate("2020-12-31");
  EXPECT_TRUE(transaction->Get<ContactPointRepository>().Update(changed, 1));
  EXPECT_FALSE(transaction->Get<ContactPointRepository>().Update(changed, 1)) << "stale version";
  auto stored = transaction->Get<ContactPointRepository>().Find(process_, current.id);
  EXPECT_EQ(stored->version, 2);
  EXPECT_EQ(stored->fields.phone, "+504 1234");
  EXPECT_EQ(stored->fields.valid_to, ParseIsoDate("2020-12-31"));
  (void)old_term;
  (void)proposal;
}

TEST_P(RepositoryContract, MigratingTwiceChangesNothing) {
  auto versions = store_->SchemaVersions();
  EXPECT_GE(versions["kernel"], 1);
  EXPECT_GE(versions["meetings"], 1);
  EXPECT_TRUE(store_->Migrate().empty());
  EXPECT_EQ(store_->SchemaVersions(), versions);
}

}  // namespace
}  // namespace enlace::testing
