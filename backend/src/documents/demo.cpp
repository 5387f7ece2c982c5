// The demo's documents, of the San Pedro Sula meeting of the Liaison Officer Network (the seed
// report): its report in both languages, public and named "As adopted"; a members-only working
// document in Spanish whose English version the Secretariat owes under agreement 3, distributed to
// the member countries and already opened by Honduras (not by Guatemala); and a presentation for all participants.
// The files are small PDFs made here; titles and notes are illustrative.
#include <algorithm>
#include <chrono>
#include <cstdio>

#include "documents/capability.hpp"
#include "documents/domain/document_repository.hpp"
#include "documents/domain/document_service.hpp"
#include "meetings/domain/meeting_repository.hpp"
#include "notifications/domain/notification_repository.hpp"

namespace enlace {
namespace {

constexpr const char* kSecretariat = "secretaria@enlace.example";

// A one-page PDF that says `text` (ASCII), with a correct cross-reference table.
std::string DemoPdf(const std::string& text) {
  std::vector<std::string> objects = {
      "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> "
      ">>",
      "", "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
  auto stream = "BT /F1 14 Tf 60 780 Td (" + text + ") Tj ET";
  objects[3] = "<< /Length " + std::to_string(stream.size()) + " >>\nstream\n" + stream + "\nendstream";
  std::string pdf = "%PDF-1.4\n";
  std::vector<std::size_t> offsets;
  for (std::size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(pdf.size());
    pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  auto xref = pdf.size();
  pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  for (auto offset : offsets) {
    char line[32];
    std::snprintf(line, sizeof line, "%010zu 00000 n \n", offset);
    pdf += line;
  }
  pdf += "trailer\n<< /Size " + std::to_string(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" +
         std::to_string(xref) + "\n%%EOF\n";
  return pdf;
}

struct SanPedroSula {
  std::optional<MeetingId> meeting;
  std::optional<AgreementId> agreement_3;
};

SanPedroSula FindMeeting(Kernel& kernel, ProcessId process) {
  auto transaction = kernel.store.Begin(TransactionMode::kRead);
  auto& meetings = transaction->Get<MeetingRepository>();
  MeetingFilter filter{
      .from = ParseIsoDate("2016-11-15"), .to = ParseIsoDate("2016-11-15"), .body = "SMUGGLING_TIP_NETWORK"};
  SanPedroSula found;
  for (const auto& meeting : meetings.List(process, filter)) {
    found.meeting = meeting.id;
    for (const auto& agreement : meetings.Agreements(meeting.id))
      if (agreement.number == "3") found.agreement_3 = agreement.id;
  }
  return found;
}

}  // namespace

Result<void> LoadDocumentsDemo(Kernel& kernel, Demo& demo) {
  if (!demo.with_meetings) return {};
  auto ts = demo.As(kSecretariat);
  {
    auto transaction = kernel.store.Begin(TransactionMode::kRead);
    // Documents made from meeting files (documents/migrations/0004) are not the demo's.
    auto existing = transaction->Get<DocumentRepository>().List(ts.process_id, {});
    if (std::ranges::any_of(existing, [](const Document& document) { return !document.source; })) return {};
  }
  auto place = FindMeeting(kernel, ts.process_id);
  if (!place.meeting) return {};
  // No e-mail from the demo: its distribution reaches people in the application only.
  DocumentService service(kernel.store, kernel.secrets, kernel.clock, kernel.texts, [] { return nullptr; });

  auto add = [&](DocumentFields fields, VersionUpload upload) -> Result<Document> {
    auto created = service.Create(ts, std::move(fields));
    if (!created) return created;
    return service.AddVersion(ts, created->id, std::move(upload));
  };
  auto report = add(DocumentFields{DocumentType::kReport, "RCM/RROLTIM/2016/INF",
                                   LocalizedText{"Informe de la reunión de la Red de Funcionarios de Enlace, San Pedro "
                                                 "Sula, 15 de noviembre de 2016",
                                                 "Report of the meeting of the Liaison Officer Network, San Pedro "
                                                 "Sula, 15 November 2016"},
                                   place.meeting, std::nullopt, AccessLevel::kPublic},
                    VersionUpload{UploadedFile{"informe-san-pedro-sula.pdf", DemoPdf("Informe de la reunion")},
                                  UploadedFile{"report-san-pedro-sula.pdf", DemoPdf("Report of the meeting")},
                                  "Informe aprobado por la Red.", "Aprobado / As adopted"});
  if (!report) return std::unexpected(report.error());

  auto working =
      add(DocumentFields{DocumentType::kWorkingDocument, "RCM/RROLTIM/2016/DT.1",
                         LocalizedText{"Propuesta de mecanismo de intercambio de información sobre tráfico ilícito de "
                                       "migrantes",
                                       std::nullopt},
                         place.meeting, std::nullopt, AccessLevel::kMembers},
          VersionUpload{UploadedFile{"mecanismo-intercambio.pdf", DemoPdf("Propuesta de mecanismo de intercambio")},
                        std::nullopt, "Versión para comentarios de los países miembros.", ""});
  if (!working) return std::unexpected(working.error());
  auto owed = service.OweTranslation(
      ts, working->id, "en",
      TranslationInput{"Secretaría Técnica", AddDays(kernel.clock.Today(), 30), place.agreement_3});
  if (!owed) return std::unexpected(owed.error());
  auto sent = service.Distribute(ts, working->id,
                                 DistributionRequest{0,
                                                     "Estimados enlaces: les compartimos la propuesta para sus "
                                                     "comentarios antes de la próxima reunión.",
                                                     {"member_countries"},
                                                     {}});
  if (!sent) return std::unexpected(sent.error());
  {
    // Honduras has opened it (as through its link, a day later); the notices of the distribution
    // are marked read, so that the demo's inboxes start with what the reminder job sends.
    auto transaction = kernel.store.Begin(TransactionMode::kWrite);
    auto& documents = transaction->Get<DocumentRepository>();
    auto& notifications = transaction->Get<NotificationRepository>();
    for (const auto& recipient : documents.Recipients(sent->id)) {
      if (recipient.delegation == "HN") documents.MarkOpened(recipient.id, kernel.clock.Now());
      notifications.MarkAllRead(recipient.user, kernel.clock.Now());
    }
    transaction->Commit();
  }

  auto presentation = add(
      DocumentFields{DocumentType::kPresentation, "",
                     LocalizedText{"Presentación de la OIM: tendencias del tráfico ilícito de migrantes en la región",
                                   std::nullopt},
                     place.meeting, std::nullopt, AccessLevel::kParticipants},
      VersionUpload{UploadedFile{"presentacion-oim.pdf", DemoPdf("Tendencias del trafico ilicito de migrantes")},
                    std::nullopt, "", ""});
  if (!presentation) return std::unexpected(presentation.error());
  return {};
}

}  // namespace enlace
