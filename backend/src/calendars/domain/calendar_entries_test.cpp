// Calendars are parsed back with libical's own parser (icalparser_parse_string), and the raw text
// is checked for what calendar applications depend on: CRLF line ends, lines folded at 75
// octets without splitting a character, and escaped commas, semicolons and newlines.
#include "calendars/domain/calendar_entries.hpp"

#include <gtest/gtest.h>
#include <libical/ical.h>

#include <memory>

#include "calendars/capability.hpp"
#include "kernel/formats/icalendar.hpp"
#include "kernel/testing/golden.hpp"
#include "kernel/testing/test_kernel.hpp"
#include "meetings/capability.hpp"
#include "meetings/testing/report_fixtures.hpp"

namespace enlace {
namespace {

const Texts& CalendarTexts() {
  static const Texts texts = testing::CatalogueTexts({MeetingsCapability(), CalendarsCapability()});
  return texts;
}

Date Day(int year, unsigned month, unsigned day) {
  return Date{std::chrono::year{year}, std::chrono::month{month}, std::chrono::day{day}};
}

struct ComponentDeleter {
  void operator()(icalcomponent* component) const { icalcomponent_free(component); }
};
using Component = std::unique_ptr<icalcomponent, ComponentDeleter>;

Component Parse(const std::string& text) { return Component(icalparser_parse_string(text.c_str())); }

std::vector<icalcomponent*> Events(icalcomponent* calendar) {
  std::vector<icalcomponent*> events;
  for (icalcomponent* event = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT); event != nullptr;
       event = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)) {
    events.push_back(event);
  }
  return events;
}

std::string Text(icalcomponent* event, icalproperty_kind kind) {
  icalproperty* property = icalcomponent_get_first_property(event, kind);
  if (property == nullptr) return {};
  const char* value = icalvalue_as_ical_string(icalproperty_get_value(property));
  // icalvalue_as_ical_string escapes; read the unescaped text for TEXT values.
  if (icalvalue_isa(icalproperty_get_value(property)) == ICAL_TEXT_VALUE) {
    return icalvalue_get_text(icalproperty_get_value(property));
  }
  return value != nullptr ? value : "";
}

std::string XProperty(icalcomponent* calendar, const char* name) {
  for (icalproperty* property = icalcomponent_get_first_property(calendar, ICAL_X_PROPERTY); property != nullptr;
       property = icalcomponent_get_next_property(calendar, ICAL_X_PROPERTY)) {
    if (std::string(icalproperty_get_x_name(property)) == name) {
      icalvalue* value = icalproperty_get_value(property);
      return icalvalue_isa(value) == ICAL_TEXT_VALUE ? icalvalue_get_text(value) : icalproperty_get_x(property);
    }
  }
  return {};
}

std::vector<Meeting> SeedMeetings() {
  ReportDocument seed = testing::SeedReport("es");
  Meeting virtual_meeting;
  virtual_meeting.id = MeetingId{13};
  virtual_meeting.body = "SMUGGLING_TIP_NETWORK";
  virtual_meeting.type = MeetingType::kVirtual;
  virtual_meeting.date = Day(2017, 2, 20);
  virtual_meeting.video_link = "https://meet.example.org/red-enlace";
  virtual_meeting.cancelled = true;
  Meeting rcgm;
  rcgm.id = MeetingId{14};
  rcgm.body = "RCGM";
  rcgm.place = Place{"San José", "CR"};
  rcgm.date = Day(2017, 6, 20);
  rcgm.date_end = Day(2017, 6, 22);
  return {seed.meeting, virtual_meeting, rcgm};
}

std::vector<CalendarDeadline> SeedDeadlines() {
  ReportDocument seed = testing::SeedReport("es");
  std::vector<CalendarDeadline> deadlines;
  for (const Commitment& commitment : seed.commitments) {
    std::string number;
    for (const Agreement& agreement : seed.agreements) {
      if (agreement.id == commitment.agreement_id) number = agreement.number;
    }
    deadlines.push_back(CalendarDeadline{commitment, seed.meeting, number});
  }
  return deadlines;
}

TEST(CalendarTest, MeetingsAndDeadlinesReadBackWithLibical) {
  std::vector<CalendarEntry> entries = CalendarEntriesFor(SeedMeetings(), SeedDeadlines(), testing::SeedReference(),
                                                          CalendarTexts(), "es", "https://enlace.example.org/");
  std::string text = RenderCalendar("enlace — Honduras", entries);
  Component calendar = Parse(text);
  ASSERT_NE(calendar, nullptr);
  EXPECT_EQ(icalcomponent_isa(calendar.get()), ICAL_VCALENDAR_COMPONENT);
  EXPECT_STREQ(icalproperty_get_prodid(icalcomponent_get_first_property(calendar.get(), ICAL_PRODID_PROPERTY)),
               "-//enlace//EN");
  EXPECT_STREQ(icalproperty_get_version(icalcomponent_get_first_property(calendar.get(), ICAL_VERSION_PROPERTY)),
               "2.0");
  EXPECT_EQ(icalcomponent_get_method(calendar.get()), ICAL_METHOD_PUBLISH);
  EXPECT_EQ(XProperty(calendar.get(), "X-WR-CALNAME"), "enlace — Honduras");

  std::vector<icalcomponent*> events = Events(calendar.get());
  // Three meetings and the two deadlines that have a date.
  ASSERT_EQ(events.size(), 5u);

  icalcomponent* meeting = events[0];
  EXPECT_STREQ(icalcomponent_get_uid(meeting), "meeting-12@enlace");
  EXPECT_EQ(Text(meeting, ICAL_SUMMARY_PROPERTY), "Reunión ordinaria — Red de Funcionarios de Enlace");
  EXPECT_EQ(Text(meeting, ICAL_LOCATION_PROPERTY), "San Pedro Sula, Honduras");
  EXPECT_EQ(Text(meeting, ICAL_URL_PROPERTY), "https://enlace.example.org/meetings/12");
  icaltimetype start = icalcomponent_get_dtstart(meeting);
  icaltimetype end = icalcomponent_get_dtend(meeting);
  EXPECT_TRUE(start.is_date);
  EXPECT_EQ(start.year, 2016);
  EXPECT_EQ(start.month, 11);
  EXPECT_EQ(start.day, 15);
  EXPECT_EQ(end.day, 16);  // exclusive end: the day after
  EXPECT_NE(Text(meeting, ICAL_DESCRIPTION_PROPERTY).find("Participantes: Canadá, Costa Rica"), std::string::npos);
  EXPECT_NE(icalcomponent_get_status(meeting), ICAL_STATUS_CANCELLED);

  icalcomponent* cancelled = events[1];
  EXPECT_EQ(icalcomponent_get_status(cancelled), ICAL_STATUS_CANCELLED);
  EXPECT_EQ(Text(cancelled, ICAL_SUMMARY_PROPERTY), "[Cancelada] Reunión virtual — Red de Funcionarios de Enlace");
  EXPECT_EQ(Text(cancelled, ICAL_LOCATION_PROPERTY), "https://meet.example.org/red-enlace");

  icalcomponent* rcgm = events[2];
  EXPECT_EQ(icalcomponent_get_dtend(rcgm).day, 23);  // 20–22 June: ends on the 23rd, exclusive

  icalcomponent* deadline = events[4];
  EXPECT_STREQ(icalcomponent_get_uid(deadline), "commitment-37@enlace");
  EXPECT_EQ(Text(deadline, ICAL_SUMMARY_PROPERTY),
            "Plazo: Países Miembros — enviar comentarios al Glosario (acuerdo 7)");
  EXPECT_EQ(icalcomponent_get_dtstart(deadline).month, 1);
  EXPECT_EQ(icalcomponent_get_dtstart(deadline).day, 15);
  EXPECT_EQ(Text(deadline, ICAL_URL_PROPERTY), "https://enlace.example.org/commitments/37");
  EXPECT_NE(Text(deadline, ICAL_DESCRIPTION_PROPERTY).find("Fecha límite: 15 de enero de 2017"), std::string::npos);
}

TEST(CalendarTest, EnglishDeadlinesReadInEnglish) {
  std::vector<CalendarEntry> entries = CalendarEntriesFor({}, SeedDeadlines(), testing::SeedReference(),
                                                          CalendarTexts(), "en", "https://enlace.example.org");
  ASSERT_EQ(entries.size(), 2u);
  EXPECT_EQ(entries[1].summary, "Deadline: Member Countries — submit comments on the Glossary (agreement 7)");
  EXPECT_EQ(entries[0].summary,
            "Deadline: TS — organise a virtual meeting of the contact points, with IOM support, to draft the Work Plan "
            "(agreement 2.b)");
}

TEST(CalendarTest, RawTextIsFoldedEscapedAndAllDay) {
  CalendarEntry entry;
  entry.uid = "meeting-99@enlace";
  entry.summary = "Reunión; con comas, punto y coma; y «comillas»";
  entry.description = std::string("Primera línea\nSegunda línea, con coma; y punto y coma\n") +
                      "Una línea muy larga con acentos: áéíóú ñ € — " + std::string(200, 'x') +
                      " ñññññññññññññññññññ fin";
  entry.location = "San Pedro Sula, Honduras";
  entry.start = Day(2016, 11, 15);
  entry.end = Day(2016, 11, 17);
  entry.stamp = std::chrono::sys_days{Day(2026, 11, 29)};
  std::string text = RenderCalendar("Calendario, de prueba", {entry});

  // Escapes are checked on the unfolded text (folding may cut a value anywhere).
  std::string unfolded = text;
  for (std::size_t fold = unfolded.find("\r\n "); fold != std::string::npos; fold = unfolded.find("\r\n ", fold)) {
    unfolded.erase(fold, 3);
  }
  EXPECT_NE(text.find("DTSTART;VALUE=DATE:20161115\r\n"), std::string::npos) << text;
  EXPECT_NE(text.find("DTEND;VALUE=DATE:20161118\r\n"), std::string::npos);
  EXPECT_NE(text.find("DTSTAMP:20261129T000000Z\r\n"), std::string::npos);
  EXPECT_NE(unfolded.find("SUMMARY:Reunión\\; con comas\\, punto y coma\\; y «comillas»"), std::string::npos);
  EXPECT_NE(unfolded.find("LOCATION:San Pedro Sula\\, Honduras"), std::string::npos);
  EXPECT_NE(unfolded.find("\r\nNAME:Calendario\\, de prueba\r\n"), std::string::npos);
  EXPECT_NE(unfolded.find("\r\nX-WR-CALNAME:Calendario, de prueba\r\n"), std::string::npos);
  EXPECT_NE(unfolded.find("Primera línea\\nSegunda línea\\, con coma\\; y punto y coma\\n"), std::string::npos);

  // Every physical line ends with CRLF, is at most 75 octets and is valid UTF-8 on its own.
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find("\r\n", start);
    ASSERT_NE(end, std::string::npos) << "a line without CRLF";
    std::string line = text.substr(start, end - start);
    EXPECT_LE(line.size(), 75u) << line;
    EXPECT_EQ(line.find('\n'), std::string::npos);
    int continuation = 0;
    for (unsigned char c : line) {
      if (continuation > 0) {
        EXPECT_EQ(c & 0xC0, 0x80) << "a character split by folding: " << line;
        --continuation;
      } else if (c >= 0xF0) {
        continuation = 3;
      } else if (c >= 0xE0) {
        continuation = 2;
      } else if (c >= 0xC0) {
        continuation = 1;
      }
    }
    EXPECT_EQ(continuation, 0) << "a character split by folding: " << line;
    start = end + 2;
  }

  Component calendar = Parse(text);
  ASSERT_NE(calendar, nullptr);
  std::vector<icalcomponent*> events = Events(calendar.get());
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(Text(events[0], ICAL_SUMMARY_PROPERTY), entry.summary);
  EXPECT_EQ(Text(events[0], ICAL_DESCRIPTION_PROPERTY), entry.description);
  EXPECT_EQ(Text(events[0], ICAL_LOCATION_PROPERTY), entry.location);
}

TEST(CalendarTest, ControlCharactersAndImpossibleDatesAreDropped) {
  CalendarEntry good;
  good.uid = "meeting-1@enlace";
  good.summary = std::string("Bad\x01 chars\x7f and \xff");
  good.start = Day(2017, 1, 1);
  CalendarEntry impossible;
  impossible.uid = "meeting-2@enlace";
  impossible.summary = "never";
  impossible.start = Day(2017, 2, 30);
  std::string text = RenderCalendar("x", {good, impossible});
  EXPECT_EQ(text.find('\x01'), std::string::npos);
  Component calendar = Parse(text);
  ASSERT_NE(calendar, nullptr);
  std::vector<icalcomponent*> events = Events(calendar.get());
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(Text(events[0], ICAL_SUMMARY_PROPERTY), "Bad chars and \uFFFD");
}

TEST(CalendarTest, AnEmptyFeedIsStillACalendar) {
  std::string text = RenderCalendar("vacío", {});
  Component calendar = Parse(text);
  ASSERT_NE(calendar, nullptr);
  EXPECT_EQ(Events(calendar.get()).size(), 0u);
  EXPECT_TRUE(text.starts_with("BEGIN:VCALENDAR\r\n"));
}

std::string Shown(const CalendarEntry& entry) {
  return "--- " + entry.uid + "\nsummary: " + entry.summary + "\nlocation: " + entry.location + "\nurl: " + entry.url +
         "\nstart: " + FormatIsoDate(entry.start) + "\nend: " + FormatIsoDate(entry.end) +
         "\ncancelled: " + (entry.cancelled ? "yes" : "no") + "\ndescription:\n" + entry.description + "\n";
}

// Every kind of entry in every shape, in both languages, as one golden file.
TEST(CalendarTest, EveryShapeMatchesTheGoldenFile) {
  std::vector<Meeting> meetings = SeedMeetings();
  Meeting workshop = meetings[2];
  workshop.id = MeetingId{15};
  workshop.type = MeetingType::kWorkshop;
  workshop.body = "IOM";
  workshop.date_end = Day(2017, 7, 1);
  workshop.title = LocalizedText{"Taller sobre protección", "Workshop on protection"};
  workshop.participants = {"CA", "IOM", "ZZ"};
  Meeting extraordinary = meetings[0];
  extraordinary.id = MeetingId{16};
  extraordinary.type = MeetingType::kExtraordinary;
  extraordinary.place = Place{};
  extraordinary.date_end = Day(2017, 1, 3);
  meetings.push_back(workshop);
  meetings.push_back(extraordinary);
  std::vector<CalendarDeadline> deadlines = SeedDeadlines();
  std::vector<CalendarDeadline> more;
  for (CommitmentStatus status : {CommitmentStatus::kOpen, CommitmentStatus::kInProgress, CommitmentStatus::kDone,
                                  CommitmentStatus::kCancelled}) {
    for (CalendarDeadline deadline : deadlines) {
      if (!deadline.commitment.deadline.due) continue;
      deadline.commitment.status = status;
      deadline.meeting = workshop;
      more.push_back(deadline);
      break;
    }
  }
  deadlines.insert(deadlines.end(), more.begin(), more.end());
  CalendarDeadline unnumbered = more.front();
  unnumbered.agreement_number.clear();
  unnumbered.commitment.deadline.text.clear();
  deadlines.push_back(unnumbered);
  std::string out;
  for (const char* language : {"es", "en", "fr"}) {
    out += std::string("=== ") + language + "\n";
    for (const CalendarEntry& entry : CalendarEntriesFor(meetings, deadlines, testing::SeedReference(), CalendarTexts(),
                                                         language, "https://enlace.example.org/")) {
      out += Shown(entry);
    }
  }
  testing::ExpectMatchesGolden(ENLACE_SOURCE_DIR "/backend/src/calendars/domain/testdata/calendar_entries.golden", out);
}

}  // namespace
}  // namespace enlace
