// The rule of which library documents a meeting's package takes (document_package.hpp): which
// version (distributed, else named, else current), which languages, which documents by level and
// owner, and that the meeting's attachments are left to the package's own files.
#include "documents/domain/document_package.hpp"

#include <gtest/gtest.h>

namespace enlace {
namespace {

const Timestamp kDay = std::chrono::sys_days{std::chrono::year{2026} / 11 / 1};

Actor ReaderOf(Role role, std::optional<std::string> delegation = std::nullopt) {
  Actor actor;
  actor.role = role;
  if (role == Role::kCountryOfficer) actor.country = delegation.value_or("HN");
  if (role == Role::kObserver) actor.organization = delegation.value_or("IOM");
  if (role == Role::kCivilSociety) actor.organization = delegation.value_or("RNCOM");
  return actor;
}

StoredFile File(std::int64_t id, const std::string& name) {
  return StoredFile{.id = AttachmentId{id},
                    .file_name = name,
                    .content_type = "application/pdf",
                    .size = 10,
                    .sha256 = std::string(64, 'a')};
}

DocumentVersion Version(int number, bool es, bool en, std::optional<std::string> name = std::nullopt) {
  DocumentVersion version;
  version.number = number;
  if (es) version.file_es = File(number * 10, "v" + std::to_string(number) + ".pdf");
  if (en) version.file_en = File(number * 10 + 1, "v" + std::to_string(number) + "-en.pdf");
  version.name = std::move(name);
  version.uploaded_at = kDay + std::chrono::days{number};
  return version;
}

Document Doc(std::int64_t id, AccessLevel access, std::vector<DocumentVersion> versions) {
  Document document;
  document.id = DocumentId{id};
  document.fields.access = access;
  document.fields.symbol = "WD." + std::to_string(id);
  document.fields.title.es = "Documento " + std::to_string(id);
  document.versions = std::move(versions);
  return document;
}

Distribution Sent(int version, int day) {
  Distribution distribution;
  distribution.version = version;
  distribution.sent_at = kDay + std::chrono::days{day};
  return distribution;
}

TEST(DocumentPackageTest, TheVersionIsTheLatestDistributedElseTheLatestNamedElseTheCurrent) {
  auto document = Doc(1, AccessLevel::kMembers,
                      {Version(1, true, false, "Borrador"), Version(2, true, false), Version(3, true, true, "Final"),
                       Version(4, true, false)});
  // Nothing distributed: the latest named one (3), not the current one (4).
  auto frozen = FrozenVersionOf(document, {});
  ASSERT_TRUE(frozen);
  EXPECT_EQ(frozen->version->number, 3);
  EXPECT_EQ(frozen->kind, PackageVersionKind::kNamed);
  EXPECT_EQ(frozen->at, document.versions[2].uploaded_at);
  // Distributed: the latest version distributed wins over a later named one, dated by its first distribution.
  frozen = FrozenVersionOf(document, {Sent(1, 20), Sent(2, 40), Sent(2, 30)});
  ASSERT_TRUE(frozen);
  EXPECT_EQ(frozen->version->number, 2);
  EXPECT_EQ(frozen->kind, PackageVersionKind::kDistributed);
  EXPECT_EQ(frozen->at, kDay + std::chrono::days{30});
  // A distribution of a version that no longer exists counts for nothing.
  frozen = FrozenVersionOf(document, {Sent(9, 5)});
  ASSERT_TRUE(frozen);
  EXPECT_EQ(frozen->version->number, 3);
  // Neither distributed nor named: the current one.
  auto plain = Doc(2, AccessLevel::kMembers, {Version(1, true, false), Version(2, false, true)});
  frozen = FrozenVersionOf(plain, {});
  ASSERT_TRUE(frozen);
  EXPECT_EQ(frozen->version->number, 2);
  EXPECT_EQ(frozen->kind, PackageVersionKind::kCurrent);
  // No version yet: nothing to package.
  EXPECT_FALSE(FrozenVersionOf(Doc(3, AccessLevel::kMembers, {}), {}));
}

TEST(DocumentPackageTest, TheLanguagesAskedForElseTheOtherOne) {
  auto both = Version(1, true, true);
  auto spanish = Version(2, true, false);
  auto english = Version(3, false, true);
  using Languages = std::vector<std::string>;
  EXPECT_EQ(PackageLanguagesOf(both, {"es"}), Languages{"es"});
  EXPECT_EQ(PackageLanguagesOf(both, {"en"}), Languages{"en"});
  EXPECT_EQ(PackageLanguagesOf(both, {"es", "en"}), (Languages{"es", "en"}));
  EXPECT_EQ(PackageLanguagesOf(spanish, {"en"}), Languages{"es"}) << "only in Spanish: included, and said so";
  EXPECT_EQ(PackageLanguagesOf(english, {"es"}), Languages{"en"});
  EXPECT_EQ(PackageLanguagesOf(spanish, {"es", "en"}), Languages{"es"});
  EXPECT_EQ(PackageLanguagesOf(english, {"es", "en"}), Languages{"en"});
}

TEST(DocumentPackageTest, WhichDocumentsByLevelAndOwnerWithoutTheMeetingsAttachments) {
  std::vector<Document> documents = {
      Doc(5, AccessLevel::kSecretariat, {Version(1, true, false)}),
      Doc(1, AccessLevel::kParticipants, {Version(1, true, false)}),
      Doc(2, AccessLevel::kMembers, {Version(1, true, false)}),
      Doc(3, AccessLevel::kPublic, {Version(1, true, false)}),
      Doc(4, AccessLevel::kParticipants, {Version(1, true, false)}),  // a meeting attachment
      Doc(6, AccessLevel::kSecretariat, {Version(1, true, false)}),   // an answer's evidence, HN's
      Doc(7, AccessLevel::kMembers, {}),                              // no version yet
  };
  documents[4].source = DocumentSource{.file = AttachmentId{99}};
  documents[5].source = DocumentSource{.file = AttachmentId{98}, .commitment = CommitmentId{1}};
  documents[5].owner = "HN";
  auto ids = [&](const policy::MaybeActor& actor) {
    std::vector<std::int64_t> found;
    for (const auto& document : SelectPackageDocuments(actor, documents, {}, {"es"})) found.push_back(document.id);
    return found;
  };
  using Ids = std::vector<std::int64_t>;
  EXPECT_EQ(ids(ReaderOf(Role::kSecretariat)), (Ids{1, 2, 3, 5, 6})) << "oldest first; never the attachment";
  EXPECT_EQ(ids(ReaderOf(Role::kCountryOfficer, "HN")), (Ids{1, 2, 3, 6})) << "HN owns the evidence";
  EXPECT_EQ(ids(ReaderOf(Role::kCountryOfficer, "GT")), (Ids{1, 2, 3}));
  EXPECT_EQ(ids(ReaderOf(Role::kObserver)), (Ids{1, 3}));
  EXPECT_EQ(ids(ReaderOf(Role::kCivilSociety)), (Ids{1, 3}));
  EXPECT_EQ(ids(std::nullopt), (Ids{3}));
}

TEST(DocumentPackageTest, ASelectedDocumentCarriesItsFrozenVersionsFiles) {
  std::vector<Document> documents = {Doc(
      1, AccessLevel::kMembers, {Version(1, true, true), Version(2, true, false, "Revisado"), Version(3, true, true)})};
  std::map<DocumentId, std::vector<Distribution>> distributions = {{DocumentId{1}, {Sent(1, 3)}}};
  auto selected = SelectPackageDocuments(ReaderOf(Role::kCountryOfficer), documents, distributions, {"es", "en"});
  ASSERT_EQ(selected.size(), 1u);
  EXPECT_EQ(selected[0].version, 1);
  EXPECT_EQ(selected[0].kind, PackageVersionKind::kDistributed);
  EXPECT_EQ(selected[0].symbol, "WD.1");
  ASSERT_EQ(selected[0].files.size(), 2u);
  EXPECT_EQ(selected[0].files[0].language, "es");
  EXPECT_EQ(selected[0].files[0].file.id, AttachmentId{10});
  EXPECT_EQ(selected[0].files[1].language, "en");
  EXPECT_EQ(selected[0].files[1].file.id, AttachmentId{11});
  // Without the distribution: version 2, named, only in Spanish even for an English package.
  selected = SelectPackageDocuments(ReaderOf(Role::kCountryOfficer), documents, {}, {"en"});
  ASSERT_EQ(selected.size(), 1u);
  EXPECT_EQ(selected[0].version, 2);
  EXPECT_EQ(selected[0].kind, PackageVersionKind::kNamed);
  EXPECT_EQ(selected[0].name, std::optional<std::string>("Revisado"));
  ASSERT_EQ(selected[0].files.size(), 1u);
  EXPECT_EQ(selected[0].files[0].language, "es");
}

}  // namespace
}  // namespace enlace
