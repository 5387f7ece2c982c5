// Annexes other capabilities add to a meeting's report (the receipts of the documents distributed
// for the meeting, for one), without the meetings capability knowing them: each registers a source
// with the ReportAnnexes service, and the report's routes ask every source for the reader at hand
// and the report's language. A source decides what the reader may see; what it returns is already
// in that language.
#pragma once

#include <string>
#include <vector>

#include "kernel/domain/contributions.hpp"
#include "kernel/domain/role.hpp"
#include "meetings/domain/meeting.hpp"

namespace enlace {

// A title, a note under it, the column headings, each column's share of the text width (equal
// shares when empty or of another length) and the rows. An annex without rows is left out.
struct ReportAnnex {
  std::string title;
  std::string note;
  std::vector<std::string> columns;
  std::vector<double> shares;
  std::vector<std::vector<std::string>> rows;
};

// Every source's annexes for the meeting as the reader may read them, in the report's language.
using ReportAnnexes = Contributions<ReportAnnex, const RequestContext&, MeetingId, const std::string& /*language*/>;

}  // namespace enlace
