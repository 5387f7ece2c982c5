// CalendarService over a TestKernel: a person's private feed and a meeting's calendar, and which
// deadlines concern whom.
#include "calendars/domain/calendar_service.hpp"

#include <gtest/gtest.h>

#include "accounts/capability.hpp"
#include "accounts/testing/account_fixtures.hpp"
#include "calendars/capability.hpp"
#include "kernel/testing/results.hpp"
#include "meetings/capability.hpp"
#include "meetings/testing/meeting_records.hpp"
#include "reference/capability.hpp"
#include "reference/testing/reference_fixtures.hpp"

namespace enlace::testing {
namespace {

class CalendarServiceTest : public ::testing::Test {
 protected:
  std::vector<std::string> PartiesIn(const CalendarFeed& feed) {
    std::vector<std::string> parties;
    for (const auto& [commitment, meeting] : feed.deadlines) parties.push_back(commitment.party);
    std::sort(parties.begin(), parties.end());
    return parties;
  }

  TestKernel test_{{ReferenceCapability(), AccountsCapability(), MeetingsCapability(), CalendarsCapability()}};
  People people_{test_, InstallRcm(test_)};
  RequestContext secretariat_ = people_.Secretariat();
  MeetingRecords records_{test_, secretariat_};
  CalendarService& calendars_ = test_.Get<CalendarService>();
};

TEST_F(CalendarServiceTest, APersonsFeedHoldsTheMeetingsAndTheDeadlinesThatConcernThem) {
  auto meeting = records_.SanPedroSula();
  auto agreement = records_.Agreement(meeting, "7");
  for (const char* party : {"HN", "GT", "MEMBER_COUNTRIES", "IOM", "TS"}) {
    records_.Commitment(agreement, party, "in a two-month period");
  }
  records_.Commitment(agreement, "HN", "");  // no date: not in a calendar
  auto honduras = people_.OfficerOf("HN");
  auto token = calendars_.IssueFeedToken(honduras);
  ASSERT_TRUE(token);
  auto feed = calendars_.FeedForToken(*token);
  ASSERT_TRUE(feed);
  EXPECT_EQ(feed->meetings.size(), 1u);
  EXPECT_EQ(PartiesIn(*feed), (std::vector<std::string>{"HN", "MEMBER_COUNTRIES"}));
  auto iom = calendars_.FeedForToken(*calendars_.IssueFeedToken(people_.ObserverOf("IOM")));
  EXPECT_EQ(PartiesIn(*iom), (std::vector<std::string>{"IOM"}));
  auto everything = calendars_.FeedForToken(*calendars_.IssueFeedToken(secretariat_));
  EXPECT_EQ(everything->deadlines.size(), 5u);
}

TEST_F(CalendarServiceTest, ANewSecretRevokesTheOldOne) {
  auto honduras = people_.OfficerOf("HN");
  auto first = calendars_.IssueFeedToken(honduras);
  auto second = calendars_.IssueFeedToken(honduras);
  ASSERT_TRUE(first && second);
  EXPECT_EQ(Outcome(calendars_.FeedForToken(*first)), "not_found");
  EXPECT_TRUE(calendars_.FeedForToken(*second));
  EXPECT_EQ(Outcome(calendars_.FeedForToken("short")), "not_found");
  EXPECT_EQ(Outcome(calendars_.FeedForToken(std::string(40, 'a'))), "not_found");
  EXPECT_EQ(Outcome(calendars_.IssueFeedToken(people_.Anonymous())), "unauthenticated");
}

TEST_F(CalendarServiceTest, DoneWorkLeavesThePersonsCalendar) {
  auto agreement = records_.Agreement(records_.SanPedroSula(), "7");
  auto commitment = records_.Commitment(agreement, "HN", "in a two-month period");
  CommitmentInput done;
  done.status = "done";
  ASSERT_TRUE(test_.Get<CommitmentService>().Update(secretariat_, commitment.id, done, commitment.version));
  auto feed = calendars_.FeedForToken(*calendars_.IssueFeedToken(people_.OfficerOf("HN")));
  EXPECT_TRUE(feed->deadlines.empty());
}

TEST_F(CalendarServiceTest, AMeetingsCalendarHoldsItsOwnDatedDeadlinesForEverySignedInPerson) {
  auto meeting = records_.SanPedroSula();
  auto agreement = records_.Agreement(meeting, "7");
  records_.Commitment(agreement, "GT", "in a two-month period");
  records_.Commitment(agreement, "TS", "");
  records_.Commitment(records_.Agreement(records_.Meeting("RCGM", Day(2017, 6, 20)), "1"), "GT",
                      "in a two-month period");
  auto calendar = calendars_.MeetingCalendar(people_.CivilSociety(), meeting);
  ASSERT_TRUE(calendar);
  EXPECT_EQ(calendar->meetings.size(), 1u);
  EXPECT_EQ(PartiesIn(*calendar), (std::vector<std::string>{"GT"}));
  EXPECT_EQ(Outcome(calendars_.MeetingCalendar(people_.Anonymous(), meeting)), "unauthenticated");
  EXPECT_EQ(Outcome(calendars_.MeetingCalendar(secretariat_, MeetingId{999})), "not_found");
}

// Whose work a commitment is, as a table: the roles × the kinds of party.
TEST(ConcernsTest, ACommitmentConcernsTheSecretariatAndThePartysOwnPeople) {
  auto actor = [](Role role, std::optional<std::string> country, std::optional<std::string> organization) {
    Actor result;
    result.role = role;
    result.country = std::move(country);
    result.organization = std::move(organization);
    return result;
  };
  const Actor secretariat = actor(Role::kSecretariat, std::nullopt, std::nullopt);
  const Actor honduras = actor(Role::kCountryOfficer, "HN", std::nullopt);
  const Actor iom = actor(Role::kObserver, std::nullopt, "IOM");
  const Actor rncom = actor(Role::kCivilSociety, std::nullopt, "RNCOM");
  struct Row {
    const char* party;
    bool secretariat, honduras, iom, rncom;
  };
  for (const auto& row : {Row{"HN", true, true, false, false}, Row{"GT", true, false, false, false},
                          Row{"MEMBER_COUNTRIES", true, true, false, false}, Row{"TS", true, false, false, false},
                          Row{"IOM", true, false, true, false}, Row{"RNCOM", true, false, false, true}}) {
    Commitment commitment;
    commitment.party = row.party;
    EXPECT_EQ(Concerns(secretariat, commitment), row.secretariat) << row.party;
    EXPECT_EQ(Concerns(honduras, commitment), row.honduras) << row.party;
    EXPECT_EQ(Concerns(iom, commitment), row.iom) << row.party;
    EXPECT_EQ(Concerns(rncom, commitment), row.rncom) << row.party;
  }
}

}  // namespace
}  // namespace enlace::testing
