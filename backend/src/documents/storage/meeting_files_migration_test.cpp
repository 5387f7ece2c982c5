// Meeting attachments and commitment evidence become documents of the library (issue 13,
// documents/migrations/0004) on SQLite, and on PostgreSQL (ENLACE_TEST_POSTGRES names a server; the
// test fails without it, as the project's database tests do): over a database made with the schema
// before the migration, every attachment and every evidence file becomes one document whose
// version 1 is the same `files` row (same bytes, name, uploader, instant), at a level that never
// widens who read it; running the migration's statements again changes nothing; and from then on
// the triggers make a document of each new file, follow an answer's visibility, and take the
// document away with its file. A backup of such a database restores into an equal one.
#include <gtest/gtest.h>
#include <soci/postgresql/soci-postgresql.h>
#include <unistd.h>

#include <atomic>
#include <deque>
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "accounts/capability.hpp"
#include "documents/capability.hpp"
#include "documents/domain/document_policy.hpp"
#include "documents/domain/document_repository.hpp"
#include "kernel/storage/dump.hpp"
#include "kernel/storage/migrations.hpp"
#include "kernel/storage/soci_store.hpp"
#include "kernel/storage/sql.hpp"
#include "kernel/testing/scratch_database.hpp"
#include "meetings/capability.hpp"
#include "meetings/domain/meeting_repository.hpp"
#include "reference/capability.hpp"
#include "reference/domain/reference_repository.hpp"
#include "reference/testing/reference_fixtures.hpp"

namespace enlace::storage {
namespace {

std::string LibraryBytes(int seed) {
  std::string bytes;
  for (int i = 0; i < 700; ++i) bytes.push_back(static_cast<char>((i * 31 + seed) & 0xFF));
  return bytes + std::string("\0\xff", 2);
}

struct LibrarySeed {
  ProcessId process;
  long long ts = 0, hn = 0, iom = 0;
  long long meeting = 0, commitment_countries = 0, commitment_iom = 0;
  long long answer_hn_secret = 0, answer_hn_network = 0, answer_iom_network = 0, answer_ts_participants = 0;
  long long attachment = 0, attachment_anonymous = 0, evidence_secret = 0, evidence_network = 0, evidence_iom = 0,
            evidence_participants = 0, loose = 0;
};

class MeetingFilesMigrationTest : public ::testing::TestWithParam<Dialect> {
 protected:
  void SetUp() override {
    if (auto why = ScratchDatabase::Unavailable(GetParam()); !why.empty()) GTEST_FAIL() << why;
    database_ = std::make_unique<ScratchDatabase>(GetParam(), "enlace-library");
  }

  // Reference, accounts, meetings and documents; documents without its migration 0004 when
  // `before_library`: the schema in which meeting files were not documents.
  std::unique_ptr<SociStore> Open(const ScratchDatabase& database, bool before_library) {
    std::vector<StorageModule> modules;
    for (const auto& capability :
         {ReferenceCapability(), AccountsCapability(), MeetingsCapability(), DocumentsCapability()}) {
      auto& files = kept_.emplace_back();
      for (const auto& file : capability.files) {
        if (before_library && capability.name == "documents" && file.name.starts_with("migrations/0004")) continue;
        files.push_back(file);
      }
      modules.push_back(StorageModule{capability.name, EmbeddedFiles(files), capability.repositories});
    }
    return std::make_unique<SociStore>(database.url(), StoreOptions{.connections = 2}, std::move(modules));
  }

  static long long Insert(soci::session& sql, const std::string& text) {
    return Sql(sql, text + " RETURNING id").FetchOne()->IntOr("id");
  }

  // Three people, a meeting with two commitments, four answers of every visibility, and files:
  // two attachments (one with no uploader recorded), four pieces of evidence and a file of neither.
  static LibrarySeed Seed(SociStore& store) {
    LibrarySeed seed;
    {
      auto transaction = store.Begin(TransactionMode::kWrite);
      seed.process = transaction->Get<ReferenceRepository>().Upsert(testing::RcmReference(),
                                                                    *ParseIsoTimestamp("2026-01-01T00:00:00Z"));
      transaction->Commit();
    }
    auto p = std::to_string(seed.process);
    store.WithSession([&](soci::session& sql) {
      auto user = [&](const std::string& email, const std::string& role, const std::string& country,
                      const std::string& organization) {
        return Insert(sql,
                      "INSERT INTO users (process_id, email, name, role, country, organization, language, "
                      "password_hash, created_at, updated_at) VALUES (" +
                          p + ", '" + email + "', '" + email + "', '" + role + "', " + country + ", " + organization +
                          ", 'es', 'x', '2016-01-01T00:00:00Z', '2016-01-01T00:00:00Z')");
      };
      seed.ts = user("ts@example.org", "secretariat", "NULL", "NULL");
      seed.hn = user("hn@example.org", "country_officer", "'HN'", "NULL");
      seed.iom = user("iom@example.org", "observer", "NULL", "'IOM'");
      seed.meeting =
          Insert(sql,
                 "INSERT INTO meetings (process_id, body, type, title_es, city, country, date, participants, "
                 "agenda_json, report_status, created_at, updated_at) VALUES (" +
                     p +
                     ", 'RCM', 'regular', 'Reunión', 'San Pedro Sula', 'HN', '2016-11-15', 'HN,GT', '[]', "
                     "'adopted', '2016-11-01T00:00:00Z', '2016-11-01T00:00:00Z')");
      auto m = std::to_string(seed.meeting);
      auto agreement = Insert(sql, "INSERT INTO agreements (meeting_id, number, position, text_es, parties) VALUES (" +
                                       m + ", '7', 1, 'Acuerdo', 'MEMBER_COUNTRIES')");
      auto commitment = [&](const std::string& party) {
        return Insert(sql,
                      "INSERT INTO commitments (process_id, meeting_id, agreement_id, party, action_es, "
                      "deadline_text, deadline_kind, status, created_at, updated_at) VALUES (" +
                          p + ", " + m + ", " + std::to_string(agreement) + ", '" + party +
                          "', 'Enviar', '', 'vague', 'open', '2016-11-15T00:00:00Z', '2016-11-15T00:00:00Z')");
      };
      seed.commitment_countries = commitment("MEMBER_COUNTRIES");
      seed.commitment_iom = commitment("IOM");
      auto answer = [&](long long on, const std::string& country, long long author, const std::string& visibility,
                        const std::string& writer) {
        return Insert(sql,
                      "INSERT INTO commitment_updates (commitment_id, country, text, links_json, author_id, at, "
                      "visibility, writer_delegation) VALUES (" +
                          std::to_string(on) + ", " + country + ", 'Hecho', '[]', " + std::to_string(author) +
                          ", '2017-01-10T09:00:00Z', '" + visibility + "', " + writer + ")");
      };
      seed.answer_hn_secret = answer(seed.commitment_countries, "'HN'", seed.hn, "secretariat", "'HN'");
      seed.answer_hn_network = answer(seed.commitment_countries, "'HN'", seed.hn, "network", "'HN'");
      seed.answer_iom_network = answer(seed.commitment_iom, "NULL", seed.iom, "network", "'IOM'");
      seed.answer_ts_participants = answer(seed.commitment_iom, "NULL", seed.ts, "participants", "NULL");
    });
    auto transaction = store.Begin(TransactionMode::kWrite);
    auto& files = transaction->Get<FileRepository>();
    int n = 0;
    auto add = [&](const std::string& name, std::optional<long long> by, std::optional<long long> meeting,
                   std::optional<long long> update) {
      MeetingFile file;
      file.file_name = name;
      file.content_type = "application/pdf";
      file.sha256 = "sha-" + name;
      if (by) file.uploaded_by = UserId{*by};
      file.uploaded_at = *ParseIsoTimestamp("2017-01-1" + std::to_string(n) + "T10:00:00Z");
      auto bytes = LibraryBytes(++n);
      file.size = static_cast<std::int64_t>(bytes.size());
      return static_cast<long long>(files.Add(seed.process, file, bytes, OptionalId<MeetingId>(meeting), update).id);
    };
    seed.attachment = add("Agenda anotada.pdf", seed.ts, seed.meeting, std::nullopt);
    seed.attachment_anonymous = add("Lista de participantes.pdf", std::nullopt, seed.meeting, std::nullopt);
    seed.evidence_secret = add("Informe HN.pdf", seed.hn, std::nullopt, seed.answer_hn_secret);
    seed.evidence_network = add("Avance HN.pdf", seed.hn, std::nullopt, seed.answer_hn_network);
    seed.evidence_iom = add("IOM report.pdf", seed.iom, std::nullopt, seed.answer_iom_network);
    seed.evidence_participants = add("Nota TS.pdf", seed.ts, std::nullopt, seed.answer_ts_participants);
    seed.loose = add("Solicitud.pdf", seed.ts, std::nullopt, std::nullopt);
    transaction->Commit();
    return seed;
  }

  static long long Count(SociStore& store, const std::string& query) {
    long long n = 0;
    store.WithSession([&](soci::session& sql) { n = Sql(sql, query).FetchOne()->IntOr("n"); });
    return n;
  }

  // The document made from `file`, read through the library's repository.
  static std::optional<Document> DocumentOf(SociStore& store, ProcessId process, long long file) {
    long long id = 0;
    store.WithSession([&](soci::session& sql) {
      auto row = Sql(sql, "SELECT id FROM documents WHERE source_file_id = " + std::to_string(file)).FetchOne();
      if (row) id = row->IntOr("id");
    });
    if (id == 0) return std::nullopt;
    auto transaction = store.Begin(TransactionMode::kRead);
    return transaction->Get<DocumentRepository>().Find(process, DocumentId{id});
  }

  static Actor LibraryActor(Role role, std::optional<std::string> country, std::optional<std::string> organization) {
    Actor actor;
    actor.user_id = UserId{999};
    actor.role = role;
    actor.country = std::move(country);
    actor.organization = std::move(organization);
    return actor;
  }

  std::unique_ptr<ScratchDatabase> database_;
  std::deque<std::vector<EmbeddedFile>> kept_;  // the stores' migrations, kept while they live
};

INSTANTIATE_TEST_SUITE_P(Databases, MeetingFilesMigrationTest,
                         ::testing::Values(Dialect::kSqlite, Dialect::kPostgresql),
                         [](const auto& info) { return info.param == Dialect::kSqlite ? "sqlite" : "postgresql"; });

TEST_P(MeetingFilesMigrationTest, EveryAttachmentAndEvidenceBecomesADocumentOfTheSameFile) {
  LibrarySeed seed;
  {
    auto before = Open(*database_, true);
    seed = Seed(*before);
    ASSERT_EQ(Count(*before, "SELECT COUNT(*) AS n FROM documents"), 0);
  }
  auto store = Open(*database_, false);
  EXPECT_EQ(Count(*store, "SELECT COUNT(*) AS n FROM documents"), 6);
  EXPECT_EQ(Count(*store, "SELECT COUNT(*) AS n FROM document_versions"), 6);
  EXPECT_EQ(Count(*store, "SELECT COUNT(*) AS n FROM files"), 7) << "no byte copied";
  EXPECT_FALSE(DocumentOf(*store, seed.process, seed.loose)) << "a file of neither a meeting nor an answer";

  struct Expected {
    long long file;
    std::string title;
    DocumentType type;
    AccessLevel access;
    std::optional<std::string> owner;
    long long by;
    std::optional<long long> commitment, answer;
  };
  std::vector<Expected> expected{
      {seed.attachment, "Agenda anotada.pdf", DocumentType::kWorkingDocument, AccessLevel::kParticipants, std::nullopt,
       seed.ts, std::nullopt, std::nullopt},
      // No uploader recorded: credited to the installation's first account.
      {seed.attachment_anonymous, "Lista de participantes.pdf", DocumentType::kWorkingDocument,
       AccessLevel::kParticipants, std::nullopt, seed.ts, std::nullopt, std::nullopt},
      {seed.evidence_secret, "Informe HN.pdf", DocumentType::kNote, AccessLevel::kSecretariat, "HN", seed.hn,
       seed.commitment_countries, seed.answer_hn_secret},
      {seed.evidence_network, "Avance HN.pdf", DocumentType::kNote, AccessLevel::kMembers, "HN", seed.hn,
       seed.commitment_countries, seed.answer_hn_network},
      {seed.evidence_iom, "IOM report.pdf", DocumentType::kNote, AccessLevel::kMembers, "IOM", seed.iom,
       seed.commitment_iom, seed.answer_iom_network},
      {seed.evidence_participants, "Nota TS.pdf", DocumentType::kNote, AccessLevel::kParticipants, std::nullopt,
       seed.ts, seed.commitment_iom, seed.answer_ts_participants},
  };
  int n = 0;
  for (const auto& want : expected) {
    SCOPED_TRACE(want.title);
    auto document = DocumentOf(*store, seed.process, want.file);
    ASSERT_TRUE(document);
    EXPECT_EQ(document->fields.type, want.type);
    EXPECT_EQ(document->fields.title.es, want.title);
    EXPECT_EQ(document->fields.title.en, want.title);
    EXPECT_EQ(document->fields.meeting, MeetingId{seed.meeting});
    EXPECT_EQ(document->fields.access, want.access);
    EXPECT_EQ(document->owner, want.owner);
    EXPECT_EQ(document->created_by.id, UserId{want.by});
    ASSERT_TRUE(document->source);
    EXPECT_EQ(document->source->file, AttachmentId{want.file});
    EXPECT_EQ(document->source->commitment, OptionalId<CommitmentId>(want.commitment));
    EXPECT_EQ(document->source->answer, OptionalId<CommitmentUpdateId>(want.answer));
    auto at = *ParseIsoTimestamp("2017-01-1" + std::to_string(n) + "T10:00:00Z");
    EXPECT_EQ(document->created_at, at);
    ASSERT_EQ(document->versions.size(), 1u);
    const auto& version = document->versions.front();
    EXPECT_EQ(version.number, 1);
    ASSERT_TRUE(version.file_es);
    EXPECT_FALSE(version.file_en);
    EXPECT_EQ(version.file_es->id, AttachmentId{want.file}) << "the same row of files";
    EXPECT_EQ(version.file_es->file_name, want.title);
    EXPECT_EQ(version.file_es->sha256, "sha-" + want.title);
    EXPECT_EQ(version.uploaded_by.id, UserId{want.by});
    EXPECT_EQ(version.uploaded_at, at);
    auto transaction = store->Begin(TransactionMode::kRead);
    EXPECT_EQ(transaction->Get<FileRepository>().Content(AttachmentId{want.file}), LibraryBytes(++n));
  }

  // Never wider than the answer allowed: HN's secretariat-only evidence is read by the TS and HN,
  // not by GT, IOM or civil society; IOM's network evidence by the member countries and IOM only.
  auto secret = *DocumentOf(*store, seed.process, seed.evidence_secret);
  auto iom = *DocumentOf(*store, seed.process, seed.evidence_iom);
  auto may = [](const Document& document, const Actor& actor) {
    return policy::MayReadDocument(actor, document.fields.access, document.owner);
  };
  auto ts = LibraryActor(Role::kSecretariat, std::nullopt, std::nullopt);
  auto hn = LibraryActor(Role::kCountryOfficer, "HN", std::nullopt);
  auto gt = LibraryActor(Role::kCountryOfficer, "GT", std::nullopt);
  auto iom_observer = LibraryActor(Role::kObserver, std::nullopt, "IOM");
  auto unhcr = LibraryActor(Role::kObserver, std::nullopt, "UNHCR");
  auto civil = LibraryActor(Role::kCivilSociety, std::nullopt, "RNCOM");
  EXPECT_TRUE(may(secret, ts));
  EXPECT_TRUE(may(secret, hn));
  EXPECT_FALSE(may(secret, gt));
  EXPECT_FALSE(may(secret, iom_observer));
  EXPECT_FALSE(may(secret, civil));
  EXPECT_FALSE(policy::MayReadDocument(std::nullopt, secret.fields.access, secret.owner));
  EXPECT_TRUE(may(iom, gt));
  EXPECT_TRUE(may(iom, iom_observer));
  EXPECT_FALSE(may(iom, unhcr));
  EXPECT_FALSE(may(iom, civil));

  // The migration's statements once more (as if it ran twice): nothing new.
  for (const auto& migration : MigrationsFor(GetParam(), DocumentsCapability().files)) {
    if (migration.version != 4) continue;
    store->WithSession([&](soci::session& sql) {
      for (const auto& statement : migration.statements) {
        if (statement.starts_with("INSERT")) Sql(sql, statement).Execute();
      }
    });
  }
  EXPECT_EQ(Count(*store, "SELECT COUNT(*) AS n FROM documents"), 6);
  EXPECT_EQ(Count(*store, "SELECT COUNT(*) AS n FROM document_versions"), 6);
}

TEST_P(MeetingFilesMigrationTest, NewFilesFollowAnswersAndTakeTheirDocumentsAway) {
  auto store = Open(*database_, false);
  auto seed = Seed(*store);
  // Made by the triggers as the files were stored.
  EXPECT_EQ(Count(*store, "SELECT COUNT(*) AS n FROM documents"), 6);
  auto secret = DocumentOf(*store, seed.process, seed.evidence_secret);
  ASSERT_TRUE(secret);
  EXPECT_EQ(secret->fields.access, AccessLevel::kSecretariat);
  EXPECT_EQ(secret->owner, std::optional<std::string>("HN"));
  ASSERT_EQ(secret->versions.size(), 1u);
  EXPECT_EQ(secret->versions.front().file_es->id, AttachmentId{seed.evidence_secret});
  auto attachment = DocumentOf(*store, seed.process, seed.attachment_anonymous);
  ASSERT_TRUE(attachment);
  EXPECT_EQ(attachment->created_by.id, UserId{seed.ts});

  // The writer opens the answer to everybody signed in: its evidence follows, and back.
  store->WithSession([&](soci::session& sql) {
    Sql(sql,
        "UPDATE commitment_updates SET visibility = 'participants', edited_at = '2017-02-01T00:00:00Z' WHERE id "
        "= " +
            std::to_string(seed.answer_hn_secret))
        .Execute();
  });
  auto opened = *DocumentOf(*store, seed.process, seed.evidence_secret);
  EXPECT_EQ(opened.fields.access, AccessLevel::kParticipants);
  EXPECT_EQ(opened.version, secret->version + 1);
  EXPECT_EQ(opened.updated_at, *ParseIsoTimestamp("2017-02-01T00:00:00Z"));
  store->WithSession([&](soci::session& sql) {
    Sql(sql,
        "UPDATE commitment_updates SET visibility = 'secretariat' WHERE id = " + std::to_string(seed.answer_hn_secret))
        .Execute();
  });
  EXPECT_EQ(DocumentOf(*store, seed.process, seed.evidence_secret)->fields.access, AccessLevel::kSecretariat);

  // A distributed attachment deleted: its document, version and distribution go with it; the
  // other documents stay.
  auto doc = *DocumentOf(*store, seed.process, seed.attachment);
  store->WithSession([&](soci::session& sql) {
    auto d = std::to_string(doc.id);
    auto x = Insert(sql, "INSERT INTO document_distributions (document_id, version_number, sent_by, sent_at) VALUES (" +
                             d + ", 1, " + std::to_string(seed.ts) + ", '2017-03-01T00:00:00Z')");
    Sql(sql, "INSERT INTO document_recipients (distribution_id, delegation, kind, user_id, token_hash) VALUES (" +
                 std::to_string(x) + ", 'HN', 'country', " + std::to_string(seed.hn) + ", 'hash')")
        .Execute();
  });
  {
    auto transaction = store->Begin(TransactionMode::kWrite);
    transaction->Get<FileRepository>().Delete(AttachmentId{seed.attachment});
    transaction->Commit();
  }
  EXPECT_FALSE(DocumentOf(*store, seed.process, seed.attachment));
  EXPECT_EQ(Count(*store, "SELECT COUNT(*) AS n FROM documents"), 5);
  EXPECT_EQ(Count(*store, "SELECT COUNT(*) AS n FROM document_versions"), 5);
  EXPECT_EQ(Count(*store, "SELECT COUNT(*) AS n FROM document_distributions"), 0);
  EXPECT_EQ(Count(*store, "SELECT COUNT(*) AS n FROM document_recipients"), 0);

  // An answer withdrawn (its files first, as CommitmentRepository does): its evidence goes.
  store->WithSession([&](soci::session& sql) {
    Sql(sql, "DELETE FROM files WHERE update_id = " + std::to_string(seed.answer_iom_network)).Execute();
    Sql(sql, "DELETE FROM commitment_updates WHERE id = " + std::to_string(seed.answer_iom_network)).Execute();
  });
  EXPECT_FALSE(DocumentOf(*store, seed.process, seed.evidence_iom));
  EXPECT_EQ(Count(*store, "SELECT COUNT(*) AS n FROM documents"), 4);
}

TEST_P(MeetingFilesMigrationTest, ABackupOfDocumentsMadeFromFilesRestoresIntoAnEqualDatabase) {
  auto store = Open(*database_, false);
  Seed(*store);
  std::stringstream dump;
  DumpDatabase(*store, dump);
  ScratchDatabase target_database(GetParam(), "enlace-library");
  auto target = Open(target_database, false);
  RestoreDatabase(*target, dump);
  // Migration bookkeeping is not dumped (each database records its own instants).
  auto restored = target->Contents({"capability_migrations", "schema_migrations"});
  auto original = store->Contents({"capability_migrations", "schema_migrations"});
  for (const auto& [table, rows] : original) EXPECT_EQ(restored[table], rows) << table;
  EXPECT_EQ(restored.size(), original.size());
  EXPECT_EQ(Count(*target, "SELECT COUNT(*) AS n FROM documents"), 6);
}

}  // namespace
}  // namespace enlace::storage
