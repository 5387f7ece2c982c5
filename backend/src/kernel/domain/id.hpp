// Record ids that cannot be mixed up: a MeetingId is not a CommitmentId, though both are numbers
// in the database and on the wire.
//
// An id is made explicitly from its number (MeetingId{42}), so that a bare integer — an id of
// something else read from a path or a row — must say what it is. It converts to its number
// implicitly, so that it binds to SQL, prints and goes into JSON as one; but no implicit path
// leads from one kind of id to another, and comparing two kinds does not compile.
#pragma once

#include <compare>
#include <cstdint>
#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <ostream>

namespace enlace {

template <typename Tag>
class Id {
 public:
  constexpr Id() = default;
  constexpr explicit Id(std::int64_t value) : value_(value) {}
  constexpr std::int64_t value() const { return value_; }
  constexpr operator std::int64_t() const { return value_; }  // NOLINT: an id is its number on the wire
  friend constexpr bool operator==(Id, Id) = default;
  friend constexpr auto operator<=>(Id, Id) = default;
  template <typename Other>
  friend bool operator==(Id, Id<Other>) = delete;

 private:
  std::int64_t value_ = 0;
};

template <typename Tag>
void to_json(nlohmann::json& json, Id<Tag> id) {
  json = id.value();
}

template <typename Tag>
void from_json(const nlohmann::json& json, Id<Tag>& id) {
  id = Id<Tag>{json.get<std::int64_t>()};
}

template <typename Tag>
std::ostream& operator<<(std::ostream& out, Id<Tag> id) {
  return out << id.value();
}

// The id of an optional number (a nullable column).
template <typename IdType>
std::optional<IdType> OptionalId(std::optional<long long> value) {
  if (!value) return std::nullopt;
  return IdType{*value};
}

}  // namespace enlace

template <typename Tag>
struct std::hash<enlace::Id<Tag>> {
  std::size_t operator()(enlace::Id<Tag> id) const noexcept { return std::hash<std::int64_t>{}(id.value()); }
};
