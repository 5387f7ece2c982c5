#include "contacts/domain/contact_point_repository.hpp"

#include "contacts/storage/soci_contact_point_repository.hpp"
#include "kernel/storage/sql.hpp"

namespace enlace::storage {
namespace {

constexpr const char* kContactPointColumns =
    "SELECT c.id, c.process_id, c.country, c.network, c.topic, c.name, c.position, c.institution, c.email, c.phone, "
    "c.languages, c.valid_from, c.valid_to, c.status, c.proposed_by, pu.name AS proposed_by_name, c.confirmed_by, "
    "cu.name AS confirmed_by_name, c.confirmed_at, c.rejection_reason, c.version, c.created_at, c.updated_at "
    "FROM contact_points c JOIN users pu ON pu.id = c.proposed_by LEFT JOIN users cu ON cu.id = c.confirmed_by";

ContactPoint ContactPointFrom(const Row& row) {
  ContactPoint point;
  point.id = ContactPointId{row.IntOr("id")};
  point.process_id = ProcessId{row.IntOr("process_id")};
  auto& f = point.fields;
  f.country = row.TextOr("country");
  f.network = row.TextOr("network");
  f.topic = row.TextOr("topic");
  f.name = row.TextOr("name");
  f.position = row.TextOr("position");
  f.institution = row.TextOr("institution");
  f.email = row.TextOr("email");
  f.phone = row.TextOr("phone");
  f.languages = SplitList(row.TextOr("languages"));
  f.valid_from = OptionalDateFrom(row.Text("valid_from"));
  f.valid_to = OptionalDateFrom(row.Text("valid_to"));
  point.status = ParseContactPointStatus(row.TextOr("status")).value_or(ContactPointStatus::kProposed);
  point.proposed_by = UserRef{UserId{row.IntOr("proposed_by")}, row.TextOr("proposed_by_name")};
  if (auto confirmer = row.Int("confirmed_by"))
    point.confirmed_by = UserRef{UserId{*confirmer}, row.TextOr("confirmed_by_name")};
  point.confirmed_at = OptionalTimestampFrom(row.Text("confirmed_at"));
  point.rejection_reason = row.Text("rejection_reason");
  point.version = row.IntOr("version", 1);
  point.created_at = TimestampFrom(row.TextOr("created_at"));
  point.updated_at = TimestampFrom(row.TextOr("updated_at"));
  return point;
}

// The columns an insert and an update both write.
Sql& BindContactPoint(Sql& sql, const ContactPoint& point) {
  const auto& f = point.fields;
  return sql.Bind("country", f.country)
      .Bind("network", f.network)
      .Bind("topic", f.topic)
      .Bind("name", f.name)
      .Bind("position", f.position)
      .Bind("institution", f.institution)
      .Bind("email", f.email)
      .Bind("phone", f.phone)
      .Bind("languages", JoinList(f.languages))
      .Bind("valid_from", OptionalText(f.valid_from))
      .Bind("valid_to", OptionalText(f.valid_to))
      .Bind("status", std::string(ToString(point.status)))
      .Bind("confirmed_by", point.confirmed_by ? std::optional<long long>(point.confirmed_by->id) : std::nullopt)
      .Bind("confirmed_at",
            point.confirmed_at ? std::optional<std::string>(FormatIsoTimestamp(*point.confirmed_at)) : std::nullopt)
      .Bind("rejection_reason", point.rejection_reason)
      .Bind("updated", FormatIsoTimestamp(point.updated_at));
}

}  // namespace

ContactPoint SociContactPointRepository::Create(const ContactPoint& point) {
  Sql sql(session_,
          "INSERT INTO contact_points (process_id, country, network, topic, name, position, institution, email, "
          "phone, languages, valid_from, valid_to, status, proposed_by, confirmed_by, confirmed_at, "
          "rejection_reason, version, created_at, updated_at) VALUES (:process, :country, :network, :topic, "
          ":name, :position, :institution, :email, :phone, :languages, :valid_from, :valid_to, :status, "
          ":proposed_by, :confirmed_by, :confirmed_at, :rejection_reason, 1, :created, :updated) RETURNING id");
  auto row = BindContactPoint(sql, point)
                 .Bind("process", static_cast<long long>(point.process_id))
                 .Bind("proposed_by", static_cast<long long>(point.proposed_by.id))
                 .Bind("created", FormatIsoTimestamp(point.created_at))
                 .FetchOne();
  return *Find(point.process_id, ContactPointId{row->IntOr("id")});
}

std::optional<ContactPoint> SociContactPointRepository::Find(ProcessId process, ContactPointId id) {
  auto row = Sql(session_, std::string(kContactPointColumns) + " WHERE c.id = :id AND c.process_id = :process")
                 .Bind("id", static_cast<long long>(id))
                 .Bind("process", static_cast<long long>(process))
                 .FetchOne();
  if (!row) return std::nullopt;
  return ContactPointFrom(*row);
}

std::vector<ContactPoint> SociContactPointRepository::List(ProcessId process, const ContactPointFilter& filter) {
  std::string text = std::string(kContactPointColumns) + " WHERE c.process_id = :process";
  if (filter.country) text += " AND c.country = :country";
  if (filter.network) text += " AND c.network = :network";
  if (filter.topic) text += " AND c.topic = :topic";
  if (filter.status) {
    text += " AND c.status = :status";
  } else if (!filter.include_history) {
    text += " AND c.status IN ('proposed', 'confirmed')";
  }
  text += " ORDER BY c.country, c.network, c.topic, c.valid_from DESC, c.id DESC";
  Sql sql(session_, text);
  sql.Bind("process", static_cast<long long>(process));
  if (filter.country) sql.Bind("country", *filter.country);
  if (filter.network) sql.Bind("network", *filter.network);
  if (filter.topic) sql.Bind("topic", *filter.topic);
  if (filter.status) sql.Bind("status", std::string(ToString(*filter.status)));
  std::vector<ContactPoint> points;
  for (const auto& row : sql.Fetch()) points.push_back(ContactPointFrom(row));
  return points;
}

std::vector<ContactPoint> SociContactPointRepository::History(ProcessId process, const std::string& country,
                                                              const std::string& network, const std::string& topic) {
  std::vector<ContactPoint> points;
  for (const auto& row : Sql(session_, std::string(kContactPointColumns) +
                                           " WHERE c.process_id = :process AND c.country = :country AND c.network = "
                                           ":network AND c.topic = :topic ORDER BY c.valid_from DESC, c.id DESC")
                             .Bind("process", static_cast<long long>(process))
                             .Bind("country", country)
                             .Bind("network", network)
                             .Bind("topic", topic)
                             .Fetch()) {
    points.push_back(ContactPointFrom(row));
  }
  return points;
}

bool SociContactPointRepository::Update(const ContactPoint& point, std::int64_t expected_version) {
  Sql sql(session_,
          "UPDATE contact_points SET country = :country, network = :network, topic = :topic, name = :name, "
          "position = :position, institution = :institution, email = :email, phone = :phone, languages = "
          ":languages, valid_from = :valid_from, valid_to = :valid_to, status = :status, confirmed_by = "
          ":confirmed_by, confirmed_at = :confirmed_at, rejection_reason = :rejection_reason, version = version + 1, "
          "updated_at = :updated WHERE id = :id AND process_id = :process AND version = :version");
  return BindContactPoint(sql, point)
             .Bind("id", static_cast<long long>(point.id))
             .Bind("process", static_cast<long long>(point.process_id))
             .Bind("version", static_cast<long long>(expected_version))
             .Execute() == 1;
}

void RegisterContactPointRepositories(RepositoryRegistry& registry) {
  registry.Add<ContactPointRepository, SociContactPointRepository>();
}

}  // namespace enlace::storage
