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

}  // namespace

std::string WriteXlsx(const std::vector<Sheet>& sheets) {
  auto folder = std::filesystem::temp_directory_path();
  auto path = folder / ("enlace-xlsx-" + std::to_string(::getpid()) + "-" + std::to_string(std::rand()) + ".xlsx");
  lxw_workbook_options options{};
  options.constant_memory = LXW_FALSE;
  options.tmpdir = nullptr;
  lxw_workbook* workbook = workbook_new_opt(path.c_str(), &options);
  if (!workbook) throw std::runtime_error("xlsx: cannot create the workbook");
  lxw_format* bold = workbook_add_format(workbook);
  format_set_bold(bold);
  format_set_bg_color(bold, 0xE8EEF4);
  format_set_text_wrap(bold);
  lxw_format* wrap = workbook_add_format(workbook);
  format_set_text_wrap(wrap);
  format_set_align(wrap, LXW_ALIGN_VERTICAL_TOP);
  std::map<std::string, lxw_format*> fills;
  auto fill_format = [&](const std::string& fill) -> lxw_format* {
    if (fill.empty()) return wrap;
    auto found = fills.find(fill);
    if (found != fills.end()) return found->second;
    lxw_format* format = workbook_add_format(workbook);
    format_set_text_wrap(format);
    format_set_align(format, LXW_ALIGN_VERTICAL_TOP);
    format_set_bg_color(format, static_cast<lxw_color_t>(std::strtoul(fill.c_str(), nullptr, 16)));
    fills[fill] = format;
    return format;
  };
  int index = 0;
  for (const auto& sheet : sheets) {
    auto name = SafeSheetName(sheet.name, index++);
    lxw_worksheet* worksheet = workbook_add_worksheet(workbook, name.c_str());
    if (!worksheet) throw std::runtime_error("xlsx: cannot add the sheet " + name);
    std::vector<std::size_t> widths(sheet.header.size(), 8);
    for (std::size_t column = 0; column < sheet.header.size(); ++column) {
      worksheet_write_string(worksheet, 0, static_cast<lxw_col_t>(column), sheet.header[column].c_str(), bold);
      widths[column] = std::max(widths[column], DisplayWidth(sheet.header[column]));
    }
    lxw_row_t row_number = 1;
    for (const auto& row : sheet.rows) {
      for (std::size_t column = 0; column < row.size(); ++column) {
        const auto& cell = row[column];
        auto* format = fill_format(cell.fill);
        if (cell.number) {
          worksheet_write_number(worksheet, row_number, static_cast<lxw_col_t>(column), *cell.number, format);
        } else if (!cell.text.empty()) {
          worksheet_write_string(worksheet, row_number, static_cast<lxw_col_t>(column), cell.text.c_str(), format);
        } else if (!cell.fill.empty()) {
          worksheet_write_blank(worksheet, row_number, static_cast<lxw_col_t>(column), format);
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
    worksheet_freeze_panes(worksheet, 1, 0);
    if (!sheet.header.empty()) {
      worksheet_autofilter(worksheet, 0, 0, row_number - 1, static_cast<lxw_col_t>(sheet.header.size() - 1));
    }
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
