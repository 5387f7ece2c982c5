#include "app/capabilities.hpp"

#include "accounts/capability.hpp"
#include "audit/capability.hpp"
#include "calendars/capability.hpp"
#include "contacts/capability.hpp"
#include "cooperation/capability.hpp"
#include "documents/capability.hpp"
#include "imports/capability.hpp"
#include "matrices/capability.hpp"
#include "meetings/capability.hpp"
#include "notifications/capability.hpp"
#include "portal/capability.hpp"
#include "reference/capability.hpp"
#include "search/capability.hpp"

namespace enlace {

std::vector<Capability> Capabilities() {
  return {
      ReferenceCapability(),  //
      AccountsCapability(),   //
      AuditCapability(),      //
      ContactsCapability(),   //
      MeetingsCapability(),   //
      CalendarsCapability(),  //
      NotificationsCapability(), ImportsCapability(), CooperationCapability(), MatricesCapability(),
      DocumentsCapability(),  //
      PortalCapability(),     // the public page: after reference, meetings and documents
      SearchCapability(),     // after the capabilities it feeds from (meetings, contacts, documents)
  };
}

std::vector<storage::StorageModule> StorageModulesOf(const std::vector<Capability>& capabilities) {
  std::vector<storage::StorageModule> modules;
  for (const auto& capability : capabilities) {
    modules.push_back(storage::StorageModule{capability.name, capability.files, capability.repositories});
  }
  return modules;
}

}  // namespace enlace
