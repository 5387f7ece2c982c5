// The demo's meetings: the San Pedro Sula meeting of the Liaison Officer Network (15 November 2016)
// as structured data, following ../shared/seed/000_973db467bec07b93.expected.json, with Spanish
// and English texts, a few answered commitments and several overdue ones; the RCGM meeting held
// alongside it (so that "during the current meeting of the RCGM" resolves); and a recent virtual
// meeting, dated relative to today, whose deadlines fall in the coming weeks — so that a newcomer
// sees reminders and "due soon" at work. The 2016 texts are the seed report's; the Spanish
// version and the recent meeting are illustrative.
#include "kernel/domain/reasons.hpp"
#include "meetings/capability.hpp"
#include "meetings/domain/commitment_service.hpp"
#include "meetings/domain/meeting_repository.hpp"
#include "meetings/domain/meeting_service.hpp"

namespace enlace {
namespace {

struct DemoCommitment {
  const char* party;
  const char* action_es;
  const char* action_en;
  const char* deadline;
};

struct DemoAgreement {
  const char* number;
  bool heading;
  const char* verb;
  std::vector<std::string> parties;
  const char* text_es;
  const char* text_en;
  std::vector<DemoCommitment> commitments;
};

const std::vector<DemoAgreement>& SanPedroSulaAgreements() {
  static const std::vector<DemoAgreement> agreements = {
      {"1",
       false,
       "thank",
       {"CA", "US", "SV", "HN", "PA", "GT", "MX", "CR", "DO", "NI"},
       "Agradecer a las delegaciones de Canadá, Estados Unidos, El Salvador, Honduras, Panamá, Guatemala, México, "
       "Costa "
       "Rica, República Dominicana y Nicaragua por compartir sus actualizaciones sobre sus nuevos esfuerzos y buenas "
       "prácticas para combatir la trata de personas y el tráfico ilícito de migrantes, desde una perspectiva de "
       "responsabilidad compartida.",
       "Thank the delegations from Canada, United States, El Salvador, Honduras, Panama, Guatemala, Mexico, Costa "
       "Rica, "
       "the Dominican Republic and Nicaragua for sharing their updates, on their new efforts and best practices to "
       "combat human trafficking and migrant smuggling, from a shared responsibility perspective.",
       {}},
      {"2",
       true,
       nullptr,
       {},
       "Con respecto a la actualización de las Matrices Comparativas de la Legislación de los Países Miembros de la "
       "CRM "
       "en materia de Tráfico Ilícito de Migrantes y Trata de Personas, y a la presentación sobre los Indicadores de "
       "Cumplimiento del Protocolo contra el tráfico ilícito de migrantes por tierra, mar y aire:",
       "Regarding the update of the Comparative Matrices of the Legislation in RCM Member Countries relating to "
       "Migrant "
       "Smuggling and Trafficking in Persons, and the presentation on the Compliance Indicators of the Protocol to "
       "prevent migrant smuggling by land, sea and air:",
       {}},
      {"2.a",
       false,
       "thank",
       {"IOM"},
       "Agradecer a la OIM por la actualización de las matrices comparativas de legislación sobre tráfico ilícito de "
       "migrantes y por la presentación del análisis de los principales obstáculos que dificultan el avance en el "
       "combate al tráfico ilícito de migrantes. La OIM indicó que este estudio se encuentra disponible actualmente "
       "solo en español y asumió el compromiso de traducirlo al inglés.",
       "Thank IOM for the update of the comparative matrices on legislation on migrant smuggling and for the "
       "presentation on the analysis of key obstacles hindering progress in combating migrant smuggling. IOM "
       "indicated that this study is currently only available in Spanish and assumed its commitment to translate it "
       "into English.",
       {{"IOM",
         "Traducir al inglés el estudio sobre los principales obstáculos en el combate al tráfico ilícito de migrantes",
         "Translate the study on key obstacles to combating migrant smuggling into English", ""}}},
      {"2.b",
       false,
       "thank",
       {"IOM", "MEMBER_COUNTRIES", "TS"},
       "Agradecer a la OIM por su presentación sobre los «Indicadores de Cumplimiento del Protocolo contra el Tráfico "
       "Ilícito de Migrantes por Tierra, Mar y Aire», e instar a los Países Miembros a utilizarlos como herramienta "
       "para el seguimiento de sus avances en este tema. Para dar seguimiento a estos indicadores, los países "
       "propondrán puntos de contacto que participarán en una reunión virtual organizada por la ST de la CRM, con el "
       "apoyo de la OIM, durante los dos primeros meses de 2017. El propósito de la reunión será elaborar un Borrador "
       "de Plan de Trabajo sobre Tráfico Ilícito de Migrantes para la Red de Funcionarios de Enlace para el Combate al "
       "Tráfico Ilícito de Migrantes y la Trata de Personas. Este borrador será presentado para su análisis y "
       "aprobación durante la próxima reunión del GRCM.",
       "Thank IOM for its presentation on the “Compliance Indicators of the Protocol to Prevent Migrant Smuggling by "
       "Land, Sea and Air”; and urge Member Countries to use them as a tool for monitoring their progress on this "
       "topic. In order to follow up on these indicators, countries will propose contact points who will participate "
       "in a virtual meeting organized by the RCM TS, with the support of IOM during the first two months of 2017. The "
       "purpose of the meeting will be to elaborate a Draft Work Plan on Migrant Smuggling for the Liaison Officers "
       "Network to Combat Migrant Smuggling and Trafficking in Persons. This draft will be presented for analysis and "
       "approval during the next meeting of the RCGM.",
       {{"MEMBER_COUNTRIES", "Proponer puntos de contacto para los indicadores de cumplimiento",
         "Propose contact points for the compliance indicators", ""},
        {"TS",
         "Organizar, con el apoyo de la OIM, una reunión virtual de los puntos de contacto para elaborar el Plan de "
         "Trabajo sobre Tráfico Ilícito de Migrantes",
         "Organise a virtual meeting of the contact points, with IOM support, to draft the Work Plan on Migrant "
         "Smuggling",
         "during the first two months of 2017"},
        {"TS", "Presentar el Borrador de Plan de Trabajo para su análisis y aprobación",
         "Present the Draft Work Plan for analysis and approval", "during the next meeting of the RCGM"}}},
      {"3",
       false,
       "agree",
       {"SICA", "MEMBER_COUNTRIES", "TS"},
       "En cuanto al establecimiento de sinergias con el SICA para mejorar la cooperación en materia migratoria, los "
       "Países Miembros de la CRM acordaron que los países interesados solicitarán apoyo al SICA para la ejecución de "
       "proyectos por medio de la ST.",
       "In regards to establishing synergies with SICA for improved cooperation on migration matters, RCM Member "
       "Countries agreed that interested countries will request support from SICA for the implementation of projects "
       "through the TS.",
       {{"MEMBER_COUNTRIES",
         "Solicitar al SICA, por medio de la ST, apoyo para la ejecución de proyectos (países interesados)",
         "Request project support from SICA through the TS (interested countries)", ""}}},
      {"4",
       false,
       "thank",
       {"RNCOM", "MEMBER_COUNTRIES"},
       "Agradecer a la Red Regional de Organizaciones Civiles para las Migraciones (RROCM) por su presentación sobre "
       "cómo asegurar la participación efectiva de la sociedad civil en los espacios nacionales y regionales, en "
       "particular en lo relativo al combate al tráfico ilícito de migrantes y la trata de personas. Los Países "
       "Miembros expresaron su interés en continuar incluyendo a la sociedad civil en dichos espacios.",
       "Thank the Regional Network of Civil Organizations on Migration (RNCOM) for its presentation on how to ensure "
       "the effective participation of the civil society in national and regional spaces, particularly with regard "
       "to combating migrant smuggling and trafficking in persons. Member Countries expressed their interest in "
       "continuing to include the civil society in such spaces.",
       {}},
      {"5",
       false,
       "update",
       {"RNCOM", "MEMBER_COUNTRIES"},
       "Actualizar el formato de la Red de Funcionarios de Enlace para el Combate al Tráfico Ilícito de Migrantes y la "
       "Trata de Personas a fin de incluir a la sociedad civil. Al respecto, solicitar a la RROCM que presente una "
       "propuesta escrita sobre cómo fortalecer la participación de la sociedad civil en la CRM, para que pueda ser "
       "valorada por los Países Miembros. Esta propuesta será presentada y analizada durante la presente reunión del "
       "GRCM.",
       "Update the format of the Liaison Officer Network to Combat Migrant Smuggling and Trafficking in Persons in "
       "order to include Civil Society. In this respect, request that the RNCOM presents a written proposal on how to "
       "strengthen the participation of the civil society in the RCM, so it can be assessed by Member Countries. This "
       "proposal will be presented and analyzed during the current meeting of the RCGM.",
       {{"RNCOM", "Presentar una propuesta escrita para fortalecer la participación de la sociedad civil en la CRM",
         "Present a written proposal on strengthening civil society participation in the RCM",
         "during the current meeting of the RCGM"},
        {"MEMBER_COUNTRIES", "Valorar la propuesta de la RROCM", "Assess the RNCOM proposal",
         "during the current meeting of the RCGM"}}},
      {"6",
       false,
       "analyze",
       {"MEMBER_COUNTRIES", "TS"},
       "Analizar el informe de la «Reunión para dar seguimiento y profundizar los acuerdos de cooperación entre los "
       "países y la sociedad civil en el marco de la CRM», celebrada en Tegucigalpa, Honduras, del 26 al 28 de octubre "
       "del presente año. Este documento se encuentra disponible en la Secretaría Virtual de la CRM y será remitido a "
       "las delegaciones por la ST.",
       "Analyze the report of the “Meeting to follow up and deepen the cooperation agreements between countries and "
       "civil society in the context of the RCM,” held in Tegucigalpa, Honduras 26-28 October this year. This document "
       "is available at the RCM Virtual Secretariat and it will be submitted to the delegations by the TS.",
       {{"TS",
         "Remitir a las delegaciones el informe de la reunión de seguimiento de Tegucigalpa (26-28 de octubre de 2016)",
         "Submit the report of the Tegucigalpa follow-up meeting (26-28 October 2016) to the delegations", ""}}},
      {"7",
       false,
       "review",
       {"MEMBER_COUNTRIES", "TS"},
       "Revisar el Glosario de la CRM con el fin de valorar los temas que deberían modificarse en este documento. Los "
       "Países Miembros remitirán a la ST sus comentarios al documento en un plazo de dos meses. Estas modificaciones "
       "serán revisadas y discutidas durante la próxima reunión de la CRM.",
       "Review the Glossary of the RCM in order to assess the topics that should be modified in this document. Member "
       "Countries will submit to the TS their comments to the document in a two-month period. These modifications will "
       "be reviewed and discussed during the next meeting of the RCM.",
       {{"MEMBER_COUNTRIES", "Enviar a la ST comentarios sobre el Glosario de la CRM",
         "Submit comments on the RCM Glossary to the TS", "in a two-month period"},
        {"MEMBER_COUNTRIES", "Revisar y discutir las modificaciones del Glosario",
         "Review and discuss the glossary modifications", "during the next meeting of the RCM"}}},
  };
  return agreements;
}

LocalizedText Both(const char* es, const char* en) {
  return LocalizedText{es ? std::optional<std::string>(es) : std::nullopt,
                       en ? std::optional<std::string>(en) : std::nullopt};
}

Result<Meeting> CreateMeeting(Kernel& kernel, const RequestContext& context, MeetingInput input,
                              const std::vector<DemoAgreement>& agreements, std::vector<Commitment>& commitments) {
  auto meeting = kernel.services.Get<MeetingService>().Create(context, input);
  if (!meeting) return std::unexpected(meeting.error());
  for (const auto& demo : agreements) {
    AgreementInput agreement{demo.number, demo.heading,
                             demo.verb ? std::optional<std::string>(demo.verb) : std::optional<std::string>(),
                             Both(demo.text_es, demo.text_en), demo.parties};
    auto created = kernel.services.Get<MeetingService>().AddAgreement(context, meeting->id, agreement);
    if (!created) return std::unexpected(created.error());
    for (const auto& commitment : demo.commitments) {
      auto made = kernel.services.Get<CommitmentService>().Create(
          context, created->id,
          CommitmentInput{commitment.party, Both(commitment.action_es, commitment.action_en), commitment.deadline});
      if (!made) return std::unexpected(made.error());
      commitments.push_back(*made);
    }
  }
  return meeting;
}

}  // namespace

Result<void> LoadMeetingsDemo(Kernel& kernel, Demo& demo) {
  if (!demo.with_meetings) return {};
  auto context = demo.As("secretaria@enlace.example");
  context.ip = "127.0.0.1";
  {
    auto transaction = kernel.store.Begin(TransactionMode::kRead);
    if (!transaction->Get<MeetingRepository>().List(context.process_id, MeetingFilter{}).empty()) return {};
  }
  auto date = [](const char* text) { return *ParseIsoDate(text); };
  std::vector<Commitment> made;

  // The RCGM met alongside the network, so its "current meeting" is known.
  MeetingInput rcgm;
  rcgm.body = "RCGM";
  rcgm.type = "regular";
  rcgm.title = Both("Reunión del Grupo Regional de Consulta sobre Migración",
                    "Meeting of the Regional Consultation Group on Migration");
  rcgm.place = Place{"San Pedro Sula", "HN"};
  rcgm.date = date("2016-11-16");
  rcgm.date_end = date("2016-11-17");
  rcgm.participants =
      std::vector<std::string>{"BZ", "CA", "CR", "DO", "SV", "GT", "HN", "MX", "NI", "PA", "US", "TS", "IOM"};
  if (auto created = kernel.services.Get<MeetingService>().Create(context, rcgm); !created)
    return std::unexpected(created.error());

  MeetingInput network;
  network.body = "SMUGGLING_TIP_NETWORK";
  network.type = "regular";
  network.title =
      Both("Reunión ordinaria de la Red de Funcionarios de Enlace", "Regular meeting of the Liaison Officer Network");
  network.place = Place{"San Pedro Sula", "HN"};
  network.date = date("2016-11-15");
  network.participants = std::vector<std::string>{"CA", "CR", "DO", "SV", "GT", "HN", "MX", "NI", "PA", "US"};
  network.agenda = std::vector<LocalizedText>{Both("Actualizaciones de los países", "Country updates"),
                                              Both("Matrices comparativas e indicadores de cumplimiento del Protocolo",
                                                   "Comparative matrices and the Protocol's compliance indicators"),
                                              Both("Sinergias con el SICA", "Synergies with SICA"),
                                              Both("Participación de la sociedad civil", "Civil society participation"),
                                              Both("Glosario de la CRM", "RCM Glossary")};
  network.report_status = "submitted";
  network.submitted_to = std::optional<std::string>("RCGM");
  auto san_pedro_sula = CreateMeeting(kernel, context, network, SanPedroSulaAgreements(), made);
  if (!san_pedro_sula) return std::unexpected(san_pedro_sula.error());

  // A recent virtual meeting whose deadlines fall in the coming weeks.
  auto today = kernel.clock.Today();
  MeetingInput recent;
  recent.body = "SMUGGLING_TIP_NETWORK";
  recent.type = "virtual";
  recent.title = Both("Reunión virtual de puntos de contacto sobre indicadores de cumplimiento (demostración)",
                      "Virtual meeting of the compliance-indicator contact points (demo)");
  recent.place = Place{"", ""};
  recent.date = AddDays(today, -19);
  recent.participants = std::vector<std::string>{"CR", "SV", "GT", "HN", "MX", "PA", "TS", "IOM"};
  recent.video_link = std::optional<std::string>("https://meet.example.org/enlace-indicadores");
  std::vector<DemoAgreement> recent_agreements = {
      {"1",
       false,
       "thank",
       {"IOM"},
       "Agradecer a la OIM por la presentación de la metodología de autoevaluación de los indicadores de cumplimiento.",
       "Thank IOM for presenting the self-assessment methodology for the compliance indicators.",
       {}},
      {"2",
       false,
       "request",
       {"MEMBER_COUNTRIES", "TS"},
       "Solicitar a los Países Miembros que remitan a la ST su primera autoevaluación de los indicadores en un plazo "
       "de 30 días.",
       "Request Member Countries to send the TS their first self-assessment of the indicators within 30 days.",
       {{"MEMBER_COUNTRIES", "Remitir a la ST la primera autoevaluación de los indicadores",
         "Send the TS the first self-assessment of the indicators", "within 30 days"}}},
      {"3",
       false,
       "entrust",
       {"TS"},
       "Encomendar a la ST que consolide los resultados y los presente a la Red en un plazo de 60 días.",
       "Entrust the TS with consolidating the results and presenting them to the Network within 60 days.",
       {{"TS", "Consolidar los resultados de la autoevaluación y presentarlos a la Red",
         "Consolidate the self-assessment results and present them to the Network", "within 60 days"}}},
  };
  auto recent_meeting = CreateMeeting(kernel, context, recent, recent_agreements, made);
  if (!recent_meeting) return std::unexpected(recent_meeting.error());

  // Some answers, by the people whose work it is.
  auto as = [&](const char* email) { return demo.As(email); };
  auto find = [&](const char* party, const char* action_en) -> const Commitment* {
    for (const auto& commitment : made) {
      if (commitment.party == party && commitment.action.en == std::optional<std::string>(action_en))
        return &commitment;
    }
    return nullptr;
  };
  struct Answer {
    const char* who;
    const char* party;
    const char* action_en;
    const char* text;
    std::optional<int> progress;
    std::optional<std::string> status;
    std::optional<std::string> country;
  };
  std::vector<Answer> answers = {
      {"oim@enlace.example", "IOM", "Translate the study on key obstacles to combating migrant smuggling into English",
       "The English translation of the study was delivered to the TS and published in the Virtual Secretariat.", 100,
       "done", std::nullopt},
      {"honduras@enlace.example", "MEMBER_COUNTRIES", "Propose contact points for the compliance indicators",
       "Honduras propuso a Mario Zelaya (CICESCT) como punto de contacto para los indicadores.", 100, "done",
       std::nullopt},
      {"guatemala@enlace.example", "MEMBER_COUNTRIES", "Propose contact points for the compliance indicators",
       "Guatemala está confirmando internamente el nombramiento; se enviará por nota verbal.", std::nullopt,
       std::nullopt, std::nullopt},
      {"secretaria@enlace.example", "MEMBER_COUNTRIES", "Propose contact points for the compliance indicators",
       "Costa Rica comunicó su punto de contacto por correo electrónico a la ST.", 100, "done",
       std::optional<std::string>("CR")},
      {"secretaria@enlace.example", "TS",
       "Organise a virtual meeting of the contact points, with IOM support, to draft the Work Plan on Migrant "
       "Smuggling",
       "La reunión virtual se celebró el 23 de febrero de 2017 con nueve países y la OIM.", 100, "done", std::nullopt},
      {"rrocm@enlace.example", "RNCOM",
       "Present a written proposal on strengthening civil society participation in the RCM",
       "La RROCM presentó su propuesta escrita al GRCM el 16 de noviembre de 2016.", 100, "done", std::nullopt},
      {"secretaria@enlace.example", "TS",
       "Submit the report of the Tegucigalpa follow-up meeting (26-28 October 2016) to the delegations",
       "El informe fue remitido a las delegaciones el 21 de noviembre de 2016.", 100, "done", std::nullopt},
      {"honduras@enlace.example", "MEMBER_COUNTRIES", "Submit comments on the RCM Glossary to the TS",
       "Honduras revisa los términos de trata y tráfico; enviará comentarios con la Dirección de Migración.", 40,
       std::nullopt, std::nullopt},
  };
  for (const auto& answer : answers) {
    const auto* commitment = find(answer.party, answer.action_en);
    if (!commitment)
      return std::unexpected(Error::Internal(std::string("demo commitment not found: ") + answer.action_en));
    ProgressReport report;
    report.text = answer.text;
    report.progress = answer.progress;
    report.status = answer.status;
    report.country = answer.country;
    auto reported = kernel.services.Get<CommitmentService>().Report(as(answer.who), commitment->id, report);
    if (!reported) return std::unexpected(reported.error());
  }
  return {};
}

}  // namespace enlace
