// The contact-point directory over SOCI.
#pragma once

#include <soci/soci.h>

#include "contacts/domain/contact_point_repository.hpp"
#include "kernel/storage/storage_module.hpp"

namespace enlace::storage {

class SociContactPointRepository final : public ContactPointRepository {
 public:
  explicit SociContactPointRepository(Connection& connection) : session_(connection.session) {}
  ContactPoint Create(const ContactPoint& contact_point) override;
  std::optional<ContactPoint> Find(ProcessId process, ContactPointId id) override;
  std::vector<ContactPoint> List(ProcessId process, const ContactPointFilter& filter) override;
  std::vector<ContactPoint> History(ProcessId process, const std::string& country, const std::string& network,
                                    const std::string& topic) override;
  bool Update(const ContactPoint& contact_point, std::int64_t expected_version) override;

 private:
  soci::session& session_;
};

void RegisterContactPointRepositories(RepositoryRegistry& registry);

}  // namespace enlace::storage
