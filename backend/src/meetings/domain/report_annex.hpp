// Annexes other capabilities add to a meeting's report (the receipts of the documents distributed
// for the meeting, for one), without the meetings capability knowing them: each registers a source
// with the ReportAnnexes service, and the report's routes ask every source for the reader at hand
// and the report's language. A source decides what the reader may see; what it returns is already
// in that language.
#pragma once

#include <functional>
#include <mutex>
#include <string>
#include <vector>

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

class ReportAnnexes {
 public:
  using Source = std::function<std::vector<ReportAnnex>(const RequestContext&, MeetingId, const std::string& language)>;

  // Called while the capabilities are put together, before the server serves.
  void Add(Source source) {
    std::lock_guard lock(mutex_);
    sources_.push_back(std::move(source));
  }

  // Every source's annexes for `meeting` as `context` may read them, in the order the sources were added.
  std::vector<ReportAnnex> For(const RequestContext& context, MeetingId meeting, const std::string& language) const {
    std::vector<Source> sources;
    {
      std::lock_guard lock(mutex_);
      sources = sources_;
    }
    std::vector<ReportAnnex> annexes;
    for (const auto& source : sources) {
      for (auto& annex : source(context, meeting, language)) annexes.push_back(std::move(annex));
    }
    return annexes;
  }

 private:
  mutable std::mutex mutex_;
  std::vector<Source> sources_;
};

}  // namespace enlace
