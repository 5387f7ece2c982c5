// The reasons of the matrices capability: the machine codes of what can go wrong. Each has a
// message in every language of texts/ (domain/reasons_test.cpp checks it). Reasons shared with
// others (required, too_long, unknown_country, wrong_country, stale_version) are the kernel's.
#pragma once

#include "kernel/domain/reason.hpp"

namespace enlace::reasons {

// Rounds (409).
inline constexpr Reason kMatrixRoundAlreadyOpen{"matrix_round_already_open"};      // one open round at a time
inline constexpr Reason kMatrixRoundClosed{"matrix_round_closed"};                 // nothing changes in a closed round
inline constexpr Reason kMatrixNothingToRemind{"matrix_nothing_to_remind"};        // every country has submitted
inline constexpr Reason kMatrixTranslationNotOwed{"matrix_translation_not_owed"};  // that language is up to date
// A country's column (409): one reason per state an action needs.
inline constexpr Reason kMatrixColumnNotEditable{"matrix_column_not_editable"};    // submitted or validated
inline constexpr Reason kMatrixColumnNotSubmitted{"matrix_column_not_submitted"};  // return, validate
// Input (422, per field).
inline constexpr Reason kNoProvisionWithProvisions{"no_provision_with_provisions"};
inline constexpr Reason kInvalidProvisionUrl{"invalid_provision_url"};
inline constexpr Reason kProvisionWithoutText{"provision_without_text"};
inline constexpr Reason kUnknownMatrixTopic{"unknown_matrix_topic"};
// A round linked to a commitment the process does not have.
inline constexpr Reason kUnknownMatrixCommitment{"unknown_matrix_commitment"};
inline constexpr Reason kTooManyProvisions{"too_many_provisions"};
// The first load of a whole matrix (matrix_import.hpp).
inline constexpr Reason kMatrixAlreadyLoaded{"matrix_already_loaded"};               // it has rounds already (409)
inline constexpr Reason kMatrixImportUnreadable{"matrix_import_unreadable"};         // neither CSV nor XLSX (400)
inline constexpr Reason kMatrixImportMissingColumn{"matrix_import_missing_column"};  // {column} (422)
inline constexpr Reason kMatrixImportTopicNumber{"matrix_import_topic_number"};      // {next} (422)

// The per-country workbook (M10): what is wrong with an uploaded file. Nothing is written.
inline constexpr Reason kMatrixWorkbookUnreadable{
    "matrix_workbook_unreadable"};  // not an XLSX (400, as the other file errors)
inline constexpr Reason kMatrixWorkbookTooLarge{"matrix_workbook_too_large"};  // or a zip bomb (413)
inline constexpr Reason kMatrixWorkbookNotOurs{"matrix_workbook_not_ours"};    // an XLSX not made here
inline constexpr Reason kMatrixWorkbookHeadersChanged{"matrix_workbook_headers_changed"};
inline constexpr Reason kMatrixWorkbookWrongMatrix{"matrix_workbook_wrong_matrix"};    // made for another matrix
inline constexpr Reason kMatrixWorkbookWrongRound{"matrix_workbook_wrong_round"};      // made for another round
inline constexpr Reason kMatrixWorkbookOtherCountry{"matrix_workbook_other_country"};  // not the country named
inline constexpr Reason kMatrixWorkbookRowWithoutTopic{"matrix_workbook_row_without_topic"};
inline constexpr Reason kMatrixWorkbookInvalidDate{"matrix_workbook_invalid_date"};  // per field
// 409: cells changed on the server since the download; the upload is not applied.
inline constexpr Reason kMatrixWorkbookConflict{"matrix_workbook_conflict"};

}  // namespace enlace::reasons
