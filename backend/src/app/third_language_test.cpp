// A third language is a set of catalogue files, not code: this test gives the application's texts
// French catalogues for the kernel, the reminders and the calendars (test-only files, not
// shipped) and writes a date, a reminder e-mail and calendar entries in French with the code as it
// is.
#include <gtest/gtest.h>

#include "app/capabilities.hpp"
#include "calendars/domain/calendar_entries.hpp"
#include "kernel/domain/written_text.hpp"
#include "kernel/testing/test_kernel.hpp"
#include "meetings/testing/report_fixtures.hpp"
#include "notifications/domain/reminder_messages.hpp"
#include "notifications/domain/text_keys.hpp"

namespace enlace {
namespace {

constexpr std::string_view kKernelFr = R"json({
  "texts": {
    "date.month.january": "janvier", "date.month.february": "février", "date.month.march": "mars",
    "date.month.april": "avril", "date.month.may": "mai", "date.month.june": "juin", "date.month.july": "juillet",
    "date.month.august": "août", "date.month.september": "septembre", "date.month.october": "octobre",
    "date.month.november": "novembre", "date.month.december": "décembre",
    "date.written": "{day} {month} {year}",
    "date.span.same_month": "{first_day}–{last_day} {last_month} {last_year}",
    "date.span.same_year": "{first_day} {first_month} – {last_day} {last_month} {last_year}",
    "date.span.across_years": "{first} – {last}",
    "date.phrase.one_day": "le {date}",
    "date.phrase.same_month": "du {first_day} au {last_day} {last_month} {last_year}",
    "date.phrase.same_year": "du {first_day} {first_month} au {last_day} {last_month} {last_year}",
    "date.phrase.across_years": "du {first} au {last}",
    "list.separator": ", ", "list.last_separator": " et ", "list.last_separator_before_i_sound": " et ",
    "names.subject.masculine": "Le {name}", "names.subject.feminine": "La {name}",
    "names.subject.masculine_plural": "Les {name}", "names.subject.feminine_plural": "Les {name}",
    "names.to.masculine": "au {name}", "names.to.feminine": "à la {name}",
    "names.to.masculine_plural": "aux {name}", "names.to.feminine_plural": "aux {name}",
    "names.of.masculine": "du {name}", "names.of.feminine": "de la {name}",
    "names.of.masculine_plural": "des {name}", "names.of.feminine_plural": "des {name}",
    "grammar.plural.one": "0 1",
    "grammar.gender.masculine_words": "réseau groupe secrétariat système programme mécanisme forum",
    "grammar.gender.feminine_words": "conférence organisation commission présidence oim crm",
    "grammar.gender.masculine_plural_words": "pays",
    "grammar.gender.feminine_plural_words": "",
    "grammar.gender.masculine_endings": "",
    "grammar.gender.feminine_endings": "tion sion ence ance té",
    "grammar.gender.masculine_plural_endings": "",
    "grammar.gender.feminine_plural_endings": ""
  }
})json";

constexpr std::string_view kNotificationsFr = R"json({
  "texts": {
    "reminders.greeting": "Madame, Monsieur {name},",
    "reminders.greeting.without_name": "Madame, Monsieur,",
    "reminders.closing": "Cordialement,\nenlace\n\nCe message a été envoyé automatiquement ; merci de ne pas y répondre.",
    "reminders.headline.agreement": "{headline} (accord {agreement})",
    "reminders.label.commitment": "Engagement :",
    "reminders.label.party": "Responsable :",
    "reminders.label.agreement": "Accord :",
    "reminders.label.meeting": "Réunion :",
    "reminders.label.deadline": "Délai :",
    "reminders.label.due": "Échéance :",
    "reminders.relative.today": "aujourd’hui",
    "reminders.relative.tomorrow": "demain",
    "reminders.relative.yesterday": "hier",
    "reminders.relative.in_days": "dans {count} jours",
    "reminders.relative.days_ago": "il y a {count} jours",
    "reminders.due_soon.subject.today": "Échéance aujourd’hui : {headline}",
    "reminders.due_soon.subject.one": "{count} jour restant : {headline}",
    "reminders.due_soon.subject.other": "{count} jours restants : {headline}",
    "reminders.due_soon.intro": "Nous vous rappelons que l’engagement suivant arrive à échéance le {date} ({relative}).",
    "reminders.due_soon.intro_today": "Nous vous rappelons que l’engagement suivant arrive à échéance le {date}, aujourd’hui.",
    "reminders.due_soon.intro_undated": "Nous vous rappelons que l’engagement suivant arrive à échéance ({relative}).",
    "reminders.due_soon.intro_undated_today": "Nous vous rappelons que l’engagement suivant arrive à échéance aujourd’hui.",
    "reminders.due_soon.open_link": "Pour signaler l’avancement ou enregistrer votre réponse, ouvrez :",
    "reminders.overdue.subject": "Engagement échu : {headline}",
    "reminders.overdue.intro": "L’engagement suivant est arrivé à échéance le {date} ({relative}) et n’est pas encore enregistré comme accompli.",
    "reminders.overdue.intro_undated": "L’engagement suivant est arrivé à échéance et n’est pas encore enregistré comme accompli.",
    "reminders.overdue.open_link": "S’il a été accompli, enregistrez-le ; s’il est en cours, signalez son avancement :",
    "reminders.requested.subject": "Rappel du Secrétariat technique : {headline}",
    "reminders.requested.intro": "Le Secrétariat technique vous rappelle que votre réponse à cet engagement n’a pas encore été enregistrée.",
    "reminders.requested.open_link": "Pour répondre ou signaler un avancement, ouvrez l’engagement :",
    "reminders.assigned.subject": "Nouvel engagement : {headline}",
    "reminders.assigned.intro": "Un engagement de votre pays ou de votre organisation a été enregistré.",
    "reminders.assigned.open_link": "Vous pouvez le consulter et signaler son avancement ici :",
    "reminders.digest.subject": "Résumé hebdomadaire : {summary}",
    "reminders.digest.summary.nothing": "rien en attente",
    "reminders.digest.summary.overdue.one": "{count} engagement échu",
    "reminders.digest.summary.overdue.other": "{count} engagements échus",
    "reminders.digest.summary.pending.one": "{count} engagement en attente",
    "reminders.digest.summary.pending.other": "{count} engagements en attente",
    "reminders.digest.summary.both": "{overdue} et {pending}",
    "reminders.digest.summary.both.overdue.one": "{count} engagement échu",
    "reminders.digest.summary.both.overdue.other": "{count} engagements échus",
    "reminders.digest.summary.both.pending.one": "{count} en attente",
    "reminders.digest.summary.both.pending.other": "{count} en attente",
    "reminders.digest.nothing_pending": "Au {date}, aucun engagement n’est en attente pour votre pays ou organisation.",
    "reminders.digest.intro": "Voici le résumé hebdomadaire des engagements en attente de votre pays ou organisation au {date}.",
    "reminders.digest.section.overdue": "ÉCHUS",
    "reminders.digest.section.upcoming": "PROCHAINES ÉCHÉANCES",
    "reminders.digest.section.undated": "SANS ÉCHÉANCE",
    "reminders.digest.was_due": "échu le {date} ({relative})",
    "reminders.digest.due": "échéance le {date} ({relative})",
    "reminders.digest.deadline": "Délai : {deadline}",
    "reminders.digest.footer": "Chaque lien ouvre l’engagement, où sont enregistrés l’avancement et les réponses."
  }
})json";

constexpr std::string_view kCalendarsFr = R"json({
  "texts": {
    "calendars.meeting.regular": "Réunion ordinaire — {body}",
    "calendars.meeting.extraordinary": "Réunion extraordinaire — {body}",
    "calendars.meeting.virtual": "Réunion virtuelle — {body}",
    "calendars.meeting.workshop": "Atelier — {body}",
    "calendars.meeting.cancelled": "[Annulée] {summary}",
    "calendars.meeting.participants": "Participants : {names}",
    "calendars.meeting.video_link": "Lien vidéo : {link}",
    "calendars.deadline.summary": "Échéance : {party} — {action}",
    "calendars.deadline.summary_with_agreement": "Échéance : {party} — {action} (accord {agreement})",
    "calendars.deadline.cancelled": "[Annulé] {summary}",
    "calendars.deadline.commitment": "Engagement : {action}",
    "calendars.deadline.party": "Responsable : {party}",
    "calendars.deadline.as_written": "Délai selon l’accord : {deadline}",
    "calendars.deadline.due_date": "Échéance : {date}",
    "calendars.deadline.agreement": "Accord {agreement} — {meeting}",
    "calendars.deadline.status": "État : {status}",
    "calendars.status.open": "ouvert",
    "calendars.status.in_progress": "en cours",
    "calendars.status.done": "accompli",
    "calendars.status.cancelled": "annulé"
  }
})json";

// The application's texts with the French files added, as a deployment would add them.
const Texts& TextsWithFrench() {
  static const Texts texts = [] {
    Texts texts = testing::CatalogueTexts(Capabilities());
    for (auto [origin, catalogue] : {std::pair{"kernel", kKernelFr}, std::pair{"notifications", kNotificationsFr},
                                     std::pair{"calendars", kCalendarsFr}}) {
      const EmbeddedFile files[] = {{"texts/fr.json", catalogue}};
      if (auto added = texts.Add(origin, files); !added) ADD_FAILURE() << added.error().detail;
    }
    return texts;
  }();
  return texts;
}

Date Day(int year, unsigned month, unsigned day) {
  return Date{std::chrono::year{year}, std::chrono::month{month}, std::chrono::day{day}};
}

TEST(ThirdLanguageTest, FrenchFilesHaveEveryKeyOfTheirFolders) {
  const Texts& texts = TextsWithFrench();
  std::vector<std::string> missing;
  for (const auto& key : texts.TextKeys("es")) {
    bool french_folder = key.starts_with("date.") || key.starts_with("list.") || key.starts_with("names.") ||
                         key.starts_with("grammar.") || key.starts_with("reminders.") || key.starts_with("calendars.");
    if (french_folder && !texts.HasText("fr", key)) missing.push_back(key);
  }
  EXPECT_TRUE(missing.empty()) << missing.front();
}

TEST(ThirdLanguageTest, DatesAndListsAreWrittenInFrench) {
  const Wording french(TextsWithFrench(), "fr");
  EXPECT_EQ(WrittenDate(Day(2016, 11, 15), french), "15 novembre 2016");
  EXPECT_EQ(WrittenDateSpan(Day(2016, 11, 15), Day(2016, 11, 17), french), "15–17 novembre 2016");
  EXPECT_EQ(DatePhrase(Day(2016, 11, 30), Day(2016, 12, 2), french), "du 30 novembre au 2 décembre 2016");
  EXPECT_EQ(DatePhrase(Day(2017, 8, 4), Day(2017, 8, 4), french), "le 4 août 2017");
  EXPECT_EQ(JoinNames({"Canada", "Chili", "Irlande"}, french), "Canada, Chili et Irlande");
  // French counts 0 and 1 as singular, where Spanish and English count only 1.
  EXPECT_EQ(french(text_keys::kDaysLeftSubject, 0, {{"headline", "x"}}), "0 jour restant : x");
  EXPECT_EQ(french(text_keys::kDaysLeftSubject, 2, {{"headline", "x"}}), "2 jours restants : x");
}

TEST(ThirdLanguageTest, AReminderIsWrittenInFrench) {
  Reminder reminder{.kind = ReminderKind::kDueSoon,
                    .language = "fr",
                    .recipient_name = "Ana María Núñez",
                    .recipient_email = "ana@example.org",
                    .days_before = 3,
                    .today = Day(2018, 3, 27),
                    .items = {ReminderItem{.commitment_id = CommitmentId{34},
                                           .meeting = "Réseau des fonctionnaires de liaison, 15 novembre 2016",
                                           .agreement = "7",
                                           .party = "Pays membres",
                                           .action = "envoyer des commentaires sur le Glossaire",
                                           .deadline_text = "dans un délai de deux mois",
                                           .due = Day(2018, 3, 30),
                                           .link = "https://enlace.example.org/commitments/34"}}};
  OutgoingEmail email = ComposeReminder(reminder, TextsWithFrench());
  EXPECT_EQ(email.language, "fr");
  EXPECT_EQ(email.subject, "3 jours restants : Pays membres — envoyer des commentaires sur le Glossaire (accord 7)");
  // The details are aligned by bytes, as in Spanish and English: a label with accented letters
  // ("Réunion :") ends up one column short.
  EXPECT_EQ(email.text,
            "Madame, Monsieur Ana María Núñez,\n"
            "\n"
            "Nous vous rappelons que l’engagement suivant arrive à échéance le 30 mars 2018 (dans 3 jours).\n"
            "\n"
            "  Engagement :  envoyer des commentaires sur le Glossaire\n"
            "  Responsable : Pays membres\n"
            "  Accord :      7\n"
            "  Réunion :    Réseau des fonctionnaires de liaison, 15 novembre 2016\n"
            "  Délai :      dans un délai de deux mois\n"
            "  Échéance :  30 mars 2018\n"
            "\n"
            "Pour signaler l’avancement ou enregistrer votre réponse, ouvrez :\n"
            "https://enlace.example.org/commitments/34\n"
            "\n"
            "Cordialement,\n"
            "enlace\n"
            "\n"
            "Ce message a été envoyé automatiquement ; merci de ne pas y répondre.\n");

  reminder.kind = ReminderKind::kWeeklyDigest;
  reminder.today = Day(2018, 4, 2);
  ReminderItem later = reminder.items[0];
  later.due = Day(2018, 4, 20);
  reminder.items.push_back(later);
  EXPECT_EQ(ComposeReminder(reminder, TextsWithFrench()).subject,
            "Résumé hebdomadaire : 1 engagement échu et 1 en attente");
}

TEST(ThirdLanguageTest, CalendarEntriesAreWrittenInFrench) {
  ReportDocument seed = testing::SeedReport("es");
  CalendarDeadline deadline{seed.commitments.back(), seed.meeting, "7"};
  ASSERT_TRUE(deadline.commitment.deadline.due);
  auto entries = CalendarEntriesFor({seed.meeting}, {deadline}, testing::SeedReference(), TextsWithFrench(), "fr",
                                    "https://enlace.example.org");
  ASSERT_EQ(entries.size(), 2u);
  // Names of countries and bodies are reference data, held in Spanish and English only: a French
  // reader sees them in Spanish.
  EXPECT_EQ(entries[0].summary, "Réunion ordinaire — Red de Funcionarios de Enlace");
  EXPECT_NE(entries[0].description.find("San Pedro Sula, Honduras, 15 novembre 2016\nParticipants : Canadá"),
            std::string::npos)
      << entries[0].description;
  EXPECT_NE(entries[0].description.find(", Panamá et Estados Unidos"), std::string::npos) << entries[0].description;
  EXPECT_TRUE(entries[1].summary.starts_with("Échéance : Países Miembros — ")) << entries[1].summary;
  EXPECT_TRUE(entries[1].summary.ends_with(" (accord 7)")) << entries[1].summary;
  EXPECT_NE(entries[1].description.find("\nÉchéance : 15 janvier 2017\n"), std::string::npos) << entries[1].description;
  EXPECT_NE(entries[1].description.find("\nAccord 7 — Réunion ordinaire — Red de Funcionarios de Enlace, San Pedro "
                                        "Sula, 15 novembre 2016\nÉtat : ouvert"),
            std::string::npos)
      << entries[1].description;
}

}  // namespace
}  // namespace enlace
