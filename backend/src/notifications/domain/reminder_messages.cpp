#include "notifications/domain/reminder_messages.hpp"

#include <algorithm>
#include <array>

namespace enlace {
namespace {

bool English(std::string_view language) { return language == "en"; }

// "30 de marzo de 2018" / "30 March 2018". (The export layer writes dates the same way; both
// would use a domain function if the domain had one.)
std::string WrittenDate(Date date, std::string_view language) {
  static constexpr std::array<const char*, 12> kEs = {"enero",      "febrero", "marzo",     "abril",
                                                      "mayo",       "junio",   "julio",     "agosto",
                                                      "septiembre", "octubre", "noviembre", "diciembre"};
  static constexpr std::array<const char*, 12> kEn = {"January",   "February", "March",    "April",
                                                      "May",       "June",     "July",     "August",
                                                      "September", "October",  "November", "December"};
  if (!date.ok()) return "?";
  unsigned month = static_cast<unsigned>(date.month()) - 1;
  std::string day = std::to_string(static_cast<unsigned>(date.day()));
  std::string year = std::to_string(static_cast<int>(date.year()));
  return English(language) ? day + " " + kEn[month] + " " + year : day + " de " + kEs[month] + " de " + year;
}

// "dentro de 14 días", "mañana", "hoy", "ayer", "hace 3 días" / "in 14 days", "tomorrow", …
std::string RelativeDays(int days, std::string_view language) {
  const bool english = English(language);
  if (days == 0) return english ? "today" : "hoy";
  if (days == 1) return english ? "tomorrow" : "mañana";
  if (days == -1) return english ? "yesterday" : "ayer";
  std::string count = std::to_string(days > 0 ? days : -days);
  if (days > 0) return english ? "in " + count + " days" : "dentro de " + count + " días";
  return english ? count + " days ago" : "hace " + count + " días";
}

std::string Greeting(const Reminder& reminder) {
  const bool english = English(reminder.language);
  if (reminder.recipient_name.empty()) return english ? "Dear colleague," : "Estimado/a colega:";
  return english ? "Dear " + reminder.recipient_name + "," : "Estimado/a " + reminder.recipient_name + ":";
}

std::string Closing(std::string_view language) {
  return English(language)
             ? "Kind regards,\nenlace\n\nThis message was sent automatically; please do not reply to it.\n"
             : "Atentamente,\nenlace\n\nEste mensaje se envió automáticamente; por favor no lo responda.\n";
}

// "Países miembros — enviar comentarios al Glosario (acuerdo 7)"
std::string Headline(const ReminderItem& item, std::string_view language) {
  std::string line = item.party.empty() ? item.action : item.party + " \u2014 " + item.action;
  if (!item.agreement.empty()) line += (English(language) ? " (agreement " : " (acuerdo ") + item.agreement + ")";
  return line;
}

// The labelled details of one commitment, each line indented by two spaces.
std::string Details(const ReminderItem& item, std::string_view language) {
  const bool english = English(language);
  std::string out;
  auto add = [&](const char* label_es, const char* label_en, const std::string& value) {
    if (value.empty()) return;
    std::string label = english ? label_en : label_es;
    out += "  " + label + std::string(label.size() < 14 ? 14 - label.size() : 1, ' ') + value + "\n";
  };
  add("Compromiso:", "Commitment:", item.action);
  add("Responsable:", "Party:", item.party);
  add("Acuerdo:", "Agreement:", item.agreement);
  add("Reunión:", "Meeting:", item.meeting);
  add("Plazo:", "Deadline:", item.deadline_text);
  if (item.due) add("Fecha límite:", "Due date:", WrittenDate(*item.due, language));
  return out;
}

OutgoingEmail Addressed(const Reminder& reminder, std::string language) {
  OutgoingEmail email;
  email.to = reminder.recipient_email;
  email.to_name = reminder.recipient_name;
  email.language = std::move(language);
  return email;
}

OutgoingEmail DueSoon(const Reminder& reminder, std::string_view language) {
  const bool english = English(language);
  OutgoingEmail email = Addressed(reminder, std::string(language));
  ReminderItem item = reminder.items.empty() ? ReminderItem{} : reminder.items.front();
  int days = reminder.days_before;
  if (days <= 0 && item.due) days = DaysBetween(reminder.today, *item.due);
  std::string left;
  if (days <= 0) {
    left = english ? "Due today" : "Vence hoy";
  } else if (days == 1) {
    left = english ? "1 day left" : "Queda 1 día";
  } else {
    left = english ? std::to_string(days) + " days left" : "Quedan " + std::to_string(days) + " días";
  }
  email.subject = left + ": " + Headline(item, language);

  std::string when = item.due ? WrittenDate(*item.due, language) : std::string();
  std::string text = Greeting(reminder) + "\n\n";
  if (english) {
    text += "This is a reminder that the following commitment is due";
    text += when.empty() ? "" : " on " + when;
    text += days > 0 ? " (" + RelativeDays(days, language) + ")." : ", today.";
  } else {
    text += "Le recordamos que el siguiente compromiso vence";
    text += when.empty() ? "" : " el " + when;
    text += days > 0 ? " (" + RelativeDays(days, language) + ")." : ", hoy.";
  }
  text += "\n\n" + Details(item, language) + "\n";
  text += english ? "To report progress or record your answer, open:\n"
                  : "Para informar del avance o registrar su respuesta, abra:\n";
  text += item.link + "\n\n" + Closing(language);
  email.text = text;
  return email;
}

OutgoingEmail Overdue(const Reminder& reminder, std::string_view language) {
  const bool english = English(language);
  OutgoingEmail email = Addressed(reminder, std::string(language));
  ReminderItem item = reminder.items.empty() ? ReminderItem{} : reminder.items.front();
  email.subject = (english ? "Overdue: " : "Compromiso vencido: ") + Headline(item, language);
  std::string text = Greeting(reminder) + "\n\n";
  std::string ago = item.due ? " (" + RelativeDays(DaysBetween(reminder.today, *item.due), language) + ")" : "";
  if (english) {
    text += "The following commitment was due";
    text += item.due ? " on " + WrittenDate(*item.due, language) + ago : "";
    text += " and is not yet recorded as done.";
  } else {
    text += "El plazo del siguiente compromiso venció";
    text += item.due ? " el " + WrittenDate(*item.due, language) + ago : "";
    text += " y todavía no consta como cumplido.";
  }
  text += "\n\n" + Details(item, language) + "\n";
  text += english ? "If it has been done, please record it so that it no longer shows as pending; if it is under way, "
                    "report its progress:\n"
                  : "Si ya se cumplió, regístrelo para que deje de figurar como pendiente; si está en curso, informe "
                    "de su avance:\n";
  text += item.link + "\n\n" + Closing(language);
  email.text = text;
  return email;
}

enum class Section { kOverdue, kUpcoming, kUndated };

Section SectionOf(const ReminderItem& item, Date today) {
  if (item.overdue || (item.due && *item.due < today)) return Section::kOverdue;
  return item.due ? Section::kUpcoming : Section::kUndated;
}

OutgoingEmail Digest(const Reminder& reminder, std::string_view language) {
  const bool english = English(language);
  OutgoingEmail email = Addressed(reminder, std::string(language));
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

  auto count = [&](std::size_t n, const char* one_es, const char* many_es, const char* one_en, const char* many_en) {
    return std::to_string(n) + " " + (english ? (n == 1 ? one_en : many_en) : (n == 1 ? one_es : many_es));
  };
  std::string summary;
  if (items.empty()) {
    summary = english ? "nothing pending" : "sin compromisos pendientes";
  } else if (overdue > 0 && pending > 0) {
    summary = english ? std::to_string(overdue) + " overdue and " +
                            count(pending, "", "", "pending commitment", "pending commitments")
                      : count(overdue, "compromiso vencido", "compromisos vencidos", "", "") + " y " +
                            std::to_string(pending) + (pending == 1 ? " pendiente" : " pendientes");
  } else if (overdue > 0) {
    summary = count(overdue, "compromiso vencido", "compromisos vencidos", "overdue commitment", "overdue commitments");
  } else {
    summary =
        count(pending, "compromiso pendiente", "compromisos pendientes", "pending commitment", "pending commitments");
  }
  email.subject = (english ? "Weekly summary: " : "Resumen semanal: ") + summary;

  std::string text = Greeting(reminder) + "\n\n";
  if (items.empty()) {
    text += english ? "As of " + WrittenDate(reminder.today, language) +
                          ", there are no pending commitments for your country or organisation.\n\n"
                    : "Al " + WrittenDate(reminder.today, language) +
                          " no hay compromisos pendientes para su país u organización.\n\n";
    email.text = text + Closing(language);
    return email;
  }
  text += english ? "Here is the weekly summary of the pending commitments of your country or organisation, as of " +
                        WrittenDate(reminder.today, language) + "."
                  : "Este es el resumen semanal de los compromisos pendientes de su país u organización al " +
                        WrittenDate(reminder.today, language) + ".";
  text += "\n";
  std::size_t number = 0;
  std::optional<Section> current;
  for (const ReminderItem* item : items) {
    Section section = SectionOf(*item, reminder.today);
    if (section != current) {
      current = section;
      std::size_t in_section = 0;
      for (const ReminderItem* other : items) in_section += SectionOf(*other, reminder.today) == section;
      std::string title;
      switch (section) {
        case Section::kOverdue:
          title = english ? "OVERDUE" : "VENCIDOS";
          break;
        case Section::kUpcoming:
          title = english ? "COMING UP" : "PRÓXIMOS PLAZOS";
          break;
        case Section::kUndated:
          title = english ? "NO DUE DATE YET" : "SIN FECHA LÍMITE";
          break;
      }
      text += "\n" + title + " (" + std::to_string(in_section) + ")\n\n";
    }
    ++number;
    text += std::to_string(number) + ". " + Headline(*item, language) + "\n";
    if (!item->meeting.empty()) text += "   " + item->meeting + "\n";
    std::string deadline = item->deadline_text;
    if (item->due) {
      int days = DaysBetween(reminder.today, *item->due);
      std::string due = english ? (days < 0 ? "was due " : "due ") + WrittenDate(*item->due, language)
                                : (days < 0 ? "venció el " : "vence el ") + WrittenDate(*item->due, language);
      due += " (" + RelativeDays(days, language) + ")";
      deadline = deadline.empty() ? due : deadline + " \u2014 " + due;
    }
    if (!deadline.empty()) text += (english ? "   Deadline: " : "   Plazo: ") + deadline + "\n";
    if (!item->link.empty()) text += "   " + item->link + "\n";
    text += "\n";
  }
  text += english ? "Each link opens the commitment, where progress and answers are recorded.\n\n"
                  : "Cada enlace abre el compromiso, donde se registran el avance y las respuestas.\n\n";
  email.text = text + Closing(language);
  return email;
}

}  // namespace

OutgoingEmail ComposeReminder(const Reminder& reminder) {
  std::string_view language = English(reminder.language) ? "en" : "es";
  switch (reminder.kind) {
    case ReminderKind::kDueSoon:
      return DueSoon(reminder, language);
    case ReminderKind::kOverdue:
      return Overdue(reminder, language);
    case ReminderKind::kWeeklyDigest:
      return Digest(reminder, language);
  }
  return Digest(reminder, language);
}

}  // namespace enlace
