#include "kernel/formats/spreadsheet.hpp"

#include <unistd.h>
#include <xlsxwriter.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <stdexcept>

namespace enlace {

namespace {

std::string SafeSheetName(std::string name, int index) {
  for (auto& c : name) {
    if (std::string_view("[]:*?/\\").find(c) != std::string_view::npos) c = '-';
  }
  // 31 bytes, cut on a UTF-8 character boundary.
  if (name.size() > 31) {
    std::size_t cut = 31;
    while (cut > 0 && (static_cast<unsigned char>(name[cut]) & 0xC0) == 0x80) --cut;
    name.resize(cut);
  }
  return name.empty() ? "Sheet" + std::to_string(index + 1) : name;
}

std::size_t DisplayWidth(const std::string& text) {
  std::size_t width = 0;
  for (unsigned char c : text) width += (c & 0xC0) != 0x80;
  return width;
}

// Excel's limit for the text of one cell is 32 767 characters; cut below it on a UTF-8 boundary.
std::string Capped(const std::string& text) {
  constexpr std::size_t kLimit = 32000;
  if (text.size() <= kLimit) return text;
  std::size_t cut = kLimit;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return text.substr(0, cut);
}

}  // namespace

std::string WriteXlsx(const std::vector<Sheet>& sheets, long long created) {
  auto folder = std::filesystem::temp_directory_path();
  auto path = folder / ("enlace-xlsx-" + std::to_string(::getpid()) + "-" + std::to_string(std::rand()) + ".xlsx");
  lxw_workbook_options options{};
  options.constant_memory = LXW_FALSE;
  options.tmpdir = nullptr;
  lxw_workbook* workbook = workbook_new_opt(path.c_str(), &options);
  if (!workbook) throw std::runtime_error("xlsx: cannot create the workbook");
  lxw_doc_properties properties{};
  properties.created = static_cast<time_t>(created);
  workbook_set_properties(workbook, &properties);
  // One format per combination of what a cell asks for (header or body, fill, bold, unlocked, text,
  // borders), made once.
  std::map<std::string, lxw_format*> formats;
  auto format_for = [&](bool header, const std::string& fill, bool bold, bool unlocked, bool text,
                        bool borders) -> lxw_format* {
    auto key = std::string(header ? "h" : "b") + fill + (bold ? "B" : "") + (unlocked ? "U" : "") + (text ? "T" : "") +
               (borders ? "R" : "");
    if (auto found = formats.find(key); found != formats.end()) return found->second;
    lxw_format* format = workbook_add_format(workbook);
    format_set_text_wrap(format);
    format_set_align(format, LXW_ALIGN_VERTICAL_TOP);
    if (header || bold) format_set_bold(format);
    if (header) format_set_bg_color(format, 0xE8EEF4);
    if (!fill.empty()) format_set_bg_color(format, static_cast<lxw_color_t>(std::strtoul(fill.c_str(), nullptr, 16)));
    if (unlocked) format_set_unlocked(format);
    if (text) format_set_num_format(format, "@");
    if (borders) format_set_border(format, LXW_BORDER_THIN);
    formats[key] = format;
    return format;
  };
  lxw_format* struck = workbook_add_format(workbook);
  format_set_font_strikeout(struck);
  format_set_font_color(struck, 0xB00020);
  lxw_format* added = workbook_add_format(workbook);
  format_set_underline(added, LXW_UNDERLINE_SINGLE);
  format_set_font_color(added, 0x1B7F3B);
  int index = 0;
  for (const auto& sheet : sheets) {
    auto name = SafeSheetName(sheet.name, index++);
    lxw_worksheet* worksheet = workbook_add_worksheet(workbook, name.c_str());
    if (!worksheet) throw std::runtime_error("xlsx: cannot add the sheet " + name);
    std::vector<std::size_t> widths(sheet.header.size(), 8);
    auto* header_format = format_for(true, "", true, false, sheet.text_only, sheet.borders);
    for (std::size_t column = 0; column < sheet.header.size(); ++column) {
      worksheet_write_string(worksheet, 0, static_cast<lxw_col_t>(column), Capped(sheet.header[column]).c_str(),
                             header_format);
      widths[column] = std::max(widths[column], DisplayWidth(sheet.header[column]));
    }
    lxw_row_t row_number = sheet.header.empty() ? 0 : 1;
    for (const auto& row : sheet.rows) {
      for (std::size_t column = 0; column < row.size(); ++column) {
        const auto& cell = row[column];
        auto* format = format_for(false, cell.fill, cell.bold, cell.unlocked, sheet.text_only, sheet.borders);
        auto col = static_cast<lxw_col_t>(column);
        // Rich text: one fragment per run (empty runs dropped, cut at Excel's limit).
        std::vector<TextRun> kept;
        std::size_t length = 0;
        for (const auto& run : cell.runs) {
          if (run.text.empty() || length + run.text.size() > 32000) continue;
          length += run.text.size();
          kept.push_back(run);
        }
        std::vector<lxw_rich_string_tuple> fragments;
        for (auto& run : kept) {
          lxw_format* run_format = run.style == RunStyle::kStruck  ? struck
                                   : run.style == RunStyle::kAdded ? added
                                                                   : nullptr;
          fragments.push_back(lxw_rich_string_tuple{run_format, run.text.data()});
        }
        if (fragments.size() >= 2) {
          std::vector<lxw_rich_string_tuple*> pointers;
          for (auto& fragment : fragments) pointers.push_back(&fragment);
          pointers.push_back(nullptr);
          worksheet_write_rich_string(worksheet, row_number, col, pointers.data(), format);
        } else if (fragments.size() == 1) {
          // A rich string needs two fragments or more; one run is written as text in its style.
          worksheet_write_string(worksheet, row_number, col, fragments[0].string,
                                 fragments[0].format ? fragments[0].format : format);
        } else if (cell.number) {
          worksheet_write_number(worksheet, row_number, col, *cell.number, format);
        } else if (!cell.text.empty()) {
          worksheet_write_string(worksheet, row_number, col, Capped(cell.text).c_str(), format);
        } else if (!cell.fill.empty() || cell.unlocked || sheet.borders || sheet.text_only) {
          worksheet_write_blank(worksheet, row_number, col, format);
        }
        if (column >= widths.size()) widths.resize(column + 1, 8);
        widths[column] = std::max(widths[column], std::min<std::size_t>(DisplayWidth(cell.text), 60));
      }
      ++row_number;
    }
    for (std::size_t column = 0; column < widths.size(); ++column) {
      double width = column < sheet.widths.size() ? sheet.widths[column] : static_cast<double>(widths[column]) + 2;
      worksheet_set_column(worksheet, static_cast<lxw_col_t>(column), static_cast<lxw_col_t>(column), width, nullptr);
    }
    worksheet_freeze_panes(worksheet, sheet.header.empty() ? 0 : 1, static_cast<lxw_col_t>(sheet.freeze_columns));
    if (!sheet.header.empty() && sheet.autofilter) {
      worksheet_autofilter(worksheet, 0, 0, row_number > 0 ? row_number - 1 : 0,
                           static_cast<lxw_col_t>(sheet.header.size() - 1));
    }
    if (sheet.protect) {
      lxw_protection protection{};
      protection.no_select_locked_cells = LXW_FALSE;
      protection.format_columns = LXW_TRUE;
      protection.format_rows = LXW_TRUE;
      worksheet_protect(worksheet, nullptr, &protection);
    }
    if (sheet.hidden) worksheet_hide(worksheet);
  }
  if (workbook_close(workbook) != LXW_NO_ERROR) {
    std::filesystem::remove(path);
    throw std::runtime_error("xlsx: cannot write the workbook");
  }
  std::ifstream in(path, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::filesystem::remove(path);
  return bytes;
}

}  // namespace enlace
