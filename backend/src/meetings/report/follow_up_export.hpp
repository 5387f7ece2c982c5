// The follow-up lists and answer grids as spreadsheets (issue 10: "the answer grid and the
// follow-up lists exported as XLSX and CSV"), in the reader's language: one row per commitment
// (meeting, agreement, party, action, deadline as written, due date, status, progress, overdue),
// and one row per request to all member countries with a column per country (a heat map in XLSX).
#pragma once

#include <string>
#include <vector>

#include "kernel/domain/wording.hpp"
#include "kernel/formats/spreadsheet.hpp"
#include "meetings/domain/commitment_service.hpp"
#include "reference/domain/reference.hpp"

namespace enlace {

// The commitments sheet and the answer-grid sheet of `overview`; `meetings` names each row's meeting.
std::vector<Sheet> FollowUpSheets(const FollowUpOverview& overview, const std::vector<Meeting>& meetings,
                                  const ReferenceData& reference, const Wording& words);

}  // namespace enlace
