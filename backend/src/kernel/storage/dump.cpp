#include "kernel/storage/dump.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <istream>
#include <map>
#include <nlohmann/json.hpp>
#include <ostream>
#include <set>

#include "kernel/storage/sql.hpp"

namespace enlace::storage {
namespace {

using nlohmann::json;

const std::set<std::string> kBookkeeping = {"capability_migrations", "schema_migrations"};
// Derived data is not dumped either: the search index ("search_*", with SQLite's FTS5 tables) is
// rebuilt from the records after a restore (search/domain/search_service.hpp).
bool NotDumped(const std::string& name) { return kBookkeeping.contains(name) || name.starts_with("search_"); }

std::string QuoteIdentifier(const std::string& name) {
  std::string quoted = "\"";
  for (char c : name) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  return quoted + "\"";
}

struct Column {
  std::string name;
  bool binary = false;  // PostgreSQL bytea
};

struct Table {
  std::string name;
  std::vector<Column> columns;
  std::set<std::string> parents;  // tables its foreign keys reference
};

std::vector<Table> Tables(soci::session& session, Dialect dialect) {
  std::map<std::string, Table> tables;
  if (dialect == Dialect::kSqlite) {
    for (const auto& row :
         Sql(session, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").Fetch()) {
      std::string name = row.TextOr("name");
      if (NotDumped(name)) continue;
      Table table{.name = name};
      for (const auto& column : Sql(session, "PRAGMA table_info(" + QuoteIdentifier(name) + ")").Fetch()) {
        table.columns.push_back(Column{.name = column.TextOr("name")});
      }
      for (const auto& key : Sql(session, "PRAGMA foreign_key_list(" + QuoteIdentifier(name) + ")").Fetch()) {
        table.parents.insert(key.TextOr("table"));
      }
      tables[name] = std::move(table);
    }
  } else {
    for (const auto& row :
         Sql(session, "SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema()").Fetch()) {
      std::string name = row.TextOr("name");
      if (NotDumped(name)) continue;
      Table table{.name = name};
      for (const auto& column : Sql(session,
                                    "SELECT column_name, data_type FROM information_schema.columns WHERE "
                                    "table_schema = current_schema() AND table_name = :t ORDER BY ordinal_position")
                                    .Bind("t", name)
                                    .Fetch()) {
        table.columns.push_back(
            Column{.name = column.TextOr("column_name"), .binary = column.TextOr("data_type") == "bytea"});
      }
      tables[name] = std::move(table);
    }
    for (const auto& row : Sql(session,
                               "SELECT cl.relname AS child, pl.relname AS parent FROM pg_constraint c "
                               "JOIN pg_class cl ON cl.oid = c.conrelid JOIN pg_class pl ON pl.oid = c.confrelid "
                               "JOIN pg_namespace n ON n.oid = cl.relnamespace "
                               "WHERE c.contype = 'f' AND n.nspname = current_schema()")
                               .Fetch()) {
      if (auto found = tables.find(row.TextOr("child")); found != tables.end()) {
        found->second.parents.insert(row.TextOr("parent"));
      }
    }
  }
  // Parents first; ties by name, so that two dumps of the same data are the same file.
  std::vector<Table> ordered;
  std::set<std::string> placed;
  while (ordered.size() < tables.size()) {
    bool progress = false;
    for (auto& [name, table] : tables) {
      if (placed.contains(name)) continue;
      bool ready = std::all_of(table.parents.begin(), table.parents.end(), [&](const std::string& parent) {
        return parent == name || placed.contains(parent) || !tables.contains(parent);
      });
      if (!ready) continue;
      ordered.push_back(table);
      placed.insert(name);
      progress = true;
    }
    if (!progress) {
      // A cycle of foreign keys: the rest in name order (SQLite defers its checks to the commit).
      for (auto& [name, table] : tables) {
        if (placed.insert(name).second) ordered.push_back(table);
      }
    }
  }
  return ordered;
}

std::string SelectAll(const Table& table, Dialect dialect) {
  std::string select = "SELECT ";
  for (std::size_t i = 0; i < table.columns.size(); ++i) {
    std::string c = QuoteIdentifier(table.columns[i].name);
    std::string n = std::to_string(i);
    if (i) select += ", ";
    if (dialect == Dialect::kSqlite) {
      select += "typeof(" + c + ") AS t" + n + ", CASE typeof(" + c + ") WHEN 'blob' THEN hex(" + c +
                ") WHEN 'real' THEN printf('%!.17g', " + c + ") ELSE CAST(" + c + " AS TEXT) END AS v" + n;
    } else if (table.columns[i].binary) {
      select += "encode(" + c + ", 'hex') AS v" + n;
    } else {
      select += c + "::text AS v" + n;
    }
  }
  select += " FROM " + QuoteIdentifier(table.name);
  if (dialect == Dialect::kPostgresql) select += " ORDER BY 1";
  return select;
}

json SchemaOf(SociStore& store) {
  json schema = json::object();
  for (const auto& [capability, version] : store.SchemaVersions()) schema[capability] = version;
  return schema;
}

bool IsHex(const std::string& text) {
  return text.size() % 2 == 0 &&
         std::all_of(text.begin(), text.end(), [](char c) { return std::isxdigit(static_cast<unsigned char>(c)); });
}

}  // namespace

DumpSummary DumpDatabase(SociStore& store, std::ostream& out) {
  DumpSummary summary;
  json header = {{"enlace_backup", 1},
                 {"dialect", store.dialect() == Dialect::kSqlite ? "sqlite" : "postgresql"},
                 {"schema", SchemaOf(store)}};
  Dialect dialect = store.dialect();
  store.WithSession([&](soci::session& session) {
    session << (dialect == Dialect::kSqlite ? "BEGIN" : "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    try {
      out << header.dump() << "\n";
      for (const Table& table : Tables(session, dialect)) {
        json columns = json::array();
        for (const auto& column : table.columns) columns.push_back(column.name);
        out << json{{"table", table.name}, {"columns", columns}}.dump() << "\n";
        ++summary.tables;
        for (const auto& row : Sql(session, SelectAll(table, dialect)).Fetch()) {
          json values = json::array();
          for (std::size_t i = 0; i < table.columns.size(); ++i) {
            auto value = row.Text("v" + std::to_string(i));
            if (!value) {
              values.push_back(nullptr);
              continue;
            }
            std::string type = dialect == Dialect::kSqlite ? row.TextOr("t" + std::to_string(i))
                               : table.columns[i].binary   ? "blob"
                                                           : "text";
            if (type == "integer") {
              values.push_back(json{{"i", *value}});
            } else if (type == "real") {
              values.push_back(json{{"f", *value}});
            } else if (type == "blob") {
              values.push_back(json{{"x", *value}});
            } else {
              values.push_back(*value);
            }
          }
          out << json{{"row", values}}.dump(-1, ' ', false, json::error_handler_t::replace) << "\n";
          ++summary.rows;
        }
      }
      session << "COMMIT";
    } catch (...) {
      session << "ROLLBACK";
      throw;
    }
  });
  out.flush();
  if (!out) throw StorageFailure("cannot write the backup");
  return summary;
}

DumpSummary RestoreDatabase(SociStore& store, std::istream& in) {
  DumpSummary summary;
  std::string line;
  if (!std::getline(in, line)) throw StorageFailure("the backup is empty");
  json header = json::parse(line, nullptr, false);
  if (!header.is_object() || header.value("enlace_backup", 0) != 1) {
    throw StorageFailure("not an enlace backup");
  }
  Dialect dialect = store.dialect();
  std::string expected_dialect = dialect == Dialect::kSqlite ? "sqlite" : "postgresql";
  if (header.value("dialect", "") != expected_dialect) {
    throw StorageFailure("a backup of a " + header.value("dialect", std::string("?")) +
                         " database cannot be restored into " + expected_dialect);
  }
  if (header["schema"] != SchemaOf(store)) {
    throw StorageFailure("the backup's schema versions " + header["schema"].dump() + " differ from the target's " +
                         SchemaOf(store).dump() + ": restore with the enlace version that made the backup");
  }
  store.WithSession([&](soci::session& session) {
    session << (dialect == Dialect::kSqlite ? "BEGIN IMMEDIATE" : "BEGIN");
    try {
      if (dialect == Dialect::kSqlite) session << "PRAGMA defer_foreign_keys = ON";
      std::map<std::string, Table> known;
      std::vector<std::string> restore_order;  // parents before children, as the dump writes them
      for (auto& table : Tables(session, dialect)) {
        auto rows = Sql(session, "SELECT COUNT(*) AS n FROM " + QuoteIdentifier(table.name)).FetchOne();
        if (rows && rows->IntOr("n") != 0) {
          throw StorageFailure("the target database is not empty (table " + table.name +
                               " has rows): restore into a new database");
        }
        restore_order.push_back(table.name);
        known[table.name] = std::move(table);
      }
      std::set<std::string> restored;
      // A trigger may have made rows while earlier tables were restored (documents/migrations
      // 0004: a stored meeting file becomes a document): those rows are in the dump too, so they
      // go, with what was made in the tables after, children first, before the table is restored.
      auto clear_made_rows = [&](const std::string& name) {
        auto has_rows = [&](const std::string& t) {
          auto rows = Sql(session, "SELECT COUNT(*) AS n FROM " + QuoteIdentifier(t)).FetchOne();
          return rows && rows->IntOr("n") != 0;
        };
        if (!has_rows(name)) return;
        auto at = std::find(restore_order.begin(), restore_order.end(), name);
        for (auto it = restore_order.end(); it != at;) {
          --it;
          if (restored.contains(*it) || !has_rows(*it)) continue;
          Sql(session, "DELETE FROM " + QuoteIdentifier(*it)).Execute();
        }
      };
      const Table* table = nullptr;
      std::vector<std::string> columns;
      std::vector<bool> binary;
      while (std::getline(in, line)) {
        if (line.empty()) continue;
        json entry = json::parse(line, nullptr, false);
        if (!entry.is_object()) throw StorageFailure("the backup is corrupt near row " + std::to_string(summary.rows));
        if (entry.contains("table")) {
          auto found = known.find(entry["table"].get<std::string>());
          if (found == known.end())
            throw StorageFailure("the backup has a table the target has not: " + entry["table"].dump());
          table = &found->second;
          clear_made_rows(table->name);
          restored.insert(table->name);
          columns = entry["columns"].get<std::vector<std::string>>();
          binary.clear();
          for (const auto& column : columns) {
            auto in_target = std::find_if(table->columns.begin(), table->columns.end(),
                                          [&](const Column& c) { return c.name == column; });
            if (in_target == table->columns.end()) {
              throw StorageFailure("the backup has a column the target has not: " + table->name + "." + column);
            }
            binary.push_back(in_target->binary);
          }
          ++summary.tables;
          continue;
        }
        if (!table || !entry.contains("row") || entry["row"].size() != columns.size()) {
          throw StorageFailure("the backup is corrupt near row " + std::to_string(summary.rows));
        }
        std::string names, placeholders;
        std::vector<std::pair<std::string, std::string>> bindings;
        for (std::size_t i = 0; i < columns.size(); ++i) {
          const json& value = entry["row"][i];
          std::string p = ":v" + std::to_string(i);
          std::string expression;
          if (value.is_null()) {
            expression = "NULL";
          } else if (value.is_string()) {
            expression = p;
            bindings.emplace_back("v" + std::to_string(i), value.get<std::string>());
          } else if (value.is_object() && value.contains("i")) {
            expression = dialect == Dialect::kSqlite ? "CAST(" + p + " AS INTEGER)" : p;
            bindings.emplace_back("v" + std::to_string(i), value["i"].get<std::string>());
          } else if (value.is_object() && value.contains("f")) {
            expression = dialect == Dialect::kSqlite ? "CAST(" + p + " AS REAL)" : p;
            bindings.emplace_back("v" + std::to_string(i), value["f"].get<std::string>());
          } else if (value.is_object() && value.contains("x")) {
            std::string hex = value["x"].get<std::string>();
            if (!IsHex(hex)) throw StorageFailure("the backup is corrupt: bad binary value in " + table->name);
            if (dialect == Dialect::kSqlite) {
              expression = "X'" + hex + "'";  // checked: hexadecimal digits only
            } else {
              expression = "decode(" + p + ", 'hex')";
              bindings.emplace_back("v" + std::to_string(i), hex);
            }
          } else {
            throw StorageFailure("the backup is corrupt: bad value in " + table->name);
          }
          names += (i ? ", " : "") + QuoteIdentifier(columns[i]);
          placeholders += (i ? ", " : "") + expression;
        }
        Sql insert(session, "INSERT INTO " + QuoteIdentifier(table->name) + " (" + names + ")" +
                                (dialect == Dialect::kPostgresql ? " OVERRIDING SYSTEM VALUE" : "") + " VALUES (" +
                                placeholders + ")");
        for (auto& [name, value] : bindings) insert.Bind(name, std::move(value));
        insert.Execute();
        ++summary.rows;
      }
      if (dialect == Dialect::kPostgresql) {
        // The sequences behind serial and identity columns continue after the restored ids.
        for (const auto& row : Sql(session,
                                   "SELECT table_name, column_name FROM information_schema.columns WHERE "
                                   "table_schema = current_schema() AND (column_default LIKE 'nextval(%' OR "
                                   "is_identity = 'YES')")
                                   .Fetch()) {
          std::string t = row.TextOr("table_name"), c = row.TextOr("column_name");
          if (kBookkeeping.contains(t)) continue;
          Sql(session, "SELECT setval(pg_get_serial_sequence(:t, :c), GREATEST(COALESCE(MAX(" + QuoteIdentifier(c) +
                           "), 0), 1), MAX(" + QuoteIdentifier(c) + ") IS NOT NULL) AS v FROM " + QuoteIdentifier(t))
              .Bind("t", QuoteIdentifier(t))
              .Bind("c", c)
              .Fetch();
        }
      }
      session << "COMMIT";
    } catch (...) {
      try {
        session << "ROLLBACK";
      } catch (...) {
      }
      throw;
    }
  });
  return summary;
}

DumpSummary BackupToFile(SociStore& store, const std::string& path) {
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0) throw StorageFailure("cannot create " + path + ": " + std::strerror(errno));
  ::close(fd);
  ::chmod(path.c_str(), 0600);  // whatever the umask
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  try {
    auto summary = DumpDatabase(store, out);
    out.close();
    if (!out) throw StorageFailure("cannot write " + path);
    return summary;
  } catch (...) {
    std::remove(path.c_str());
    throw;
  }
}

}  // namespace enlace::storage
