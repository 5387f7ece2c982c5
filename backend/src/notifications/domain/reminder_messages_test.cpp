#include "notifications/domain/reminder_messages.hpp"

#include <gtest/gtest.h>

#include "kernel/testing/golden.hpp"
#include "kernel/testing/test_kernel.hpp"
#include "notifications/capability.hpp"

namespace enlace {
namespace {

// The reminders as the application writes them, with the kernel's and notifications' texts.
OutgoingEmail ComposeReminder(const Reminder& reminder) {
  static const Texts texts = testing::CatalogueTexts({NotificationsCapability()});
  return enlace::ComposeReminder(reminder, texts);
}

Date Day(int year, unsigned month, unsigned day) {
  return Date{std::chrono::year{year}, std::chrono::month{month}, std::chrono::day{day}};
}

ReminderItem GlossaryComments(std::string_view language) {
  const bool english = language == "en";
  return ReminderItem{.commitment_id = CommitmentId{34},
                      .meeting = english ? "Liaison Officer Network, San Pedro Sula, 15 Nov 2016"
                                         : "Red de Funcionarios de Enlace, San Pedro Sula, 15 nov 2016",
                      .agreement = "7",
                      .party = english ? "Member Countries" : "Países Miembros",
                      .action = english ? "submit comments on the Glossary" : "enviar comentarios al Glosario",
                      .deadline_text = english ? "in a two-month period" : "en un plazo de dos meses",
                      .due = Day(2018, 3, 30),
                      .link = "https://enlace.example.org/commitments/34"};
}

Reminder DueSoon(std::string language, int days) {
  return Reminder{.kind = ReminderKind::kDueSoon,
                  .language = language,
                  .recipient_name = "Ana María Núñez",
                  .recipient_email = "ana@example.org",
                  .days_before = days,
                  .today = AddDays(Day(2018, 3, 30), -days),
                  .items = {GlossaryComments(language)}};
}

bool Contains(const std::string& text, std::string_view part) { return text.find(part) != std::string::npos; }

TEST(ReminderMessagesTest, DueSoonInSpanish) {
  OutgoingEmail email = ComposeReminder(DueSoon("es", 14));
  EXPECT_EQ(email.to, "ana@example.org");
  EXPECT_EQ(email.to_name, "Ana María Núñez");
  EXPECT_EQ(email.language, "es");
  EXPECT_EQ(email.subject, "Quedan 14 días: Países Miembros — enviar comentarios al Glosario (acuerdo 7)");
  EXPECT_TRUE(email.text.starts_with("Estimado/a Ana María Núñez:\n\n"));
  EXPECT_TRUE(Contains(email.text, "el siguiente compromiso vence el 30 de marzo de 2018 (dentro de 14 días)."));
  EXPECT_TRUE(Contains(email.text, "  Plazo:        en un plazo de dos meses\n"));
  EXPECT_TRUE(Contains(email.text, "  Fecha límite: 30 de marzo de 2018\n"));
  EXPECT_TRUE(Contains(email.text, "https://enlace.example.org/commitments/34"));
  EXPECT_FALSE(Contains(email.text, "March"));
}

TEST(ReminderMessagesTest, DueSoonInEnglish) {
  OutgoingEmail email = ComposeReminder(DueSoon("en", 3));
  EXPECT_EQ(email.subject, "3 days left: Member Countries — submit comments on the Glossary (agreement 7)");
  EXPECT_TRUE(email.text.starts_with("Dear Ana María Núñez,\n\n"));
  EXPECT_TRUE(Contains(email.text, "the following commitment is due on 30 March 2018 (in 3 days)."));
  EXPECT_TRUE(Contains(email.text, "  Due date:     30 March 2018\n"));
  EXPECT_FALSE(Contains(email.text, "marzo"));
}

TEST(ReminderMessagesTest, OneDayAndTheDayItselfReadNaturally) {
  EXPECT_TRUE(ComposeReminder(DueSoon("es", 1)).subject.starts_with("Queda 1 día: "));
  EXPECT_TRUE(ComposeReminder(DueSoon("en", 1)).subject.starts_with("1 day left: "));
  Reminder today = DueSoon("es", 0);
  EXPECT_TRUE(ComposeReminder(today).subject.starts_with("Vence hoy: "));
}

TEST(ReminderMessagesTest, OverdueInBothLanguages) {
  Reminder reminder = DueSoon("es", 0);
  reminder.kind = ReminderKind::kOverdue;
  reminder.today = Day(2018, 3, 31);
  reminder.items[0].overdue = true;
  OutgoingEmail spanish = ComposeReminder(reminder);
  EXPECT_EQ(spanish.subject, "Compromiso vencido: Países Miembros — enviar comentarios al Glosario (acuerdo 7)");
  EXPECT_TRUE(Contains(spanish.text, "venció el 30 de marzo de 2018 (ayer) y todavía no consta como cumplido."));
  EXPECT_TRUE(Contains(spanish.text, "Si ya se cumplió, regístrelo"));

  reminder.language = "en";
  reminder.items = {GlossaryComments("en")};
  reminder.today = Day(2018, 4, 3);
  OutgoingEmail english = ComposeReminder(reminder);
  EXPECT_EQ(english.subject, "Overdue: Member Countries — submit comments on the Glossary (agreement 7)");
  EXPECT_TRUE(Contains(english.text, "was due on 30 March 2018 (4 days ago) and is not yet recorded as done."));
}

Reminder Digest(std::string language) {
  const bool english = language == "en";
  ReminderItem late = GlossaryComments(language);
  late.commitment_id = CommitmentId{1};
  late.due = Day(2018, 1, 15);
  late.overdue = true;
  late.link = "https://enlace.example.org/commitments/1";
  ReminderItem later_late = late;
  later_late.commitment_id = CommitmentId{2};
  later_late.due = Day(2018, 3, 1);
  later_late.action = english ? "send the matrix update" : "enviar la actualización de la matriz";
  later_late.link = "https://enlace.example.org/commitments/2";
  ReminderItem soon = late;
  soon.commitment_id = CommitmentId{3};
  soon.overdue = false;
  soon.due = Day(2018, 4, 10);
  soon.action = english ? "propose contact points" : "proponer puntos de contacto";
  soon.link = "https://enlace.example.org/commitments/3";
  ReminderItem sooner = soon;
  sooner.commitment_id = CommitmentId{4};
  sooner.due = Day(2018, 4, 5);
  sooner.action = english ? "confirm attendance" : "confirmar asistencia";
  sooner.link = "https://enlace.example.org/commitments/4";
  ReminderItem undated = soon;
  undated.commitment_id = CommitmentId{5};
  undated.due.reset();
  undated.deadline_text = english ? "at the next meeting of the RCGM" : "en la próxima reunión del GRCM";
  undated.action = english ? "present the work plan" : "presentar el plan de trabajo";
  undated.link = "https://enlace.example.org/commitments/5";
  // Given out of order on purpose.
  return Reminder{.kind = ReminderKind::kWeeklyDigest,
                  .language = language,
                  .recipient_name = "Ana",
                  .recipient_email = "ana@example.org",
                  .today = Day(2018, 4, 2),
                  .items = {soon, undated, later_late, sooner, late}};
}

TEST(ReminderMessagesTest, TheDigestListsOverdueFirstThenByDueDateEachWithItsLink) {
  OutgoingEmail email = ComposeReminder(Digest("es"));
  EXPECT_EQ(email.subject, "Resumen semanal: 2 compromisos vencidos y 3 pendientes");
  const std::string& text = email.text;
  std::vector<std::size_t> positions;
  for (int id : {1, 2, 4, 3, 5}) {
    std::size_t at = text.find("https://enlace.example.org/commitments/" + std::to_string(id) + "\n");
    ASSERT_NE(at, std::string::npos) << id;
    positions.push_back(at);
  }
  EXPECT_TRUE(std::is_sorted(positions.begin(), positions.end())) << text;
  EXPECT_TRUE(Contains(text, "\nVENCIDOS (2)\n\n1. Países Miembros — enviar comentarios al Glosario (acuerdo 7)\n"));
  EXPECT_TRUE(Contains(text, "venció el 15 de enero de 2018 (hace 77 días)"));
  EXPECT_TRUE(Contains(text, "\nPRÓXIMOS PLAZOS (2)\n\n3. Países Miembros — confirmar asistencia"));
  EXPECT_TRUE(Contains(text, "vence el 5 de abril de 2018 (dentro de 3 días)"));
  EXPECT_TRUE(Contains(text, "\nSIN FECHA LÍMITE (1)\n\n5. "));
  EXPECT_TRUE(Contains(text, "Plazo: en la próxima reunión del GRCM\n"));
  EXPECT_TRUE(Contains(text, "al 2 de abril de 2018."));
}

TEST(ReminderMessagesTest, TheEnglishDigest) {
  OutgoingEmail email = ComposeReminder(Digest("en"));
  EXPECT_EQ(email.subject, "Weekly summary: 2 overdue and 3 pending commitments");
  EXPECT_TRUE(Contains(email.text, "\nOVERDUE (2)\n"));
  EXPECT_TRUE(Contains(email.text, "was due 15 January 2018 (77 days ago)"));
  EXPECT_TRUE(Contains(email.text, "\nCOMING UP (2)\n"));
  EXPECT_TRUE(Contains(email.text, "as of 2 April 2018."));
}

TEST(ReminderMessagesTest, AnEmptyDigestSaysSo) {
  Reminder reminder = Digest("es");
  reminder.items.clear();
  OutgoingEmail email = ComposeReminder(reminder);
  EXPECT_EQ(email.subject, "Resumen semanal: sin compromisos pendientes");
  EXPECT_TRUE(Contains(email.text, "no hay compromisos pendientes"));
  reminder.language = "en";
  EXPECT_EQ(ComposeReminder(reminder).subject, "Weekly summary: nothing pending");
}

TEST(ReminderMessagesTest, AnUnknownLanguageReadsAsSpanishAndNoNameStillGreets) {
  Reminder reminder = DueSoon("fr", 14);
  reminder.recipient_name.clear();
  OutgoingEmail email = ComposeReminder(reminder);
  EXPECT_EQ(email.language, "es");
  EXPECT_TRUE(email.text.starts_with("Estimado/a colega:"));
}

std::string Shown(const std::string& name, const OutgoingEmail& email) {
  return "=== " + name + "\nTo: " + email.to_name + " <" + email.to + ">\nLanguage: " + email.language +
         "\nSubject: " + email.subject + "\n\n" + email.text + "\n";
}

// Every kind of reminder in every shape, in both languages, as one golden file.
TEST(ReminderMessagesTest, EveryShapeMatchesTheGoldenFile) {
  std::string out;
  for (std::string language : {"es", "en"}) {
    for (int days : {14, 3, 1, 0}) {
      out += Shown(language + " due soon " + std::to_string(days), ComposeReminder(DueSoon(language, days)));
    }
    Reminder undated = DueSoon(language, 3);
    undated.items[0].due.reset();
    undated.items[0].agreement.clear();
    undated.items[0].party.clear();
    undated.recipient_name.clear();
    out += Shown(language + " due soon undated", ComposeReminder(undated));
    undated.days_before = 0;
    out += Shown(language + " due soon undated today", ComposeReminder(undated));
    Reminder late = DueSoon(language, 0);
    late.days_before = 0;
    late.today = Day(2018, 4, 2);
    out += Shown(language + " due soon after the day", ComposeReminder(late));

    Reminder overdue = DueSoon(language, 0);
    overdue.kind = ReminderKind::kOverdue;
    for (int after : {1, 2, 40}) {
      overdue.today = AddDays(Day(2018, 3, 30), after);
      out += Shown(language + " overdue " + std::to_string(after), ComposeReminder(overdue));
    }
    overdue.items[0].due.reset();
    overdue.items[0].meeting.clear();
    out += Shown(language + " overdue undated", ComposeReminder(overdue));

    Reminder digest = Digest(language);
    out += Shown(language + " digest", ComposeReminder(digest));
    Reminder only_overdue = digest;
    only_overdue.items = {digest.items[2]};
    out += Shown(language + " digest one overdue", ComposeReminder(only_overdue));
    only_overdue.items = {digest.items[2], digest.items[4]};
    out += Shown(language + " digest two overdue", ComposeReminder(only_overdue));
    Reminder only_pending = digest;
    only_pending.items = {digest.items[0]};
    out += Shown(language + " digest one pending", ComposeReminder(only_pending));
    only_pending.items = {digest.items[0], digest.items[1]};
    out += Shown(language + " digest two pending", ComposeReminder(only_pending));
    Reminder one_each = digest;
    one_each.items = {digest.items[0], digest.items[4]};
    out += Shown(language + " digest one of each", ComposeReminder(one_each));
    one_each.items = {digest.items[0], digest.items[4], digest.items[2]};
    out += Shown(language + " digest two overdue one pending", ComposeReminder(one_each));
    Reminder empty = digest;
    empty.items.clear();
    out += Shown(language + " digest empty", ComposeReminder(empty));
  }
  out += Shown("fr due soon", ComposeReminder(DueSoon("fr", 14)));
  testing::ExpectMatchesGolden(ENLACE_SOURCE_DIR "/backend/src/notifications/domain/testdata/reminder_messages.golden",
                               out);
}

}  // namespace
}  // namespace enlace
