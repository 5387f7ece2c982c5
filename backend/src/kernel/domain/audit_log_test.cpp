// SaveVersioned, the one way a service writes a versioned change with its audit entry.
#include "kernel/domain/audit_log.hpp"

#include <gtest/gtest.h>

#include <map>

#include "kernel/testing/results.hpp"
#include "kernel/testing/test_kernel.hpp"

namespace enlace::testing {
namespace {

struct Note {
  std::int64_t id = 0;
  std::string text;
  std::int64_t version = 1;
};
nlohmann::json ToJson(const Note& note) { return {{"id", note.id}, {"text", note.text}, {"version", note.version}}; }

// A table of notes with the repository's versioned update.
class Notes {
 public:
  bool Update(const Note& note, std::int64_t expected_version) {
    auto& stored = rows_.at(note.id);
    if (stored.version != expected_version) return false;
    stored = note;
    stored.version = expected_version + 1;
    return true;
  }
  std::optional<Note> Find(std::int64_t id) const { return rows_.at(id); }
  void Put(Note note) { rows_[note.id] = std::move(note); }

 private:
  std::map<std::int64_t, Note> rows_;
};

class SaveVersionedTest : public ::testing::Test {
 protected:
  Result<Note> Save(const Note& before, const Note& after, nlohmann::json annotation = nullptr) {
    auto transaction = test_.store().Begin(TransactionMode::kWrite);
    auto saved = SaveVersioned(
        *transaction, test_.clock().Now(), context_,
        VersionedChange<Note>{"note.update", "note", before, after, std::move(annotation)},
        [&](const Note& note, std::int64_t version) { return notes_.Update(note, version); },
        [&] { return notes_.Find(before.id); });
    if (saved) transaction->Commit();
    return saved;
  }
  std::vector<AuditEntry> Entries() {
    auto transaction = test_.store().Begin(TransactionMode::kRead);
    return transaction->audit().List(AuditFilter{.action = "note"});
  }

  TestKernel test_{{}};
  RequestContext context_{.process_id = ProcessId{1}, .request_id = "r1"};
  Notes notes_;
};

TEST_F(SaveVersionedTest, AWriteThatFindsItsVersionIsStoredReadBackAndAudited) {
  notes_.Put(Note{7, "draft", 1});
  auto saved = Save(Note{7, "draft", 1}, Note{7, "final", 1});
  ASSERT_TRUE(saved);
  EXPECT_EQ(saved->version, 2) << "the record as stored, with its new version";
  auto entries = Entries();
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0].record.action, "note.update");
  EXPECT_EQ(entries[0].record.record_id, "7");
  EXPECT_EQ(entries[0].record.before["text"], "draft");
  EXPECT_EQ(entries[0].record.after["text"], "final");
  EXPECT_EQ(entries[0].record.after["version"], 2);
  EXPECT_EQ(entries[0].record.request_id, "r1");
}

TEST_F(SaveVersionedTest, AStaleWriteSaysSoAndAppendsNothing) {
  notes_.Put(Note{7, "changed by someone else", 2});
  auto saved = Save(Note{7, "draft", 1}, Note{7, "mine", 1});
  EXPECT_EQ(Outcome(saved), "stale_version");
  EXPECT_EQ(saved.error().code, ErrorCode::kPreconditionFailed);
  EXPECT_EQ(notes_.Find(7)->text, "changed by someone else");
  EXPECT_TRUE(Entries().empty());
}

TEST_F(SaveVersionedTest, AnAnnotationIsAddedToWhatTheEntrySaysAfter) {
  notes_.Put(Note{7, "draft", 1});
  ASSERT_TRUE(Save(Note{7, "draft", 1}, Note{7, "final", 1}, {{"reason", "typo"}}));
  auto entries = Entries();
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0].record.after["reason"], "typo");
  EXPECT_EQ(entries[0].record.after["text"], "final");
}

// Issue 9, finding 8: each anonymous refused write appended a row; 2,000 in 2.8 s from one client.
TEST(RefusalLogTest, OneClientsRepeatedRefusalsAreOneEntryAndACountPerMinute) {
  TestKernel test{{}};
  auto entries = [&](const std::string& ip) {
    auto transaction = test.store().Begin(TransactionMode::kRead);
    std::vector<AuditEntry> found;
    for (const auto& entry : transaction->audit().List(AuditFilter{.action = "meeting.create", .limit = 500})) {
      if (entry.record.ip == ip) found.push_back(entry);
    }
    return found;
  };
  RequestContext client{.request_id = "r"};
  client.ip = "203.0.113.5";
  RequestContext other = client;
  other.ip = "203.0.113.6";
  {
    RefusalLog refusals(test.store(), test.clock());
    for (int i = 0; i < 2000; ++i) {
      refusals.Record(client, "meeting.create", "meeting", "", Error::Unauthenticated());
      if (i % 400 == 0) test.clock().Advance(std::chrono::seconds{1});
    }
    refusals.Record(other, "meeting.create", "meeting", "", Error::Unauthenticated());
    ASSERT_EQ(entries(client.ip).size(), 1u) << "the first refusal of the minute, at once";
    EXPECT_EQ(entries(client.ip)[0].record.outcome, AuditOutcome::kDenied);
    EXPECT_EQ(entries(other.ip).size(), 1u) << "another client is another group";
    EXPECT_EQ(refusals.Flush(), 0) << "the minute is not over";
    test.clock().Advance(std::chrono::seconds{60});
    EXPECT_EQ(refusals.Flush(), 1) << "only the client refused more than once has a count to write";
    auto written = entries(client.ip);
    ASSERT_EQ(written.size(), 2u);
    EXPECT_EQ(written[0].record.after["repeated"], 1999);
    EXPECT_EQ(written[0].record.reason, "unauthenticated");
    refusals.Record(client, "meeting.create", "meeting", "", Error::Unauthenticated());
    refusals.Record(client, "meeting.create", "meeting", "", Error::Unauthenticated());
  }
  EXPECT_EQ(entries(client.ip).size(), 4u) << "a new minute: its first refusal, and its count when the log closes";
  EXPECT_EQ(entries(client.ip)[0].record.after["repeated"], 1);
}

}  // namespace
}  // namespace enlace::testing
