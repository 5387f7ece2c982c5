#include "portal/domain/portal_service.hpp"

#include <algorithm>

#include "meetings/domain/meeting_repository.hpp"

namespace enlace {

bool IsPortalMeeting(const Meeting& meeting) {
  return !meeting.cancelled && meeting.report_status != ReportStatus::kDraft;
}

Result<PortalSummary> PortalService::Summary(const RequestContext& context) {
  PortalSummary summary;
  summary.reference = reference_.Load(context.process_id);
  {
    auto transaction = store_.Begin(TransactionMode::kRead);
    auto& meetings = transaction->Get<MeetingRepository>();
    for (auto& meeting : meetings.List(context.process_id, MeetingFilter{})) {
      if (!IsPortalMeeting(meeting)) continue;
      meeting.files.clear();
      auto agreements = meetings.Agreements(meeting.id);
      summary.meetings.push_back(PortalMeeting{std::move(meeting), agreements.size()});
    }
  }
  std::stable_sort(summary.meetings.begin(), summary.meetings.end(),
                   [](const PortalMeeting& a, const PortalMeeting& b) { return a.meeting.date > b.meeting.date; });
  // The documents an anonymous visitor may read, whoever asks: the public page shows what is
  // published, not what the caller's role opens.
  RequestContext anonymous = context;
  anonymous.actor.reset();
  auto documents = documents_.List(anonymous, DocumentFilter{});
  if (!documents) return std::unexpected(documents.error());
  for (auto& document : *documents) {
    if (document.fields.access == AccessLevel::kPublic) summary.documents.push_back(std::move(document));
  }
  return summary;
}

}  // namespace enlace
