// The public page of a process (issue 13, item 6; PRODUCT.md, "Public: read what is published"):
// the process, its member countries, bodies and networks (reference data), its public meetings
// and its public documents. The same for every caller, signed in or not: the page shows what is
// published, never what the caller's role would add.
//
// A meeting is public when its report is no longer a draft (adopted, submitted or considered)
// and it is not cancelled: the rule of the public record of agreements
// (meetings/domain/meeting_service.cpp, PublicRecord) and of the search index
// (search/storage/search_sources.cpp). A document is public when its access level is `public`
// (documents/domain/document_policy.hpp).
#pragma once

#include <vector>

#include "documents/domain/document.hpp"
#include "documents/domain/document_service.hpp"
#include "kernel/domain/error.hpp"
#include "kernel/domain/store.hpp"
#include "meetings/domain/meeting_service.hpp"
#include "reference/domain/reference.hpp"
#include "reference/domain/reference_service.hpp"

namespace enlace {

// A public meeting as the page lists it: the meeting (without its files) and how many agreements
// its report has.
struct PortalMeeting {
  Meeting meeting;
  std::size_t agreements = 0;
};

struct PortalSummary {
  ReferenceData reference;
  std::vector<PortalMeeting> meetings;  // newest first
  std::vector<Document> documents;      // access level public, newest first
};

bool IsPortalMeeting(const Meeting& meeting);

class PortalService {
 public:
  PortalService(Store& store, ReferenceService& reference, DocumentService& documents)
      : store_(store), reference_(reference), documents_(documents) {}

  // What anybody may read of the context's process.
  Result<PortalSummary> Summary(const RequestContext& context);

 private:
  Store& store_;
  ReferenceService& reference_;
  DocumentService& documents_;
};

}  // namespace enlace
