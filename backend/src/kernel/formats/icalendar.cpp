#include "kernel/formats/icalendar.hpp"

#include <libical/ical.h>

#include <memory>

#include "kernel/domain/written_text.hpp"

namespace enlace {
namespace {

struct ComponentDeleter {
  void operator()(icalcomponent* component) const { icalcomponent_free(component); }
};

icaltimetype DayValue(Date date) {
  icaltimetype day = icaltime_null_date();
  day.year = static_cast<int>(date.year());
  day.month = static_cast<int>(static_cast<unsigned>(date.month()));
  day.day = static_cast<int>(static_cast<unsigned>(date.day()));
  day.is_date = 1;
  return day;
}

icaltimetype UtcValue(Timestamp instant) {
  return icaltime_from_timet_with_zone(static_cast<time_t>(instant.time_since_epoch().count()), 0,
                                       icaltimezone_get_utc_timezone());
}

}  // namespace

std::string RenderCalendar(std::string_view calendar_name, const std::vector<CalendarEntry>& entries) {
  std::unique_ptr<icalcomponent, ComponentDeleter> calendar(icalcomponent_new_vcalendar());
  icalcomponent_add_property(calendar.get(), icalproperty_new_prodid("-//enlace//EN"));
  icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
  icalcomponent_add_property(calendar.get(), icalproperty_new_calscale("GREGORIAN"));
  icalcomponent_add_property(calendar.get(), icalproperty_new_method(ICAL_METHOD_PUBLISH));
  // The calendar's name twice: NAME (RFC 7986, a TEXT property that libical escapes) and
  // X-WR-CALNAME, the de-facto name most applications read. libical writes X-property values as
  // they are apart from backslashes and newlines; readers take X-WR-CALNAME's value to the end
  // of the line, so a comma in it is harmless.
  std::string name = CleanText(calendar_name, LineBreaks::kToSpaces);
  icalcomponent_add_property(calendar.get(), icalproperty_new_name(name.c_str()));
  icalproperty* name_property = icalproperty_new_x(name.c_str());
  icalproperty_set_x_name(name_property, "X-WR-CALNAME");
  icalcomponent_add_property(calendar.get(), name_property);
  // Subscribed feeds: ask for a refresh every hour (RFC 7986, and Outlook's X-PUBLISHED-TTL).
  icalcomponent_add_property(calendar.get(), icalproperty_new_refreshinterval(icaldurationtype_from_int(3600)));
  icalproperty* ttl = icalproperty_new_x("PT1H");
  icalproperty_set_x_name(ttl, "X-PUBLISHED-TTL");
  icalcomponent_add_property(calendar.get(), ttl);

  for (const CalendarEntry& entry : entries) {
    if (!entry.start.ok()) continue;
    Date last = entry.end.ok() && entry.end >= entry.start ? entry.end : entry.start;
    icalcomponent* event = icalcomponent_new_vevent();
    icalcomponent_add_property(event, icalproperty_new_uid(CleanText(entry.uid, LineBreaks::kToSpaces).c_str()));
    icalcomponent_add_property(event, icalproperty_new_dtstamp(UtcValue(entry.stamp)));
    icalcomponent_add_property(event, icalproperty_new_dtstart(DayValue(entry.start)));
    icalcomponent_add_property(event, icalproperty_new_dtend(DayValue(AddDays(last, 1))));
    if (entry.sequence > 0)
      icalcomponent_add_property(event, icalproperty_new_sequence(static_cast<int>(entry.sequence)));
    icalcomponent_add_property(event,
                               icalproperty_new_summary(CleanText(entry.summary, LineBreaks::kToSpaces).c_str()));
    std::string description = CleanText(entry.description);
    if (!description.empty()) icalcomponent_add_property(event, icalproperty_new_description(description.c_str()));
    std::string location = CleanText(entry.location, LineBreaks::kToSpaces);
    if (!location.empty()) icalcomponent_add_property(event, icalproperty_new_location(location.c_str()));
    std::string url = CleanText(entry.url, LineBreaks::kToSpaces);
    if (!url.empty()) icalcomponent_add_property(event, icalproperty_new_url(url.c_str()));
    if (entry.cancelled) icalcomponent_add_property(event, icalproperty_new_status(ICAL_STATUS_CANCELLED));
    icalcomponent_add_component(calendar.get(), event);
  }
  char* text = icalcomponent_as_ical_string_r(calendar.get());
  std::string out = text != nullptr ? text : "";
  icalmemory_free_buffer(text);
  return out;
}

}  // namespace enlace
