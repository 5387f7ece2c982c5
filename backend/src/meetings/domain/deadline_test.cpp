#include "meetings/domain/deadline.hpp"

#include <gtest/gtest.h>

#include <array>

#include "kernel/domain/gazetteer.hpp"
#include "kernel/domain/text_dates.hpp"

namespace enlace {
namespace {

Date D(const char* iso) { return *ParseIsoDate(iso); }

Gazetteer Bodies() {
  Gazetteer gazetteer;
  gazetteer.AddEntity(
      {"RCGM", EntityKind::kOrganization, "process_body", "Regional Consultation Group on Migration", ""});
  gazetteer.AddEntity({"RCM", EntityKind::kOrganization, "process", "Regional Conference on Migration", ""});
  gazetteer.AddName("RCGM", "RCGM", NameForm::kAbbreviation);
  gazetteer.AddName("RCGM", "GRCM", NameForm::kAbbreviation);
  gazetteer.AddName("RCGM", "Grupo Regional de Consulta sobre Migración", NameForm::kName);
  gazetteer.AddName("RCM", "RCM", NameForm::kAbbreviation);
  gazetteer.AddName("RCM", "CRM", NameForm::kAbbreviation);
  return gazetteer;
}

class DeadlineTest : public ::testing::Test {
 protected:
  DeadlineContext Context(const char* start = "2016-11-15", const char* end = "2016-11-15") {
    return DeadlineContext{D(start), D(end), "en", &gazetteer_, "SMUGGLING_TIP_NETWORK"};
  }
  Deadline Read(std::string_view text, const char* start = "2016-11-15", const char* end = "2016-11-15") {
    auto deadline = ReadDeadline(text, Context(start, end));
    EXPECT_TRUE(deadline) << text;
    return deadline.value_or(Deadline{});
  }
  std::string Due(std::string_view text, const char* start = "2016-11-15", const char* end = "2016-11-15") {
    Deadline deadline = Read(text, start, end);
    return deadline.due ? FormatIsoDate(*deadline.due) : "null";
  }
  Gazetteer gazetteer_ = Bodies();
};

TEST_F(DeadlineTest, ReadsADateWithItsCueInBothLanguages) {
  EXPECT_EQ(Read("no later than 30 March 2018").kind, DeadlineKind::kDate);
  EXPECT_EQ(Due("no later than 30 March 2018"), "2018-03-30");
  EXPECT_EQ(Due("a más tardar el 30 de marzo de 2018"), "2018-03-30");
  EXPECT_EQ(Due("before March 30, 2018"), "2018-03-30");
}

TEST_F(DeadlineTest, ADateWithoutAYearIsTheNextSuchDayAfterTheMeeting) {
  EXPECT_EQ(Due("by 15 June"), "2017-06-15");
  EXPECT_EQ(Due("antes del 20 de noviembre"), "2016-11-20");
}

TEST_F(DeadlineTest, APeriodEndsOnItsLastDay) {
  EXPECT_EQ(Read("during the first two months of 2017").kind, DeadlineKind::kPeriod);
  EXPECT_EQ(Due("during the first two months of 2017"), "2017-02-28");
  EXPECT_EQ(Due("durante los dos primeros meses de 2017"), "2017-02-28");
  EXPECT_EQ(Due("during September 2018"), "2018-09-30");
  EXPECT_EQ(Due("in the second half of 2019"), "2019-12-31");
  EXPECT_EQ(Due("en el segundo semestre de 2019"), "2019-12-31");
  EXPECT_EQ(Due("before the end of 2017"), "2017-12-31");
  EXPECT_EQ(Due("in the first quarter of 2018"), "2018-03-31");
  EXPECT_EQ(Due("durante el primer trimestre de 2018"), "2018-03-31");
  EXPECT_EQ(Due("antes de finalizar el año"), "2016-12-31");
  EXPECT_EQ(Due("a finales de marzo de 2018"), "2018-03-31");
  // Issue 11: "in the course of" a year is that year's period, as "en el transcurso de" was.
  EXPECT_EQ(Read("in the course of 2018").kind, DeadlineKind::kPeriod);
  EXPECT_EQ(Due("in the course of 2018"), "2018-12-31");
  EXPECT_EQ(Due("over the course of 2019"), "2019-12-31");
  EXPECT_EQ(Due("en el transcurso de 2018"), "2018-12-31");
}

TEST_F(DeadlineTest, TwoMonthPeriodCountsFromTheLastMeetingDay) {
  Deadline deadline = Read("in a two-month period");
  EXPECT_EQ(deadline.kind, DeadlineKind::kRelative);
  EXPECT_EQ(Due("in a two-month period"), "2017-01-15");
  EXPECT_EQ(Due("in a two-month period", "2018-05-03", "2018-05-04"), "2018-07-04");
  EXPECT_EQ(Due("within 90 days"), "2017-02-13");
  EXPECT_EQ(Due("en un plazo de dos meses", "2016-12-31", "2016-12-31"), "2017-02-28");
  EXPECT_EQ(Due("en los próximos 30 días"), "2016-12-15");
  EXPECT_EQ(Due("within three weeks"), "2016-12-06");
  EXPECT_EQ(Due("en un plazo no mayor a treinta y cinco días"), "2016-12-20");
}

TEST_F(DeadlineTest, EventsNameTheBodyAndWhichMeeting) {
  Deadline next = Read("at the next meeting of the RCGM");
  EXPECT_EQ(next.kind, DeadlineKind::kEvent);
  ASSERT_TRUE(next.event);
  EXPECT_EQ(next.event->body, "RCGM");
  EXPECT_EQ(next.event->which, EventWhich::kNext);
  EXPECT_FALSE(next.due);
  Deadline current = Read("durante la presente reunión del GRCM");
  ASSERT_TRUE(current.event);
  EXPECT_EQ(current.event->body, "RCGM");
  EXPECT_EQ(current.event->which, EventWhich::kCurrent);
  Deadline own = Read("en la próxima reunión de la Red");
  ASSERT_TRUE(own.event);
  EXPECT_EQ(own.event->body, "SMUGGLING_TIP_NETWORK");
  Deadline vice = Read("at the next Vice-Ministerial Meeting");
  ASSERT_TRUE(vice.event);
  EXPECT_EQ(vice.event->body, "RCM");
}

// Whose vice-ministerial meeting it is comes from the reference data (its process), not the code.
TEST_F(DeadlineTest, TheViceMinisterialMeetingIsTheReferenceDataProcesssOwn) {
  Gazetteer other;
  other.AddEntity({"NET", EntityKind::kNetwork, "network", "Network", ""});
  other.AddEntity({"ABC", EntityKind::kOrganization, "process", "Andean Border Conference", ""});
  DeadlineContext context{D("2016-11-15"), D("2016-11-15"), "en", &other, "NET"};
  auto vice = ReadDeadline("at the next Vice-Ministerial Meeting", context);
  ASSERT_TRUE(vice && vice->event);
  EXPECT_EQ(vice->event->body, "ABC");
  // Without a process in the reference data, the meeting is the report's own body's.
  Gazetteer none;
  none.AddEntity({"NET", EntityKind::kNetwork, "network", "Network", ""});
  context.gazetteer = &none;
  auto own = ReadDeadline("en la próxima Reunión Viceministerial", context);
  ASSERT_TRUE(own && own->event);
  EXPECT_EQ(own->event->body, "NET");
}

// Issue 11: a meeting named by the one it precedes is an event of the body named, else of the
// report's own body.
TEST_F(DeadlineTest, AMeetingNamedByTheOneItPrecedesIsAnEvent) {
  auto matches =
      FindDeadlines("The TS will send it at the meeting preceding the next Vice-Ministerial Meeting.", Context());
  ASSERT_EQ(matches.size(), 1u);
  EXPECT_EQ(matches[0].deadline.text, "at the meeting preceding the next Vice-Ministerial Meeting");
  ASSERT_TRUE(matches[0].deadline.event);
  EXPECT_EQ(matches[0].deadline.event->body, "SMUGGLING_TIP_NETWORK");
  Deadline named = Read("en la reunión del GRCM previa a la próxima Reunión Viceministerial");
  ASSERT_TRUE(named.event);
  EXPECT_EQ(named.event->body, "RCGM");
  EXPECT_EQ(named.event->which, EventWhich::kNext);
  // A meeting that precedes nothing named is no deadline.
  EXPECT_TRUE(FindDeadlines("the meeting before lunch", Context()).empty());
}

// Issue 11: a limit and the period or meeting it names are one phrase.
TEST_F(DeadlineTest, ALimitAndThePeriodOrMeetingItNamesAreOnePhrase) {
  auto period = FindDeadlines("presentar el plan a más tardar en el segundo trimestre de 2017", Context());
  ASSERT_EQ(period.size(), 1u);
  EXPECT_EQ(period[0].deadline.text, "a más tardar en el segundo trimestre de 2017");
  EXPECT_EQ(FormatIsoDate(*period[0].deadline.due), "2017-06-30");
  auto event = FindDeadlines("send it no later than at the next meeting of the RCGM", Context());
  ASSERT_EQ(event.size(), 1u);
  EXPECT_EQ(event[0].deadline.text, "no later than at the next meeting of the RCGM");
}

TEST_F(DeadlineTest, VaguePhrasesHaveNoDate) {
  EXPECT_EQ(Read("as soon as possible").kind, DeadlineKind::kVague);
  // Issue 11: the same phrase made stronger is as vague.
  EXPECT_EQ(Read("in the very near future").kind, DeadlineKind::kVague);
  EXPECT_EQ(Read("en el muy corto plazo").kind, DeadlineKind::kVague);
  EXPECT_EQ(Read("en el más corto plazo").kind, DeadlineKind::kVague);
  EXPECT_EQ(Due("a la brevedad posible"), "null");
}

// Issue 11: a standing commitment is a kind of its own, not an unreadable phrase: no date, so
// never overdue.
TEST_F(DeadlineTest, StandingPhrasesHaveAKindOfTheirOwnAndNoDate) {
  for (std::string_view text : {"on an ongoing basis", "on a permanent basis", "continuously", "de manera permanente",
                                "de forma continua", "con carácter permanente", "permanentemente"}) {
    Deadline deadline = Read(text);
    EXPECT_EQ(deadline.kind, DeadlineKind::kStanding) << text;
    EXPECT_FALSE(deadline.due) << text;
  }
  EXPECT_EQ(ParseDeadlineKind("standing"), DeadlineKind::kStanding);
  EXPECT_EQ(ToString(DeadlineKind::kStanding), "standing");
  auto matches = FindDeadlines("The TS will keep the directory up to date on an ongoing basis.", Context());
  ASSERT_EQ(matches.size(), 1u);
  EXPECT_EQ(matches[0].deadline.kind, DeadlineKind::kStanding);
  EXPECT_EQ(matches[0].deadline.text, "on an ongoing basis");
  // "permanente" alone names a body or a state, not a time limit.
  EXPECT_TRUE(FindDeadlines("la Secretaría Técnica permanente y el Foro permanente", Context()).empty());
}

TEST_F(DeadlineTest, AnUnreadablePhraseIsAnError) {
  auto deadline = ReadDeadline("whenever the moon is blue", Context());
  ASSERT_FALSE(deadline);
  EXPECT_EQ(deadline.error().reason, "deadline_unreadable");
  EXPECT_EQ(deadline.error().code, ErrorCode::kInvalidArgument);
}

TEST_F(DeadlineTest, FindsEveryPhraseInASentenceWithItsPosition) {
  std::string sentence =
      "countries will propose contact points who will participate in a virtual meeting organized by "
      "the RCM TS, with the support of IOM during the first two months of 2017. This draft will be "
      "presented during the next meeting of the RCGM.";
  auto matches = FindDeadlines(sentence, Context());
  ASSERT_EQ(matches.size(), 2u);
  EXPECT_EQ(matches[0].deadline.text, "during the first two months of 2017");
  EXPECT_EQ(sentence.substr(matches[0].begin, matches[0].end - matches[0].begin),
            "during the first two months of 2017");
  EXPECT_EQ(matches[1].deadline.text, "during the next meeting of the RCGM");
}

TEST_F(DeadlineTest, PastDatesLabelsAndFrequenciesAreNotDeadlines) {
  EXPECT_TRUE(FindDeadlines("held in Tegucigalpa, Honduras 26-28 October this year", Context()).empty());
  EXPECT_TRUE(FindDeadlines("the 2017 Work Plan and the report for the first half of 2017", Context()).empty());
  EXPECT_TRUE(FindDeadlines("meetings every six months, twice a year", Context()).empty());
  EXPECT_TRUE(FindDeadlines("the law adopted during 2015 and in March 2014", Context()).empty());
}

TEST(DeadlineEventTest, CurrentIsTheMeetingWithinAWeekAndNextIsTheFirstAfterIt) {
  std::array<ScheduledMeeting, 4> meetings = {{
      {"RCGM", D("2016-11-16"), D("2016-11-17")},
      {"RCGM", D("2017-06-01"), D("2017-06-02"), true},
      {"RCGM", D("2017-06-20"), D("2017-06-21")},
      {"RCM", D("2017-03-01"), D("2017-03-01")},
  }};
  DeadlineEvent current{"RCGM", EventWhich::kCurrent};
  DeadlineEvent next{"RCGM", EventWhich::kNext};
  EXPECT_EQ(ResolveEventDeadline(current, D("2016-11-15"), D("2016-11-15"), meetings), D("2016-11-16"));
  EXPECT_EQ(ResolveEventDeadline(next, D("2016-11-15"), D("2016-11-15"), meetings), D("2017-06-20"));
  EXPECT_FALSE(
      ResolveEventDeadline(DeadlineEvent{"PPT", EventWhich::kNext}, D("2016-11-15"), D("2016-11-15"), meetings));
}

TEST(TextDatesTest, ReadsMeetingDatesInBothLanguages) {
  auto first = [](std::string_view text) {
    std::string folded = Fold(text);
    auto tokens = Tokenize(folded);
    auto found = FindDateExpressions(tokens);
    EXPECT_FALSE(found.empty()) << text;
    if (found.empty()) return std::string("none");
    auto& e = found.front();
    auto format = [](PartialDate d) {
      return std::to_string(d.year) + "-" + std::to_string(d.month) + "-" + std::to_string(d.day);
    };
    return format(e.first) + (e.last ? "/" + format(*e.last) : "");
  };
  EXPECT_EQ(first("on November 15, 2016, with"), "2016-11-15");
  EXPECT_EQ(first("el 3 y 4 de mayo de 2018"), "2018-5-3/2018-5-4");
  EXPECT_EQ(first("del 12 al 14 de marzo de 2019"), "2019-3-12/2019-3-14");
  EXPECT_EQ(first("May 3-4, 2018"), "2018-5-3/2018-5-4");
  EXPECT_EQ(first("30 de noviembre al 1 de diciembre de 2016"), "2016-11-30/2016-12-1");
  EXPECT_EQ(first("el 1ro de junio de 2017"), "2017-6-1");
}

TEST(TextDatesTest, ReadsNumbersWrittenAsWords) {
  std::string folded = Fold("treinta y cinco, twenty-one, dos (2)");
  auto tokens = Tokenize(folded);
  std::size_t next = 0;
  EXPECT_EQ(NumberAt(tokens, 0, next), 35);
  EXPECT_EQ(NumberAt(tokens, next + 1, next), 21);
  EXPECT_EQ(NumberAt(tokens, next + 1, next), 2);
  EXPECT_EQ(next, tokens.size());
}

}  // namespace
}  // namespace enlace
