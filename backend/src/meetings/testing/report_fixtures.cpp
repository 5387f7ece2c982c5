#include "meetings/testing/report_fixtures.hpp"

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>
#include <zip.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "kernel/formats/zip_archive.hpp"
#include "kernel/testing/test_kernel.hpp"
#include "meetings/capability.hpp"
#include "meetings/testing/meeting_records.hpp"

// LeakSanitizer: fontconfig (under pango) keeps its configuration and pattern caches for the
// life of the process and never frees them; they are bounded (rendering 36 PDFs leaks 6% more
// than rendering 4), and not ours. Only this test binary carries the suppression; a server
// binary built with the sanitizers needs the same line.
extern "C" const char* __lsan_default_suppressions() { return "leak:libfontconfig.so\n"; }

namespace enlace::testing {
namespace {

LocalizedText Both(std::string es, std::string en) { return LocalizedText{std::move(es), std::move(en)}; }

struct SeedAgreement {
  const char* number;
  bool heading;
  const char* es;
  const char* en;
};

// The seed's agreements: the English text as the report has it (bookmarks removed), and a
// Spanish version written for these tests.
const SeedAgreement kAgreements[] = {
    {"1", false,
     "Agradecer a las delegaciones de Canadá, Estados Unidos, El Salvador, Honduras, Panamá, Guatemala, México, "
     "Costa Rica, República Dominicana y Nicaragua por compartir sus actualizaciones sobre sus nuevos esfuerzos y "
     "buenas prácticas para combatir la trata de personas y el tráfico ilícito de migrantes, desde una perspectiva "
     "de responsabilidad compartida.",
     "Thank the delegations from Canada, United States, El Salvador, Honduras, Panama, Guatemala, Mexico, Costa "
     "Rica, the Dominican Republic and Nicaragua for sharing their updates, on their new efforts and best practices "
     "to combat human trafficking and migrant smuggling, from a shared responsibility perspective."},
    {"2", true,
     "En relación con la actualización de las Matrices Comparativas de la Legislación de los Países Miembros de la "
     "CRM en materia de Tráfico Ilícito de Migrantes y Trata de Personas, y la presentación sobre los Indicadores de "
     "Cumplimiento del Protocolo contra el tráfico ilícito de migrantes por tierra, mar y aire:",
     "Regarding the update of the Comparative Matrices of the Legislation in RCM Member Countries relating to "
     "Migrant Smuggling and Trafficking in Persons, and the presentation on the Compliance Indicators of the "
     "Protocol to prevent migrant smuggling by land, sea and air:"},
    {"2.a", false,
     "Agradecer a la OIM por la actualización de las matrices comparativas de legislación sobre tráfico ilícito de "
     "migrantes y por la presentación del análisis de los principales obstáculos que impiden avanzar en el combate "
     "al tráfico ilícito de migrantes. La OIM indicó que este estudio se encuentra disponible actualmente solo en "
     "español y asumió el compromiso de traducirlo al inglés.",
     "Thank IOM for the update of the comparative matrices on legislation on migrant smuggling and for the "
     "presentation on the analysis of key obstacles hindering progress in combating migrant smuggling. IOM "
     "indicated that this study is currently only available in Spanish and assumed its commitment to translate it "
     "into English."},
    {"2.b", false,
     "Agradecer a la OIM por su presentación sobre los «Indicadores de Cumplimiento del Protocolo contra el Tráfico "
     "Ilícito de Migrantes por Tierra, Mar y Aire», e instar a los Países Miembros a utilizarlos como herramienta "
     "para dar seguimiento a sus avances en la materia. Para dar seguimiento a estos indicadores, los países "
     "propondrán puntos de contacto que participarán en una reunión virtual organizada por la ST de la CRM, con el "
     "apoyo de la OIM, durante los primeros dos meses de 2017. El propósito de la reunión será elaborar un "
     "Proyecto de Plan de Trabajo sobre Tráfico Ilícito de Migrantes para la Red de Funcionarios de Enlace para el "
     "Combate al Tráfico Ilícito de Migrantes y la Trata de Personas. Este proyecto será presentado para su "
     "análisis y aprobación durante la próxima reunión del GRCM.",
     "Thank IOM for its presentation on the \u201cCompliance Indicators of the Protocol to Prevent Migrant Smuggling "
     "by Land, Sea and Air\u201d; and urge Member Countries to use them as a tool for monitoring their progress on "
     "this topic. In order to follow up on these indicators, countries will propose contact points who will "
     "participate in a virtual meeting organized by the RCM TS, with the support of IOM during the first two months "
     "of 2017. The purpose of the meeting will be to elaborate a Draft Work Plan on Migrant Smuggling for the "
     "Liaison Officers Network to Combat Migrant Smuggling and Trafficking in Persons. This draft will be presented "
     "for analysis and approval during the next meeting of the RCGM."},
    {"3", false,
     "En cuanto al establecimiento de sinergias con el SICA para mejorar la cooperación en materia migratoria, los "
     "Países Miembros de la CRM acordaron que los países interesados solicitarán apoyo al SICA para la ejecución de "
     "proyectos a través de la ST.",
     "In regards to establishing synergies with SICA for improved cooperation on migration matters, RCM Member "
     "Countries agreed that interested countries will request support from SICA for the implementation of projects "
     "through the TS."},
    {"4", false,
     "Agradecer a la Red Regional de Organizaciones Civiles para las Migraciones (RROCM) por su presentación sobre "
     "cómo asegurar la participación efectiva de la sociedad civil en los espacios nacionales y regionales, "
     "particularmente en lo relativo al combate al tráfico ilícito de migrantes y la trata de personas. Los Países "
     "Miembros expresaron su interés en continuar incluyendo a la sociedad civil en dichos espacios.",
     "Thank the Regional Network of Civil Organizations on Migration (RNCOM) for its presentation on how to ensure "
     "the effective participation of the civil society in national and regional spaces, particularly with regard "
     "to combating migrant smuggling and trafficking in persons. Member Countries expressed their interest in "
     "continuing to include the civil society in such spaces."},
    {"5", false,
     "Actualizar el formato de la Red de Funcionarios de Enlace para el Combate al Tráfico Ilícito de Migrantes y "
     "la Trata de Personas con el fin de incluir a la Sociedad Civil. Al respecto, solicitar a la RROCM que presente "
     "una propuesta escrita sobre cómo fortalecer la participación de la sociedad civil en la CRM, para que pueda "
     "ser valorada por los Países Miembros. Esta propuesta será presentada y analizada durante la presente reunión "
     "del GRCM.",
     "Update the format of the Liaison Officer Network to Combat Migrant Smuggling and Trafficking in Persons in "
     "order to include Civil Society. In this respect, request that the RNCOM presents a written proposal on how to "
     "strengthen the participation of the civil society in the RCM, so it can be assessed by Member Countries. This "
     "proposal will be presented and analyzed during the current meeting of the RCGM."},
    {"6", false,
     "Analizar el informe de la «Reunión para dar seguimiento y profundizar los acuerdos de cooperación entre los "
     "países y la sociedad civil en el marco de la CRM», celebrada en Tegucigalpa, Honduras, del 26 al 28 de "
     "octubre del presente año. Este documento está disponible en la Secretaría Virtual de la CRM y será remitido "
     "a las delegaciones por la ST.",
     "Analyze the report of the \u201cMeeting to follow up and deepen the cooperation agreements between countries "
     "and civil society in the context of the RCM,\u201d held in Tegucigalpa, Honduras 26-28 October this year. This "
     "document is available at the RCM Virtual Secretariat and it will be submitted to the delegations by the TS."},
    {"7", false,
     "Revisar el Glosario de la CRM con el fin de valorar los temas que deberían modificarse en este documento. "
     "Los Países Miembros enviarán a la ST sus comentarios al documento en un plazo de dos meses. Estas "
     "modificaciones serán revisadas y discutidas durante la próxima reunión de la CRM.",
     "Review the Glossary of the RCM in order to assess the topics that should be modified in this document. "
     "Member Countries will submit to the TS their comments to the document in a two-month period. These "
     "modifications will be reviewed and discussed during the next meeting of the RCM."},
};

struct SeedCommitment {
  const char* agreement;
  const char* party;
  const char* es;
  const char* en;
  const char* deadline;
  DeadlineKind kind;
  std::optional<Date> due;
};

const std::vector<SeedCommitment>& Commitments() {
  static const std::vector<SeedCommitment> commitments = {
      {"2.a", "IOM",
       "traducir al inglés el estudio sobre los principales obstáculos en el combate al tráfico ilícito de migrantes",
       "translate the study on key obstacles to combating migrant smuggling into English", "", DeadlineKind::kVague,
       std::nullopt},
      {"2.b", "MEMBER_COUNTRIES", "proponer puntos de contacto para los indicadores de cumplimiento",
       "propose contact points for the compliance indicators", "", DeadlineKind::kVague, std::nullopt},
      {"2.b", "TS",
       "organizar una reunión virtual de los puntos de contacto, con apoyo de la OIM, para elaborar el Plan de Trabajo",
       "organise a virtual meeting of the contact points, with IOM support, to draft the Work Plan",
       "during the first two months of 2017", DeadlineKind::kPeriod, Day(2017, 2, 28)},
      {"2.b", "TS", "presentar el Proyecto de Plan de Trabajo para su análisis y aprobación",
       "present the Draft Work Plan for analysis and approval", "during the next meeting of the RCGM",
       DeadlineKind::kEvent, std::nullopt},
      {"3", "MEMBER_COUNTRIES", "solicitar al SICA apoyo para proyectos a través de la ST (países interesados)",
       "request project support from SICA through the TS (interested countries)", "", DeadlineKind::kVague,
       std::nullopt},
      {"5", "RNCOM", "presentar una propuesta escrita para fortalecer la participación de la sociedad civil en la CRM",
       "present a written proposal on strengthening civil society participation in the RCM",
       "during the current meeting of the RCGM", DeadlineKind::kEvent, std::nullopt},
      {"6", "TS", "remitir a las delegaciones el informe de la reunión de seguimiento de Tegucigalpa",
       "submit the report of the Tegucigalpa follow-up meeting to the delegations", "", DeadlineKind::kVague,
       std::nullopt},
      {"7", "MEMBER_COUNTRIES", "enviar comentarios al Glosario", "submit comments on the Glossary",
       "in a two-month period", DeadlineKind::kRelative, Day(2017, 1, 15)},
  };
  return commitments;
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

}  // namespace

const Texts& SeedTexts() {
  static const Texts texts = CatalogueTexts({MeetingsCapability()});
  return texts;
}

ReferenceData SeedReference() {
  ReferenceData reference;
  reference.process = Process{.id = ProcessId{1},
                              .code = "RCM",
                              .name = Both("Conferencia Regional sobre Migración", "Regional Conference on Migration")};
  const std::vector<std::tuple<const char*, const char*, const char*>> countries = {
      {"CA", "Canadá", "Canada"},
      {"CR", "Costa Rica", "Costa Rica"},
      {"DO", "República Dominicana", "Dominican Republic"},
      {"SV", "El Salvador", "El Salvador"},
      {"GT", "Guatemala", "Guatemala"},
      {"HN", "Honduras", "Honduras"},
      {"MX", "México", "Mexico"},
      {"NI", "Nicaragua", "Nicaragua"},
      {"PA", "Panamá", "Panama"},
      {"US", "Estados Unidos", "United States"},
      {"CO", "Colombia", "Colombia"}};
  for (const auto& [code, es, en] : countries) reference.countries.push_back(Country{code, Both(es, en)});
  auto organization = [&](const char* code, const char* abbreviation_es, const char* abbreviation_en, const char* es,
                          const char* en, const char* kind) {
    reference.organizations.push_back(Organization{code, Both(abbreviation_es, abbreviation_en), Both(es, en), kind});
  };
  organization("RCM", "CRM", "RCM", "Conferencia Regional sobre Migración (Proceso Puebla)",
               "Regional Conference on Migration (Puebla Process)", "process");
  organization("RCGM", "GRCM", "RCGM", "Grupo Regional de Consulta sobre Migración",
               "Regional Consultation Group on Migration", "process_body");
  organization("TS", "ST", "TS", "Secretaría Técnica", "Technical Secretariat", "secretariat");
  organization("MEMBER_COUNTRIES", "Países Miembros", "Member Countries", "Países Miembros de la CRM",
               "RCM Member Countries", "group");
  organization("IOM", "OIM", "IOM", "Organización Internacional para las Migraciones",
               "International Organization for Migration", "observer_organization");
  organization("RNCOM", "RROCM", "RNCOM", "Red Regional de Organizaciones Civiles para las Migraciones",
               "Regional Network of Civil Organizations for Migration", "civil_society");
  organization("SICA", "SICA", "SICA", "Sistema de la Integración Centroamericana",
               "Central American Integration System", "partner_body");
  reference.networks.push_back(Network{
      "SMUGGLING_TIP_NETWORK", Both("Red de Funcionarios de Enlace", "Liaison Officer Network"),
      Both("Red de Funcionarios de Enlace para el Combate al Tráfico Ilícito de Migrantes y la Trata de Personas",
           "Liaison Officer Network to Combat Migrant Smuggling and Trafficking in Persons")});
  return reference;
}

ReportDocument SeedReport(std::string language) {
  ReportDocument document;
  Meeting& meeting = document.meeting;
  meeting.id = MeetingId{12};
  meeting.process_id = ProcessId{1};
  meeting.body = "SMUGGLING_TIP_NETWORK";
  meeting.type = MeetingType::kRegular;
  meeting.place = Place{"San Pedro Sula", "HN"};
  meeting.date = Day(2016, 11, 15);
  meeting.participants = {"CA", "CR", "DO", "SV", "GT", "HN", "MX", "NI", "PA", "US"};
  meeting.report_status = ReportStatus::kSubmitted;
  meeting.submitted_to = "RCGM";
  meeting.version = 3;
  int position = 0;
  for (const SeedAgreement& seed : kAgreements) {
    Agreement agreement;
    agreement.id = AgreementId{100 + position};
    agreement.meeting_id = meeting.id;
    agreement.number = seed.number;
    agreement.position = position++;
    agreement.heading = seed.heading;
    agreement.text = Both(seed.es, seed.en);
    document.agreements.push_back(agreement);
  }
  std::int64_t next_id = 30;
  for (const SeedCommitment& seed : Commitments()) {
    Commitment commitment;
    commitment.id = CommitmentId{next_id++};
    for (const Agreement& agreement : document.agreements) {
      if (agreement.number == seed.agreement) commitment.agreement_id = agreement.id;
    }
    commitment.meeting_id = meeting.id;
    commitment.party = seed.party;
    commitment.action = Both(seed.es, seed.en);
    commitment.deadline = Deadline{.text = seed.deadline, .kind = seed.kind, .due = seed.due};
    document.commitments.push_back(commitment);
  }
  document.reference = SeedReference();
  document.language = std::move(language);
  document.generated_at = std::chrono::sys_days{Day(2026, 11, 29)} + std::chrono::hours{10};
  return document;
}

std::vector<ExpectedItem> SeedExpectations() {
  return {
      {"1.", "Agradecer a las delegaciones", "Thank the delegations", "compartir sus actualizaciones",
       "for sharing their updates"},
      {"2.", "En relación con la actualización", "Regarding the update", "Matrices Comparativas de la Legislación",
       "Comparative Matrices of the Legislation"},
      {"a.", "Agradecer a la OIM por la actualización", "Thank IOM for the update",
       "asumió el compromiso de traducirlo al inglés", "assumed its commitment to translate it into English"},
      {"b.", "Agradecer a la OIM por su presentación", "Thank IOM for its presentation",
       "durante los primeros dos meses de 2017", "during the first two months of 2017"},
      {"3.", "En cuanto al establecimiento", "In regards to establishing", "sinergias con el SICA",
       "synergies with SICA"},
      {"4.", "Agradecer a la Red Regional", "Thank the Regional Network", "participación efectiva de la sociedad civil",
       "effective participation of the civil society"},
      {"5.", "Actualizar el formato", "Update the format", "una propuesta escrita", "a written proposal"},
      {"6.", "Analizar el informe", "Analyze the report", "celebrada en Tegucigalpa, Honduras",
       "held in Tegucigalpa, Honduras"},
      {"7.", "Revisar el Glosario", "Review the Glossary", "en un plazo de dos meses", "in a two-month period"},
  };
}

ProcessOutput RunOnFile(std::string_view command, std::string_view bytes, std::string_view suffix) {
  std::string path = "/tmp/enlace-export-XXXXXX" + std::string(suffix);
  int descriptor = mkstemps(path.data(), static_cast<int>(suffix.size()));
  if (descriptor < 0) return {};
  ssize_t written = write(descriptor, bytes.data(), bytes.size());
  close(descriptor);
  ProcessOutput output;
  if (written == static_cast<ssize_t>(bytes.size())) {
    std::string line(command);
    std::size_t slot = line.find("{}");
    if (slot != std::string::npos) line.replace(slot, 2, "'" + path + "'");
    std::string out_path = path + ".out";
    line += " > '" + out_path + "'";
    int status = std::system(line.c_str());
    output.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    output.out = ReadFile(out_path);
    std::remove(out_path.c_str());
  }
  std::remove(path.c_str());
  return output;
}

ProcessOutput PdfToText(std::string_view pdf, PdfReading reading) {
  return RunOnFile(reading == PdfReading::kLayout ? "pdftotext -q -layout {} -" : "pdftotext -q -raw {} -", pdf,
                   ".pdf");
}

ProcessOutput DocxToPlain(std::string_view docx) {
  return RunOnFile("pandoc -f docx -t plain --wrap=none -s {}", docx, ".docx");
}

std::string Flatten(std::string_view text) {
  std::string kept;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    std::string trimmed;
    for (char c : line) {
      if (c != ' ' && c != '\f' && c != '\t') trimmed.push_back(c);
    }
    // A footer line: "Página2de3" / "Page2of3" once spaces are gone.
    bool footer = (trimmed.starts_with("Página") || trimmed.starts_with("Page")) &&
                  trimmed.find_first_of("0123456789") != std::string::npos && trimmed.size() < 20;
    if (!footer) {
      kept.append(line);
      kept.push_back('\n');
    }
    start = end + 1;
  }
  std::string flat;
  for (char c : kept) {
    bool space = c == ' ' || c == '\n' || c == '\t' || c == '\f' || c == '\r';
    if (space) {
      if (!flat.empty() && flat.back() != ' ') flat.push_back(' ');
    } else {
      flat.push_back(c);
    }
  }
  return flat;
}

std::optional<std::string> ReadZipPart(std::string_view archive_bytes, const char* name) {
  return ReadZipEntry(archive_bytes, name);
}

void ExpectEveryAgreementInOrder(const std::string& flat, const std::string& language) {
  std::size_t at = 0;
  for (const ExpectedItem& item : SeedExpectations()) {
    const std::string& opening = language == "es" ? item.opening_es : item.opening_en;
    const std::string& phrase = language == "es" ? item.phrase_es : item.phrase_en;
    std::size_t found = flat.find(item.label + " " + opening, at);
    ASSERT_NE(found, std::string::npos) << "missing \"" << item.label << " " << opening << "\" after offset " << at
                                        << " in:\n"
                                        << flat;
    std::size_t inside = flat.find(phrase, found);
    ASSERT_NE(inside, std::string::npos) << "missing \"" << phrase << "\"";
    at = inside;
  }
}

}  // namespace enlace::testing
