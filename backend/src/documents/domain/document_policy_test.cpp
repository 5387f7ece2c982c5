// The access levels as a table: who reads a document of each level, and who manages documents.
#include "documents/domain/document_policy.hpp"

#include <gtest/gtest.h>

#include <map>
#include <set>

#include "kernel/domain/files.hpp"

namespace enlace {
namespace {

Actor Of(Role role) {
  Actor actor;
  actor.role = role;
  if (role == Role::kCountryOfficer) actor.country = "HN";
  if (role == Role::kObserver) actor.organization = "IOM";
  if (role == Role::kCivilSociety) actor.organization = "RNCOM";
  return actor;
}

TEST(DocumentPolicyTest, EachLevelIsReadByItsReadersOnly) {
  using policy::MayReadDocument;
  const std::map<AccessLevel, std::map<std::string, bool>> table = {
      {AccessLevel::kPublic,
       {{"anonymous", true}, {"secretariat", true}, {"officer", true}, {"observer", true}, {"civil", true}}},
      {AccessLevel::kParticipants,
       {{"anonymous", false}, {"secretariat", true}, {"officer", true}, {"observer", true}, {"civil", true}}},
      {AccessLevel::kMembers,
       {{"anonymous", false}, {"secretariat", true}, {"officer", true}, {"observer", false}, {"civil", false}}},
      {AccessLevel::kSecretariat,
       {{"anonymous", false}, {"secretariat", true}, {"officer", false}, {"observer", false}, {"civil", false}}},
  };
  const std::map<std::string, std::optional<Actor>> callers = {{"anonymous", std::nullopt},
                                                               {"secretariat", Of(Role::kSecretariat)},
                                                               {"officer", Of(Role::kCountryOfficer)},
                                                               {"observer", Of(Role::kObserver)},
                                                               {"civil", Of(Role::kCivilSociety)}};
  for (const auto& [level, row] : table) {
    for (const auto& [who, may] : row) {
      EXPECT_EQ(MayReadDocument(callers.at(who), level), may) << who << " reading " << ToString(level);
      auto read = policy::ReadDocument(callers.at(who), level);
      EXPECT_EQ(read.has_value(), may);
      if (!may) {
        EXPECT_EQ(read.error().code, ErrorCode::kNotFound) << "never forbidden: ids do not leak";
      }
    }
  }
}

TEST(DocumentPolicyTest, OnlyTheSecretariatManagesDocuments) {
  EXPECT_TRUE(policy::ManageDocuments(Of(Role::kSecretariat)));
  EXPECT_EQ(policy::ManageDocuments(std::nullopt).error().code, ErrorCode::kUnauthenticated);
  EXPECT_EQ(policy::ManageDocuments(Of(Role::kCountryOfficer)).error().code, ErrorCode::kForbidden);
  EXPECT_EQ(policy::ManageDocuments(Of(Role::kObserver)).error().code, ErrorCode::kForbidden);
}

TEST(DocumentTest, PendingLanguagesAreThoseTheCurrentVersionLacks) {
  Document document;
  EXPECT_EQ(document.PendingLanguages(), (std::vector<std::string>{"es", "en"}));
  DocumentVersion first;
  first.number = 1;
  first.file_es = StoredFile{};
  document.versions.push_back(first);
  EXPECT_EQ(document.PendingLanguages(), (std::vector<std::string>{"en"}));
  EXPECT_EQ(first.Languages(), (std::vector<std::string>{"es"}));
  DocumentVersion second = first;
  second.number = 2;
  second.file_en = StoredFile{};
  document.versions.push_back(second);
  EXPECT_TRUE(document.PendingLanguages().empty());
  EXPECT_EQ(document.Version(1)->Languages(), (std::vector<std::string>{"es"})) << "an older version keeps its own";
}

TEST(LibraryFileTypeTest, TheLibraryRecognisesItsTypesByContentAndNothingElse) {
  EXPECT_EQ(DetectLibraryFileType("%PDF-1.7\n"), kPdfType);
  EXPECT_EQ(DetectLibraryFileType(std::string("PK\x03\x04", 4) + "....ppt/presentation.xml"), kPptxType);
  EXPECT_EQ(
      DetectLibraryFileType(std::string("PK\x03\x04", 4) + "........mimetypeapplication/vnd.oasis.opendocument.text"),
      kOdtType);
  EXPECT_EQ(DetectLibraryFileType(std::string("\x89PNG\r\n\x1a\n", 8) + "IHDR"), kPngType);
  EXPECT_EQ(DetectLibraryFileType(std::string("\xFF\xD8\xFF\xE0", 4) + "JFIF"), kJpegType);
  EXPECT_FALSE(DetectLibraryFileType(std::string("MZ\x90\x00", 4) + "This program cannot be run in DOS mode"));
  EXPECT_FALSE(DetectLibraryFileType(std::string("PK\x03\x04", 4) + "any.zip"));
  EXPECT_FALSE(DetectLibraryFileType(""));
  EXPECT_FALSE(DetectDocumentType(std::string("\x89PNG\r\n\x1a\n", 8))) << "other capabilities' rule is unchanged";
}

TEST(LibraryFileTypeTest, EachTypeHasItsExtension) {
  std::set<std::string_view> seen;
  for (const auto& type : LibraryFileTypes()) {
    auto extension = ExtensionOf(type);
    EXPECT_NE(extension, "bin") << type;
    EXPECT_TRUE(seen.insert(extension).second) << type;
  }
  EXPECT_EQ(ExtensionOf(kDocxType), "docx");
  EXPECT_EQ(ExtensionOf("application/x-msdownload"), "bin");
}

}  // namespace
}  // namespace enlace
