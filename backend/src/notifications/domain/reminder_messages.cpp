#include "notifications/domain/reminder_messages.hpp"

#include <algorithm>

#include "kernel/domain/written_text.hpp"
#include "notifications/domain/text_keys.hpp"

namespace enlace {
namespace {

// "dentro de 14 días", "mañana", "hoy", "ayer", "hace 3 días" / "in 14 days", "tomorrow", …
std::string RelativeDays(int days, const Wording& words) {
  if (days == 0) return words(text_keys::kRelativeToday);
  if (days == 1) return words(text_keys::kRelativeTomorrow);
  if (days == -1) return words(text_keys::kRelativeYesterday);
  TextParams count{{"count", std::to_string(days > 0 ? days : -days)}};
  return words(days > 0 ? text_keys::kRelativeInDays : text_keys::kRelativeDaysAgo, count);
}

std::string Greeting(const Reminder& reminder, const Wording& words) {
  if (reminder.recipient_name.empty()) return words(text_keys::kReminderGreetingWithoutName);
  return words(text_keys::kReminderGreeting, {{"name", reminder.recipient_name}});
}

std::string Closing(const Wording& words) { return words(text_keys::kReminderClosing) + "\n"; }

// "Países miembros — enviar comentarios al Glosario (acuerdo 7)"
std::string Headline(const ReminderItem& item, const Wording& words) {
  std::string line = item.party.empty() ? item.action : item.party + " \u2014 " + item.action;
  if (!item.agreement.empty()) {
    line = words(text_keys::kReminderHeadlineOfAgreement, {{"headline", line}, {"agreement", item.agreement}});
  }
  return line;
}

// The labelled details of one commitment, each line indented by two spaces, values from the
// fifteenth byte on.
std::string Details(const ReminderItem& item, const Wording& words) {
  std::string out;
  auto add = [&](TextKey label_key, const std::string& value) {
    if (value.empty()) return;
    std::string label = words(label_key);
    out += "  " + label + std::string(label.size() < 14 ? 14 - label.size() : 1, ' ') + value + "\n";
  };
  add(text_keys::kReminderLabelCommitment, item.action);
  add(text_keys::kReminderLabelParty, item.party);
  add(text_keys::kReminderLabelAgreement, item.agreement);
  add(text_keys::kReminderLabelMeeting, item.meeting);
  add(text_keys::kReminderLabelDeadline, item.deadline_text);
  if (item.due) add(text_keys::kReminderLabelDue, WrittenDate(*item.due, words));
  return out;
}

OutgoingEmail Addressed(const Reminder& reminder, const Wording& words) {
  OutgoingEmail email;
  email.to = reminder.recipient_email;
  email.to_name = reminder.recipient_name;
  email.language = words.language();
  return email;
}

OutgoingEmail DueSoon(const Reminder& reminder, const Wording& words) {
  OutgoingEmail email = Addressed(reminder, words);
  ReminderItem item = reminder.items.empty() ? ReminderItem{} : reminder.items.front();
  int days = reminder.days_before;
  if (days <= 0 && item.due) days = DaysBetween(reminder.today, *item.due);
  std::string headline = Headline(item, words);
  email.subject = days <= 0 ? words(text_keys::kDueTodaySubject, {{"headline", headline}})
                            : words(text_keys::kDaysLeftSubject, days, {{"headline", headline}});

  TextParams when{{"date", item.due ? WrittenDate(*item.due, words) : std::string()},
                  {"relative", RelativeDays(days, words)}};
  TextKey intro = item.due ? (days > 0 ? text_keys::kDueSoonIntro : text_keys::kDueSoonIntroToday)
                           : (days > 0 ? text_keys::kDueSoonIntroUndated : text_keys::kDueSoonIntroUndatedToday);
  std::string text = Greeting(reminder, words) + "\n\n" + words(intro, when);
  text += "\n\n" + Details(item, words) + "\n";
  text += words(text_keys::kDueSoonOpenLink) + "\n";
  text += item.link + "\n\n" + Closing(words);
  email.text = text;
  return email;
}

OutgoingEmail Overdue(const Reminder& reminder, const Wording& words) {
  OutgoingEmail email = Addressed(reminder, words);
  ReminderItem item = reminder.items.empty() ? ReminderItem{} : reminder.items.front();
  email.subject = words(text_keys::kOverdueSubject, {{"headline", Headline(item, words)}});
  std::string text = Greeting(reminder, words) + "\n\n";
  if (item.due) {
    text +=
        words(text_keys::kOverdueIntro, {{"date", WrittenDate(*item.due, words)},
                                         {"relative", RelativeDays(DaysBetween(reminder.today, *item.due), words)}});
  } else {
    text += words(text_keys::kOverdueIntroUndated);
  }
  text += "\n\n" + Details(item, words) + "\n";
  text += words(text_keys::kOverdueOpenLink) + "\n";
  text += item.link + "\n\n" + Closing(words);
  email.text = text;
  return email;
}

enum class Section { kOverdue, kUpcoming, kUndated };

Section SectionOf(const ReminderItem& item, Date today) {
  if (item.overdue || (item.due && *item.due < today)) return Section::kOverdue;
  return item.due ? Section::kUpcoming : Section::kUndated;
}

TextKey SectionTitle(Section section) {
  switch (section) {
    case Section::kOverdue:
      return text_keys::kDigestSectionOverdue;
    case Section::kUpcoming:
      return text_keys::kDigestSectionUpcoming;
    case Section::kUndated:
      return text_keys::kDigestSectionUndated;
  }
  return text_keys::kDigestSectionUndated;
}

// "2 compromisos vencidos y 3 pendientes" / "2 overdue and 3 pending commitments".
std::string DigestSummary(std::size_t overdue, std::size_t pending, const Wording& words) {
  auto count = [](std::size_t n) { return static_cast<long long>(n); };
  if (overdue == 0 && pending == 0) return words(text_keys::kDigestNothing);
  if (overdue > 0 && pending > 0) {
    return words(text_keys::kDigestBoth, {{"overdue", words(text_keys::kDigestBothOverdue, count(overdue))},
                                          {"pending", words(text_keys::kDigestBothPending, count(pending))}});
  }
  if (overdue > 0) return words(text_keys::kDigestOverdue, count(overdue));
  return words(text_keys::kDigestPending, count(pending));
}

OutgoingEmail Digest(const Reminder& reminder, const Wording& words) {
  OutgoingEmail email = Addressed(reminder, words);
  std::vector<const ReminderItem*> items;
  for (const ReminderItem& item : reminder.items) items.push_back(&item);
  std::stable_sort(items.begin(), items.end(), [&](const ReminderItem* a, const ReminderItem* b) {
    Section sa = SectionOf(*a, reminder.today), sb = SectionOf(*b, reminder.today);
    if (sa != sb) return sa < sb;
    if (a->due && b->due) return *a->due < *b->due;
    return false;
  });
  std::size_t overdue = 0;
  for (const ReminderItem* item : items) overdue += SectionOf(*item, reminder.today) == Section::kOverdue;
  std::size_t pending = items.size() - overdue;
  email.subject = words(text_keys::kDigestSubject, {{"summary", DigestSummary(overdue, pending, words)}});

  std::string text = Greeting(reminder, words) + "\n\n";
  TextParams today{{"date", WrittenDate(reminder.today, words)}};
  if (items.empty()) {
    text += words(text_keys::kDigestNothingPending, today) + "\n\n";
    email.text = text + Closing(words);
    return email;
  }
  text += words(text_keys::kDigestIntro, today);
  text += "\n";
  std::size_t number = 0;
  std::optional<Section> current;
  for (const ReminderItem* item : items) {
    Section section = SectionOf(*item, reminder.today);
    if (section != current) {
      current = section;
      std::size_t in_section = 0;
      for (const ReminderItem* other : items) in_section += SectionOf(*other, reminder.today) == section;
      text += "\n" + words(SectionTitle(section)) + " (" + std::to_string(in_section) + ")\n\n";
    }
    ++number;
    text += std::to_string(number) + ". " + Headline(*item, words) + "\n";
    if (!item->meeting.empty()) text += "   " + item->meeting + "\n";
    std::string deadline = item->deadline_text;
    if (item->due) {
      int days = DaysBetween(reminder.today, *item->due);
      std::string due = words(days < 0 ? text_keys::kDigestWasDue : text_keys::kDigestDue,
                              {{"date", WrittenDate(*item->due, words)}, {"relative", RelativeDays(days, words)}});
      deadline = deadline.empty() ? due : deadline + " \u2014 " + due;
    }
    if (!deadline.empty()) text += "   " + words(text_keys::kDigestDeadline, {{"deadline", deadline}}) + "\n";
    if (!item->link.empty()) text += "   " + item->link + "\n";
    text += "\n";
  }
  text += words(text_keys::kDigestFooter) + "\n\n";
  email.text = text + Closing(words);
  return email;
}

// One commitment with an introduction of its own: the Secretariat's request, or a new commitment.
OutgoingEmail Single(const Reminder& reminder, const Wording& words, TextKey subject, TextKey intro, TextKey open) {
  OutgoingEmail email = Addressed(reminder, words);
  ReminderItem item = reminder.items.empty() ? ReminderItem{} : reminder.items.front();
  email.subject = words(subject, {{"headline", Headline(item, words)}});
  std::string text = Greeting(reminder, words) + "\n\n" + words(intro);
  text += "\n\n" + Details(item, words) + "\n";
  text += words(open) + "\n";
  text += item.link + "\n\n" + Closing(words);
  email.text = text;
  return email;
}

}  // namespace

OutgoingEmail ComposeReminder(const Reminder& reminder, const Texts& texts) {
  const Wording words = Wording::ForReader(texts, reminder.language);
  switch (reminder.kind) {
    case ReminderKind::kDueSoon:
      return DueSoon(reminder, words);
    case ReminderKind::kOverdue:
      return Overdue(reminder, words);
    case ReminderKind::kWeeklyDigest:
      return Digest(reminder, words);
    case ReminderKind::kRequested:
      return Single(reminder, words, text_keys::kRequestedSubject, text_keys::kRequestedIntro,
                    text_keys::kRequestedOpenLink);
    case ReminderKind::kAssigned:
      return Single(reminder, words, text_keys::kAssignedSubject, text_keys::kAssignedIntro,
                    text_keys::kAssignedOpenLink);
  }
  return Digest(reminder, words);
}

}  // namespace enlace
