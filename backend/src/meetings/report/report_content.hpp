// What the report says, in one language, before it becomes a PDF or a DOCX: the words, the
// numbering and the annex rows. The renderers only lay this out, so both formats always say the
// same thing and the wording is tested once.
//
// The opening follows the network reports the platform replaces: "La Red de Funcionarios de
// Enlace … celebró su reunión ordinaria en San Pedro Sula, Honduras, el 15 de noviembre de 2016,
// con la participación de representantes de Canadá, …", then "La Red presenta el siguiente
// informe al Grupo Regional de Consulta sobre Migración (GRCM) para su consideración:" and the
// numbered agreements.
//
// Every word comes from the meetings and kernel catalogues (report/text_keys.hpp); the language
// is the document's, and any language with catalogues can be written.
#pragma once

#include <string>
#include <vector>

#include "kernel/domain/error.hpp"
#include "kernel/domain/texts.hpp"
#include "meetings/report/report_document.hpp"

namespace enlace {

// How an agreement number is shown and numbered.
//   kTop      "7"   → level 0, value 7, shown "7."
//   kLettered "2.a" → level 1, value 1, shown "a."
//   kLiteral  anything else ("2.1", "IV") → shown as written, no automatic numbering
enum class ItemNumbering { kTop, kLettered, kLiteral };

struct ReportItem {
  ItemNumbering numbering = ItemNumbering::kTop;
  int level = 0;       // 0 for top-level items, 1 for sub-items (also for a literal "2.1")
  int value = 0;       // the number (kTop) or the letter's position, a = 1 (kLettered)
  std::string label;   // as shown in front of the text: "2.", "a.", "2.1"
  std::string number;  // as stored: "2.a"
  std::string marker;  // "[Texto disponible solo en inglés]" when the text is in the other language
  std::string text;    // cleaned; may hold "\n"
  bool heading = false;
};

struct ReportAnnexRow {
  std::string agreement;  // "2.b"
  std::string party;      // "Secretaría Técnica"
  std::string marker;     // as for ReportItem, about `action`
  std::string action;
  std::string deadline;  // as written
  std::string due;       // "28 de febrero de 2017", or why there is no date
};

struct ReportContent {
  std::string language;         // "es", "en", …
  std::string language_tag;     // for word processors: "es-ES", "en-GB"
  std::string document_title;   // for file metadata: "Informe — Red de Funcionarios … — 15 de noviembre de 2016"
  std::string body_name;        // first title line
  std::string report_title;     // "Informe de la reunión ordinaria"
  std::string meeting_title;    // the meeting's own title, when it has one in this language
  std::string place_and_dates;  // "San Pedro Sula, Honduras, 15 de noviembre de 2016"
  std::string status_label;     // "Estado del informe:"
  std::string status;           // "presentado al Grupo Regional de Consulta sobre Migración (GRCM)"
  std::string opening;          // the narrative paragraph naming the participants
  std::string introduction;     // "La Red presenta el siguiente informe al … para su consideración:"
  std::vector<ReportItem> items;
  std::string no_items;                    // shown when there are no agreements
  std::string annex_title;                 // "Anexo: Compromisos"; the annex is left out when there are no rows
  std::vector<std::string> annex_columns;  // five headings
  std::vector<ReportAnnexRow> annex_rows;
  std::vector<ReportAnnex> annexes;  // the document's other annexes, as given (empty ones left out)
  std::string closing;               // "Documento generado por enlace el … a partir de los acuerdos registrados."
  std::string page_label;            // the footer's pattern: "Página {page} de {total}"

  std::string PageLabel(int page, int total) const;  // "Página 2 de 3"
};

// The content of `document` in its language, with the words of `texts`. Errors: kInvalidArgument
// "unsupported_language" when `texts` has no catalogue in document.language.
Result<ReportContent> BuildReportContent(const ReportDocument& document, const Texts& texts);

// "2" → kTop 2; "2.a" / "2a" / "2.a)" → kLettered 1; anything else kLiteral.
ReportItem ClassifyNumber(std::string_view number);

}  // namespace enlace
