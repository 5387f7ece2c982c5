#include "meetings/domain/follow_up_texts.hpp"

#include <gtest/gtest.h>

#include "kernel/testing/golden.hpp"
#include "meetings/testing/report_fixtures.hpp"

namespace enlace {
namespace {

// Party names and meeting labels, in both languages, as one golden file.
TEST(FollowUpTextsTest, EveryShapeMatchesTheGoldenFile) {
  ReferenceData reference = testing::SeedReference();
  Meeting meeting = testing::SeedReport("es").meeting;
  std::string out;
  for (const char* language : {"es", "en"}) {
    const Wording words(testing::SeedTexts(), language);
    out += std::string("=== ") + language + "\n";
    for (const char* party : {"MEMBER_COUNTRIES", "TS", "IOM", "HN", "ZZ"}) {
      out += std::string(party) + ": " + PartyName(reference, party, words) + "\n";
    }
    out += MeetingLabel(meeting, reference, words) + "\n";
    Meeting elsewhere = meeting;
    elsewhere.place = Place{};
    elsewhere.body = "RCGM";
    out += MeetingLabel(elsewhere, reference, words) + "\n";
  }
  testing::ExpectMatchesGolden(ENLACE_SOURCE_DIR "/backend/src/meetings/domain/testdata/follow_up_texts.golden", out);
}

}  // namespace
}  // namespace enlace
