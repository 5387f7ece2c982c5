// SearchService over a TestKernel: who finds what (in results and in counts), one result per
// record whatever its languages, and the index fed from the meetings as they change.
#include "search/domain/search_service.hpp"

#include <gtest/gtest.h>

#include "accounts/capability.hpp"
#include "accounts/testing/account_fixtures.hpp"
#include "contacts/capability.hpp"
#include "meetings/capability.hpp"
#include "meetings/testing/meeting_records.hpp"
#include "reference/capability.hpp"
#include "reference/testing/reference_fixtures.hpp"
#include "search/capability.hpp"

namespace enlace::testing {
namespace {

class SearchServiceTest : public ::testing::Test {
 protected:
  void Index(const SearchEntry& entry) {
    auto transaction = test_.store().Begin(TransactionMode::kWrite);
    SearchService::Put(*transaction, entry);
    transaction->Commit();
  }
  SearchEntry Entry(std::int64_t id, SearchAccess access, std::string body, std::vector<std::string> owners = {}) {
    return SearchEntry{.process_id = people_.process(),
                       .type = "document",
                       .id = id,
                       .language = "es",
                       .title = "Documento " + std::to_string(id),
                       .body = std::move(body),
                       .access = access,
                       .owners = std::move(owners)};
  }
  // The ids found by `who`, and the total they are told.
  std::pair<std::vector<std::int64_t>, std::int64_t> Found(const RequestContext& who, const std::string& query,
                                                           std::optional<std::string> type = std::nullopt) {
    auto results = search_.Search(who, SearchRequest{.query = query, .type = type});
    EXPECT_TRUE(results.has_value());
    std::vector<std::int64_t> ids;
    for (const auto& item : results->items) ids.push_back(item.id);
    std::sort(ids.begin(), ids.end());
    return {ids, results->total};
  }

  TestKernel test_{
      {ReferenceCapability(), AccountsCapability(), MeetingsCapability(), ContactsCapability(), SearchCapability()}};
  People people_{test_, InstallRcm(test_)};
  RequestContext secretariat_ = people_.Secretariat();
  SearchService& search_ = test_.Get<SearchService>();
};

TEST_F(SearchServiceTest, EachReaderFindsAndCountsOnlyWhatTheyMayRead) {
  Index(Entry(1, SearchAccess::kPublic, "Tráfico ilícito de migrantes: informe público"));
  Index(Entry(2, SearchAccess::kParticipants, "Tráfico de migrantes para los participantes"));
  Index(Entry(3, SearchAccess::kMembers, "Tráfico de migrantes para los miembros"));
  Index(Entry(4, SearchAccess::kSecretariat, "Tráfico de migrantes, nota de la Secretaría"));
  Index(Entry(5, SearchAccess::kSecretariat, "Borrador hondureño sobre tráfico de migrantes", {"HN"}));

  using Ids = std::vector<std::int64_t>;
  EXPECT_EQ(Found(people_.Anonymous(), "trafico de migrantes"), std::pair(Ids{1}, std::int64_t{1}));
  EXPECT_EQ(Found(people_.ObserverOf("IOM"), "trafico de migrantes"), std::pair(Ids{1, 2}, std::int64_t{2}));
  EXPECT_EQ(Found(people_.CivilSociety("RNCOM"), "trafico de migrantes"), std::pair(Ids{1, 2}, std::int64_t{2}));
  EXPECT_EQ(Found(people_.OfficerOf("GT"), "trafico de migrantes"), std::pair(Ids{1, 2, 3}, std::int64_t{3}));
  EXPECT_EQ(Found(people_.OfficerOf("HN"), "trafico de migrantes"), std::pair(Ids{1, 2, 3, 5}, std::int64_t{4}));
  EXPECT_EQ(Found(secretariat_, "trafico de migrantes"), std::pair(Ids{1, 2, 3, 4, 5}, std::int64_t{5}));
}

TEST_F(SearchServiceTest, ARecordInTwoLanguagesIsFoundOnceInTheCallersLanguage) {
  auto spanish = Entry(7, SearchAccess::kPublic, "Tráfico de migrantes");
  auto english = spanish;
  english.language = "en";
  english.title = "Document 7";
  english.body = "Migrant smuggling";
  Index(spanish);
  Index(english);
  auto anonymous = people_.Anonymous();
  anonymous.language = "en";
  auto results = search_.Search(anonymous, SearchRequest{.query = "migrantes"});
  ASSERT_TRUE(results.has_value());
  ASSERT_EQ(results->items.size(), 1U);
  EXPECT_EQ(results->total, 1);
  EXPECT_EQ(results->items[0].title, "Document 7");
  EXPECT_EQ(results->items[0].snippet, "<mark>Migrant</mark> smuggling");
  // Only Spanish material: the Spanish entry.
  results = search_.Search(anonymous, SearchRequest{.query = "migrantes", .language = "es"});
  ASSERT_EQ(results->items.size(), 1U);
  EXPECT_EQ(results->items[0].title, "Documento 7");
  // Removing the record removes every language.
  {
    auto transaction = test_.store().Begin(TransactionMode::kWrite);
    SearchService::Remove(*transaction, people_.process(), "document", 7);
    transaction->Commit();
  }
  EXPECT_EQ(Found(anonymous, "migrantes").second, 0);
}

TEST_F(SearchServiceTest, BadRequestsAreRefused) {
  EXPECT_FALSE(search_.Search(secretariat_, SearchRequest{.query = "x", .language = "fr"}).has_value());
  EXPECT_FALSE(search_.Search(secretariat_, SearchRequest{.query = "x", .limit = 0}).has_value());
  EXPECT_FALSE(search_.Search(secretariat_, SearchRequest{.query = std::string(501, 'a')}).has_value());
  auto empty = search_.Search(secretariat_, SearchRequest{.query = " ,. "});
  ASSERT_TRUE(empty.has_value());
  EXPECT_EQ(empty->total, 0);
}

TEST_F(SearchServiceTest, TheIndexFollowsTheMeetingsAsTheyChange) {
  MeetingRecords records(test_, secretariat_);
  auto meeting = records.SanPedroSula();
  auto agreement = records.Agreement(meeting, "7", "Combatir el tráfico ilícito de migrantes por mar.");
  auto observer = people_.ObserverOf("IOM");
  EXPECT_EQ(Found(observer, "trafico", "agreement").second, 1);
  // The report is a draft: not public yet.
  EXPECT_EQ(Found(people_.Anonymous(), "trafico").second, 0);

  // A new agreement is found at the next search.
  records.Agreement(meeting, "8", "Intercambiar información sobre tráfico de armas.");
  EXPECT_EQ(Found(observer, "trafico", "agreement").second, 2);

  // Answers are read by whom their writer chose: a secretariat-only answer of Honduras.
  auto commitment = records.Commitment(agreement, "HN", "", "Informar sobre las rutas del contrabando");
  auto honduras = people_.OfficerOf("HN");
  ProgressReport report{.text = "Rutas marítimas del contrabando identificadas", .visibility = "secretariat"};
  ASSERT_TRUE(test_.Get<CommitmentService>().Report(honduras, commitment.id, report).has_value());
  EXPECT_EQ(Found(honduras, "maritimas", "answer").second, 1);
  EXPECT_EQ(Found(secretariat_, "maritimas", "answer").second, 1);
  EXPECT_EQ(Found(people_.OfficerOf("GT"), "maritimas").second, 0);
  EXPECT_EQ(Found(observer, "maritimas").second, 0);
  // The commitment itself is for every participant.
  EXPECT_EQ(Found(observer, "contrabando", "commitment").second, 1);
}

}  // namespace
}  // namespace enlace::testing
