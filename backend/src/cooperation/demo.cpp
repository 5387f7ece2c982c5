// The demo's cooperation requests, following agreement 3 of the San Pedro Sula meeting ("interested
// countries will request support from SICA for the implementation of projects through the TS"):
// Honduras's request forwarded to SICA and waiting for its answer for more than 30 days (so that
// the Secretariat's reminder shows), Guatemala's draft, El Salvador's answered request, Costa
// Rica's request to OCAM just sent, and Panama's closed one. Each is made through the service, as
// the people of the demo, at dates relative to today, so that waiting times read the same whenever
// the demo is loaded. Loaded with the demo's meetings (the follow-up of the seed report); the
// titles and summaries are illustrative.
#include <chrono>

#include "cooperation/capability.hpp"
#include "cooperation/domain/cooperation_request_repository.hpp"
#include "cooperation/domain/cooperation_service.hpp"
#include "meetings/domain/meeting_repository.hpp"

namespace enlace {
namespace {

// The demo's "now" for each step: a day in the past, set before each call.
class DemoClock final : public Clock {
 public:
  Timestamp Now() const override { return now_; }
  void Set(Timestamp now) { now_ = now; }

 private:
  Timestamp now_{};
};

struct DemoStep {
  CooperationAction action;
  int days_ago;
  const char* by;  // demo person's e-mail
  const char* note;
};

struct DemoRequest {
  const char* by;
  const char* country;
  const char* partner;
  LocalizedText title;
  LocalizedText summary;
  bool follows_agreement_3;
  int created_days_ago;
  std::vector<DemoStep> steps;
};

constexpr const char* kSecretariat = "secretaria@enlace.example";
constexpr const char* kHonduras = "honduras@enlace.example";
constexpr const char* kGuatemala = "guatemala@enlace.example";

std::vector<DemoRequest> DemoRequests() {
  return {
      {kHonduras,
       "HN",
       "SICA",
       {"Fortalecimiento de la investigación del tráfico ilícito de migrantes en la frontera norte",
        "Strengthening the investigation of migrant smuggling at the northern border"},
       {"Honduras solicita apoyo técnico y financiero del SICA para capacitar a fiscales y policías de frontera en la "
        "investigación financiera de redes de tráfico ilícito de migrantes.",
        "Honduras asks SICA for technical and financial support to train border prosecutors and police in the "
        "financial investigation of migrant smuggling networks."},
       true,
       75,
       {{CooperationAction::kSend, 70, kHonduras, "Aprobada por la Dirección de Asuntos Migratorios."},
        {CooperationAction::kForward, 45, kSecretariat,
         "Remitida a la Secretaría General del SICA por nota ST-CRM-112."}}},
      {kGuatemala,
       "GT",
       "SICA",
       {"Capacitación regional en identificación de víctimas de trata", std::nullopt},
       {"Borrador: talleres para personal consular y migratorio sobre identificación temprana de víctimas.",
        std::nullopt},
       true,
       5,
       {}},
      {kSecretariat,
       "SV",
       "SICA",
       {"Sistema de información compartido sobre tráfico ilícito de migrantes",
        "Shared information system on migrant smuggling"},
       {"El Salvador solicita apoyo para diseñar un sistema de intercambio de información entre unidades "
        "especializadas.",
        "El Salvador asks for support to design an information exchange system between specialised units."},
       true,
       120,
       {{CooperationAction::kSend, 115, kSecretariat, "Recibida por correo de la Cancillería de El Salvador."},
        {CooperationAction::kForward, 100, kSecretariat, nullptr},
        {CooperationAction::kAnswer, 20, kSecretariat,
         "El SICA confirma apoyo técnico para la fase de diseño a partir del próximo semestre."}}},
      {kSecretariat,
       "CR",
       "OCAM",
       {"Protocolo de atención a personas migrantes objeto de tráfico", "Protocol for smuggled migrants"},
       {"Costa Rica solicita a la OCAM acompañamiento para un protocolo binacional de atención.",
        "Costa Rica asks OCAM to accompany a binational assistance protocol."},
       false,
       12,
       {{CooperationAction::kSend, 10, kSecretariat, nullptr}}},
      {kSecretariat,
       "PA",
       "SICA",
       {"Intercambio de buenas prácticas en control migratorio", "Exchange of good practices in migration control"},
       {"Panamá solicita una pasantía de funcionarios en el SICA.",
        "Panama asks for an internship of officials at SICA."},
       false,
       200,
       {{CooperationAction::kSend, 190, kSecretariat, nullptr},
        {CooperationAction::kForward, 180, kSecretariat, nullptr},
        {CooperationAction::kAnswer, 150, kSecretariat, "La pasantía se realizó en marzo."},
        {CooperationAction::kClose, 140, kSecretariat, nullptr}}},
  };
}

// Agreement 3 of the San Pedro Sula meeting, when the demo's meetings are loaded.
std::optional<AgreementId> SeedAgreement(Kernel& kernel, ProcessId process) {
  auto transaction = kernel.store.Begin(TransactionMode::kRead);
  auto& meetings = transaction->Get<MeetingRepository>();
  MeetingFilter filter{
      .from = ParseIsoDate("2016-11-15"), .to = ParseIsoDate("2016-11-15"), .body = "SMUGGLING_TIP_NETWORK"};
  for (const auto& meeting : meetings.List(process, filter)) {
    for (const auto& agreement : meetings.Agreements(meeting.id)) {
      if (agreement.number == "3") return agreement.id;
    }
  }
  return std::nullopt;
}

}  // namespace

Result<void> LoadCooperationDemo(Kernel& kernel, Demo& demo) {
  if (!demo.with_meetings) return {};
  auto secretariat = demo.As(kSecretariat);
  {
    auto transaction = kernel.store.Begin(TransactionMode::kRead);
    if (!transaction->Get<CooperationRequestRepository>().List(secretariat.process_id, {}).empty()) return {};
  }
  auto agreement = SeedAgreement(kernel, secretariat.process_id);
  DemoClock clock;
  CooperationService service(kernel.store, kernel.secrets, clock);
  auto now = std::chrono::floor<std::chrono::days>(kernel.clock.Now()) + std::chrono::hours{15};
  auto days_ago = [&](int days) { return Timestamp{now - std::chrono::days{days}}; };
  for (const auto& item : DemoRequests()) {
    CooperationRequestInput input{item.country, item.partner, item.title, item.summary,
                                  item.follows_agreement_3 ? agreement : std::nullopt};
    clock.Set(days_ago(item.created_days_ago));
    auto created = service.Create(demo.As(item.by), input);
    if (!created) return std::unexpected(created.error());
    for (const auto& step : item.steps) {
      clock.Set(days_ago(step.days_ago));
      auto taken = service.TakeStep(demo.As(step.by), created->id, step.action,
                                    CooperationStepInput{step.note ? step.note : "", {}});
      if (!taken) return std::unexpected(taken.error());
    }
  }
  return {};
}

}  // namespace enlace
