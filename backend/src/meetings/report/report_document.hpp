// The meeting report (M2) as a document, generated from the structured agreements: never typed
// twice. The same input gives the same bytes (fixed dates inside the files, fixed ZIP
// timestamps), so the HTTP layer may cache and tests may compare.
//
// Both renderers write the same words (report_content.hpp decides them); they differ only in
// format. Text in the chosen language is used when it exists; otherwise the other language's
// text is shown after a visible marker ("[Texto disponible solo en inglés]"), so a missing
// translation is seen, not hidden.
//
// Thread-safety: the functions may be called from several threads at once; each call owns its
// cairo, pango, pugixml and libzip objects.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "kernel/domain/date.hpp"
#include "kernel/domain/error.hpp"
#include "kernel/domain/texts.hpp"
#include "meetings/domain/meeting.hpp"
#include "meetings/domain/report_annex.hpp"
#include "reference/domain/reference.hpp"

namespace enlace {

struct ReportDocument {
  Meeting meeting;
  // In report order (by `position`); numbers "1", "2", "2.a", "2.b", "3". Other shapes ("2.1",
  // "IV") are shown as written, without automatic numbering.
  std::vector<Agreement> agreements;
  std::vector<Commitment> commitments;   // of these agreements
  ReferenceData reference;               // names of countries, organisations and networks
  std::optional<Meeting> considered_at;  // the meeting that considered the report, if any
  std::string language = "es";           // "es", "en": a language of the texts it is rendered with
  Timestamp generated_at{};              // written into the document's metadata and last line
  std::vector<ReportAnnex> annexes;      // other capabilities' annexes, after the commitments, in order
};

// The PDF bytes: A4, DejaVu fonts, selectable text, "Página 2 de 3" / "Page 2 of 3" footers.
// The words are those of `texts` in document.language. Errors: kInvalidArgument
// "unsupported_language" for a language without catalogues; kInternal "internal" when cairo fails.
Result<std::string> RenderReportPdf(const ReportDocument& document, const Texts& texts);

// The DOCX bytes: a WordprocessingML package whose agreements are a Word multi-level list
// (decimal, then lower-case letters), with styles for headings and the commitments annex as a
// table. Errors as for RenderReportPdf (kInternal when libzip fails).
Result<std::string> RenderReportDocx(const ReportDocument& document, const Texts& texts);

}  // namespace enlace
