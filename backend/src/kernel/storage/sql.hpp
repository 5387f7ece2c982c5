// A small layer over SOCI that reads the same on both databases: named parameters bound by value,
// rows read by column name with tolerant type conversion (SQLite and PostgreSQL report integer
// columns with different SOCI types), and every soci_error turned into StorageFailure.
#pragma once

#include <soci/soci.h>

#include <deque>
#include <optional>
#include <string>
#include <vector>

#include "kernel/domain/date.hpp"
#include "kernel/domain/store.hpp"
#include "kernel/storage/migrations.hpp"

namespace enlace::storage {

class Row {
 public:
  explicit Row(const soci::row& row);
  std::optional<std::string> Text(const std::string& column) const;
  std::string TextOr(const std::string& column, std::string fallback = {}) const;
  std::optional<long long> Int(const std::string& column) const;
  long long IntOr(const std::string& column, long long fallback = 0) const;
  const std::vector<std::string>& names() const { return names_; }
  const std::vector<std::optional<std::string>>& values() const { return values_; }

 private:
  std::vector<std::string> names_;
  std::vector<std::optional<std::string>> values_;
};

class Sql {
 public:
  Sql(soci::session& session, std::string text);
  Sql& Bind(const std::string& name, std::string value);
  Sql& Bind(const std::string& name, const char* value) { return Bind(name, std::string(value)); }
  Sql& Bind(const std::string& name, std::optional<std::string> value);
  Sql& Bind(const std::string& name, long long value);
  Sql& Bind(const std::string& name, int value) { return Bind(name, static_cast<long long>(value)); }
  Sql& Bind(const std::string& name, long value) { return Bind(name, static_cast<long long>(value)); }
  Sql& Bind(const std::string& name, std::optional<long long> value);

  // Runs a statement that returns no rows; the number of rows it changed.
  long long Execute();
  std::vector<Row> Fetch();
  std::optional<Row> FetchOne();

 private:
  struct TextBinding {
    std::string name;
    std::string value;
    soci::indicator indicator = soci::i_ok;
  };
  struct IntBinding {
    std::string name;
    long long value = 0;
    soci::indicator indicator = soci::i_ok;
  };
  void BindAll(soci::statement& statement);

  soci::session& session_;
  std::string text_;
  std::deque<TextBinding> texts_;  // deques: SOCI keeps pointers to the bound values
  std::deque<IntBinding> ints_;
};

// Runs `body`, turning SOCI's and the drivers' exceptions into StorageFailure.
template <typename Body>
auto Guarded(Body&& body) -> decltype(body()) {
  try {
    return body();
  } catch (const StorageFailure&) {
    throw;
  } catch (const soci::soci_error& error) {
    throw StorageFailure(error.what());
  }
}

// Conversions shared by the repositories.
std::string JoinList(const std::vector<std::string>& items, char separator = ',');
std::vector<std::string> SplitList(const std::string& text, char separator = ',');
// A stored instant or date that does not parse is a corrupted database: StorageFailure.
Timestamp TimestampFrom(const std::string& text);
std::optional<Timestamp> OptionalTimestampFrom(const std::optional<std::string>& text);
std::optional<Date> OptionalDateFrom(const std::optional<std::string>& text);
std::optional<std::string> OptionalText(const std::optional<Date>& date);

}  // namespace enlace::storage
