// The texts of the meeting report (texts/<language>.json of meetings, "texts"). Every key here is
// in every language; a test checks it.
#pragma once

#include "kernel/domain/text_key.hpp"
#include "meetings/domain/text_keys.hpp"

namespace enlace::text_keys {

// Second title line: "Informe de la reunión ordinaria" / "Report of the workshop".
inline constexpr MeetingTypeKey kReportTitle{TextKey{"report.title.regular"}, TextKey{"report.title.extraordinary"},
                                             TextKey{"report.title.virtual"}, TextKey{"report.title.workshop"}};
// File metadata: {title} — {body} — {place_and_dates}.
inline constexpr TextKey kReportDocumentTitle{"report.document_title"};

// The opening paragraph: "{subject} {held}{in_place} {dates}{participants}." where {held} is
// "celebró su reunión ordinaria" / "held a workshop", {in_place} " en San Pedro Sula, Honduras,"
// (empty without a place), {dates} a date phrase, {participants} ", con la participación de
// representantes de Canadá, …" (empty without participants).
inline constexpr TextKey kReportOpening{"report.opening"};
inline constexpr MeetingTypeKey kReportHeld{
    TextKey{"report.opening.held.regular"}, TextKey{"report.opening.held.extraordinary"},
    TextKey{"report.opening.held.virtual"}, TextKey{"report.opening.held.workshop"}};
inline constexpr TextKey kReportInPlace{"report.opening.in_place"};           // {place}
inline constexpr TextKey kReportParticipants{"report.opening.participants"};  // {names}

// The sentence before the agreements. {issuer} is "La Red" for a network, else the body's
// abbreviation with its article ("El GRCM"); {to_body} the receiver after "to" ("al Grupo …").
inline constexpr TextKey kReportIssuerNetwork{"report.issuer.network"};
inline constexpr TextKey kReportIntroductionSubmitted{"report.introduction.submitted"};
inline constexpr TextKey kReportIntroductionDraft{"report.introduction.draft"};
inline constexpr TextKey kReportIntroductionAdopted{"report.introduction.adopted"};

// "Estado del informe:" and the status after it.
inline constexpr TextKey kReportStatusLabel{"report.status.label"};
inline constexpr TextKey kReportStatusDraft{"report.status.draft"};
inline constexpr TextKey kReportStatusAdopted{"report.status.adopted"};
inline constexpr TextKey kReportStatusSubmitted{"report.status.submitted"};
inline constexpr TextKey kReportStatusSubmittedTo{"report.status.submitted_to"};  // {to_body}
inline constexpr TextKey kReportStatusConsidered{"report.status.considered"};
// "considerado en la reunión ordinaria del GRCM (San José, Costa Rica, 20 de junio de 2017)":
// {of_body} the body after "of", {details} its place and dates.
inline constexpr MeetingTypeKey kReportStatusConsideredAt{
    TextKey{"report.status.considered_at.regular"}, TextKey{"report.status.considered_at.extraordinary"},
    TextKey{"report.status.considered_at.virtual"}, TextKey{"report.status.considered_at.workshop"}};

// In front of a text shown in the other language, or of a missing one.
inline constexpr TextKey kReportOnlyInSpanish{"report.marker.only_in_spanish"};
inline constexpr TextKey kReportOnlyInEnglish{"report.marker.only_in_english"};
inline constexpr TextKey kReportNoText{"report.marker.no_text"};

inline constexpr TextKey kReportNoItems{"report.no_items"};
inline constexpr TextKey kReportAnnexTitle{"report.annex.title"};
inline constexpr TextKey kReportAnnexAgreement{"report.annex.agreement"};
inline constexpr TextKey kReportAnnexParty{"report.annex.party"};
inline constexpr TextKey kReportAnnexAction{"report.annex.action"};
inline constexpr TextKey kReportAnnexDeadline{"report.annex.deadline"};
inline constexpr TextKey kReportAnnexDue{"report.annex.due"};
// The annex's due date when there is none.
inline constexpr TextKey kReportDueNotScheduled{"report.due.not_scheduled"};
inline constexpr TextKey kReportDueNone{"report.due.none"};
inline constexpr TextKey kReportDueStanding{"report.due.standing"};

inline constexpr TextKey kReportClosing{"report.closing"};  // {date}
inline constexpr TextKey kReportPage{"report.page"};        // {page}, {total}
// The language of the document's text for word processors (BCP 47): "es-ES".
inline constexpr TextKey kReportLanguageTag{"report.language_tag"};

// The follow-up exports (follow_up_export.cpp): sheet names, column headers, statuses, answer states.
inline constexpr TextKey kExportCommitmentsSheet{"export.sheet.commitments"};
inline constexpr TextKey kExportGridSheet{"export.sheet.grid"};
inline constexpr TextKey kExportMeeting{"export.meeting"};
inline constexpr TextKey kExportAgreement{"export.agreement"};
inline constexpr TextKey kExportParty{"export.party"};
inline constexpr TextKey kExportAction{"export.action"};
inline constexpr TextKey kExportDeadline{"export.deadline"};
inline constexpr TextKey kExportDue{"export.due"};
inline constexpr TextKey kExportStatus{"export.status"};
inline constexpr TextKey kExportProgress{"export.progress"};
inline constexpr TextKey kExportOverdue{"export.overdue"};
inline constexpr TextKey kExportYes{"export.yes"};
inline constexpr TextKey kExportNo{"export.no"};
inline constexpr TextKey kExportStatusOpen{"export.status.open"};
inline constexpr TextKey kExportStatusInProgress{"export.status.in_progress"};
inline constexpr TextKey kExportStatusDone{"export.status.done"};
inline constexpr TextKey kExportStatusCancelled{"export.status.cancelled"};
inline constexpr TextKey kExportAnswerDone{"export.answer.done"};
inline constexpr TextKey kExportAnswerAnswered{"export.answer.answered"};
inline constexpr TextKey kExportAnswerNotStarted{"export.answer.not_started"};
inline constexpr TextKey kExportFileName{"export.file.name"};
// The first word of a report's file name: "informe" / "report".
inline constexpr TextKey kReportFileName{"report.file_name"};

// A meeting's package for offline use (meetings/http/routes_package.cpp): its index.html and CSV headers.
namespace package {
inline constexpr TextKey kTitle{"package.title"};
inline constexpr TextKey kAgenda{"package.agenda"};
inline constexpr TextKey kFiles{"package.files"};
inline constexpr TextKey kReportPdf{"package.report_pdf"};
inline constexpr TextKey kReportDocx{"package.report_docx"};
inline constexpr TextKey kAgreementsCsv{"package.agreements_csv"};
inline constexpr TextKey kCommitmentsCsv{"package.commitments_csv"};
inline constexpr TextKey kManifest{"package.manifest"};
inline constexpr TextKey kAgreements{"package.agreements"};
inline constexpr TextKey kNumber{"package.number"};
inline constexpr TextKey kText{"package.text"};
inline constexpr TextKey kParty{"package.party"};
inline constexpr TextKey kAction{"package.action"};
inline constexpr TextKey kDeadline{"package.deadline"};
inline constexpr TextKey kStatus{"package.status"};
inline constexpr TextKey kProgress{"package.progress"};
inline constexpr TextKey kPackageNumber{"package.package_number"};
inline constexpr TextKey kChangesSince{"package.changes_since"};
inline constexpr TextKey kNoChanges{"package.no_changes"};
inline constexpr TextKey kAdded{"package.added"};
inline constexpr TextKey kChanged{"package.changed"};
inline constexpr TextKey kRemoved{"package.removed"};
inline constexpr TextKey kDocuments{"package.documents"};
inline constexpr TextKey kVersionDistributed{"package.version_distributed"};
inline constexpr TextKey kVersionNamed{"package.version_named"};
inline constexpr TextKey kVersionCurrent{"package.version_current"};
inline constexpr TextKey kOnlyInSpanish{"package.only_in_es"};
inline constexpr TextKey kOnlyInEnglish{"package.only_in_en"};
}  // namespace package

}  // namespace enlace::text_keys
