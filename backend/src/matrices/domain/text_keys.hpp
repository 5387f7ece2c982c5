// The texts of the matrices capability (texts/<language>.json, "texts"). Every key here is in
// every language; a test checks it.
#pragma once

#include "kernel/domain/text_key.hpp"

namespace enlace::text_keys {

// "No specific provision", as a cell that says so is written in exports.
inline constexpr TextKey kMatrixNoProvision{"matrices.no_provision"};
// Column headers and sheet names of the XLSX, CSV and PDF exports.
inline constexpr TextKey kMatrixExportTopic{"matrices.export.topic"};
inline constexpr TextKey kMatrixExportCountry{"matrices.export.country"};
inline constexpr TextKey kMatrixExportWideSheet{"matrices.export.wide_sheet"};
inline constexpr TextKey kMatrixExportLongSheet{"matrices.export.long_sheet"};
inline constexpr TextKey kMatrixExportChangesSheet{"matrices.export.changes_sheet"};
// The line on the per-country workbook's instructions sheet.
inline constexpr TextKey kMatrixWorkbookInstructions{"matrices.workbook.instructions"};
// The reminder to the officers of a country that has not submitted its column ({matrix}, {round},
// {country}, {due}, {link}, {name}): in the application (action, party) and by e-mail.
inline constexpr TextKey kMatrixReminderAction{"matrices.reminder.action"};
inline constexpr TextKey kMatrixReminderParty{"matrices.reminder.party"};
inline constexpr TextKey kMatrixReminderSubject{"matrices.reminder.subject"};
inline constexpr TextKey kMatrixReminderBody{"matrices.reminder.body"};
// The answer a validated column records in the commitment that asked for the round ({matrix}, {round}).
inline constexpr TextKey kMatrixValidatedAnswer{"matrices.validated_answer"};

}  // namespace enlace::text_keys
