#include "matrices/exports/matrix_export.hpp"

#include <cairo-pdf.h>
#include <pango/pangocairo.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>

namespace enlace {

namespace {

const MatrixCell* CellAt(const Matrix& matrix, MatrixTopicId topic, const std::string& country) {
  for (const auto& cell : matrix.cells) {
    if (cell.topic == topic && cell.country == country) return &cell;
  }
  return nullptr;
}

std::string DateText(const std::optional<Date>& date) { return date ? FormatIsoDate(*date) : std::string(); }

std::string TopicLabel(const MatrixTopic& topic, const std::string& language) {
  return std::to_string(topic.number) + ". " + topic.title.In(language);
}

std::string CellSummary(const MatrixCell* cell, const ExportTexts& texts) {
  if (!cell) return {};
  return CellText(cell->content, texts.language, texts.no_provision);
}

}  // namespace

std::vector<std::vector<std::string>> LongRows(const Matrix& matrix, const ExportTexts& texts) {
  std::vector<std::vector<std::string>> rows;
  rows.push_back({"topic_number", "topic",        "country", "law_title",        "law_number",
                  "law_date",     "article",      "excerpt", "excerpt_language", "stale_translation",
                  "url",          "last_amended", "as_of",   "outdated",         "no_provision",
                  "note",         "source",       "round",   "submitted_by",     "verified_by",
                  "verified_at"});
  for (const auto& topic : matrix.topics) {
    for (const auto& country : matrix.countries) {
      const MatrixCell* cell = CellAt(matrix, topic.id, country);
      if (!cell) continue;
      auto common = [&](std::vector<std::string> row) {
        row.insert(row.begin(), {std::to_string(topic.number), topic.title.In(texts.language), country});
        row.push_back(cell->content.no_provision ? "yes" : "no");
        row.push_back(cell->content.note);
        row.push_back(std::string(ToString(cell->source)));
        row.push_back(std::to_string(cell->round));
        row.push_back(cell->submitted_by.name);
        row.push_back(cell->verified_by ? cell->verified_by->name : "");
        row.push_back(cell->verified_at ? FormatIsoTimestamp(*cell->verified_at) : "");
        return row;
      };
      if (cell->content.provisions.empty()) {
        rows.push_back(
            common({"", "", "", "", cell->content.no_provision ? texts.no_provision : "", "", "", "", "", "", "no"}));
        continue;
      }
      for (const auto& provision : cell->content.provisions) {
        const auto& language = provision.excerpt.Has(texts.language) ? texts.language : provision.source_language;
        bool stale = std::find(provision.stale.begin(), provision.stale.end(), language) != provision.stale.end();
        rows.push_back(common({provision.law.title, provision.law.number, DateText(provision.law.date),
                               provision.article, provision.excerpt.In(texts.language), language, stale ? "yes" : "no",
                               provision.url, DateText(provision.last_amended), DateText(provision.as_of),
                               IsOutdated(provision, texts.today, matrix.outdated_after_days) ? "yes" : "no"}));
      }
    }
  }
  return rows;
}

Result<std::string> MatrixXlsx(const Matrix& matrix, const ExportTexts& texts,
                               const std::vector<ExportChange>& changes) {
  // libxlsxwriter 1.1.4 writes to a file only: a private temporary file, read back and removed.
  char path_template[] = "/tmp/enlace-matrix-XXXXXX";
  int descriptor = mkstemp(path_template);
  if (descriptor < 0) return std::unexpected(Error::Internal("cannot create a temporary file for the XLSX"));
  close(descriptor);
  std::string path = path_template;
  lxw_workbook* workbook = workbook_new(path.c_str());
  if (!workbook) {
    std::filesystem::remove(path);
    return std::unexpected(Error::Internal("cannot start the XLSX"));
  }
  lxw_format* header = workbook_add_format(workbook);
  format_set_bold(header);
  format_set_text_wrap(header);
  format_set_align(header, LXW_ALIGN_VERTICAL_TOP);
  format_set_bg_color(header, 0xDDE7F0);
  format_set_border(header, LXW_BORDER_THIN);
  lxw_format* wrapped = workbook_add_format(workbook);
  format_set_text_wrap(wrapped);
  format_set_align(wrapped, LXW_ALIGN_VERTICAL_TOP);
  format_set_border(wrapped, LXW_BORDER_THIN);

  lxw_worksheet* wide = workbook_add_worksheet(workbook, texts.wide_sheet.c_str());
  worksheet_write_string(wide, 0, 0, texts.topic.c_str(), header);
  worksheet_set_column(wide, 0, 0, 36, nullptr);
  for (std::size_t c = 0; c < matrix.countries.size(); ++c) {
    worksheet_write_string(wide, 0, static_cast<lxw_col_t>(c + 1), matrix.countries[c].c_str(), header);
  }
  if (!matrix.countries.empty()) {
    worksheet_set_column(wide, 1, static_cast<lxw_col_t>(matrix.countries.size()), 48, nullptr);
  }
  for (std::size_t r = 0; r < matrix.topics.size(); ++r) {
    const auto& topic = matrix.topics[r];
    auto row = static_cast<lxw_row_t>(r + 1);
    worksheet_write_string(wide, row, 0, TopicLabel(topic, texts.language).c_str(), header);
    for (std::size_t c = 0; c < matrix.countries.size(); ++c) {
      auto text = CellSummary(CellAt(matrix, topic.id, matrix.countries[c]), texts);
      // Excel's limit for one cell's text.
      if (text.size() > 32000) text.resize(32000);
      worksheet_write_string(wide, row, static_cast<lxw_col_t>(c + 1), text.c_str(), wrapped);
    }
  }
  worksheet_freeze_panes(wide, 1, 1);

  lxw_worksheet* long_sheet = workbook_add_worksheet(workbook, texts.long_sheet.c_str());
  auto rows = LongRows(matrix, texts);
  for (std::size_t r = 0; r < rows.size(); ++r) {
    for (std::size_t c = 0; c < rows[r].size(); ++c) {
      auto text = rows[r][c];
      if (text.size() > 32000) text.resize(32000);
      worksheet_write_string(long_sheet, static_cast<lxw_row_t>(r), static_cast<lxw_col_t>(c), text.c_str(),
                             r == 0 ? header : wrapped);
    }
  }
  worksheet_set_column(long_sheet, 0, 20, 18, nullptr);
  worksheet_set_column(long_sheet, 7, 7, 60, nullptr);
  worksheet_freeze_panes(long_sheet, 1, 0);
  worksheet_autofilter(long_sheet, 0, 0, static_cast<lxw_row_t>(rows.size() - 1),
                       static_cast<lxw_col_t>(rows[0].size() - 1));

  if (!changes.empty()) {
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, texts.changes_sheet.c_str());
    lxw_format* struck = workbook_add_format(workbook);
    format_set_font_strikeout(struck);
    format_set_font_color(struck, 0xB00020);
    lxw_format* added = workbook_add_format(workbook);
    format_set_underline(added, LXW_UNDERLINE_SINGLE);
    format_set_font_color(added, 0x1B7F3B);
    lxw_format* plain = nullptr;  // unformatted fragments
    worksheet_write_string(sheet, 0, 0, texts.topic.c_str(), header);
    worksheet_write_string(sheet, 0, 1, texts.country.c_str(), header);
    worksheet_write_string(sheet, 0, 2, "rounds", header);
    worksheet_write_string(sheet, 0, 3, texts.changes_sheet.c_str(), header);
    worksheet_set_column(sheet, 0, 0, 36, nullptr);
    worksheet_set_column(sheet, 3, 3, 100, nullptr);
    for (std::size_t r = 0; r < changes.size(); ++r) {
      const auto& change = changes[r];
      auto row = static_cast<lxw_row_t>(r + 1);
      worksheet_write_string(sheet, row, 0, change.topic.c_str(), wrapped);
      worksheet_write_string(sheet, row, 1, change.country.c_str(), wrapped);
      auto rounds = std::to_string(change.from_round) + " → " + std::to_string(change.to_round);
      worksheet_write_string(sheet, row, 2, rounds.c_str(), wrapped);
      // A rich string: one fragment per run of equal, deleted or added words (at most Excel's limit).
      std::vector<lxw_rich_string_tuple> fragments;
      std::size_t length = 0;
      for (const auto& segment : change.diff) {
        if (segment.text.empty() || length + segment.text.size() > 32000) continue;
        length += segment.text.size();
        lxw_format* format = segment.op == DiffOp::kDelete ? struck : segment.op == DiffOp::kInsert ? added : plain;
        fragments.push_back(lxw_rich_string_tuple{format, const_cast<char*>(segment.text.c_str())});
      }
      if (fragments.size() < 2) {
        // A rich string needs two fragments or more; one run is written as plain text.
        std::string text = fragments.empty() ? std::string() : std::string(fragments[0].string);
        worksheet_write_string(sheet, row, 3, text.c_str(), fragments.empty() ? wrapped : fragments[0].format);
        continue;
      }
      std::vector<lxw_rich_string_tuple*> pointers;
      for (auto& fragment : fragments) pointers.push_back(&fragment);
      pointers.push_back(nullptr);
      worksheet_write_rich_string(sheet, row, 3, pointers.data(), wrapped);
    }
    worksheet_freeze_panes(sheet, 1, 0);
  }

  lxw_error closed = workbook_close(workbook);
  if (closed != LXW_NO_ERROR) {
    std::filesystem::remove(path);
    return std::unexpected(Error::Internal(std::string("XLSX generation failed: ") + lxw_strerror(closed)));
  }
  std::ifstream in(path, std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  std::filesystem::remove(path);
  return bytes.str();
}

namespace {

// A4 landscape, in points.
constexpr double kPageWidth = 841.89;
constexpr double kPageHeight = 595.28;
constexpr double kMargin = 36;
constexpr double kPadding = 4;

struct LayoutDeleter {
  void operator()(PangoLayout* layout) const { g_object_unref(layout); }
};
using LayoutPtr = std::unique_ptr<PangoLayout, LayoutDeleter>;

class PdfTable {
 public:
  PdfTable(cairo_t* cr, PangoContext* context) : cr_(cr), context_(context) {}

  LayoutPtr Layout(const std::string& text, double width, const char* font) {
    LayoutPtr layout(pango_layout_new(context_));
    PangoFontDescription* description = pango_font_description_from_string(font);
    pango_layout_set_font_description(layout.get(), description);
    pango_font_description_free(description);
    pango_layout_set_width(layout.get(), static_cast<int>(width * PANGO_SCALE));
    pango_layout_set_wrap(layout.get(), PANGO_WRAP_WORD_CHAR);
    pango_layout_set_text(layout.get(), text.c_str(), -1);
    return layout;
  }
  static double Height(PangoLayout* layout) {
    int width = 0, height = 0;
    pango_layout_get_size(layout, &width, &height);
    return static_cast<double>(height) / PANGO_SCALE;
  }
  // Draws a row of cells at y; returns its height. `fill` shades it (the header).
  double Row(double y, const std::vector<std::string>& cells, const std::vector<double>& widths, const char* font,
             bool fill) {
    std::vector<LayoutPtr> layouts;
    double height = 0;
    for (std::size_t i = 0; i < cells.size(); ++i) {
      layouts.push_back(Layout(cells[i], widths[i] - 2 * kPadding, font));
      height = std::max(height, Height(layouts.back().get()) + 2 * kPadding);
    }
    double x = kMargin;
    for (std::size_t i = 0; i < cells.size(); ++i) {
      if (fill) {
        cairo_set_source_rgb(cr_, 0.87, 0.91, 0.94);
        cairo_rectangle(cr_, x, y, widths[i], height);
        cairo_fill(cr_);
      }
      cairo_set_source_rgb(cr_, 0.6, 0.6, 0.6);
      cairo_set_line_width(cr_, 0.5);
      cairo_rectangle(cr_, x, y, widths[i], height);
      cairo_stroke(cr_);
      cairo_set_source_rgb(cr_, 0, 0, 0);
      cairo_move_to(cr_, x + kPadding, y + kPadding);
      pango_cairo_show_layout(cr_, layouts[i].get());
      x += widths[i];
    }
    return height;
  }
  double MeasureRow(const std::vector<std::string>& cells, const std::vector<double>& widths, const char* font) {
    double height = 0;
    for (std::size_t i = 0; i < cells.size(); ++i) {
      auto layout = Layout(cells[i], widths[i] - 2 * kPadding, font);
      height = std::max(height, Height(layout.get()) + 2 * kPadding);
    }
    return height;
  }

 private:
  cairo_t* cr_;
  PangoContext* context_;
};

cairo_status_t AppendBytes(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

}  // namespace

namespace {

std::string Escaped(const std::string& text) {
  gchar* escaped = g_markup_escape_text(text.c_str(), static_cast<gssize>(text.size()));
  std::string result(escaped);
  g_free(escaped);
  return result;
}

// The diff as Pango markup: deleted words struck in red, added words underlined in green.
std::string DiffMarkup(const std::vector<DiffSegment>& diff) {
  std::string markup;
  for (const auto& segment : diff) {
    auto text = Escaped(segment.text);
    if (segment.op == DiffOp::kDelete) {
      markup += "<span strikethrough=\"true\" foreground=\"#B00020\">" + text + "</span>";
    } else if (segment.op == DiffOp::kInsert) {
      markup += "<span underline=\"single\" foreground=\"#1B7F3B\">" + text + "</span>";
    } else {
      markup += text;
    }
  }
  return markup;
}

}  // namespace

Result<std::string> MatrixPdf(const Matrix& matrix, const ExportTexts& texts,
                              const std::vector<ExportChange>& changes) {
  std::string bytes;
  cairo_surface_t* surface = cairo_pdf_surface_create_for_stream(&AppendBytes, &bytes, kPageWidth, kPageHeight);
  auto title = matrix.title.In(texts.language);
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, title.c_str());
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "enlace");
  cairo_t* cr = cairo_create(surface);
  PangoContext* context = pango_font_map_create_context(pango_cairo_font_map_get_default());
  pango_cairo_context_set_resolution(context, 72);
  pango_cairo_update_context(cr, context);
  pango_context_set_language(context, pango_language_from_string(texts.language.c_str()));
  {
    PdfTable table(cr, context);
    const double usable = kPageWidth - 2 * kMargin;
    // The long layout on paper: topic, country, and the cell's text; the header repeats per page.
    std::vector<double> widths{usable * 0.25, usable * 0.08, usable * 0.67};
    std::vector<std::string> header{texts.topic, texts.country, texts.long_sheet};
    const char* body_font = "DejaVu Sans 8";
    const char* header_font = "DejaVu Sans Bold 8.5";
    auto heading = table.Layout(title, usable, "DejaVu Sans Bold 13");
    cairo_move_to(cr, kMargin, kMargin);
    pango_cairo_show_layout(cr, heading.get());
    double y = kMargin + PdfTable::Height(heading.get()) + 8;
    y += table.Row(y, header, widths, header_font, true);
    for (const auto& topic : matrix.topics) {
      for (const auto& country : matrix.countries) {
        const MatrixCell* cell = CellAt(matrix, topic.id, country);
        std::vector<std::string> row{TopicLabel(topic, texts.language), country, CellSummary(cell, texts)};
        double height = table.MeasureRow(row, widths, body_font);
        if (y + height > kPageHeight - kMargin) {
          cairo_show_page(cr);
          y = kMargin;
          y += table.Row(y, header, widths, header_font, true);
        }
        y += table.Row(y, row, widths, body_font, false);
      }
    }
    if (!changes.empty()) {
      cairo_show_page(cr);
      y = kMargin;
      auto title_layout = table.Layout(texts.changes_sheet, usable, "DejaVu Sans Bold 13");
      cairo_move_to(cr, kMargin, y);
      pango_cairo_show_layout(cr, title_layout.get());
      y += PdfTable::Height(title_layout.get()) + 8;
      for (const auto& change : changes) {
        auto heading = table.Layout(change.topic + " · " + change.country + " · " + std::to_string(change.from_round) +
                                        " → " + std::to_string(change.to_round),
                                    usable, "DejaVu Sans Bold 8.5");
        auto body = table.Layout("", usable, body_font);
        pango_layout_set_markup(body.get(), DiffMarkup(change.diff).c_str(), -1);
        double height = PdfTable::Height(heading.get()) + PdfTable::Height(body.get()) + 10;
        if (y + height > kPageHeight - kMargin) {
          cairo_show_page(cr);
          y = kMargin;
        }
        cairo_set_source_rgb(cr, 0, 0, 0);
        cairo_move_to(cr, kMargin, y);
        pango_cairo_show_layout(cr, heading.get());
        y += PdfTable::Height(heading.get()) + 2;
        cairo_move_to(cr, kMargin, y);
        pango_cairo_show_layout(cr, body.get());
        y += PdfTable::Height(body.get()) + 8;
      }
    }
  }
  g_object_unref(context);
  cairo_status_t status = cairo_status(cr);
  cairo_destroy(cr);
  cairo_surface_finish(surface);
  if (status == CAIRO_STATUS_SUCCESS) status = cairo_surface_status(surface);
  cairo_surface_destroy(surface);
  if (status != CAIRO_STATUS_SUCCESS) {
    return std::unexpected(Error::Internal(std::string("PDF generation failed: ") + cairo_status_to_string(status)));
  }
  return bytes;
}

}  // namespace enlace
