#include "matrices/exports/matrix_export.hpp"

#include <cairo-pdf.h>
#include <pango/pangocairo.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>

#include "kernel/formats/spreadsheet.hpp"

namespace enlace {

namespace {

const MatrixCell* CellAt(const Matrix& matrix, MatrixTopicId topic, const std::string& country) {
  for (const auto& cell : matrix.cells) {
    if (cell.topic == topic && cell.country == country) return &cell;
  }
  return nullptr;
}

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
  // The kernel's writer (kernel/formats/spreadsheet.hpp), as every XLSX of the platform.
  Sheet wide;
  wide.name = texts.wide_sheet;
  wide.header.push_back(texts.topic);
  for (const auto& country : matrix.countries) wide.header.push_back(country);
  wide.widths.push_back(36);
  wide.widths.resize(matrix.countries.size() + 1, 48);
  wide.freeze_columns = 1;
  wide.autofilter = false;
  wide.borders = true;
  for (const auto& topic : matrix.topics) {
    std::vector<SheetCell> row;
    row.push_back(SheetCell{.text = TopicLabel(topic, texts.language), .bold = true});
    for (const auto& country : matrix.countries) {
      row.push_back(SheetCell{CellSummary(CellAt(matrix, topic.id, country), texts)});
    }
    wide.rows.push_back(std::move(row));
  }

  auto rows = LongRows(matrix, texts);
  Sheet long_sheet;
  long_sheet.name = texts.long_sheet;
  long_sheet.header = rows.front();
  long_sheet.borders = true;
  long_sheet.widths.assign(rows.front().size(), 18);
  if (long_sheet.widths.size() > 7) long_sheet.widths[7] = 60;
  for (std::size_t r = 1; r < rows.size(); ++r) {
    std::vector<SheetCell> row;
    for (auto& text : rows[r]) row.push_back(SheetCell{std::move(text)});
    long_sheet.rows.push_back(std::move(row));
  }

  std::vector<Sheet> sheets{std::move(wide), std::move(long_sheet)};
  if (!changes.empty()) {
    Sheet sheet;
    sheet.name = texts.changes_sheet;
    sheet.header = {texts.topic, texts.country, "rounds", texts.changes_sheet};
    sheet.widths = {36, 10, 10, 100};
    sheet.autofilter = false;
    sheet.borders = true;
    for (const auto& change : changes) {
      // Rich text: one run per stretch of equal, deleted (struck, red) or added (underlined, green) words.
      SheetCell diff;
      for (const auto& segment : change.diff) {
        diff.runs.push_back(TextRun{segment.text, segment.op == DiffOp::kDelete   ? RunStyle::kStruck
                                                  : segment.op == DiffOp::kInsert ? RunStyle::kAdded
                                                                                  : RunStyle::kPlain});
      }
      sheet.rows.push_back({SheetCell{change.topic}, SheetCell{change.country},
                            SheetCell{std::to_string(change.from_round) + " → " + std::to_string(change.to_round)},
                            std::move(diff)});
    }
    sheets.push_back(std::move(sheet));
  }
  try {
    auto created = std::chrono::sys_days(texts.today).time_since_epoch();
    return WriteXlsx(sheets, std::chrono::duration_cast<std::chrono::seconds>(created).count());
  } catch (const std::exception& error) {
    return std::unexpected(Error::Internal(std::string("XLSX generation failed: ") + error.what()));
  }
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

std::string DateText(const std::optional<Date>& date) { return date ? FormatIsoDate(*date) : std::string(); }

}  // namespace enlace
