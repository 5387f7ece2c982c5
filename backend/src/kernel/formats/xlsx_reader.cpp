#include "kernel/formats/xlsx_reader.hpp"

#include <zip.h>

#include <algorithm>
#include <map>
#include <memory>
#include <optional>
#include <pugixml.hpp>

namespace enlace {
namespace {

struct ZipCloser {
  void operator()(zip_t* archive) const { zip_discard(archive); }
};
struct ZipFileCloser {
  void operator()(zip_file_t* file) const { zip_fclose(file); }
};

std::unexpected<XlsxError> Fail(XlsxFailure failure, std::string detail) {
  return std::unexpected(XlsxError{failure, std::move(detail)});
}

// The archive, opened once its entries and declared sizes are within the limits.
class Archive {
 public:
  static std::expected<Archive, XlsxError> Open(std::string_view bytes, const XlsxLimits& limits) {
    if (bytes.size() > limits.max_archive_bytes) return Fail(XlsxFailure::kTooLarge, "the file is too large");
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
    if (source == nullptr) {
      zip_error_fini(&error);
      return Fail(XlsxFailure::kNotXlsx, "not a ZIP archive");
    }
    zip_t* opened = zip_open_from_source(source, ZIP_RDONLY, &error);
    zip_error_fini(&error);
    if (opened == nullptr) {
      zip_source_free(source);
      return Fail(XlsxFailure::kNotXlsx, "not a ZIP archive");
    }
    Archive archive;
    archive.archive_.reset(opened);
    zip_int64_t entries = zip_get_num_entries(opened, 0);
    if (entries < 0 || static_cast<std::size_t>(entries) > limits.max_entries) {
      return Fail(XlsxFailure::kTooLarge, "too many entries in the archive");
    }
    std::size_t declared = 0;
    for (zip_int64_t i = 0; i < entries; ++i) {
      zip_stat_t stat;
      zip_stat_init(&stat);
      if (zip_stat_index(opened, static_cast<zip_uint64_t>(i), 0, &stat) != 0 || (stat.valid & ZIP_STAT_SIZE) == 0) {
        return Fail(XlsxFailure::kNotXlsx, "an entry without a size");
      }
      declared += static_cast<std::size_t>(std::min<zip_uint64_t>(stat.size, limits.max_expanded_bytes + 1));
      if (declared > limits.max_expanded_bytes) {
        return Fail(XlsxFailure::kTooLarge, "the archive expands to more than the allowed size");
      }
    }
    return archive;
  }

  // The part's bytes (at most its declared size), nullopt when there is no such part.
  std::expected<std::optional<std::string>, XlsxError> Read(const std::string& name) const {
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat(archive_.get(), name.c_str(), 0, &stat) != 0) return std::optional<std::string>{};
    std::unique_ptr<zip_file_t, ZipFileCloser> file(zip_fopen_index(archive_.get(), stat.index, 0));
    if (!file) return Fail(XlsxFailure::kNotXlsx, "cannot open " + name);
    std::string content(static_cast<std::size_t>(stat.size), '\0');
    zip_int64_t read = content.empty() ? 0 : zip_fread(file.get(), content.data(), content.size());
    if (read < 0 || static_cast<zip_uint64_t>(read) != stat.size)
      return Fail(XlsxFailure::kNotXlsx, "cannot read " + name);
    return std::optional<std::string>(std::move(content));
  }

 private:
  std::unique_ptr<zip_t, ZipCloser> archive_;
};

// Every <t> under `node`, in order, except phonetic runs (<rPh>).
void AppendText(const pugi::xml_node& node, std::string& out) {
  for (auto child : node.children()) {
    std::string_view name = child.name();
    if (name == "rPh") continue;
    if (name == "t") {
      out += child.text().get();
    } else {
      AppendText(child, out);
    }
  }
}

// "B12" → column 1; nullopt for anything else.
std::optional<std::size_t> ColumnOf(std::string_view reference) {
  std::size_t column = 0;
  std::size_t letters = 0;
  for (char c : reference) {
    if (c >= 'A' && c <= 'Z') {
      column = column * 26 + static_cast<std::size_t>(c - 'A' + 1);
      if (++letters > 3) return std::nullopt;
    } else {
      break;
    }
  }
  if (letters == 0) return std::nullopt;
  return column - 1;
}

// "xl/" + a relationship target, or the target itself when it is absolute ("/xl/…").
std::string PartPath(std::string_view target) {
  if (target.starts_with('/')) return std::string(target.substr(1));
  std::string path = "xl/";
  path += target;
  return path;
}

constexpr std::size_t kMaxColumns = 16384;
constexpr std::size_t kMaxRows = 1048576;

}  // namespace

const std::string& ReadSheet::At(std::size_t row, std::size_t column) const {
  static const std::string empty;
  if (row >= rows.size() || column >= rows[row].size()) return empty;
  return rows[row][column];
}

std::expected<std::vector<ReadSheet>, XlsxError> ReadXlsx(std::string_view bytes, const XlsxLimits& limits) {
  auto archive = Archive::Open(bytes, limits);
  if (!archive) return std::unexpected(archive.error());
  auto parse = [&](const std::string& name, pugi::xml_document& document,
                   bool required) -> std::expected<bool, XlsxError> {
    auto part = archive->Read(name);
    if (!part) return std::unexpected(part.error());
    if (!*part) {
      if (required) return Fail(XlsxFailure::kNotXlsx, "no " + name);
      return false;
    }
    if (!document.load_buffer((*part)->data(), (*part)->size(), pugi::parse_default | pugi::parse_ws_pcdata_single)) {
      return Fail(XlsxFailure::kNotXlsx, name + " is not XML");
    }
    return true;
  };

  pugi::xml_document workbook;
  if (auto parsed = parse("xl/workbook.xml", workbook, true); !parsed) return std::unexpected(parsed.error());
  pugi::xml_document relations;
  if (auto parsed = parse("xl/_rels/workbook.xml.rels", relations, true); !parsed) {
    return std::unexpected(parsed.error());
  }
  std::map<std::string, std::string> targets;
  for (auto relation : relations.child("Relationships").children("Relationship")) {
    targets[relation.attribute("Id").value()] = relation.attribute("Target").value();
  }
  std::vector<std::string> shared;
  pugi::xml_document strings;
  auto has_strings = parse("xl/sharedStrings.xml", strings, false);
  if (!has_strings) return std::unexpected(has_strings.error());
  if (*has_strings) {
    for (auto item : strings.child("sst").children("si")) {
      std::string text;
      AppendText(item, text);
      shared.push_back(std::move(text));
    }
  }

  std::vector<ReadSheet> sheets;
  for (auto entry : workbook.child("workbook").child("sheets").children("sheet")) {
    ReadSheet sheet;
    sheet.name = entry.attribute("name").value();
    std::string_view state = entry.attribute("state").value();
    sheet.hidden = state == "hidden" || state == "veryHidden";
    auto target = targets.find(entry.attribute("r:id").value());
    if (target == targets.end()) return Fail(XlsxFailure::kNotXlsx, "a sheet without its part");
    pugi::xml_document document;
    if (auto parsed = parse(PartPath(target->second), document, true); !parsed) return std::unexpected(parsed.error());
    std::size_t next_row = 0;
    for (auto row : document.child("worksheet").child("sheetData").children("row")) {
      std::size_t row_index = next_row;
      if (auto number = row.attribute("r"); !number.empty()) {
        auto value = number.as_ullong();
        if (value == 0 || value > kMaxRows) return Fail(XlsxFailure::kNotXlsx, "a row out of range");
        row_index = static_cast<std::size_t>(value - 1);
      }
      next_row = row_index + 1;
      std::size_t next_column = 0;
      for (auto cell : row.children("c")) {
        std::size_t column = next_column;
        if (auto reference = cell.attribute("r"); !reference.empty()) {
          auto parsed = ColumnOf(reference.value());
          if (!parsed || *parsed >= kMaxColumns) return Fail(XlsxFailure::kNotXlsx, "a cell out of range");
          column = *parsed;
        }
        next_column = column + 1;
        std::string_view type = cell.attribute("t").value();
        std::string text;
        if (type == "s") {
          auto index = cell.child("v").text().as_ullong(shared.size());
          if (index < shared.size()) text = shared[index];
        } else if (type == "inlineStr") {
          AppendText(cell.child("is"), text);
        } else {
          text = cell.child("v").text().get();
        }
        if (text.empty()) continue;
        if (sheet.rows.size() <= row_index) sheet.rows.resize(row_index + 1);
        auto& cells = sheet.rows[row_index];
        if (cells.size() <= column) cells.resize(column + 1);
        cells[column] = std::move(text);
      }
    }
    sheets.push_back(std::move(sheet));
  }
  if (sheets.empty()) return Fail(XlsxFailure::kNotXlsx, "a workbook without sheets");
  return sheets;
}

}  // namespace enlace
