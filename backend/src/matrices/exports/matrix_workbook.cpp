#include "matrices/exports/matrix_workbook.hpp"

#include <algorithm>
#include <map>
#include <stdexcept>

#include "kernel/domain/text.hpp"
#include "kernel/formats/spreadsheet.hpp"
#include "kernel/formats/xlsx_reader.hpp"
#include "matrices/domain/reasons.hpp"
#include "matrices/exports/matrix_export.hpp"

namespace enlace {
namespace {

constexpr std::string_view kFormat = "enlace-matrix-workbook/1";
constexpr std::string_view kDataSheet = "enlace";
constexpr int kBlankRowsPerTopic = 1;  // rows to add a provision in, after a topic's provisions

enum Column {
  kTopic,
  kTopicTitle,
  kLawTitle,
  kLawNumber,
  kLawDate,
  kArticle,
  kExcerptEs,
  kExcerptEn,
  kUrl,
  kLastAmended,
  kAsOf,
  kNoProvision,
  kNote,
  kColumns
};

SheetCell Locked(std::string text, std::string fill = "") { return SheetCell{.text = std::move(text), .fill = fill}; }
SheetCell Open(std::string text) { return SheetCell{.text = std::move(text), .unlocked = true}; }

// A date as the sheet has it: ISO text, or a serial day number when a spreadsheet turned it into a
// date (days since 1899-12-30).
std::optional<std::optional<Date>> ReadDate(const std::string& text) {
  auto trimmed = Trim(text);
  if (trimmed.empty()) return std::optional<Date>{};
  if (auto date = ParseIsoDate(trimmed)) return std::optional<Date>(*date);
  if (trimmed.size() <= 6 && trimmed.find_first_not_of("0123456789") == std::string::npos) {
    auto days = std::stoi(trimmed);
    if (days > 0) {
      auto date = std::chrono::sys_days(std::chrono::year{1899} / 12 / 30) + std::chrono::days(days);
      return std::optional<Date>(Date(date));
    }
  }
  return std::nullopt;
}

bool Yes(const std::string& text) {
  auto value = Trim(text);
  std::transform(value.begin(), value.end(), value.begin(), [](unsigned char c) { return std::tolower(c); });
  return value == "x" || value == "yes" || value == "y" || value == "1" || value == "true" || value == "si" ||
         value == "s\xc3\xad" || value == "s\xc3\x8d" || value == "verdadero";
}

std::optional<std::string> Excerpt(const std::string& text) {
  auto trimmed = Trim(text);
  if (trimmed.empty()) return std::nullopt;
  return trimmed;
}

}  // namespace

const std::vector<std::string>& WorkbookHeader() {
  static const std::vector<std::string> header{"topic",   "topic_title",  "law_title",  "law_number", "law_date",
                                               "article", "excerpt_es",   "excerpt_en", "url",        "last_amended",
                                               "as_of",   "no_provision", "note"};
  return header;
}

Result<std::string> MatrixWorkbookXlsx(const Workbook& workbook, const std::string& language,
                                       const std::string& instructions, long long created) {
  Sheet form;
  form.name = workbook.country + " " + workbook.round_label;
  form.header = WorkbookHeader();
  form.protect = true;
  form.text_only = true;
  form.borders = true;
  form.autofilter = false;
  form.freeze_columns = 2;
  form.widths = {7, 36, 30, 14, 12, 14, 60, 60, 30, 13, 12, 13, 40};
  const std::string grey = "EEEEEE";
  for (const auto& cell : workbook.cells) {
    std::string title;
    for (const auto& topic : workbook.topics) {
      if (topic.id == cell.topic) title = topic.title.In(language);
    }
    auto rows = cell.content.provisions.size() + kBlankRowsPerTopic;
    for (std::size_t r = 0; r < rows; ++r) {
      const Provision* provision = r < cell.content.provisions.size() ? &cell.content.provisions[r] : nullptr;
      std::vector<SheetCell> row(kColumns);
      row[kTopic] = Locked(std::to_string(cell.number), grey);
      row[kTopicTitle] = Locked(r == 0 ? title : "", grey);
      row[kLawTitle] = Open(provision ? provision->law.title : "");
      row[kLawNumber] = Open(provision ? provision->law.number : "");
      row[kLawDate] = Open(provision ? DateText(provision->law.date) : "");
      row[kArticle] = Open(provision ? provision->article : "");
      row[kExcerptEs] = Open(provision ? provision->excerpt.es.value_or("") : "");
      row[kExcerptEn] = Open(provision ? provision->excerpt.en.value_or("") : "");
      row[kUrl] = Open(provision ? provision->url : "");
      row[kLastAmended] = Open(provision ? DateText(provision->last_amended) : "");
      row[kAsOf] = Open(provision ? DateText(provision->as_of) : "");
      if (r == 0) {
        row[kNoProvision] = Open(cell.content.no_provision ? "x" : "");
        row[kNote] = Open(cell.content.note);
      } else {
        row[kNoProvision] = Locked("", grey);
        row[kNote] = Locked("", grey);
      }
      form.rows.push_back(std::move(row));
    }
  }
  Sheet help;
  help.name = language == "en" ? "Instructions" : "Instrucciones";
  help.header = {workbook.matrix_title};
  help.autofilter = false;
  help.widths = {120};
  help.rows.push_back({SheetCell{.text = instructions}});
  Sheet data;
  data.name = std::string(kDataSheet);
  data.header = {"key", "value", "version", "fingerprint"};
  data.hidden = true;
  data.protect = true;
  data.autofilter = false;
  data.text_only = true;
  data.rows.push_back({Locked("format"), Locked(std::string(kFormat))});
  data.rows.push_back({Locked("matrix"), Locked(std::to_string(workbook.matrix))});
  data.rows.push_back({Locked("round"), Locked(std::to_string(workbook.round))});
  data.rows.push_back({Locked("country"), Locked(workbook.country)});
  for (const auto& cell : workbook.cells) {
    data.rows.push_back({Locked("topic:" + std::to_string(cell.number)), Locked(std::to_string(cell.topic)),
                         Locked(std::to_string(cell.version)), Locked(cell.fingerprint)});
  }
  try {
    return WriteXlsx({form, help, data}, created);
  } catch (const std::exception& error) {
    return std::unexpected(Error::Internal(error.what()));
  }
}

Result<Workbook> ReadMatrixWorkbook(std::string_view bytes) {
  auto sheets = ReadXlsx(bytes);
  if (!sheets) {
    if (sheets.error().failure == XlsxFailure::kTooLarge) {
      return std::unexpected(
          Error::Of(ErrorCode::kPayloadTooLarge, reasons::kMatrixWorkbookTooLarge, sheets.error().detail));
    }
    return std::unexpected(Error::Invalid(reasons::kMatrixWorkbookUnreadable, sheets.error().detail));
  }
  auto data = std::find_if(sheets->begin(), sheets->end(), [](const ReadSheet& s) { return s.name == kDataSheet; });
  if (data == sheets->end() || data->At(1, 0) != "format" || data->At(1, 1) != kFormat || sheets->size() < 2) {
    return std::unexpected(Error::Invalid(reasons::kMatrixWorkbookNotOurs));
  }
  auto number = [](const std::string& text) -> std::optional<std::int64_t> {
    if (text.empty() || text.size() > 18 || text.find_first_not_of("0123456789") != std::string::npos) {
      return std::nullopt;
    }
    return std::stoll(text);
  };
  Workbook workbook;
  auto matrix = number(data->At(2, 1));
  auto round = number(data->At(3, 1));
  workbook.country = data->At(4, 1);
  if (data->At(2, 0) != "matrix" || data->At(3, 0) != "round" || data->At(4, 0) != "country" || !matrix || !round ||
      *round > 100000 || workbook.country.empty()) {
    return std::unexpected(Error::Invalid(reasons::kMatrixWorkbookNotOurs));
  }
  workbook.matrix = MatrixId(*matrix);
  workbook.round = static_cast<int>(*round);
  std::map<int, std::size_t> by_number;  // topic number → index in cells
  for (std::size_t r = 5; r < data->rows.size(); ++r) {
    const auto& key = data->At(r, 0);
    if (!key.starts_with("topic:")) continue;
    auto topic_number = number(key.substr(6));
    auto topic = number(data->At(r, 1));
    auto version = number(data->At(r, 2));
    if (!topic_number || !topic || !version || *topic_number > 100000) {
      return std::unexpected(Error::Invalid(reasons::kMatrixWorkbookNotOurs));
    }
    WorkbookCell cell;
    cell.topic = MatrixTopicId(*topic);
    cell.number = static_cast<int>(*topic_number);
    cell.version = *version;
    cell.fingerprint = data->At(r, 3);
    by_number[cell.number] = workbook.cells.size();
    workbook.cells.push_back(std::move(cell));
  }
  const auto& form = sheets->front();
  const auto& header = WorkbookHeader();
  for (std::size_t c = 0; c < header.size(); ++c) {
    if (Trim(form.At(0, c)) != header[c]) {
      return std::unexpected(Error::Invalid(reasons::kMatrixWorkbookHeadersChanged, "column " + std::to_string(c + 1)));
    }
  }
  if (!form.At(0, header.size()).empty()) {
    return std::unexpected(Error::Invalid(reasons::kMatrixWorkbookHeadersChanged));
  }
  std::map<int, bool> seen;  // topics whose first row was read
  for (std::size_t r = 1; r < form.rows.size(); ++r) {
    bool has_text = false;
    for (std::size_t c = kLawTitle; c < kColumns; ++c) has_text = has_text || !Trim(form.At(r, c)).empty();
    auto topic_number = number(Trim(form.At(r, kTopic)));
    auto found = topic_number ? by_number.find(static_cast<int>(*topic_number)) : by_number.end();
    if (found == by_number.end()) {
      if (!has_text) continue;
      return std::unexpected(Error::Field("row_" + std::to_string(r + 1), reasons::kMatrixWorkbookRowWithoutTopic));
    }
    auto& cell = workbook.cells[found->second];
    auto prefix = "row_" + std::to_string(r + 1) + ".";
    if (!seen[cell.number]) {
      seen[cell.number] = true;
      cell.content.no_provision = Yes(form.At(r, kNoProvision));
      cell.content.note = Trim(form.At(r, kNote));
    }
    bool has_provision = false;
    for (std::size_t c = kLawTitle; c <= kAsOf; ++c) has_provision = has_provision || !Trim(form.At(r, c)).empty();
    if (!has_provision) continue;
    Provision provision;
    provision.law.title = Trim(form.At(r, kLawTitle));
    provision.law.number = Trim(form.At(r, kLawNumber));
    provision.article = Trim(form.At(r, kArticle));
    provision.excerpt.es = Excerpt(form.At(r, kExcerptEs));
    provision.excerpt.en = Excerpt(form.At(r, kExcerptEn));
    provision.url = Trim(form.At(r, kUrl));
    auto date_field = [&](Column column, const char* name, std::optional<Date>& into) {
      auto date = ReadDate(form.At(r, column));
      if (!date) {
        cell.errors.push_back(FieldError(prefix + name, reasons::kMatrixWorkbookInvalidDate));
      } else {
        into = *date;
      }
    };
    date_field(kLawDate, "law_date", provision.law.date);
    date_field(kLastAmended, "last_amended", provision.last_amended);
    date_field(kAsOf, "as_of", provision.as_of);
    cell.content.provisions.push_back(std::move(provision));
  }
  return workbook;
}

}  // namespace enlace
