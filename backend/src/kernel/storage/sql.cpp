#include "kernel/storage/sql.hpp"

#include <algorithm>
#include <cmath>

namespace enlace::storage {

Row::Row(const soci::row& row) {
  auto size = row.size();
  names_.reserve(size);
  values_.reserve(size);
  for (std::size_t i = 0; i < size; ++i) {
    const auto& properties = row.get_properties(i);
    std::string name = properties.get_name();
    std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
    names_.push_back(std::move(name));
    if (row.get_indicator(i) == soci::i_null) {
      values_.emplace_back(std::nullopt);
      continue;
    }
    switch (properties.get_data_type()) {
      case soci::dt_string:
      case soci::dt_blob:  // SQLite's BLOB columns: their bytes (kernel/storage/file_bytes.hpp)
        values_.emplace_back(row.get<std::string>(i));
        break;
      case soci::dt_integer:
        values_.emplace_back(std::to_string(row.get<int>(i)));
        break;
      case soci::dt_long_long:
        values_.emplace_back(std::to_string(row.get<long long>(i)));
        break;
      case soci::dt_unsigned_long_long:
        values_.emplace_back(std::to_string(row.get<unsigned long long>(i)));
        break;
      case soci::dt_double: {
        double value = row.get<double>(i);
        values_.emplace_back(value == std::floor(value) ? std::to_string(static_cast<long long>(value))
                                                        : std::to_string(value));
        break;
      }
      default:
        throw StorageFailure("unsupported column type for " + names_.back());
    }
  }
}

std::optional<std::string> Row::Text(const std::string& column) const {
  auto found = std::find(names_.begin(), names_.end(), column);
  if (found == names_.end()) throw StorageFailure("no column " + column);
  return values_[static_cast<std::size_t>(found - names_.begin())];
}

std::string Row::TextOr(const std::string& column, std::string fallback) const {
  auto value = Text(column);
  return value ? *value : fallback;
}

std::optional<long long> Row::Int(const std::string& column) const {
  auto text = Text(column);
  if (!text) return std::nullopt;
  try {
    return std::stoll(*text);
  } catch (const std::exception&) {
    throw StorageFailure("column " + column + " is not an integer: " + *text);
  }
}

long long Row::IntOr(const std::string& column, long long fallback) const {
  auto value = Int(column);
  return value ? *value : fallback;
}

Sql::Sql(soci::session& session, std::string text) : session_(session), text_(std::move(text)) {}

Sql& Sql::Bind(const std::string& name, std::string value) {
  texts_.push_back(TextBinding{name, std::move(value), soci::i_ok});
  return *this;
}

Sql& Sql::Bind(const std::string& name, std::optional<std::string> value) {
  texts_.push_back(TextBinding{name, value.value_or(""), value ? soci::i_ok : soci::i_null});
  return *this;
}

Sql& Sql::Bind(const std::string& name, long long value) {
  ints_.push_back(IntBinding{name, value, soci::i_ok});
  return *this;
}

Sql& Sql::Bind(const std::string& name, std::optional<long long> value) {
  ints_.push_back(IntBinding{name, value.value_or(0), value ? soci::i_ok : soci::i_null});
  return *this;
}

void Sql::BindAll(soci::statement& statement) {
  for (auto& binding : texts_) statement.exchange(soci::use(binding.value, binding.indicator, binding.name));
  for (auto& binding : ints_) statement.exchange(soci::use(binding.value, binding.indicator, binding.name));
}

long long Sql::Execute() {
  return Guarded([&] {
    soci::statement statement(session_);
    BindAll(statement);
    statement.alloc();
    statement.prepare(text_);
    statement.define_and_bind();
    statement.execute(true);
    return statement.get_affected_rows();
  });
}

std::vector<Row> Sql::Fetch() {
  return Guarded([&] {
    std::vector<Row> rows;
    soci::row row;
    soci::statement statement(session_);
    statement.exchange(soci::into(row));
    BindAll(statement);
    statement.alloc();
    statement.prepare(text_);
    statement.define_and_bind();
    bool more = statement.execute(true);
    while (more) {
      rows.emplace_back(row);
      more = statement.fetch();
    }
    return rows;
  });
}

std::optional<Row> Sql::FetchOne() {
  auto rows = Fetch();
  if (rows.empty()) return std::nullopt;
  return std::move(rows.front());
}

std::string JoinList(const std::vector<std::string>& items, char separator) {
  std::string result;
  for (const auto& item : items) {
    if (!result.empty()) result.push_back(separator);
    result += item;
  }
  return result;
}

std::vector<std::string> SplitList(const std::string& text, char separator) {
  std::vector<std::string> items;
  std::size_t start = 0;
  while (start <= text.size() && !text.empty()) {
    auto end = text.find(separator, start);
    if (end == std::string::npos) end = text.size();
    if (end > start) items.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return items;
}

Timestamp TimestampFrom(const std::string& text) {
  auto parsed = ParseIsoTimestamp(text);
  if (!parsed) throw StorageFailure("stored instant is malformed: " + text);
  return *parsed;
}

std::optional<Timestamp> OptionalTimestampFrom(const std::optional<std::string>& text) {
  if (!text) return std::nullopt;
  return TimestampFrom(*text);
}

std::optional<Date> OptionalDateFrom(const std::optional<std::string>& text) {
  if (!text) return std::nullopt;
  auto parsed = ParseIsoDate(*text);
  if (!parsed) throw StorageFailure("stored date is malformed: " + *text);
  return parsed;
}

std::optional<std::string> OptionalText(const std::optional<Date>& date) {
  if (!date) return std::nullopt;
  return FormatIsoDate(*date);
}

}  // namespace enlace::storage
