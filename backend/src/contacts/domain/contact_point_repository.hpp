// Where contact points are kept (implemented in contacts/storage).
#pragma once

#include <optional>
#include <vector>

#include "contacts/domain/contact_point.hpp"
#include "kernel/domain/store.hpp"

namespace enlace {

class ContactPointRepository : public Repository {
 public:
  virtual ~ContactPointRepository() = default;
  virtual ContactPoint Create(const ContactPoint& contact_point) = 0;
  virtual std::optional<ContactPoint> Find(ProcessId process, ContactPointId id) = 0;
  virtual std::vector<ContactPoint> List(ProcessId process, const ContactPointFilter& filter) = 0;
  // Every term of a country × network × topic, newest first.
  virtual std::vector<ContactPoint> History(ProcessId process, const std::string& country, const std::string& network,
                                            const std::string& topic) = 0;
  // Writes when the stored version is `expected_version` and bumps it; false when stale.
  virtual bool Update(const ContactPoint& contact_point, std::int64_t expected_version) = 0;
};

}  // namespace enlace
